import type { AnalysisResult, Band, Frequency } from '../types.js';
import { corpusLine, percent, plural, thresholdPercent, thresholdsLine } from './bars.js';
import { bar, chartTable, esc, moreNote, quote, section, stat, text, type ChartRow, type Segment } from './html-parts.js';
import { categorySection, senioritySection } from './html-rollups.js';
import { HTML_STYLE } from './html-style.js';
import type { ReportOptions } from './options.js';

type Kind = 'skills' | 'responsibilities';
const NAMES: Record<Kind, { title: string; one: string; column: string; bar: string }> = {
  skills: { title: 'Skills', one: 'skill', column: 'Skill', bar: 'skill' },
  responsibilities: { title: 'Responsibilities', one: 'responsibility', column: 'Responsibility', bar: 'duty' },
};
const BANDS: Band[] = ['common', 'moderate', 'uncommon'];
const BAND_TITLE: Record<Band, string> = { common: 'Common', moderate: 'Moderate', uncommon: 'Uncommon' };

/**
 * Nothing from outside the file may load or run: no scripts at all, styles only inline.
 * Escaping already keeps posting text inert; this is the second lock on the door.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The aggregate as one self-contained HTML page: the corpus summary, bar charts of the
 * skills and responsibilities per band (skills split into required, only preferred and
 * mentioned elsewhere), quoted examples with citations, category rollups, seniority
 * and years of experience, and the inputs that were not analyzed. No scripts, no
 * external resources, no timestamps: the same result and options give the same bytes.
 */
