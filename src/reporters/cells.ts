import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { oneLine } from './bars.js';

/**
 * Cell helpers for the command reporters (check, compare, match, dict): the same CSV,
 * Markdown and terminal-table rules as the analyze reporters.
 */

/**
 * One CSV cell: a leading `'` on cells a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`, tab, CR: OWASP "CSV Injection"), then quoted as RFC 4180 requires.
 * Numbers are passed as numbers so that a negative change stays a number.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV, `\n` line ends (as the analyze CSV). */
export function csvLines(rows: (string | number | null)[][]): string {
  return rows.map((cells) => cells.map(csvField).join(',')).join('\n') + '\n';
}

/** Untrusted text as one line of Markdown that renders as the words it holds. */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|#~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** A GitHub-flavoured Markdown table; cells must already be escaped. */
export function markdownTable(head: string[], aligns: ('left' | 'right')[], rows: string[][]): string {
  const rule = aligns.map((a) => (a === 'right' ? '---:' : '---'));
  return [head, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * A terminal table with cli-table3's own colours off (colour comes only from `c`),
 * compact rows.
 */
export function newTable(head: string[], aligns: ('left' | 'right')[], c: ChalkInstance): Table.Table {
  return new Table({ head: head.map((h) => c.bold(h)), colAligns: aligns, style: { head: [], border: [], compact: true } });
}

/** A report's lines joined, trailing spaces removed, one final newline. */
export function finish(blocks: string[]): string {
  return `${blocks.join('\n\n').replace(/[ \t]+$/gm, '')}\n`;
}

/** `+12.5`, `-3.0`, `0.0`: a change in percentage points with its sign, fixed decimals so a column lines up. */
export function signed(value: number, decimals = 1): string {
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0) return text;
  return `${value > 0 ? '+' : '-'}${text}`;
}

/** Words of `text` on lines of at most `width` characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** The years a posting asks: `3-5`, `5+`, or `—`. */
export function yearsText(min: number | null, max: number | null): string {
  if (min === null) return '—';
  return max === null ? `${min}+` : `${min}-${max}`;
}

/** `…/dir/file.txt`: paths are cut from the start, where they say the least. */
export function fitStart(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `…${chars.slice(chars.length - max + 1).join('')}`;
}
