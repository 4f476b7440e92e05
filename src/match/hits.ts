import type { AliasTarget, CompiledDictionary, Target } from '../dictionary/compile.js';
import { SIGNALS } from '../dictionary/signals.js';
import { HitBuffer, startOf } from './automaton.js';
import { SPACE, WORD } from './chars.js';
import { endsWithTokens, insideUrlOrEmail, startsWithTokens, tokensAfter, tokensBefore } from './context.js';
import { sortedCopy, sortInPlace } from './order.js';
import { TERM_KIND, TermList } from './terms.js';
import { isDigit } from './unicode.js';
import { camelHump, continuesWord, gluedStart, scanWords, STARTER } from './word-scan.js';

/** A hit of a skill alias that passed its boundary, case, URL and neighbour checks. */
export interface AliasHit {
  start: number;
  end: number;
  target: AliasTarget;
}


/** Length of /^(?:'?s|es|\d+(?:\.\d+)*)/i at `e` within the next 12 code units (0: none); text[e] is a word character. */
function inflection(text: string, e: number): number {
  const lim = Math.min(text.length, e + 12);
  const c = text.charCodeAt(e);
  if (c === 115 || c === 83) return 1;
  if ((c === 101 || c === 69) && e + 1 < lim) {
    const d = text.charCodeAt(e + 1);
    return d === 115 || d === 83 ? 2 : 0;
  }
  if (!isDigit(c)) return 0;
  let j = e + 1;
  while (j < lim && isDigit(text.charCodeAt(j))) j++;
  while (j + 1 < lim && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j += 2;
    while (j < lim && isDigit(text.charCodeAt(j))) j++;
  }
  return j - e;
}