export function renderHtml(result: AnalysisResult, options: ReportOptions): string {
  const o = { top: Math.max(0, options.top), examples: Math.max(0, options.examples) };
  const sections = [
    summarySection(result),
    ...(['skills', 'responsibilities'] as const).map((kind) => kindSection(result, kind, o)),
    categorySection(result, o.top),
    senioritySection(result),
  ];
  const toc = [
    ['summary', 'Summary'],
    ['skills', 'Skills'],
    ['responsibilities', 'Responsibilities'],
    ['categories', 'Categories'],
    ['seniority', 'Seniority and experience'],
  ]
    .map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`)
    .join('');
  const tool = `${text(result.tool.name)} ${text(result.tool.version)}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="${tool}">
<title>Job postings analysis: ${esc(plural(result.corpus.postings, 'posting'))}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header class="masthead"><div class="wrap"><h1>Job postings analysis</h1><p>${esc(corpusLine(result))} ${esc(thresholdsLine(result))}</p></div></header>
<nav class="toc" aria-label="Sections"><ul class="wrap">${toc}</ul></nav>
<main class="wrap">
${sections.join('\n')}
</main>
<footer class="colophon"><div class="wrap">Made by ${tool} from ${esc(plural(result.dictionary.skills, 'dictionary skill'))} and ${esc(plural(result.dictionary.responsibilities, 'responsibility', 'responsibilities'))}. A share is the number of postings that mention an item divided by all postings; each posting counts once however often it names the item.</div></footer>
</body>
</html>
`;
}

function summarySection(r: AnalysisResult): string {
  const c = r.corpus;
  const y = r.experience.minYears;
  const stats = [
    stat(c.postings, 'postings'),
    stat(c.analyzedFiles, c.analyzedFiles === 1 ? 'file analyzed' : 'files analyzed'),
    stat(c.skippedFiles, 'files skipped', c.skippedFiles ? 'warn' : ''),
    stat(c.failedFiles, 'files failed', c.failedFiles ? 'bad' : ''),
    stat(r.skills.length, 'skills found'),
    stat(r.responsibilities.length, 'responsibilities'),
    y ? stat(y.median, 'median years asked') : '',
  ];
  const t = r.thresholds;
  const bands =
    `<p class="note">Bands: <b>common</b> at or above ${esc(thresholdPercent(t.common))} of postings, ` +
    `<b>uncommon</b> at or below ${esc(thresholdPercent(t.uncommon))}, <b>moderate</b> in between.</p>`;
  return section('summary', 'Summary', [`<div class="stats">${stats.join('')}</div>`, bands, inputsBlock(r)]);
}

function inputsBlock(r: AnalysisResult): string {
  const left = r.inputs.filter((i) => i.status !== 'analyzed');
  if (!left.length) {
    return r.inputs.length ? `<p class="note">All ${plural(r.inputs.length, 'input file')} were analyzed.</p>` : '';
  }
  const rows = left.map(
    (i) =>
      `<tr><td>${text(i.file)}</td><td class="status-${esc(i.status)}">${esc(i.status)}</td>` +
      `<td>${text(i.reason ?? '')}</td><td>${text(i.detail ?? '')}</td></tr>`,
  );
  return (
    `<h3>Inputs not analyzed <span class="count">${plural(left.length, 'file')}</span></h3>\n` +
    `<table class="list"><thead><tr><th>File</th><th>Status</th><th>Reason</th><th>Detail</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

type Ranked = { f: Frequency; rank: number };
type Limits = { top: number; examples: number };

function kindSection(r: AnalysisResult, kind: Kind, o: Limits): string {
  const names = NAMES[kind];
  const ranked = r[kind].map((f, i) => ({ f, rank: i + 1 }));
  const intro =
    `<p class="note">${esc(plural(ranked.length, names.one, names.title.toLowerCase()))} found. ` +
    `Each bar is the share of the ${esc(plural(r.corpus.postings, 'posting'))} that mention the ${names.one}.</p>`;
  const legend =
    kind === 'skills'
      ? '<div class="legend"><span style="--swatch:var(--req)">required</span><span style="--swatch:var(--pref)">only preferred</span>' +
        '<span style="--swatch:var(--else)">named elsewhere (duties, stack, about)</span><span class="dash">band thresholds</span></div>'
      : '<div class="legend"><span class="dash">band thresholds</span></div>';
  const bands = BANDS.map((band) => bandBlock(r, kind, band, ranked, o));
  return section(kind, names.title, [intro, ranked.length ? legend : '', ...bands]);
}

function bandBlock(r: AnalysisResult, kind: Kind, band: Band, ranked: Ranked[], o: Limits): string {
  const names = NAMES[kind];
  const all = ranked.filter((x) => x.f.band === band);
  const shown = all.slice(0, o.top);
  const t = r.thresholds;
  const rule =
    band === 'common' ? `≥ ${thresholdPercent(t.common)}` : band === 'uncommon' ? `≤ ${thresholdPercent(t.uncommon)}` : 'in between';
  const heading = `<h3 id="${kind}-${band}">${BAND_TITLE[band]} ${names.title.toLowerCase()} <span class="count">${all.length} · ${esc(rule)}</span></h3>`;
  if (!all.length) return `${heading}\n<p class="note">None at this threshold.</p>`;
  const more = moreNote(all.length - shown.length, `${band} ${names.title.toLowerCase()}`);
  if (!shown.length) return `${heading}\n${more}`;
  const cards = o.examples > 0;
  const categoryOf = new Map(r.categories.filter((c) => c.kind === kind).map((c) => [c.id, c.label]));
  const rows = shown.map((x) => chartRow(x, kind, categoryOf, [t.uncommon, t.common], cards));
  const head = {
    name: names.column,
    share: 'Share of postings',
    cells: kind === 'skills' ? ['Postings', '<abbr title="postings that require it / only prefer it">Req / pref</abbr>', 'Mentions'] : ['Postings', 'Mentions'],
  };
  const items = cards ? `<div class="items">\n${shown.map((x) => itemCard(x, kind, r.corpus.postings, o.examples)).join('\n')}\n</div>` : '';
  return [heading, chartTable(head, rows), more, items].filter(Boolean).join('\n');
}

function chartRow({ f, rank }: Ranked, kind: Kind, categoryOf: Map<string, string>, marks: number[], linked: boolean): ChartRow {
  const strength = f.required !== undefined && f.postings > 0;
  const segments: Segment[] = strength ? strengthSegments(f) : [];
  const cells = [esc(f.postings)];
  if (kind === 'skills') cells.push(f.required === undefined ? '–' : `${esc(f.required)} / ${esc(f.preferred ?? 0)}`);
  cells.push(esc(f.mentions));
  return {
    rank,
    href: linked ? `${kind}-${rank}` : null,
    name: text(f.label),
    sub: kind === 'skills' ? text(categoryOf.get(f.category) ?? f.category) : null,
    bar: bar({ share: f.share, kind: NAMES[kind].bar, segments, marks }),
    percent: esc(percent(f.share)),
    cells,
  };
}

/** A skill's postings split: required, only preferred, and named elsewhere. */
function strengthSegments(f: Frequency): Segment[] {
  const required = Math.max(0, f.required ?? 0);
  const preferred = Math.max(0, f.preferred ?? 0);
  const rest = Math.max(0, f.postings - required - preferred);
  return [
    { cls: 'seg-req', part: required / f.postings },
    { cls: 'seg-pref', part: preferred / f.postings },
    { cls: 'seg-else', part: rest / f.postings },
  ];
}

function itemCard({ f, rank }: Ranked, kind: Kind, corpusPostings: number, examples: number): string {
  const figures = [
    `${esc(f.postings)} of ${esc(plural(corpusPostings, 'posting'))} (${esc(percent(f.share))})`,
    esc(plural(f.mentions, 'mention')),
  ];
  if (f.required !== undefined) figures.push(`required in ${esc(f.required)}, only preferred in ${esc(f.preferred ?? 0)}`);
  const quotes = f.examples.slice(0, examples).map(quote);
  return (
    `<article class="item" id="${kind}-${rank}"><h4><span class="rank">${rank}.</span> ${text(f.label)} <span class="pill ${esc(f.band)}">${esc(f.band)}</span></h4>` +
    `<p class="figures">${figures.join(' · ')}</p>${quotes.join('') || '<p class="note">No example quotes.</p>'}</article>`
  );
}
