import type { AnalysisResult, Band, Example, Frequency } from '../types.js';
import { corpusLine, fit, oneLine, percent, plural, shareBar, thresholdsLine } from './bars.js';
import { escapeMarkdown } from './cells.js';
import type { ReportOptions } from './options.js';

/** Width of the share bars in the fenced charts. */
const CHART_BAR = 20;
/** Longest label kept in a chart line before it is cut with `…`. */
const CHART_LABEL = 32;
/** How many uncommon labels the summary names; the long tail is the point of the list. */
const SUMMARY_UNCOMMON = 10;

type Kind = 'skills' | 'responsibilities';
const TITLE: Record<Kind, string> = { skills: 'Skills', responsibilities: 'Responsibilities' };

/**
 * The aggregate as a Markdown report shaped like the hand-written analysis users
 * asked for (common and uncommon skills and responsibilities, each with figures
 * and quoted examples), but with exact figures and citations. Lists keep the
 * result's order and show at most `options.top` items each.
 */
export function renderMarkdown(result: AnalysisResult, options: ReportOptions): string {
  const parts = ['# Job postings analysis', `${corpusLine(result)} ${thresholdsLine(result)}`];
  for (const kind of ['skills', 'responsibilities'] as const) {
    parts.push(`## ${TITLE[kind]}`);
    for (const band of ['common', 'uncommon'] as const) parts.push(...bandSection(result, kind, band, options));
  }
  parts.push('## Categories', ...categoryLines(result, options));
  parts.push('## Seniority and experience', seniorityLines(result));
  parts.push('## Summary', summaryLines(result, options));
  const notAnalyzed = result.inputs.filter((i) => i.status !== 'analyzed');
  if (notAnalyzed.length) {
    parts.push(
      '## Inputs not analyzed',
      notAnalyzed
        .map((i) => `- ${escapeMarkdown(i.file)} — ${i.status}${i.reason ? ` (${escapeMarkdown(i.reason)})` : ''}${i.detail ? `: ${escapeMarkdown(i.detail)}` : ''}`)
        .join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

function inBand(r: AnalysisResult, kind: Kind, band: Band): Frequency[] {
  return r[kind].filter((f) => f.band === band);
}

function bandSection(r: AnalysisResult, kind: Kind, band: Band, o: ReportOptions): string[] {
  const heading = `### ${band === 'common' ? 'Common' : 'Uncommon'} ${kind}`;
  const items = inBand(r, kind, band).slice(0, Math.max(0, o.top));
  if (!items.length) return [heading, '_None at this threshold._'];
  return [heading, chart(items), ...items.map((f) => itemBlock(f, r.corpus.postings, o.examples))];
}

/** A fenced text chart, one bar per item, so the shape of the list shows at a glance. */
function chart(items: Frequency[]): string {
  const labels = items.map((f) => fit(oneLine(f.label), CHART_LABEL));
  const width = Math.max(...labels.map((l) => [...l].length));
  const lines = items.map((f, i) => `${labels[i].padEnd(width)}  ${shareBar(f.share, CHART_BAR)} ${percent(f.share).padStart(4)}`);
  // A fence longer than any backtick run inside, so a label cannot close it.
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...lines, fence].join('\n');
}

function itemBlock(f: Frequency, corpusPostings: number, maxExamples: number): string {
  const head =
    `**${escapeMarkdown(f.label)}** — ${f.postings} of ${plural(corpusPostings, 'posting')} (${percent(f.share)}), ` +
    plural(f.mentions, 'mention') +
    (f.required !== undefined ? `; required in ${f.required}, only preferred in ${f.preferred ?? 0}` : '');
  const quotes = f.examples.slice(0, Math.max(0, maxExamples)).map(quote);
  // Quotes are separate blockquotes: adjacent `>` lines would merge into one paragraph.
  return [head, ...quotes].join('\n\n');
}

function quote(e: Example): string {
  const page = e.page === null ? '' : `, page ${e.page}`;
  return `> "${escapeMarkdown(e.text)}" — ${escapeMarkdown(e.file)}${page}, job ${e.job}, line ${e.line}`;
}

function seniorityLines(r: AnalysisResult): string {
  const levels = r.levels
    .filter((l) => l.postings > 0)
    .map((l) => `- **${l.value ?? 'Not stated'}** — ${plural(l.postings, 'posting')} (${percent(l.share)})`);
  const y = r.experience.minYears;
  const years = y
    ? `Years of experience asked (main requirement, ${plural(r.experience.postings, 'posting')}): min ${y.min}, median ${y.median}, max ${y.max}.`
    : 'No posting asks a number of years.';
  return [...levels, '', years].join('\n');
}

function categoryLines(r: AnalysisResult, o: ReportOptions): string[] {
  const top = Math.max(0, o.top);
  const rollups = r.categories.filter((c) => c.kind === 'skills').slice(0, top);
  if (!rollups.length) return ['_No skill categories._'];
  const lines = rollups.map((c) => {
    const shown = c.members.slice(0, top).map((m) => `${escapeMarkdown(m.label)} ${percent(m.share)}`);
    const more = c.members.length > shown.length ? `, and ${c.members.length - shown.length} more` : '';
    return `- **${escapeMarkdown(c.label)}** — ${percent(c.share)} of postings: ${shown.join(', ')}${more}`;
  });
  return [lines.join('\n')];
}

function summaryLines(r: AnalysisResult, o: ReportOptions): string {
  const line = (kind: Kind, band: Band, limit: number): string => {
    const all = inBand(r, kind, band);
    const names = all.slice(0, limit).map((f) => escapeMarkdown(f.label));
    const more = all.length > names.length ? `, and ${all.length - names.length} more` : '';
    const title = `${band === 'common' ? 'Common' : 'Uncommon'} ${kind}`;
    return `- **${title}:** ${names.length ? `${names.join(', ')}${more}.` : '_none at this threshold._'}`;
  };
  const top = Math.max(0, o.top);
  return [
    line('skills', 'common', top),
    line('skills', 'uncommon', Math.min(top, SUMMARY_UNCOMMON)),
    line('responsibilities', 'common', top),
    line('responsibilities', 'uncommon', Math.min(top, SUMMARY_UNCOMMON)),
  ].join('\n');
}
