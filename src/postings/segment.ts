import type { Sentence, SectionKind } from '../types.js';
import { headingKind } from './sections.js';

/** A bullet marker at the start of a line: -, *, •, ▪, 1., 1), a) ... */
const LINE_BULLET = /^[ \t]*(?:[-*•·▪◦●○■□➢➤►▶✓✔–—+]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+/;
/** A bullet glued inside a line, as job boards export them ("Responsibilities:*   Do X"). */
const INLINE_BULLET = /(?<=[\s:.;])[*•·▪●◦]\s+/g;
/** Sentence ends: ". X", "? X", "; x", and glued ".X" / ":X" that exports leave behind. */
const BOUNDARY = /(?<=[.!?])["')\]]?\s+(?=["'“(\[]?[A-Z0-9])|(?<=[a-z0-9)][.!?:])(?=[A-Z][a-z])|;\s+/g;
/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|sr|jr|mr|ms|mrs|dr|st|inc|ltd|co|approx|incl|no|u\.s|e\.x|ex|min|max|yrs?)\.$/i;

interface Piece {
  start: number;
  end: number;
  bullet: boolean;
}

/** Trims a span to its non-space content. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Splits one line's content into bullet pieces and then sentences. */
function pieces(text: string, start: number, end: number, bullet: boolean): Piece[] {
  const line = text.slice(start, end);
  const cuts: [number, number, boolean][] = [];
  let last = 0;
  let lastBullet = bullet;
  INLINE_BULLET.lastIndex = 0;
  for (let m = INLINE_BULLET.exec(line); m; m = INLINE_BULLET.exec(line)) {
    if (m.index > last) cuts.push([last, m.index, lastBullet]);
    last = m.index + m[0].length;
    lastBullet = true;
  }
  cuts.push([last, line.length, lastBullet]);
  const out: Piece[] = [];
  for (const [a, b, isBullet] of cuts) {
    const part = line.slice(a, b);
    let from = 0;
    let first = true;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(part); m; m = BOUNDARY.exec(part)) {
      // The glued-boundary branch matches the empty string: step past it.
      if (m[0] === '') BOUNDARY.lastIndex++;
      const before = part.slice(Math.max(0, m.index - 12), m.index);
      if (ABBREVIATION.test(before)) continue;
      out.push({ start: start + a + from, end: start + a + m.index, bullet: isBullet && first });
      from = m.index + m[0].length;
      first = false;
    }
    out.push({ start: start + a + from, end: start + a + part.length, bullet: isBullet && first });
  }
  return out;
}

/**
 * Cuts a posting's text into sentences, bullets and headings, each tagged with the
 * section it belongs to. Offsets are into `text`; blank pieces are dropped.
 */
export function segment(text: string, headings: [string, string][]): Sentence[] {
  const out: Sentence[] = [];
  let section: SectionKind = 'none';
  let lineStart = 0;
  let firstLine = true;
  const push = (start: number, end: number, heading: boolean, bullet: boolean) => {
    const [s, e] = trimSpan(text, start, end);
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e, section, heading, bullet });
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const marker = LINE_BULLET.exec(line);
      const isBullet = marker !== null && !/^\s*\*\*/.test(line);
      const kind = firstLine ? null : headingKind(line, headings, isBullet);
      if (kind) {
        section = kind;
        push(lineStart, lineEnd, true, false);
      } else {
        const contentStart = lineStart + (isBullet ? marker![0].length : 0);
        for (const p of pieces(text, contentStart, lineEnd, isBullet)) {
          const piece = text.slice(p.start, p.end);
          // "Responsibilities:" glued at a piece's end, or "Requirements: Python, Go" at its start.
          const inline = /^(.{3,60}?):\s*(.*)$/s.exec(piece.trim());
          const inlineKind = inline ? headingKind(`${inline[1]}:`, headings) : null;
          if (inline && inlineKind) {
            section = inlineKind;
            const headEnd = p.start + piece.indexOf(':') + 1;
            push(p.start, headEnd, true, false);
            push(headEnd, p.end, false, p.bullet);
          } else {
            push(p.start, p.end, false, p.bullet);
          }
        }
      }
      firstLine = false;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
