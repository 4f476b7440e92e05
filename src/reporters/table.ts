import { Chalk, type ChalkInstance } from 'chalk';
import type { AnalysisResult, Band, CategoryRollup, Example, Frequency } from '../types.js';
import { corpusLine, fit, oneLine, percent, plural, shareBar, thresholdsLine } from './bars.js';
import { fitStart, newTable } from './cells.js';
import type { ReportOptions } from './options.js';

type Kind = 'skills' | 'responsibilities';
type Ranked = { f: Frequency; rank: number };
const NAMES: Record<Kind, { title: string; column: string }> = {
  skills: { title: 'Skills', column: 'Skill' },
  responsibilities: { title: 'Responsibilities', column: 'Responsibility' },
};
/** Examples on a terminal are a taste, not a record: the first few items only. */
const EXAMPLE_ITEMS = 5;
/** Longest category label kept in the categories table. */
const CATEGORY_LABEL = 24;

/**
 * The aggregate as terminal tables: the top skills and responsibilities with share
 * bars, the uncommon tail, skill categories, a few quoted examples and the inputs
 * that were not analyzed. Colour comes only from `options.color`, never from chalk's
 * or cli-table3's own detection, so the same options always give the same bytes.
 */
export function renderTable(result: AnalysisResult, options: ReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(40, Math.floor(options.width) || 100);
  const blocks = [`${c.bold('Job postings analysis')}\n${corpusLine(result)}\n${thresholdsLine(result)}`];
  for (const kind of ['skills', 'responsibilities'] as const) blocks.push(...frequencyBlocks(result, kind, options, c, width));
  blocks.push(categoryBlock(result, options, c, width));
  blocks.push(seniorityBlock(result, c));
  const notAnalyzed = inputsBlock(result, c, width);
  if (notAnalyzed) blocks.push(notAnalyzed);
  return `${blocks.join('\n\n').replace(/[ \t]+$/gm, '')}\n`;
}

/** Bar cells: 10 on an 80-column terminal, growing to 20 on wide ones. */
function barWidth(width: number): number {
  return Math.min(20, Math.max(10, Math.floor((width - 60) / 3)));
}

function shareCell(share: number, c: ChalkInstance, bar: number): string {
  return `${c.cyan(shareBar(share, bar))} ${percent(share).padStart(4)}`;
}

function bandCell(band: Band, c: ChalkInstance): string {
  return band === 'common' ? c.green(band) : band === 'uncommon' ? c.magenta(band) : c.yellow(band);
}

function frequencyBlocks(r: AnalysisResult, kind: Kind, o: ReportOptions, c: ChalkInstance, width: number): string[] {
  const names = NAMES[kind];
  const ranked = r[kind].map((f, i) => ({ f, rank: i + 1 }));
  if (!ranked.length) return [`${c.bold(names.title)}\nNone found.`];
  const top = Math.max(0, o.top);
  const shown = ranked.slice(0, top);
  const tail = ranked.slice(top).filter((x) => x.f.band === 'uncommon').slice(0, top);
  const count = shown.length < ranked.length ? ` (top ${shown.length} of ${ranked.length})` : '';
  const blocks = [`${c.bold(names.title)}${count}\n${frequencyTable(shown, kind, r, c, width)}`];
  if (tail.length) blocks.push(`${c.bold(`Uncommon ${kind}`)}\n${frequencyTable(tail, kind, r, c, width)}`);
  const examples = o.examples > 0 ? ranked.slice(0, EXAMPLE_ITEMS).flatMap((x) => exampleLine(x, c, width)) : [];
  if (examples.length) blocks.push([c.bold(`${names.column} examples`), ...examples].join('\n'));
  return blocks;
}

function frequencyTable(rows: Ranked[], kind: Kind, r: AnalysisResult, c: ChalkInstance, width: number): string {
  const bar = barWidth(width);
  const digits = String(rows[rows.length - 1]?.rank ?? 1).length;
  // The fixed columns: #, Postings, Share (bar and percentage), Mentions, Band.
  // Skills add a Req/Pref column: postings that require / only prefer the skill.
  const strength = kind === 'skills';
  const fixed = digits + 8 + bar + 5 + 8 + 8 + (strength ? 11 : 0);
  // Borders and padding: 3 per column plus 1, for 7 columns (22) or 6 without Category (19).
  const rest = width - 22 - fixed;
  const categoryOf = new Map(r.categories.filter((x) => x.kind === kind).map((x) => [x.id, x.label]));
  const labels = rows.map(({ f }) => oneLine(f.label));
  const categories = rows.map(({ f }) => oneLine(categoryOf.get(f.category) ?? f.category));
  const need = (texts: string[], head: string): number => Math.max(head.length, ...texts.map((t) => [...t].length));
  // Labels get room first (up to 65% of what is left); Category takes the rest.
  const labelWidth = Math.min(need(labels, NAMES[kind].column), Math.max(rest - need(categories, 'Category'), Math.ceil(rest * 0.65)));
  const categoryWidth = rest - labelWidth;
  // On a narrow terminal Category goes first: the item and its figures matter more.
  const withCategory = categoryWidth >= 'Category'.length;
  const head = ['#', NAMES[kind].column, 'Category', 'Postings', 'Share', 'Mentions', 'Band'];
  const aligns: ('left' | 'right')[] = ['right', 'left', 'left', 'right', 'left', 'right', 'left'];
  if (strength) {
    head.splice(6, 0, 'Req/Pref');
    aligns.splice(6, 0, 'right');
  }
  if (!withCategory) {
    head.splice(2, 1);
    aligns.splice(2, 1);
  }
  const table = newTable(head, aligns, c);
  rows.forEach(({ f, rank }, i) => {
    // Without Category the label gets that column's room, border and padding (3) too.
    const label = fit(labels[i], withCategory ? labelWidth : rest + 3);
    const cells = [rank, label, fit(categories[i], categoryWidth), f.postings, shareCell(f.share, c, bar), f.mentions, bandCell(f.band, c)];
    if (strength) cells.splice(6, 0, `${f.required ?? 0}/${f.preferred ?? 0}`);
    if (!withCategory) cells.splice(2, 1);
    table.push(cells);
  });
  return table.toString();
}

