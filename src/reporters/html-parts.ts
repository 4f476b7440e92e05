import type { Example } from '../types.js';
import { clampShare, oneLine, thresholdPercent } from './bars.js';

/**
 * Building blocks of the HTML report: escaping, CSS share bars, chart tables and
 * quotes. Every string that reaches the page from the result goes through `text`
 * or `esc`, because posting text, file names and dictionary labels are untrusted.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `& < > " '` as entities: safe in element content and in quoted attribute values. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Untrusted text on one line and escaped: terminal escapes, control and bidi-override
 * characters removed (see `oneLine`), then `esc`.
 */
export function text(value: string): string {
  return esc(oneLine(value));
}

/** A share as a CSS width with at most two decimals (`54.17%`). */
export function cssPercent(share: number): string {
  return thresholdPercent(clampShare(share));
}

/** One coloured part of a stacked bar: `part` is its fraction of the filled length. */
export interface Segment {
  cls: string;
  part: number;
}

/** A horizontal bar whose filled length is `share` of its track. */
export interface BarSpec {
  share: number;
  /** Colour class of the fill: `skill`, `duty`, `cat` or `level`. */
  kind: string;
  /** Stacked parts of the fill, in order; none for a plain bar. */
  segments?: Segment[];
  /** Shares at which to draw a dashed marker (the band thresholds). */
  marks?: number[];
}

/**
 * A bar in plain HTML and CSS. The fill's width is the share of the track, so bars in
 * one chart compare directly; `data-share` carries the figure for tests and tools.
 */
export function bar(b: BarSpec): string {
  const share = clampShare(b.share);
  const segments = (b.segments ?? [])
    .filter((s) => s.part > 0)
    .map((s) => `<i class="${esc(s.cls)}" style="width:${cssPercent(s.part)}"></i>`)
    .join('');
  const marks = (b.marks ?? []).map((m) => `<span class="mark" style="left:${cssPercent(m)}"></span>`).join('');
  const zero = share === 0 ? ' zero' : '';
  return `<div class="bar"><div class="fill ${esc(b.kind)}${zero}" data-share="${share}" style="width:${cssPercent(share)}">${segments}</div>${marks}</div>`;
}

/** One row of a chart table. Every string is HTML already escaped by the caller. */
export interface ChartRow {
  rank: number | null;
  /** Anchor of the item's card, or null when there is none. */
  href: string | null;
  name: string;
  /** A second line under the name (the category), or null. */
  sub: string | null;
  bar: string;
  percent: string;
  /** Figures after the percentage, one per extra column; `{ html, wide }` for a text column. */
  cells: (string | { html: string; wide: true })[];
}

/** Column titles of a chart table (HTML), and an extra class for its layout. */
export interface ChartHead {
  name: string;
  share: string;
  cells: string[];
  /** Title of a last, wide text column. */
  wide?: string;
  cls?: string;
}

/**
 * A chart as a table: a bar per row, the figures beside it. A table keeps labels,
 * bars and numbers aligned on screen and in print, and reads well to screen readers.
 */
export function chartTable(head: ChartHead, rows: ChartRow[]): string {
  const ranked = rows.some((r) => r.rank !== null);
  const th = [
    ranked ? '<th class="num rank" scope="col">#</th>' : '',
    `<th scope="col" class="name">${head.name}</th>`,
    `<th scope="col" class="share">${head.share}</th>`,
    '<th scope="col" class="num">%</th>',
    ...head.cells.map((c) => `<th scope="col" class="num">${c}</th>`),
    head.wide ? `<th scope="col" class="wide">${head.wide}</th>` : '',
  ].join('');
  const body = rows.map((r) => {
    const name = r.href ? `<a href="#${esc(r.href)}">${r.name}</a>` : `<span>${r.name}</span>`;
    const sub = r.sub ? `<small>${r.sub}</small>` : '';
    const cells = [
      ranked ? `<td class="num rank">${r.rank ?? ''}</td>` : '',
      `<th scope="row" class="name">${name}${sub}</th>`,
      `<td class="share">${r.bar}</td>`,
      `<td class="num pct">${r.percent}</td>`,
      ...r.cells.map((c) => (typeof c === 'string' ? `<td class="num">${c}</td>` : `<td class="wide">${c.html}</td>`)),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="chart${head.cls ? ` ${head.cls}` : ''}"><thead><tr>${th}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

/** A quoted example with the citation that makes it checkable: file, page, job, line. */
export function quote(e: Example): string {
  const page = e.page === null ? '' : `, page ${esc(e.page)}`;
  return (
    `<blockquote><p>“${text(e.text)}”</p>` +
    `<footer><cite>${text(e.file)}${page}, job ${esc(e.job)}, line ${esc(e.line)}</cite></footer></blockquote>`
  );
}

/** A top-level part of the report: `<section id>` with its `<h2>`. `title` is HTML. */
export function section(id: string, title: string, body: string[]): string {
  return `<section class="part" id="${id}">\n<h2>${title}</h2>\n${body.filter(Boolean).join('\n')}\n</section>`;
}

/** A headline figure in a box; `label` is HTML, `tone` an extra class (`warn`, `bad`). */
export function stat(value: string | number, label: string, tone = ''): string {
  return `<div class="stat${tone ? ` ${tone}` : ''}"><b>${esc(value)}</b><span>${label}</span></div>`;
}

/** How many items of a list `--top` left out, so a short list never reads as the whole. */
export function moreNote(hidden: number, what: string): string {
  return hidden > 0 ? `<p class="more">${hidden} more ${esc(what)} not shown (raise <code>--top</code> to list them).</p>` : '';
}
