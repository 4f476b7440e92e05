import type { AnalysisResult } from '../types.js';

/**
 * Formatting shared by the text reporters (table, markdown, csv): share bars,
 * percentages and safe one-line text. Nothing here computes a figure; it only
 * renders the shares that AnalysisResult already holds.
 */

const FULL = '█';
const EMPTY = '░';
/** Partial blocks by eighths: index 1 is 1/8 of a cell, index 7 is 7/8. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A share clamped to 0..1 (0 when not a number). */
export function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}

/**
 * A bar exactly `width` cells wide: full blocks, one partial eighth-block for the
 * remainder, and `░` for the empty track (so bars line up and show their scale).
 * Shares outside 0..1 are clamped.
 */
export function shareBar(share: number, width: number): string {
  const cells = Math.max(0, Math.floor(width));
  const s = clampShare(share);
  let eighths = Math.round(s * cells * 8);
  // A skill seen in one posting of thousands must not look absent (mirrors "<1%").
  if (s > 0 && eighths === 0 && cells > 0) eighths = 1;
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8];
  return FULL.repeat(full) + part + EMPTY.repeat(cells - full - (part ? 1 : 0));
}

/**
 * A share as a whole percentage (`93%`); `<1%` for a share above zero that would
 * otherwise round to `0%`, so rare items never read as absent.
 */
export function percent(share: number): string {
  if (!(share > 0)) return '0%';
  if (share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/**
 * A threshold as a percentage without rounding to whole numbers (`12.5%`), because
 * a threshold is a setting the user typed and should read back exactly.
 */
export function thresholdPercent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Posting text on one line: terminal escape sequences and control or bidi-override
 * characters removed, whitespace collapsed. Posting text is untrusted and must not
 * be able to recolour a terminal, reorder a line or break a report's layout.
 */
export function oneLine(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** `text` cut to at most `max` characters, ending with `…` when cut. */
export function fit(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 0) return '';
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** `1 posting`, `2 postings`: counts are read in prose by the text reporters. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The corpus in one sentence: `40 postings from 10 of 12 files (1 skipped, 1 failed).` */
export function corpusLine(r: AnalysisResult): string {
  const c = r.corpus;
  const files = c.analyzedFiles === c.files ? plural(c.files, 'file') : `${c.analyzedFiles} of ${plural(c.files, 'file')}`;
  const left = [c.skippedFiles ? `${c.skippedFiles} skipped` : '', c.failedFiles ? `${c.failedFiles} failed` : ''].filter(Boolean);
  return `${plural(c.postings, 'posting')} from ${files}${left.length ? ` (${left.join(', ')})` : ''}.`;
}

/** The bands' thresholds: `Thresholds: common >= 25% of postings, uncommon <= 10%.` */
export function thresholdsLine(r: AnalysisResult): string {
  const t = r.thresholds;
  return `Thresholds: common >= ${thresholdPercent(t.common)} of postings, uncommon <= ${thresholdPercent(t.uncommon)}.`;
}
