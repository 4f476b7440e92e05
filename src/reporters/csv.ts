import type { AnalysisResult, Example, Frequency } from '../types.js';
import { csvLines } from './cells.js';
import type { ReportOptions } from './options.js';

/**
 * The aggregate as RFC 4180 CSV for spreadsheets: a header row, then one row per
 * skill and per responsibility (every item: a data export is not cut to `top`),
 * with `options.examples` pairs of example and source columns.
 *
 * Rows end with `\n`, not RFC 4180's `\r\n`: spreadsheet programs and CSV libraries
 * accept both, and `\n` keeps the output diffable and the same on every platform.
 * Fields are quoted when they hold `,`, `"`, CR or LF, with inner quotes doubled.
 * Cells that a spreadsheet would run as a formula are defused (cells.ts `csvField`).
 */
export function renderCsv(result: AnalysisResult, options: ReportOptions): string {
  const n = Math.max(0, Math.floor(options.examples));
  const header = ['kind', 'id', 'label', 'category', 'postings', 'share', 'mentions', 'band'];
  for (let i = 1; i <= n; i += 1) header.push(`example_${i}`, `example_${i}_source`);
  const rows = [
    header,
    ...result.skills.map((f) => row('skill', f, n)),
    ...result.responsibilities.map((f) => row('responsibility', f, n)),
  ];
  return csvLines(rows);
}

function row(kind: string, f: Frequency, examples: number): string[] {
  const cells = [kind, f.id, f.label, f.category, String(f.postings), f.share.toFixed(4), String(f.mentions), f.band];
  for (let i = 0; i < examples; i += 1) {
    const e = f.examples[i];
    cells.push(e ? e.text : '', e ? source(e) : '');
  }
  return cells;
}

/** `fixtures/a.txt:12 (job 3, page 2)`: file and line first, as editors and grep print them. */
function source(e: Example): string {
  return `${e.file}:${e.line} (job ${e.job}${e.page === null ? '' : `, page ${e.page}`})`;
}
