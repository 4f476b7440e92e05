import { SPACE } from '../match/chars.js';
import { codePointAt, codePointBefore, isAsciiLower, isAsciiUpper, isDigit, isLetter, isLower, isUpper, unitsOf } from '../match/unicode.js';
import type { Candidates } from './candidates.js';
import { GLUED_STARTERS } from './starters.js';

/*
 * A line is cut into pieces (glued bullets) and sentences with hand-written character
 * checks rather than regular expressions. Each decides exactly what the regular
 * expression in its comment would (they are the specification).
 */

/** Glued starter words, as written (they are matched with their letter case). */
const STARTERS = new Set<string>(GLUED_STARTERS);
/** Abbreviations after which a period does not end a sentence (lower case). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'sr', 'jr', 'mr', 'ms', 'mrs', 'dr', 'st', 'inc', 'ltd', 'co', 'approx', 'incl', 'no', 'u.s', 'e.x', 'ex',
  'min', 'max', 'yr', 'yrs',
]);

const isAsciiWord = (c: number) => isAsciiLower(c) || isAsciiUpper(c) || isDigit(c) || c === 95;

/** `[-*•·▪◦●○■□➢➤►▶✓✔–—+]`: single-character line bullet markers. */
const MARKER = new Uint8Array(65536);
for (const c of '-*•·▪◦●○■□➢➤►▶✓✔–—+') MARKER[c.charCodeAt(0)] = 1;
/** Bullet glyphs that may be glued inside a line (Candidates looks for the same). */
export const GLUED_BULLETS = '*•·▪●◦';
/** Characters that may start a glued bullet: 1 for `-`, 2 for GLUED_BULLETS. */
const GLUED = new Uint8Array(65536);
GLUED[45] = 1;
for (const c of GLUED_BULLETS) GLUED[c.charCodeAt(0)] = 2;
/** Characters a sentence boundary may start at: 1 for A-Z, 2 for `;`, 3 for a digit. */
const AT_BOUNDARY = new Uint8Array(65536);
for (let c = 65; c <= 90; c++) AT_BOUNDARY[c] = 1;
AT_BOUNDARY[59] = 2;
for (let c = 48; c <= 57; c++) AT_BOUNDARY[c] = 3;
/** What ends a sentence before a space or a capital (Candidates looks after these and `:`). */
export const SENTENCE_STOPS = '.!?';
const STOP = new Uint8Array(65536);
for (const c of SENTENCE_STOPS) STOP[c.charCodeAt(0)] = 1;

/** End of the match the last nextInlineBullet / nextBoundary found (they return its start). */
let matchEnd = 0;

function found(start: number, end: number): number {
  matchEnd = end;
  return start;
}

/** A bullet piece or sentence of a line: its span and whether it starts a bullet. */
export interface Piece {
  start: number;
  end: number;
  bullet: boolean;
}

/**
 * End of the bullet marker at the start of the line [start, end), or -1:
 * `^[ \t]*(?:[-*•·▪◦●○■□➢➤►▶✓✔–—+]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+`.
 */
export function lineBullet(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  let j: number;
  if (MARKER[c]) {
    j = i + 1;
  } else {
    j = i;
    if (c === 40 /* ( */) j++;
    const d = j < end ? text.charCodeAt(j) : -1;
    if (isDigit(d)) {
      let k = j + 1;
      if (k < end && isDigit(text.charCodeAt(k))) k++;
      j = k;
    } else if (isAsciiLower(d)) {
      j++;
    } else {
      return -1;
    }
    const p = j < end ? text.charCodeAt(j) : -1;
    if (p !== 46 && p !== 41) return -1;
    j++;
  }
  const k = j;
  while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j > k ? j : -1;
}

/** End of the whitespace run starting at `i` (at most `end`). */
export function spaceRun(text: string, i: number, end: number): number {
  while (i < end && SPACE[text.charCodeAt(i)]) i++;
  return i;
}

