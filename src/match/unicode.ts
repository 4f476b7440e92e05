/**
 * Unicode letter classes as the regular expressions see them (`\p{L}`, `\p{N}`, `\p{Lu}`,
 * `\p{Ll}`), answered per code point without running a regex on every character: ASCII
 * by range, anything else tested once and remembered. Hand-written scanners use these
 * to decide exactly what the regular expressions they replace would.
 */

import { WORD } from './chars.js';

const L = /^\p{L}$/u;
const N = /^\p{N}$/u;
const LU = /^\p{Lu}$/u;
const LL = /^\p{Ll}$/u;

// Per BMP code unit: 0 not yet known, 1 no, 2 yes.
const letterMemo = new Uint8Array(65536);
const upperMemo = new Uint8Array(65536);
const lowerMemo = new Uint8Array(65536);

function memo(table: Uint8Array, re: RegExp, c: number): boolean {
  let v = table[c];
  if (v === 0) {
    v = re.test(String.fromCharCode(c)) ? 2 : 1;
    table[c] = v;
  }
  return v === 2;
}

/** `\p{L}` for a code point (a lone surrogate is no letter). */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  if (cp > 0xffff) return L.test(String.fromCodePoint(cp));
  return memo(letterMemo, L, cp);
}

/** An ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** An ASCII lower-case letter. */
export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
/** An ASCII upper-case letter. */
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

/** `[\p{L}\p{N}]` for a code point: in the BMP, a WORD character (`[\p{L}\p{N}_]`) other than `_`. */
export function isLetterOrNumber(cp: number): boolean {
  if (cp <= 0xffff) return cp !== 95 && WORD[cp] === 1;
  const s = String.fromCodePoint(cp);
  return L.test(s) || N.test(s);
}

/** `\p{Lu}` for a code point. */
export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  if (cp > 0xffff) return LU.test(String.fromCodePoint(cp));
  return memo(upperMemo, LU, cp);
}

/** `\p{Ll}` for a code point. */
export function isLower(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  if (cp > 0xffff) return LL.test(String.fromCodePoint(cp));
  return memo(lowerMemo, LL, cp);
}

/** The code point that starts at `i` (a surrogate pair read as one), or -1 outside `[i, end)`. */
export function codePointAt(text: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before `i` (a surrogate pair read as one), or -1 at or before `start`. */
export function codePointBefore(text: string, i: number, start: number): number {
  if (i <= start) return -1;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i - 2 >= start) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** Number of code units of a code point. */
export function unitsOf(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** True when `[start, end)` holds a letter or digit (`/[\p{L}\p{N}]/u`). */
export function hasLetterOrNumber(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      if (c !== 95 && WORD[c] === 1) return true;
      continue;
    }
    const cp = codePointAt(text, i, end);
    if (isLetterOrNumber(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}
