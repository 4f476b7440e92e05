import { foldTerm, SPACE } from '../match/chars.js';
import { hasLetterOrNumber } from '../match/unicode.js';
import type { SectionKind } from '../types.js';

const MAX_HEADING_CHARS = 70;
const MAX_HEADING_WORDS = 8;

/** Characters that formatting removes from a heading's ends: `#*_:?!.` and whitespace. */
const TRIMMABLE = new Uint8Array(65536);
for (const c of '#*_:?!.') TRIMMABLE[c.charCodeAt(0)] = 1;
for (let c = 0; c < 65536; c++) if (SPACE[c]) TRIMMABLE[c] = 1;

/**
 * False when the line [start, end) cannot be a heading, without building strings:
 * formatting comes off a heading's ends only (`#*_:?!.` and whitespace), so its text spans
 * at least from the first to the last other character; more than MAX_HEADING_CHARS of
 * those, or more than MAX_HEADING_WORDS words between them, rule it out (headingKind would
 * return null).
 */
export function mayBeHeading(text: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && TRIMMABLE[text.charCodeAt(first)]) first++;
  let last = end - 1;
  while (last > first && TRIMMABLE[text.charCodeAt(last)]) last--;
  if (last - first + 1 > MAX_HEADING_CHARS) return false;
  let gaps = 0;
  let gap = false;
  for (let i = first; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (SPACE[c]) gap = true;
    else if (gap && !TRIMMABLE[c]) {
      if (++gaps >= MAX_HEADING_WORDS) return false;
      gap = false;
    }
  }
  return true;
}

interface Phrase {
  phrase: string;
  kind: string;
  oneWord: boolean;
  /** Position in the headings list (earlier entries win ties). */
  index: number;
}

/** Heading phrases indexed for lookup: whole, and by first character. */
interface PhraseIndex {
  /** The kind of the first entry of each phrase. */
  kinds: Map<string, string>;
  longest: number;
  byFirst: Map<number, Phrase[]>;
}

const INDEXES = new WeakMap<[string, string][], PhraseIndex>();

function phraseIndex(headings: [string, string][]): PhraseIndex {
  let index = INDEXES.get(headings);
  if (!index) {
    index = { kinds: new Map(), longest: 0, byFirst: new Map() };
    for (let i = 0; i < headings.length; i++) {
      const [phrase, kind] = headings[i];
      if (!index.kinds.has(phrase)) index.kinds.set(phrase, kind);
      index.longest = Math.max(index.longest, phrase.length);
      const first = phrase.charCodeAt(0);
      const list = index.byFirst.get(first) ?? [];
      list.push({ phrase, kind, oneWord: !phrase.includes(' '), index: i });
      index.byFirst.set(first, list);
    }
    INDEXES.set(headings, index);
  }
  return index;
}

/** `[\s:&/(,-]`: what may stand before a phrase inside a heading. */
const BEFORE_PHRASE = new Uint8Array(65536);
/** `[\s:&/(),-]`: what may follow a phrase. */
const AFTER_PHRASE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (SPACE[c]) BEFORE_PHRASE[c] = AFTER_PHRASE[c] = 1;
for (const c of ':&/(,-') BEFORE_PHRASE[c.charCodeAt(0)] = AFTER_PHRASE[c.charCodeAt(0)] = 1;
AFTER_PHRASE[41] = 1;

/** How a line is formatted, which decides how sure we are that it is a heading. */
function headingShape(line: string): { text: string; formatted: boolean; markdown: boolean } {
  const trimmed = line.trim();
  // A Markdown prefix "## " (what /^#{1,6}\s+/ removes).
  let from = 0;
  while (from < trimmed.length && trimmed.charCodeAt(from) === 35) from++;
  const markdown = from >= 1 && from <= 6 && from < trimmed.length && SPACE[trimmed.charCodeAt(from)] === 1;
  if (markdown) while (from < trimmed.length && SPACE[trimmed.charCodeAt(from)] === 1) from++;
  else from = 0;
  const first = trimmed.charCodeAt(from);
  const last = trimmed.charCodeAt(trimmed.length - 1);
  // No bold markers at either end and no final colon: nothing to remove but the prefix and
  // a final `?!.` run (what the regular expressions below then do).
  if (first !== 42 && first !== 95 && last !== 42 && last !== 95 && last !== 58) {
    let end = trimmed.length;
    while (end > from && isStop(trimmed.charCodeAt(end - 1))) end--;
    if (end < trimmed.length) while (end > from && SPACE[trimmed.charCodeAt(end - 1)] === 1) end--;
    return { text: from === 0 && end === trimmed.length ? trimmed : trimmed.slice(from, end), formatted: markdown, markdown };
  }
  const bold = /^(\*\*?|__?)[^*_].*(\*\*?|__?):?$/.test(trimmed);
  const colon = /:\s*(\*\*?|__?)?$/.test(trimmed);
  const text = trimmed
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*?|__?)|(\*\*?|__?)$/g, '')
    .replace(/(\*\*?|__?)?:?\s*(\*\*?|__?)?$/, '')
    .replace(/[?!.]+$/, '')
    .trim();
  return { text, formatted: markdown || bold || colon, markdown };
}

