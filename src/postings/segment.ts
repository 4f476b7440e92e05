import type { Sentence, SectionKind } from '../types.js';
import { foldTerm, SPACE } from '../match/chars.js';
import { codePointBefore, hasLetterOrNumber, isLetter, unitsOf } from '../match/unicode.js';
import { Candidates, gluedCandidates, NextChar } from './candidates.js';
import { lineBullet, pieces, spaceRun, type Piece } from './pieces.js';
import { headingKind, mayBeHeading } from './sections.js';

/**
 * A heading glued to the end of a piece ("... CI Polygraph   DESIRED SKILLS:"): the last
 * one to four capitalised words before a final colon, when they read as a heading.
 */
function trailingHeading(piece: string, headings: [string, string][]): { at: number; kind: SectionKind } | null {
  // A match holds only letters, '’/&-, whitespace and the colon: it lies in the piece's
  // last run of those, so the expression need only read that run (same first match).
  const tail = tailOfHeadingChars(piece);
  const found = /((?:\p{Lu}[\p{L}'’/&-]*\s+){0,3}\p{Lu}[\p{L}'’/&-]*)\s*:\s*$/u.exec(piece.slice(tail));
  if (!found) return null;
  const m = { index: tail + found.index, 1: found[1] };
  if (m.index === 0) return null;
  const starts = [...m[1].matchAll(/\S+/g)].map((w) => m.index + w.index!);
  let best: { at: number; kind: SectionKind } | null = null;
  // The longest run of final words that is exactly a heading phrase ("DESIRED SKILLS").
  for (let k = 1; k <= starts.length; k++) {
    const at = starts[starts.length - k];
    const words = foldTerm(piece.slice(at, m.index + m[1].length));
    const hit = headings.find(([phrase]) => phrase === words);
    if (hit && hit[1] !== 'other') best = { at, kind: hit[1] as SectionKind };
  }
  return best;
}

/**
 * Cuts a posting's text into sentences, bullets and headings, each tagged with the
 * section it belongs to. Offsets are into `text`; blank pieces are dropped. `glued`, when
 * given, holds (at least) every position gluedCandidates would find, in order;
 * `headingAt`, every offset where a heading phrase occurs (folded), in order: a line
 * without one can only be an unknown Markdown heading.
 */
export function segment(text: string, headings: [string, string][], glued?: readonly number[], headingAt?: readonly number[] | null): Sentence[] {
  const out: Sentence[] = [];
  let section: SectionKind = 'none';
  let lineStart = 0;
  let firstLine = true;
  const n = text.length;
  const push = (start: number, end: number, heading: boolean, bullet: boolean) => {
    start = spaceRun(text, start, end);
    while (end > start && SPACE[text.charCodeAt(end - 1)]) end--;
    if (end > start && hasLetterOrNumber(text, start, end)) out.push({ start, end, section, heading, bullet });
  };
  // Colons are rare: the next one is found once and reused until passed.
  const colons = new NextChar(text, ':');
  const parts: Piece[] = [];
  const cand = new Candidates(text, glued ?? gluedCandidates(text));
  let nextPhrase = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const first = spaceRun(text, lineStart, lineEnd);
    if (first < lineEnd) {
      const markerEnd = lineBullet(text, lineStart, lineEnd);
      const isBullet = markerEnd >= 0 && !(text.charCodeAt(first) === 42 && text.charCodeAt(first + 1) === 42);
      let phrase = true;
      if (headingAt) {
        while (nextPhrase < headingAt.length && headingAt[nextPhrase] < lineStart) nextPhrase++;
        phrase = (nextPhrase < headingAt.length && headingAt[nextPhrase] < lineEnd) || text.charCodeAt(first) === 35;
      }
      const kind = firstLine || !phrase || !mayBeHeading(text, lineStart, lineEnd) ? null : headingKind(text.slice(lineStart, lineEnd), headings, isBullet);
      if (kind) {
        section = kind;
        push(lineStart, lineEnd, true, false);
      } else {
        const contentStart = isBullet ? markerEnd : lineStart;
        parts.length = 0;
        pieces(cand, text, contentStart, lineEnd, isBullet, parts);
        for (const p of parts) {
          if (colons.from(p.start) >= p.end) {
            push(p.start, p.end, false, p.bullet);
            continue;
          }
          const piece = text.slice(p.start, p.end);
          // "Responsibilities:" glued at a piece's end, or "Requirements: Python, Go" at its start.
          const inline = /^(.{3,60}?):\s*(.*)$/s.exec(piece.trim());
          const inlineKind = inline ? headingKind(`${inline[1]}:`, headings) : null;
          const trailing = inline && inlineKind ? null : endsWithColon(piece) ? trailingHeading(piece, headings) : null;
          if (inline && inlineKind) {
            section = inlineKind;
            const headEnd = p.start + piece.indexOf(':') + 1;
            push(p.start, headEnd, true, false);
            push(headEnd, p.end, false, p.bullet);
          } else if (trailing) {
            // "Other duties as assigned  Qualifications:": the heading opens after the text.
            push(p.start, p.start + trailing.at, false, p.bullet);
            section = trailing.kind;
            push(p.start + trailing.at, p.end, true, false);
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

/** Where the piece's final run of letters, `'’/&-`, whitespace and colons starts. */
function tailOfHeadingChars(piece: string): number {
  let i = piece.length;
  while (i > 0) {
    const cp = codePointBefore(piece, i, 0);
    if (!(isLetter(cp) || SPACE[cp] === 1 || cp === 39 || cp === 0x2019 || cp === 47 || cp === 38 || cp === 45 || cp === 58)) break;
    i -= unitsOf(cp);
  }
  return i;
}

/** `:\s*$`: the last non-space character is a colon. */
function endsWithColon(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && SPACE[s.charCodeAt(i)]) i--;
  return i >= 0 && s.charCodeAt(i) === 58;
}
