import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Sentence } from '../types.js';
import { foldTerm, SPACE } from './chars.js';
import { containsWord } from './context.js';
import { leftmostLongest, type AliasHit } from './hits.js';

/** A confirmed mention of a skill. */
export interface SkillMention {
  skill: number;
  start: number;
  end: number;
  sentence: number;
  /** The alias that matched, as written in the dictionary. */
  term: string;
  /** Set when the mention counts through another skill's `implies` (the id it came from). */
  via: number | null;
  /** The mention is negated ("no Java needed"). */
  negated: boolean;
}

/** Index of the sentence containing `offset`, or -1. Sentences are sorted and disjoint. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * sentenceAt for offsets that mostly come in text order: the sentence of the last offset,
 * or the next one, is tried before a binary search.
 */
export function sentenceFinder(sentences: Sentence[]): (offset: number) => number {
  let hint = 0;
  const n = sentences.length;
  return (offset) => {
    if (hint < n) {
      const s = sentences[hint];
      if (offset >= s.start) {
        if (offset < s.end) return hint;
        const next = hint + 1;
        if (next < n && offset >= sentences[next].start && offset < sentences[next].end) return (hint = next);
      }
    }
    const i = sentenceAt(sentences, offset);
    if (i >= 0) hint = i;
    return i;
  };
}

const NEGATED_BEFORE = /\b(?:no|not)\s+(?:(?!only\b|just\b|limited\b|necessarily\b)[\w-]+\s+)?$/i;
const NEGATED_AFTER = /^\s+(?:(?:experience|knowledge|skills?|background|expertise)\s+)?(?:is|are)?\s*(?:not|n't)\s+(?:required|needed|necessary|a must|mandatory)\b/i;

/** "No Java needed", "Java is not required", "no prior Go experience". */
function isNegated(text: string, sentence: Sentence, start: number, end: number): boolean {
  // Each pattern needs "no" (or "n'"): most mentions have none near them.
  const from = Math.max(sentence.start, start - 30);
  if (start > from && SPACE[text.charCodeAt(start - 1)] && hasNo(text, from, start) && NEGATED_BEFORE.test(text.slice(from, start))) return true;
  const to = Math.min(sentence.end, end + 60);
  return to > end && SPACE[text.charCodeAt(end)] === 1 && hasNo(text, end, to) && NEGATED_AFTER.test(text.slice(end, to));
}

/** True when [from, to) holds "no" or "n'" in any letter case. */
function hasNo(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    if ((text.charCodeAt(i) | 0x20) !== 110) continue;
    const c = text.charCodeAt(i + 1);
    if ((c | 0x20) === 111 || c === 39) return true;
  }
  return false;
}

/**
 * Resolves alias hits into skill mentions: leftmost-longest overlap, context rules for
 * ambiguous names, negation, then implied skills.
 */
export function resolveSkills(dict: CompiledDictionary, text: string, sentences: Sentence[], hits: AliasHit[]): SkillMention[] {
  const kept = leftmostLongest(hits);
  // Kept hits come in text order.
  const sentenceOf = sentenceFinder(sentences);
  const withSentence = kept.map((h) => ({ h, sentence: sentenceOf(h.start) }));
  // Sentences that hold a skill needing no context confirm ambiguous names beside them.
  const confirmed = new Set<number>();
  for (const { h, sentence } of withSentence) if (h.target.context === null) confirmed.add(sentence);
  const folded = new Map<number, string>();
  const out: SkillMention[] = [];
  for (const { h, sentence } of withSentence) {
    const t = h.target;
    if (t.context !== null && !confirmed.has(sentence)) {
      if (sentence < 0) continue;
      let f = folded.get(sentence);
      if (f === undefined) {
        f = foldTerm(text.slice(sentences[sentence].start, sentences[sentence].end));
        folded.set(sentence, f);
      }
      if (!t.context.some((w) => containsWord(f!, w))) continue;
    }
    const negated = sentence >= 0 && isNegated(text, sentences[sentence], h.start, h.end);
    out.push({ skill: t.skill, start: h.start, end: h.end, sentence, term: t.term, via: null, negated });
    for (const implied of dict.skills[t.skill].implies) {
      out.push({ skill: implied, start: h.start, end: h.end, sentence, term: t.term, via: t.skill, negated });
    }
  }
  return out;
}