/**
 * An item's first example on two lines, numbered like the table: the quote, cut to the
 * width, then its citation (file, page, job, line), which is what makes it checkable.
 */
function exampleLine({ f, rank }: Ranked, c: ChalkInstance, width: number): string[] {
  const e: Example | undefined = f.examples[0];
  if (!e) return [];
  const prefix = `  ${rank}. `;
  const indent = ' '.repeat(prefix.length);
  const where = `${e.page === null ? '' : `page ${e.page}, `}job ${e.job}, line ${e.line}`;
  const quote = `"${fit(oneLine(e.text), Math.max(1, width - prefix.length - 2))}"`;
  const cite = `${fitStart(oneLine(e.file), Math.max(8, width - indent.length - where.length - 2))}, ${where}`;
  return [`${prefix}${quote}`, `${indent}${c.dim(cite)}`];
}

/** Postings per level and the years of experience asked, on a few lines. */
function seniorityBlock(r: AnalysisResult, c: ChalkInstance): string {
  const levels = r.levels
    .filter((l) => l.postings > 0)
    .map((l) => `${l.value ?? 'not stated'} ${l.postings} (${percent(l.share)})`)
    .join(', ');
  const y = r.experience.minYears;
  const years = y
    ? `${plural(r.experience.postings, 'posting')} ask a number of years: min ${y.min}, median ${y.median}, max ${y.max}.`
    : 'No posting asks a number of years.';
  return `${c.bold('Seniority')}
Levels: ${levels || 'none'}.
${years}
Req/Pref: postings that require a skill / only prefer it.`;
}

function categoryBlock(r: AnalysisResult, o: ReportOptions, c: ChalkInstance, width: number): string {
  const rollups = r.categories.filter((x) => x.kind === 'skills').slice(0, Math.max(0, o.top));
  if (!rollups.length) return `${c.bold('Categories')}\nNone found.`;
  const bar = barWidth(width);
  const labelWidth = Math.min(CATEGORY_LABEL, Math.max(8, ...rollups.map((x) => [...oneLine(x.label)].length)));
  // Borders and padding of 4 columns (13) plus Category, Postings and Share.
  const members = Math.max(11, width - 13 - labelWidth - 8 - bar - 5);
  const table = newTable(['Category', 'Postings', 'Share', 'Top members'], ['left', 'right', 'left', 'left'], c);
  for (const x of rollups) table.push([fit(oneLine(x.label), labelWidth), x.postings, shareCell(x.share, c, bar), membersCell(x, members)]);
  return `${c.bold('Categories')}\n${table.toString()}`;
}

function membersCell(x: CategoryRollup, max: number): string {
  const shown = x.members.slice(0, 4).map((m) => `${oneLine(m.label)} ${percent(m.share)}`);
  const more = x.members.length > shown.length ? `, +${x.members.length - shown.length} more` : '';
  return fit(`${shown.join(', ')}${more}`, max);
}

function inputsBlock(r: AnalysisResult, c: ChalkInstance, width: number): string | null {
  const left = r.inputs.filter((i) => i.status !== 'analyzed');
  if (!left.length) return null;
  const lines = left.map((i) => {
    const why = [i.reason, i.detail].filter((s): s is string => Boolean(s)).map(oneLine).join(': ');
    const [head, tail] = [`  ${oneLine(i.file)} — `, why ? ` (${why})` : ''];
    const line = `${head}${i.status}${tail}`;
    if ([...line].length > width) return fit(line, width);
    return `${head}${i.status === 'failed' ? c.red(i.status) : c.yellow(i.status)}${tail}`;
  });
  return [c.bold(`Not analyzed: ${plural(left.length, 'file')}`), ...lines].join('\n');
}
