import { Chalk } from 'chalk';
import { DEFAULT_MAX_SKILLS, type CheckReport, type CheckRow, type CheckRules } from '../commands/check.js';
import { SCHEMA_VERSION, type AnalysisResult } from '../types.js';
import { fit, oneLine, plural } from './bars.js';
import { csvLines, escapeMarkdown, finish, fitStart, markdownTable, newTable, wrap, yearsText } from './cells.js';
import type { ReportOptions } from './options.js';

/** What the check reporters render: the rows, the rules that made the flags, the corpus. */
export interface CheckView {
  report: CheckReport;
  rules: CheckRules;
  corpus: AnalysisResult['corpus'];
}

export type CheckReporter = (view: CheckView, options: ReportOptions) => string;

/** The rules in one line, so a flag can be read without the README. */
function rulesLine(rules: CheckRules): string {
  const parts = [
    `too-many-skills: more than ${rules.maxSkills} skills${rules.maxSkills === DEFAULT_MAX_SKILLS ? '' : ' (--max-skills)'}`,
    'level-years-mismatch: Junior asking 4+ years, Middle 8+, Senior/Lead/Principal 0-1',
  ];
  if (rules.require.length) parts.push(`missing:<id>: --require ${rules.require.join(',')}`);
  return `Flags: ${parts.join('; ')}.`;
}

function summaryLine(v: CheckView): string {
  const { summary } = v.report;
  const counts = Object.entries(summary.byFlag)
    .filter(([, n]) => n > 0)
    .map(([f, n]) => `${f} ${n}`);
  return `${plural(summary.flagged, 'posting')} of ${summary.postings} flagged${counts.length ? `: ${counts.join(', ')}` : ''}.`;
}

function corpusLine(v: CheckView): string {
  const c = v.corpus;
  return `${plural(c.postings, 'posting')} from ${plural(c.analyzedFiles, 'file')}${c.files > c.analyzedFiles ? ` (${c.files - c.analyzedFiles} not analyzed)` : ''}.`;
}

/** `12 (5/2)`: all skills named, then required / preferred. */
function skillsCell(r: CheckRow): string {
  return `${r.skills} (${r.required}/${r.preferred})`;
}

/** The terminal table: one row per posting, flags one per line so none is cut. */
export const renderCheckTable: CheckReporter = (v, o) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(60, Math.floor(o.width) || 100);
  const rows = v.report.postings;
  const flagWidth = Math.max(5, ...rows.flatMap((r) => r.flags.map((f) => f.length)));
  const jobWidth = Math.max(3, ...rows.map((r) => String(r.job).length));
  const skillWidth = Math.max(6, ...rows.map((r) => skillsCell(r).length));
  // Job, Level (9), Years (5), Skills, Duties (6), Flags; 7 columns of borders and padding (22).
  const postingWidth = Math.max(12, width - 22 - jobWidth - 9 - 5 - skillWidth - 6 - flagWidth);
  const table = newTable(['Job', 'Posting', 'Level', 'Years', 'Skills', 'Duties', 'Flags'], ['right', 'left', 'left', 'right', 'right', 'right', 'left'], c);
  for (const r of rows) {
    const title = fit(oneLine(r.title ?? '(no title)'), postingWidth);
    const file = fitStart(`${oneLine(r.file)}:${r.line}`, postingWidth);
    const flags = r.flags.length ? r.flags.map((f) => c.yellow(f)).join('\n') : c.green('ok');
    table.push([r.job, `${title}\n${c.dim(file)}`, r.level ?? '—', yearsText(r.minYears, r.maxYears), skillsCell(r), r.responsibilities, flags]);
  }
  const head = [c.bold('Posting check'), corpusLine(v), rulesLine(v.rules)].map((l) => wrap(l, width)).join('\n');
  const legend = 'Skills: all named (required/preferred). Years: the main requirement.';
  return finish([head, rows.length ? `${table.toString()}\n${legend}` : 'No postings.', wrap(summaryLine(v), width)]);
};

export const renderCheckJson: CheckReporter = (v) =>
  `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, command: 'check', postings: v.report.postings, summary: v.report.summary }, null, 2)}\n`;

export const renderCheckJsonl: CheckReporter = (v) => v.report.postings.map((r) => `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...r })}\n`).join('');

export const renderCheckMarkdown: CheckReporter = (v) => {
  const rows = v.report.postings.map((r) => [
    String(r.job),
    escapeMarkdown(r.title ?? '(no title)'),
    `${escapeMarkdown(r.file)}:${r.line}`,
    r.level ?? '—',
    yearsText(r.minYears, r.maxYears),
    String(r.required),
    String(r.preferred),
    String(r.skills),
    String(r.responsibilities),
    r.flags.length ? r.flags.map((f) => `\`${f}\``).join(', ') : 'ok',
  ]);
  const table = markdownTable(
    ['Job', 'Title', 'File', 'Level', 'Years', 'Required', 'Preferred', 'Skills', 'Duties', 'Flags'],
    ['right', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
    rows,
  );
  return finish(['# Posting check', `${corpusLine(v)} ${summaryLine(v)}`, rulesLine(v.rules), rows.length ? table : '_No postings._']);
};

export const renderCheckCsv: CheckReporter = (v) => {
  const header = ['job', 'file', 'page', 'line', 'title', 'level', 'min_years', 'max_years', 'skills', 'required', 'preferred', 'unspecified', 'responsibilities', 'flags'];
  const rows = v.report.postings.map((r) => [
    r.job, r.file, r.page, r.line, r.title, r.level, r.minYears, r.maxYears, r.skills, r.required, r.preferred, r.unspecified, r.responsibilities, r.flags.join(' '),
  ]);
  return csvLines([header, ...rows]);
};

/** Check reporters by format name. */
export const CHECK_REPORTERS: Record<string, CheckReporter> = {
  table: renderCheckTable,
  json: renderCheckJson,
  jsonl: renderCheckJsonl,
  markdown: renderCheckMarkdown,
  csv: renderCheckCsv,
};
