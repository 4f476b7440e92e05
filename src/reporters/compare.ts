import { Chalk, type ChalkInstance } from 'chalk';
import type { CompareRow, Comparison } from '../commands/compare.js';
import { SCHEMA_VERSION } from '../types.js';
import { fit, oneLine, percent, plural } from './bars.js';
import { csvLines, escapeMarkdown, finish, markdownTable, newTable, signed, wrap } from './cells.js';
import type { ReportOptions } from './options.js';

export type CompareReporter = (c: Comparison, options: ReportOptions) => string;

type Kind = 'skills' | 'responsibilities';
const NAMES: Record<Kind, { title: string; column: string }> = {
  skills: { title: 'Skills', column: 'Skill' },
  responsibilities: { title: 'Responsibilities', column: 'Responsibility' },
};

function sideLines(c: Comparison): string[] {
  return (['a', 'b'] as const).map((k) => `${k.toUpperCase()}: ${oneLine(c[k].name)} — ${plural(c[k].postings, 'posting')} from ${plural(c[k].files, 'file')}`);
}

const CHANGE_NOTE = 'Change: share of postings in B minus share in A, in percentage points; sorted by the size of the change.';

function countNote(c: Comparison, kind: Kind): string {
  const shown = c[kind].length;
  const total = c.totals[kind];
  return shown < total ? ` (top ${shown} of ${total})` : '';
}

function changeCell(change: number, c: ChalkInstance): string {
  const text = signed(change);
  return change > 0 ? c.green(text) : change < 0 ? c.red(text) : text;
}

function tableBlock(cmp: Comparison, kind: Kind, c: ChalkInstance, width: number): string {
  const rows = cmp[kind];
  const title = `${c.bold(NAMES[kind].title)}${countNote(cmp, kind)}`;
  if (!rows.length) return `${title}\nNone found.`;
  const digits = String(rows.length).length;
  // #, A postings (8), A share (7), B postings (8), B share (7), Change (7); 7 columns of borders (22).
  const labelWidth = Math.max(10, width - 22 - digits - 8 - 7 - 8 - 7 - 7);
  const table = newTable(['#', NAMES[kind].column, 'A posts', 'A share', 'B posts', 'B share', 'Change'], ['right', 'left', 'right', 'right', 'right', 'right', 'right'], c);
  rows.forEach((r, i) => table.push([i + 1, fit(oneLine(r.label), labelWidth), r.aPostings, percent(r.aShare), r.bPostings, percent(r.bShare), changeCell(r.change, c)]));
  return `${title}\n${table.toString()}`;
}

export const renderCompareTable: CompareReporter = (cmp, o) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(60, Math.floor(o.width) || 100);
  const head = [c.bold('Corpus comparison'), ...[...sideLines(cmp), CHANGE_NOTE].map((l) => wrap(l, width))].join('\n');
  return finish([head, tableBlock(cmp, 'skills', c, width), tableBlock(cmp, 'responsibilities', c, width)]);
};

export const renderCompareJson: CompareReporter = (cmp) =>
  `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, command: 'compare', a: cmp.a, b: cmp.b, totals: cmp.totals, skills: cmp.skills, responsibilities: cmp.responsibilities }, null, 2)}\n`;

function markdownBlock(cmp: Comparison, kind: Kind): string[] {
  const rows = cmp[kind].map((r, i) => [String(i + 1), escapeMarkdown(r.label), String(r.aPostings), percent(r.aShare), String(r.bPostings), percent(r.bShare), signed(r.change)]);
  const heading = `## ${NAMES[kind].title}${countNote(cmp, kind)}`;
  if (!rows.length) return [heading, '_None found._'];
  const head = ['#', NAMES[kind].column, 'A postings', 'A share', 'B postings', 'B share', 'Change (pp)'];
  return [heading, markdownTable(head, ['right', 'left', 'right', 'right', 'right', 'right', 'right'], rows)];
}

export const renderCompareMarkdown: CompareReporter = (cmp) =>
  finish(['# Corpus comparison', sideLines(cmp).map((l) => `- ${escapeMarkdown(l)}`).join('\n'), CHANGE_NOTE, ...markdownBlock(cmp, 'skills'), ...markdownBlock(cmp, 'responsibilities')]);

export const renderCompareCsv: CompareReporter = (cmp) => {
  const header = ['kind', 'id', 'label', 'category', 'a_postings', 'a_share', 'b_postings', 'b_share', 'change'];
  const row = (kind: string) => (r: CompareRow) => [kind, r.id, r.label, r.category, r.aPostings, r.aShare.toFixed(4), r.bPostings, r.bShare.toFixed(4), r.change];
  return csvLines([header, ...cmp.skills.map(row('skill')), ...cmp.responsibilities.map(row('responsibility'))]);
};

/** Compare reporters by format name. */
export const COMPARE_REPORTERS: Record<string, CompareReporter> = {
  table: renderCompareTable,
  json: renderCompareJson,
  markdown: renderCompareMarkdown,
  csv: renderCompareCsv,
};