/** End of the match after an optional plural / version suffix, or -1 when no boundary follows. */
function boundaryEnd(text: string, end: number, lastIsWord: boolean, inflect: boolean, hump: boolean): number {
  if (!lastIsWord) return end;
  let e = end;
  if (inflect && e < text.length && WORD[text.charCodeAt(e)]) e += inflection(text, e);
  if (e < text.length) {
    const c = text.charCodeAt(e);
    if (WORD[c] && !(hump && camelHump(text, e))) return -1;
    const next = e + 1 < text.length ? text.charCodeAt(e + 1) : -1;
    // "Node.js" when only "Node" is an alias, "python.org": the name goes on.
    if (c === 46 /* . */ && next >= 97 && next <= 122) return -1;
    if (c === 35 /* # */ || (c === 43 /* + */ && next === 43)) return -1;
  }
  return e;
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

function longest(seqs: string[][]): number {
  let n = 0;
  for (const s of seqs) if (s.length > n) n = s.length;
  return n;
}

/** What vetoed needs of a target's notNext / notPrev lists, worked out once. */
interface Vetoes {
  nextLength: number;
  prevLength: number;
  /** The first token of each notNext sequence, the last of each notPrev one. */
  nextFirst: Set<string>;
  prevLast: Set<string>;
}

const VETOES = new WeakMap<AliasTarget, Vetoes>();

function vetoesOf(t: AliasTarget): Vetoes {
  let v = VETOES.get(t);
  if (!v) {
    v = {
      nextLength: longest(t.notNext),
      prevLength: longest(t.notPrev),
      nextFirst: new Set(t.notNext.map((seq) => seq[0])),
      prevLast: new Set(t.notPrev.map((seq) => seq[seq.length - 1])),
    };
    VETOES.set(t, v);
  }
  return v;
}

function vetoed(text: string, start: number, end: number, t: AliasTarget): boolean {
  if (t.notNext.length === 0 && t.notPrev.length === 0) return false;
  const v = vetoesOf(t);
  // Most hits are followed (preceded) by a token no sequence starts (ends) with: one token
  // tells, before all of them are read.
  if (t.notNext.length && v.nextFirst.has(tokensAfter(text, end, 1)[0])) {
    const after = tokensAfter(text, end, v.nextLength);
    if (t.notNext.some((seq) => startsWithTokens(after, seq))) return true;
  }
  if (t.notPrev.length && v.prevLast.has(tokensBefore(text, start, 1)[0])) {
    const before = tokensBefore(text, start, v.prevLength);
    if (t.notPrev.some((seq) => endsWithTokens(before, seq))) return true;
  }
  return false;
}

const raw = new HitBuffer();

/** Per pattern: INFLECTED when some target takes a plural / version suffix, PLAIN when some does not. */
const INFLECTED = 1;
const PLAIN = 2;
/** Per flat target: it takes a suffix (INFLECTED), it is a responsibility term (TERM). */
const TERM = 4;

/**
 * The patterns' targets laid out flat, with what the hit loop asks of each in typed
 * arrays, so that most hits are decided without reaching the target objects: the targets
 * of pattern p are list[off[p] .. off[p + 1]).
 */
interface FlatTargets {
  ends: Uint8Array;
  off: Uint32Array;
  list: Target[];
  flags: Uint8Array;
  /** TERM_KIND and term of term targets. */
  kind: Uint8Array;
  term: Int32Array;
}

const FLAT = new WeakMap<CompiledDictionary, FlatTargets>();

function flatTargets(dict: CompiledDictionary): FlatTargets {
  let f = FLAT.get(dict);
  if (!f) {
    const n = dict.targets.reduce((sum, list) => sum + list.length, 0);
    f = {
      ends: new Uint8Array(dict.targets.length),
      off: new Uint32Array(dict.targets.length + 1),
      list: [],
      flags: new Uint8Array(n),
      kind: new Uint8Array(n),
      term: new Int32Array(n),
    };
    let j = 0;
    dict.targets.forEach((list, p) => {
      f!.off[p] = j;
      for (const t of list) {
        f!.ends[p] |= t.inflect ? INFLECTED : PLAIN;
        f!.list.push(t);
        f!.flags[j] = (t.inflect ? INFLECTED : 0) | (t.kind === 'skill' ? 0 : TERM);
        if (t.kind !== 'skill') {
          f!.kind[j] = TERM_KIND[t.kind];
          f!.term[j] = t.term;
        }
        j++;
      }
    });
    f.off[dict.targets.length] = j;
    FLAT.set(dict, f);
  }
  return f;
}

/**
 * Scans the text once: returns the checked alias hits, in text order, and puts the term
 * hits in `terms` (emptied first). `signals` holds pairs of a signal index and the offset
 * where it starts; `headingAt` the offsets where a heading phrase starts, in order (null
 * when the automaton has no heading phrases).
 */
export function scanPosting(
  dict: CompiledDictionary,
  text: string,
  terms: TermList,
): { aliases: AliasHit[]; signals: number[]; headingAt: number[] | null } {
  scanWords(dict, text, raw);
  return checkHits(dict, text, terms, raw);
}

/**
 * scanPosting's checks on the raw hits of a scan of `text` (scanWords', or every hit
 * scanHits reports: the result is the same, as scanWords leaves out only hits these
 * checks drop).
 */
export function checkHits(
  dict: CompiledDictionary,
  text: string,
  terms: TermList,
  raw: HitBuffer,
): { aliases: AliasHit[]; signals: number[]; headingAt: number[] | null } {
  terms.length = 0;
  const aliases: AliasHit[] = [];
  const signals: number[] = [];
  const { patLen } = dict.automaton;
  const { firstIsWord, lastIsWord } = dict;
  const { ends, off, list, flags, kind, term } = flatTargets(dict);
  const signalBase = dict.patterns.length;
  const headingBase = signalBase + SIGNALS.length;
  const headingAt: number[] | null = patLen.length > headingBase ? [] : null;
  const data = raw.data;
  for (let k = 0, n = raw.length; k < n; k += 2) {
    const p = data[k];
    const last = data[k + 1];
    if (p >= headingBase) {
      headingAt!.push(startOf(dict.automaton, text, p, last));
      continue;
    }
    if (p >= signalBase) {
      const k = p - signalBase;
      const start = startOf(dict.automaton, text, p, last);
      // A starter counts only capitalised and glued to a letter or ")": "intelligentlyWe".
      if (STARTER[k] === 1 && !gluedStart(text, start)) continue;
      signals.push(k, start);
      continue;
    }
    const len = patLen[p];
    const start = startOf(dict.automaton, text, p, last);
    if (firstIsWord[p] && start > 0) {
      if (continuesWord(text, start, len)) continue;
      // "www.python", "socket.io": a dotted name is one word.
      if (text.charCodeAt(start - 1) === 46 && start > 1 && WORD[text.charCodeAt(start - 2)]) continue;
    }
    const end = last + 1;
    const wordEnd = lastIsWord[p] === 1;
    // Single letters (C, R) never take a camel-hump boundary: "PoC", "RStudio".
    const plainEnd = ends[p] & PLAIN ? boundaryEnd(text, end, wordEnd, false, len > 1) : -1;
    const inflEnd = ends[p] & INFLECTED ? boundaryEnd(text, end, wordEnd, true, len > 1) : -1;
    // No word boundary after the hit, with or without a suffix: nothing to check.
    if (plainEnd < 0 && inflEnd < 0) continue;
    let urlChecked = false;
    let inUrl = false;
    for (let j = off[p], j1 = off[p + 1]; j < j1; j++) {
      const f = flags[j];
      const e = f & INFLECTED ? inflEnd : plainEnd;
      if (e < 0) continue;
      if (f & TERM) {
        terms.add(start, e, kind[j], term[j]);
        continue;
      }
      const target = list[j] as AliasTarget;
      if (target.exact && !sameCase(text, start, end, target.term)) continue;
      if (!urlChecked) {
        inUrl = insideUrlOrEmail(text, start, e);
        urlChecked = true;
      }
      if (inUrl || vetoed(text, start, e, target)) continue;
      aliases.push({ start, end: e, target });
    }
  }
  if (headingAt) sortInPlace(headingAt, (a, b) => a - b);
  return { aliases, signals, headingAt };
}

/**
 * Keeps the leftmost-longest hits: a hit inside a longer (or earlier) one is dropped
 * ("GitHub" in "GitHub Actions"); hits that only partly overlap both stay, as each names
 * something ("relational database design" names relational databases and database
 * design). Hits with the same span are all kept.
 */
export function leftmostLongest<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = sortedCopy(hits, (a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const h of sorted) {
    if (h.start === lastStart && h.end === lastEnd) out.push(h);
    else if (h.end > lastEnd) {
      out.push(h);
      lastStart = h.start;
      lastEnd = h.end;
    }
  }
  return out;
}