/**
 * The next bullet glued inside the line [from, end) whose content starts at `start`, as
 * its index (matchEnd: where the match ends), or -1:
 * `(?<=[\s:.;])[*•·▪●◦]\s+|(?<=[\p{L}\d.:)])-\s+(?=\p{Lu})|(?<=\s)-(?=\p{Lu}\p{Ll}|\d)` (u).
 */
function nextInlineBullet(c: Candidates, text: string, start: number, from: number, end: number): number {
  for (let p = c.bullet(from > start ? from : start + 1); p < end; p = c.bullet(p + 1)) {
    if (GLUED[text.charCodeAt(p)] === 1) {
      const before = codePointBefore(text, p, start);
      if (isDigit(before) || before === 46 || before === 58 || before === 41 || isLetter(before)) {
        const r = spaceRun(text, p + 1, end);
        if (r > p + 1 && r < end && isUpper(codePointAt(text, r, end))) return found(p, r);
      } else if (SPACE[before]) {
        const next = codePointAt(text, p + 1, end);
        if (isDigit(next)) return found(p, p + 1);
        if (next >= 0 && isUpper(next) && isLower(codePointAt(text, p + 1 + unitsOf(next), end))) return found(p, p + 1);
      }
    } else {
      const b = text.charCodeAt(p - 1);
      if (SPACE[b] || b === 58 || b === 46 || b === 59) {
        const r = spaceRun(text, p + 1, end);
        if (r > p + 1) return found(p, r);
      }
    }
  }
  return -1;
}

/** True when the period ending at `dot` follows an abbreviation (`e.g.`, `Dr.`) seen from `from`. */
function afterAbbreviation(text: string, dot: number, from: number): boolean {
  // (?:^|[\s(])(?:e\.g|i\.e|etc|...|yrs?)\.$ (i) over the 12 characters before the boundary.
  let t = dot;
  while (t > from && dot - t <= 6) {
    const c = text.charCodeAt(t - 1);
    if (!(isAsciiLower(c) || isAsciiUpper(c) || c === 46)) break;
    t--;
  }
  if (t === dot || dot - t > 6) return false;
  if (t > from) {
    const c = text.charCodeAt(t - 1);
    if (!SPACE[c] && c !== 40 /* ( */) return false;
  }
  return ABBREVIATIONS.has(text.slice(t, dot).toLowerCase());
}

/**
 * The next sentence boundary in the part [from, end) of a line whose part starts at
 * `start`: its index (matchEnd: where it ends), or -1:
 * `(?<=[.!?])["')\]]?\s+(?=["'“(\[]?[A-Z0-9])|(?<=[a-z0-9)][.!?:])(?=[A-Z][a-z])|;\s+|
 *  (?<=[a-z]{2}[)]?|[A-Z]{2})(?=(?:STARTERS)\b)|(?<=[a-z]{3})(?=\d{1,2}\+?\s*(?:years|yrs)\b)`.
 */
function nextBoundary(cand: Candidates, text: string, start: number, from: number, end: number): number {
  for (let p = cand.boundary(from); p < end; p = cand.boundary(p + 1)) {
    if (boundaryAt(text, start, p, end)) return p;
  }
  return -1;
}

