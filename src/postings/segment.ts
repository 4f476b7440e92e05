import type { Sentence, SectionKind } from '../types.js';
import { foldTerm } from '../match/chars.js';
import { headingKind } from './sections.js';

/** A bullet marker at the start of a line: -, *, •, ▪, 1., 1), a) ... */
const LINE_BULLET = /^[ \t]*(?:[-*•·▪◦●○■□➢➤►▶✓✔–—+]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+/;
/**
 * A bullet glued inside a line, as job boards export them ("Responsibilities:*   Do X",
 * "will have:- Experience with Java- Experience with SQL").
 */
const INLINE_BULLET = /(?<=[\s:.;])[*•·▪●◦]\s+|(?<=[\p{L}\d.:)])-\s+(?=\p{Lu})|(?<=\s)-(?=\p{Lu}\p{Ll}|\d)/gu;
/**
 * Words that start a sentence or list item in exports that lost their line breaks
 * ("...intelligentlyWe strongly prefer", "...back-endsDevelopment of", "applications5+ years").
 */
const GLUED_STARTERS = [
  'We', 'You', 'Your', 'Our', 'The', 'This', 'If', 'So', 'Please', 'Applicants', 'Candidates', 'All', 'Not', 'Apply',
  'Experience', 'Strong', 'Solid', 'Proven', 'Demonstrated', 'Familiarity', 'Familiar', 'Knowledge', 'Ability', 'Able',
  'Proficiency', 'Proficient', 'Understanding', 'Excellent', 'Expertise', 'Expert', 'Background', 'Bachelor', 'Degree',
  'Minimum', 'Required', 'Preferred', 'Desired', 'Nice', 'Bonus', 'Pluses', 'Plus', 'Must', 'Ideally',
  'Responsibilities', 'Requirements', 'Qualifications', 'Skills', 'Education', 'Benefits', 'Title', 'Location',
  'Position', 'Job', 'Duration', 'Salary', 'Compensation', 'Description', 'Summary', 'Overview', 'About', 'What', 'Who',
  'Work', 'Working', 'Design', 'Develop', 'Development', 'Help', 'Previously', 'Build', 'Write', 'Collaborate',
  'Participate', 'Deploy', 'Maintain', 'Implement', 'Create', 'Lead', 'Manage', 'Support', 'Ensure', 'Looking',
].join('|');
/** Sentence ends: ". X", "? X", "; x", glued ".X" / ":X", and glued starters. */
const BOUNDARY = new RegExp(
  String.raw`(?<=[.!?])["')\]]?\s+(?=["'“(\[]?[A-Z0-9])|(?<=[a-z0-9)][.!?:])(?=[A-Z][a-z])|;\s+|(?<=[a-z]{2}[)]?|[A-Z]{2})(?=(?:${GLUED_STARTERS})\b)|(?<=[a-z]{3})(?=\d{1,2}\+?\s*(?:years|yrs)\b)`,
  'g',
);
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
 * A heading glued to the end of a piece ("... CI Polygraph   DESIRED SKILLS:"): the last
 * one to four capitalised words before a final colon, when they read as a heading.
 */
function trailingHeading(piece: string, headings: [string, string][]): { at: number; kind: SectionKind } | null {
  const m = /((?:\p{Lu}[\p{L}'’/&-]*\s+){0,3}\p{Lu}[\p{L}'’/&-]*)\s*:\s*$/u.exec(piece);
  if (!m || m.index === 0) return null;
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
          const trailing = inline && inlineKind ? null : trailingHeading(piece, headings);
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
