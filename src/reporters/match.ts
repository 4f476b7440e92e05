import { Chalk, type ChalkInstance } from 'chalk';
import type { Coverage, MatchReport } from '../commands/match.js';
import { SCHEMA_VERSION } from '../types.js';
import { fit, oneLine, percent, plural } from './bars.js';
import { csvLines, escapeMarkdown, finish, markdownTable, newTable, wrap } from './cells.js';
import type { ReportOptions } from './options.js';

export type MatchReporter = (m: MatchReport, options: ReportOptions) => string;

/** `4/5 80%`, or `—` when the posting names no such skill. */
function coverageText(x: Coverage): string {
  return x.total ? `${x.covered}/${x.total} ${percent(x.share ?? 0)}` : '—';
}

function coverageCell(x: Coverage, c: ChalkInstance): string {
  const text = coverageText(x);
  if (!x.total) return text;
  return x.covered === x.total ? c.green(text) : x.covered === 0 ? c.red(text) : c.yellow(text);
}

function resumeLine(m: MatchReport): string {
  return `Resume: ${oneLine(m.resume.file)} — ${plural(m.resume.skills.length, 'skill')}${m.resume.skills.length ? `: ${m.resume.skills.map((s) => oneLine(s.label)).join(', ')}` : ''}.`;
}

const NOTE = 'Coverage: skills of each strength the resume names / skills the posting asks. Sorted by required coverage.';

function missingText(x: Coverage): string {
  return x.missing.join(', ');
}

export const renderMatchTable: MatchReporter = (m, o) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(60, Math.floor(o.width) || 100);
  const blocks = [`${c.bold('Resume match')}\n${wrap(resumeLine(m), width)}\n${wrap(`${plural(m.postings.length, 'posting')}. ${NOTE}`, width)}`];
  const rows = m.postings.slice(0, Math.max(0, o.top));
  const jobWidth = Math.max(3, ...rows.map((r) => String(r.job).length));
  const need = (head: string, texts: string[]) => Math.max(head.length, ...texts.map((t) => t.length));
  const figures =
    need('Required', rows.map((r) => coverageText(r.required))) +
    need('Preferred', rows.map((r) => coverageText(r.preferred))) +
    need('Other', rows.map((r) => coverageText(r.unspecified)));
  // Posting and Missing share what Job and the three figures leave; 6 columns of borders (19).
  const rest = Math.max(24, width - 19 - jobWidth - figures);
  const postingWidth = Math.ceil(rest * 0.55);
  const missingWidth = rest - postingWidth;
  const table = newTable(['Job', 'Posting', 'Required', 'Preferred', 'Other', 'Missing (required)'], ['right', 'left', 'right', 'right', 'right', 'left'], c);
  for (const r of rows) {
    table.push([r.job, fit(oneLine(r.title ?? r.file), postingWidth), coverageCell(r.required, c), coverageCell(r.preferred, c), coverageText(r.unspecified), fit(missingText(r.required), missingWidth)]);
  }
  const count = rows.length < m.postings.length ? ` (top ${rows.length} of ${m.postings.length})` : '';
  blocks.push(rows.length ? `${c.bold(`Postings${count}`)}\n${table.toString()}` : 'No postings.');
  const missing = m.missing.slice(0, Math.max(0, o.top));
  if (missing.length) {
    const t = newTable(['#', 'Skill', 'Postings', 'Share', 'Required in'], ['right', 'left', 'right', 'right', 'right'], c);
    missing.forEach((x, i) => t.push([i + 1, fit(oneLine(x.label), Math.max(10, width - 50)), x.postings, percent(x.share), x.required]));
    const more = missing.length < m.missing.length ? ` (top ${missing.length} of ${m.missing.length})` : '';
    blocks.push(`${c.bold(`Skills most often missing${more}`)}\n${t.toString()}`);
  } else blocks.push(`${c.bold('Skills most often missing')}\nNone: the resume names every skill the postings ask for.`);
  return finish(blocks);
};

export const renderMatchJson: MatchReporter = (m) =>
  `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, command: 'match', resume: m.resume, postings: m.postings, missing: m.missing }, null, 2)}\n`;

export const renderMatchMarkdown: MatchReporter = (m, o) => {
  const rows = m.postings.slice(0, Math.max(0, o.top)).map((r) => [
    String(r.job),
    escapeMarkdown(r.title ?? r.file),
    coverageText(r.required),
    coverageText(r.preferred),
    coverageText(r.unspecified),
    escapeMarkdown(missingText(r.required)),
  ]);
  const missing = m.missing.slice(0, Math.max(0, o.top)).map((x, i) => [String(i + 1), escapeMarkdown(x.label), String(x.postings), percent(x.share), String(x.required)]);
  return finish([
    '# Resume match',
    escapeMarkdown(resumeLine(m)),
    `${plural(m.postings.length, 'posting')}. ${NOTE}`,
    '## Postings',
    rows.length ? markdownTable(['Job', 'Posting', 'Required', 'Preferred', 'Other', 'Missing (required)'], ['right', 'left', 'right', 'right', 'right', 'left'], rows) : '_No postings._',
    '## Skills most often missing',
    missing.length ? markdownTable(['#', 'Skill', 'Postings', 'Share', 'Required in'], ['right', 'left', 'right', 'right', 'right'], missing) : '_None._',
  ]);
};

export const renderMatchCsv: MatchReporter = (m) => {
  const header = ['job', 'file', 'title'];
  for (const k of ['required', 'preferred', 'unspecified']) header.push(`${k}_covered`, `${k}_total`, `${k}_share`, `${k}_missing`);
  const rows = m.postings.map((r) => [
    r.job,
    r.file,
    r.title,
    ...[r.required, r.preferred, r.unspecified].flatMap((x) => [x.covered, x.total, x.share === null ? null : x.share.toFixed(4), x.missing.join(' ')]),
  ]);
  return csvLines([header, ...rows]);
};

/** Match reporters by format name. */
export const MATCH_REPORTERS: Record<string, MatchReporter> = {
  table: renderMatchTable,
  json: renderMatchJson,
  markdown: renderMatchMarkdown,
  csv: renderMatchCsv,
};