/** True when a sentence boundary starts at `p` in the part [start, end) (matchEnd: where it ends). */
function boundaryAt(text: string, start: number, p: number, end: number): boolean {
  const b1 = p > start ? text.charCodeAt(p - 1) : 0;
  const c = text.charCodeAt(p);
  // ". X", '." X', ".) X"
  if (STOP[b1] === 1) {
    const q = c === 34 || c === 39 || c === 41 || c === 93 ? p + 1 : p;
    const r = spaceRun(text, q, end);
    if (r > q && r < end) {
      let a = text.charCodeAt(r);
      if ((a === 34 || a === 39 || a === 0x201c || a === 40 || a === 91) && r + 1 < end) a = text.charCodeAt(r + 1);
      if ((a >= 65 && a <= 90) || (a >= 48 && a <= 57)) return found(p, r) >= 0;
    }
  }
  const kind = AT_BOUNDARY[c];
  if (kind === 1) {
    if (p - 2 >= start && p + 1 < end && isAsciiLower(text.charCodeAt(p + 1))) {
      const b2 = text.charCodeAt(p - 2);
      // "skills.Python", "below:Strong"
      if ((STOP[b1] === 1 || b1 === 58) && (isAsciiLower(b2) || isDigit(b2) || b2 === 41)) return found(p, p) >= 0;
      // A glued starter word: "intelligentlyWe", "APIsDevelopment"
      const glued =
        (isAsciiLower(b1) && isAsciiLower(b2)) ||
        (isAsciiUpper(b1) && isAsciiUpper(b2)) ||
        (b1 === 41 && p - 3 >= start && isAsciiLower(b2) && isAsciiLower(text.charCodeAt(p - 3)));
      if (glued) {
        let r = p + 2;
        while (r < end && r - p <= 16 && isAsciiWord(text.charCodeAt(r))) r++;
        if (r - p <= 16 && STARTERS.has(text.slice(p, r))) return found(p, p) >= 0;
      }
    }
  } else if (kind === 2) {
    const r = spaceRun(text, p + 1, end);
    if (r > p + 1) return found(p, r) >= 0;
  } else if (kind === 3 && p - 3 >= start && isAsciiLower(b1) && isAsciiLower(text.charCodeAt(p - 2)) && isAsciiLower(text.charCodeAt(p - 3))) {
    // "applications5+ years"
    if (yearsAhead(text, p, end)) return found(p, p) >= 0;
  }
  return false;
}

/** `\d{1,2}\+?\s*(?:years|yrs)\b` at `p`, within `end`. */
function yearsAhead(text: string, p: number, end: number): boolean {
  let j = p + 1;
  if (j < end && isDigit(text.charCodeAt(j))) j++;
  if (j < end && isDigit(text.charCodeAt(j))) return false;
  if (j < end && text.charCodeAt(j) === 43 /* + */) j++;
  j = spaceRun(text, j, end);
  let k: number;
  if (text.startsWith('years', j)) k = j + 5;
  else if (text.startsWith('yrs', j)) k = j + 3;
  else return false;
  return k <= end && (k === end || !isAsciiWord(text.charCodeAt(k)));
}

/** Splits one line's content into bullet pieces and then sentences. */
export function pieces(cand: Candidates, text: string, start: number, end: number, bullet: boolean, out: Piece[]): void {
  let last = start;
  let lastBullet = bullet;
  for (let from = start; ; ) {
    const m = nextInlineBullet(cand, text, start, from, end);
    const mEnd = matchEnd;
    const cutEnd = m >= 0 ? m : end;
    if (m < 0 || cutEnd > last) sentences(cand, text, last, cutEnd, lastBullet, out);
    if (m < 0) break;
    last = mEnd;
    from = mEnd;
    lastBullet = true;
  }
}

/** Cuts the part [start, end) of a line into sentences. */
function sentences(cand: Candidates, text: string, start: number, end: number, isBullet: boolean, out: Piece[]): void {
  let from = start;
  let first = true;
  for (let at = start; ; ) {
    const m = nextBoundary(cand, text, start, at, end);
    if (m < 0) break;
    const mEnd = matchEnd;
    // An empty boundary is stepped past.
    at = mEnd === m ? m + 1 : mEnd;
    if (m > start && text.charCodeAt(m - 1) === 46 && afterAbbreviation(text, m - 1, Math.max(start, m - 12))) continue;
    out.push({ start: from, end: m, bullet: isBullet && first });
    from = mEnd;
    first = false;
  }
  out.push({ start: from, end, bullet: isBullet && first });
}

