import type { AnalysisResult } from '../types.js';
import { percent, plural } from './bars.js';
import { bar, chartTable, esc, moreNote, section, stat, text, type ChartRow } from './html-parts.js';

/**
 * The rollup parts of the HTML report: skill categories, and seniority levels with the
 * years of experience asked. Figures come from the result; nothing is computed here
 * but the share of a years bucket, which is its postings over the corpus postings.
 */

/** Skill categories: share of postings that name any member, and the members' shares. */
export function categorySection(r: AnalysisResult, top: number): string {
  const all = r.categories.filter((c) => c.kind === 'skills');
  if (!all.length) return section('categories', 'Categories', ['<p class="note">No skill categories.</p>']);
  const shown = all.slice(0, top);
  const rows: ChartRow[] = shown.map((c) => {
    const members = c.members.slice(0, top).map((m) => `${text(m.label)} ${esc(percent(m.share))}`);
    const more = c.members.length > members.length ? `, and ${c.members.length - members.length} more` : '';
    return {
      rank: null,
      href: null,
      name: text(c.label),
      sub: null,
      bar: bar({ share: c.share, kind: 'cat' }),
      percent: esc(percent(c.share)),
      cells: [esc(c.postings), { html: `${members.join(', ')}${more}`, wide: true }],
    };
  });
  const note = `<p class="note">Share of postings that mention at least one skill of the category; members with their own shares.</p>`;
  const more = moreNote(all.length - shown.length, 'categories');
  const table = chartTable({ name: 'Category', share: 'Share of postings', cells: ['Postings'], wide: 'Top members', cls: 'cats' }, rows);
  return section('categories', 'Categories', [note, table, more]);
}

/** Postings per seniority level, and the minimum years of experience asked. */
export function senioritySection(r: AnalysisResult): string {
  const levels = r.levels.filter((l) => l.value !== null || l.postings > 0);
  const rows: ChartRow[] = levels.map((l) => ({
    rank: null,
    href: null,
    name: esc(l.value ?? 'Not stated'),
    sub: null,
    bar: bar({ share: l.share, kind: 'level' }),
    percent: esc(percent(l.share)),
    cells: [esc(l.postings)],
  }));
  const levelBlock = rows.length
    ? `<div><h3>Seniority levels</h3>${chartTable({ name: 'Level', share: 'Share of postings', cells: ['Postings'] }, rows)}</div>`
    : '<div><h3>Seniority levels</h3><p class="note">No levels.</p></div>';
  const y = r.experience.minYears;
  const years = y
    ? `<div class="years">${stat(y.min, 'min years')}${stat(y.median, 'median years')}${stat(y.max, 'max years')}</div>` +
      `<p class="note">Minimum years of experience asked by the main requirement, over the ${esc(plural(r.experience.postings, 'posting'))} that ask a number (of ${esc(r.corpus.postings)}).</p>` +
      histogram(r)
    : '<p class="note">No posting asks a number of years.</p>';
  return section('seniority', 'Seniority and experience', [`<div class="two">${levelBlock}<div><h3>Years of experience</h3>${years}</div></div>`]);
}

/** Postings per minimum years asked, one bar per number of years. */
function histogram(r: AnalysisResult): string {
  // Older results (and merged shards written before the histogram) may not carry it.
  const buckets = (r.experience.histogram ?? []).filter((h) => h.postings > 0);
  if (!buckets.length) return '';
  const total = Math.max(1, r.corpus.postings);
  const rows: ChartRow[] = buckets.map((h) => ({
    rank: null,
    href: null,
    name: esc(plural(h.years, 'year')),
    sub: null,
    bar: bar({ share: h.postings / total, kind: 'level' }),
    percent: esc(percent(h.postings / total)),
    cells: [esc(h.postings)],
  }));
  return chartTable({ name: 'Years asked', share: 'Share of postings', cells: ['Postings'], cls: 'years-chart' }, rows);
}