function isStop(c: number): boolean {
  return c === 63 || c === 33 || c === 46;
}

/** `/[\p{L}\p{N}]/u.test(line.slice(from).replace(/\*\*?|__?/g, ''))`: text after a colon. */
function hasTextAfter(line: string, from: number): boolean {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // Removing `*` and `_` could join a surrogate pair: leave those to the regular expression.
    if (c >= 0xd800 && c <= 0xdfff) return /[\p{L}\p{N}]/u.test(line.slice(from).replace(/\*\*?|__?/g, ''));
  }
  return hasLetterOrNumber(line, from, line.length);
}

/** Words of a trimmed text (`text.split(/\s+/).length`) and its characters that are not spaces. */
function measure(text: string): { words: number; solid: number } {
  let words = 1;
  let solid = 0;
  for (let i = 0; i < text.length; i++) {
    if (SPACE[text.charCodeAt(i)]) {
      if (i + 1 < text.length && !SPACE[text.charCodeAt(i + 1)]) words++;
    } else {
      solid++;
    }
  }
  return { words, solid };
}

interface Found {
  last: { at: number; kind: string; len: number } | null;
  prefix: string | null;
}

/**
 * The phrases a heading starts with (`prefix`, the first listed) and ends with (`last`:
 * the phrase that ends last wins; of two ending together, the longer, "desired skills").
 * Only the last occurrence of a phrase counts for `last`, as with lastIndexOf. Only
 * phrases that start where a word of the heading starts are looked at.
 */
function findPhrases(index: PhraseIndex, folded: string, formatted: boolean, words: number): Found {
  let prefix: Phrase | null = null;
  const ends: { p: Phrase; end: number }[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (i > 0 && !BEFORE_PHRASE[folded.charCodeAt(i - 1)]) continue;
    const list = index.byFirst.get(folded.charCodeAt(i));
    if (!list) continue;
    for (const p of list) {
      if (p.oneWord && words > 4) continue;
      if (!folded.startsWith(p.phrase, i)) continue;
      const end = i + p.phrase.length;
      if (end < folded.length && !AFTER_PHRASE[folded.charCodeAt(end)]) continue;
      if (i === 0) {
        if (!prefix || p.index < prefix.index) prefix = p;
      } else if (formatted && words <= 5 && folded.lastIndexOf(p.phrase) === i) {
        ends.push({ p, end });
      }
    }
  }
  ends.sort((a, b) => a.p.index - b.p.index);
  let last: Found['last'] = null;
  for (const { p, end } of ends) {
    if (!last || end > last.at || (end === last.at && p.phrase.length > last.len)) last = { at: end, kind: p.kind, len: p.phrase.length };
  }
  return { last, prefix: prefix ? prefix.kind : null };
}

/**
 * The section kind a line opens, or null when the line is not a heading. A line is a
 * heading when it is short and either equals a known heading phrase, or is formatted as a
 * heading (Markdown `#`, bold, trailing colon, or a bare line of a few words) and starts
 * with one; a one-word phrase ("Skills", "Experience") opens a heading of at most four
 * words, so "Experience with networking concepts including:" is not one. A heading of up
 * to five words that holds phrases of several kinds ("Job Description/Qualification")
 * takes the kind of the last. An unknown Markdown heading opens an `other` section.
 */
export function headingKind(line: string, headings: [string, string][], isBullet = false): SectionKind | null {
  // "Responsibilities: build APIs" is a heading with content after it: the caller splits it.
  const colon = line.indexOf(':');
  if (colon >= 0 && hasTextAfter(line, colon + 1)) return null;
  const { text, formatted, markdown } = headingShape(line);
  if (!text || text.length > MAX_HEADING_CHARS) return null;
  const { words, solid } = measure(text);
  if (words > MAX_HEADING_WORDS) return null;
  const bare = !isBullet && words <= 5 && !/[.,;]/.test(text);
  const phrases = phraseIndex(headings);
  // Unformatted text longer than any phrase cannot be a heading.
  if (!formatted && !bare && solid > phrases.longest) return null;
  const folded = foldTerm(text);
  // A line equal to a phrase is that heading, whatever else matches.
  const exact = phrases.kinds.get(folded);
  if (exact !== undefined) return exact as SectionKind;
  if (!formatted && !bare) return null;
  const { last, prefix } = findPhrases(phrases, folded, formatted, words);
  if (last) return last.kind as SectionKind;
  if (prefix) return prefix as SectionKind;
  return markdown ? 'other' : null;
}
