import type { AliasTarget, CompiledDictionary, TermTarget } from '../dictionary/compile.js';
import { hitStart, scan } from './automaton.js';
import { SPACE, WORD } from './chars.js';
import { endsWithTokens, insideUrlOrEmail, startsWithTokens, tokensAfter, tokensBefore } from './context.js';

/** A hit of a skill alias that passed its boundary, case, URL and neighbour checks. */
export interface AliasHit {
  start: number;
  end: number;
  target: AliasTarget;
}

/** A hit of a responsibility term (verb form, action noun, object, phrase, cue). */
export interface TermHit {
  start: number;
  end: number;
  target: TermTarget;
}

const INFLECTION = /^(?:'?s|es|\d+(?:\.\d+)*)/i;

/** End of the match after an optional plural / version suffix, or -1 when no boundary follows. */
function boundaryEnd(text: string, end: number, lastIsWord: boolean, inflect: boolean, hump: boolean): number {
  if (!lastIsWord) return end;
  let e = end;
  if (inflect && WORD[text.charCodeAt(e)]) {
    const m = INFLECTION.exec(text.slice(e, e + 12));
    if (m) e += m[0].length;
  }
  if (e < text.length) {
    const c = text.charCodeAt(e);
    if (WORD[c] && !(hump && camelHump(text, e))) return -1;
    const next = text[e + 1] ?? '';
    // "Node.js" when only "Node" is an alias, "python.org": the name goes on.
    if (c === 46 /* . */ && /[a-z]/.test(next)) return -1;
    if (c === 35 /* # */ || (c === 43 /* + */ && next === '+')) return -1;
  }
  return e;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * True at a "camel hump" where a lost line break glued two words ("AWSPreviously",
 * "featuresStrong"): an upper-case letter followed by a lower-case one. Real compound
 * names (JavaScript, GitHub) are dictionary aliases of their own and win as longer hits.
 */
function camelHump(text: string, i: number): boolean {
  return UPPER.test(text[i] ?? '') && LOWER.test(text[i + 1] ?? '');
}

function sameCase(text: string, start: number, end: number, term: string): boolean {
  let j = 0;
  let prevSpace = false;
  for (let i = start; i < end; i++) {
    const space = SPACE[text.charCodeAt(i)] === 1;
    if (space && prevSpace) continue;
    prevSpace = space;
    const want = term[j++];
    if (space ? want !== ' ' : text[i] !== want) return false;
  }
  return j === term.length;
}

function vetoed(text: string, start: number, end: number, t: AliasTarget): boolean {
  if (t.notNext.length) {
    const after = tokensAfter(text, end, Math.max(...t.notNext.map((s) => s.length)));
    if (t.notNext.some((seq) => startsWithTokens(after, seq))) return true;
  }
  if (t.notPrev.length) {
    const before = tokensBefore(text, start, Math.max(...t.notPrev.map((s) => s.length)));
    if (t.notPrev.some((seq) => endsWithTokens(before, seq))) return true;
  }
  return false;
}

/** Scans the text once and returns the checked alias hits and term hits, in text order. */
export function findHits(dict: CompiledDictionary, text: string): { aliases: AliasHit[]; terms: TermHit[] } {
  const raw: number[] = [];
  scan(dict.automaton, text, raw);
  const aliases: AliasHit[] = [];
  const terms: TermHit[] = [];
  const { patLen } = dict.automaton;
  for (let k = 0; k < raw.length; k += 2) {
    const p = raw[k];
    const last = raw[k + 1];
    const start = hitStart(text, last, patLen[p]);
    if (dict.firstIsWord[p] && start > 0) {
      const c = text.charCodeAt(start - 1);
      // A glued start ("experiencePython") is a boundary too.
      if (WORD[c] && !(patLen[p] > 1 && LOWER.test(text[start - 1]) && UPPER.test(text[start]))) continue;
      // "www.python", "socket.io": a dotted name is one word.
      if (c === 46 && start > 1 && WORD[text.charCodeAt(start - 2)]) continue;
    }
    const end = last + 1;
    const lastIsWord = dict.lastIsWord[p] === 1;
    // Single letters (C, R) never take a camel-hump boundary: "PoC", "RStudio".
    const plainEnd = boundaryEnd(text, end, lastIsWord, false, patLen[p] > 1);
    const inflEnd = boundaryEnd(text, end, lastIsWord, true, patLen[p] > 1);
    let urlChecked = false;
    let inUrl = false;
    for (const target of dict.targets[p]) {
      const e = target.inflect ? inflEnd : plainEnd;
      if (e < 0) continue;
      if (target.kind !== 'skill') {
        terms.push({ start, end: e, target });
        continue;
      }
      if (target.exact && !sameCase(text, start, end, target.term)) continue;
      if (!urlChecked) {
        inUrl = insideUrlOrEmail(text, start, e);
        urlChecked = true;
      }
      if (inUrl || vetoed(text, start, e, target)) continue;
      aliases.push({ start, end: e, target });
    }
  }
  return { aliases, terms };
}

/**
 * Keeps the leftmost-longest hits: where hits overlap, the one that starts first wins, and
 * of those the longest. Hits with the same span are all kept.
 */
export function leftmostLongest<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const h of sorted) {
    if (h.start === lastStart && h.end === lastEnd) out.push(h);
    else if (h.start >= lastEnd) {
      out.push(h);
      lastStart = h.start;
      lastEnd = h.end;
    }
  }
  return out;
}
