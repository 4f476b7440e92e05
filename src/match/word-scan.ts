import type { CompiledDictionary } from '../dictionary/compile.js';
import { SIGNALS } from '../dictionary/signals.js';
import { HitBuffer, scanHits, startOf, type Automaton } from './automaton.js';
import { WORD } from './chars.js';
import { isDigit, isLower, isUpper } from './unicode.js';

/*
 * The automaton's scan as the matcher runs it: the one pass over a posting's text. Hits
 * that the checks after it would drop at once are left out here, per reporting state,
 * so that most never reach the hit buffer.
 */

/** An upper-case letter after a letter or ")". */
export function gluedStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (i < 1 || c < 65 || c > 90) return false;
  const b = text.charCodeAt(i - 1);
  return (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b === 41;
}

/**
 * True when the word character before `start` makes a hit of folded length `len` starting
 * there part of a longer word ("r" in "for"): the first boundary check of every word
 * pattern. A glued start ("experiencePython", a capital after a lower-case letter) is a
 * boundary for names longer than one letter.
 */
export function continuesWord(text: string, start: number, len: number): boolean {
  const c = text.charCodeAt(start - 1);
  return WORD[c] === 1 && !(len > 1 && isLower(c) && isUpper(text.charCodeAt(start)));
}

/**
 * True at a "camel hump" where a lost line break glued two words ("AWSPreviously",
 * "featuresStrong"): an upper-case letter followed by a lower-case one. Real compound
 * names (JavaScript, GitHub) are dictionary aliases of their own and win as longer hits.
 */
export function camelHump(text: string, i: number): boolean {
  return i < text.length && isUpper(text.charCodeAt(i)) && i + 1 < text.length && isLower(text.charCodeAt(i + 1));
}

/** A unit that can start a plural or version suffix (see inflection in hits.ts): s, e, a digit. */
function maySuffix(c: number): boolean {
  return c === 115 || c === 83 || c === 101 || c === 69 || isDigit(c);
}

/** Per signal: 1 for a glued sentence starter ("We", "Experience"). */
export const STARTER = Uint8Array.from(SIGNALS, ([, kind]) => (kind === 'starter' ? 1 : 0));

/**
 * How the scan treats each reporting state of the automaton (bits). WORD_START: all its
 * patterns are words of one length L without whitespace, which count only at a word start
 * (the first check scanPosting makes; "r" in "for", "ts" in "lists"): `length` holds L.
 * WORD_END, with WORD_START: they also count only where the word ends (the next check
 * scanPosting makes, boundaryEnd: "r" in "run"), or, with MAY_INFLECT, where a plural or
 * version suffix may follow. STARTERS: all are glued-starter signals, which count only
 * capitalised after a letter ("intelligentlyWe"). Most hits are of those kinds and need
 * no more.
 */
const WORD_START = 1;
const STARTERS = 2;
const WORD_END = 4;
const MAY_INFLECT = 8;
const STATE_KINDS = new WeakMap<CompiledDictionary, { kind: Uint8Array; length: Uint32Array }>();

function stateKinds(dict: CompiledDictionary): { kind: Uint8Array; length: Uint32Array } {
  let kinds = STATE_KINDS.get(dict);
  if (!kinds) {
    const { outOff, outPat, patLen, spaced } = dict.automaton;
    const base = dict.patterns.length;
    const n = outOff.length - 1;
    kinds = { kind: new Uint8Array(n), length: new Uint32Array(n) };
    for (let k = 0; k < n; k++) {
      let words = outOff[k + 1] > outOff[k];
      let starters = words;
      let ends = words;
      let inflect = false;
      const len = patLen[outPat[outOff[k]]];
      for (let j = outOff[k]; j < outOff[k + 1]; j++) {
        const p = outPat[j];
        words &&= p < base && dict.firstIsWord[p] === 1 && spaced[p] === 0 && patLen[p] === len;
        starters &&= p >= base && p - base < STARTER.length && STARTER[p - base] === 1;
        ends &&= p < base && dict.lastIsWord[p] === 1;
        if (p < base) for (const t of dict.targets[p]) inflect ||= t.inflect;
      }
      kinds.kind[k] = words ? WORD_START | (ends ? WORD_END : 0) | (inflect ? MAY_INFLECT : 0) : starters ? STARTERS : 0;
      kinds.length[k] = len;
    }
    STATE_KINDS.set(dict, kinds);
  }
  return kinds;
}

/** Texts shorter than this are scanned in one stream (two gain nothing there). */
const TWO_STREAMS_FROM = 512;

/**
 * Stores the hits of reporting state quiet + k at offset i that the checks would not drop
 * at once (see scanWords).
 */
function report(text: string, n: number, i: number, k: number, kinds: Uint8Array, lengths: Uint32Array, a: Automaton, hits: HitBuffer): void {
  const kind = kinds[k];
  if (kind & WORD_START) {
    const len = lengths[k];
    const start = i + 1 - len;
    if (start > 0 && continuesWord(text, start, len)) return;
    if (kind & WORD_END && i + 1 < n) {
      const c = text.charCodeAt(i + 1);
      // A glued end ("AWSPreviously") is a boundary too; a suffix ("APIs", "ES6") is read later.
      if (WORD[c] === 1 && !(len > 1 && camelHump(text, i + 1)) && !(kind & MAY_INFLECT && maySuffix(c))) return;
    }
  }
  const { outOff, outPat, patLen } = a;
  const o1 = outOff[k + 1];
  for (let j = outOff[k]; j < o1; j++) {
    const p = outPat[j];
    if (kind === STARTERS && !gluedStart(text, i + 1 - patLen[p])) continue;
    hits.push(p, i);
  }
}

const second = new HitBuffer();
const carried = new HitBuffer();

/**
 * The automaton's scan (scanHits), leaving out the hits that scanPosting would drop first
 * thing: words that start inside a word ("r" in "for"), and starter words that are not
 * glued sentence starts ("the", "we").
 *
 * The scan is a chain of table lookups, each waiting for the one before; it runs as two
 * independent chains over the two halves of the text, which the processor overlaps. The
 * first chain then reads on past the middle until it is in the same state as the second:
 * from there on no match that began before the middle is still open. The hits it found on
 * the way that began before the middle are merged in. Checks downstream see the same hits
 * in the same order as from one chain (the early filter may keep a different set of hits
 * that they drop).
 */
export function scanWords(dict: CompiledDictionary, text: string, hits: HitBuffer): void {
  const a = dict.automaton;
  if (!a.spaceLoops) {
    scanHits(a, text, hits);
    return;
  }
  hits.length = 0;
  const { kind: kinds, length: lengths } = stateKinds(dict);
  const { classOf, next, quiet, width } = a;
  const n = text.length;
  if (n < TWO_STREAMS_FROM) {
    let s = a.start;
    for (let i = 0; i < n; i++) {
      s = next[s * width + classOf[text.charCodeAt(i)]];
      if (s >= quiet) report(text, n, i, s - quiet, kinds, lengths, a, hits);
    }
    return;
  }
  const mid = n >> 1;
  second.length = 0;
  // The second chain knows of the text before it only whether a word ends there: it
  // finds exactly the matches that begin at the middle or later.
  const r0 = WORD[text.charCodeAt(mid - 1)] === 1 ? 0 : a.start;
  let s = a.start;
  let r = r0;
  for (let i = 0, j = mid; i < mid; i++, j++) {
    s = next[s * width + classOf[text.charCodeAt(i)]];
    r = next[r * width + classOf[text.charCodeAt(j)]];
    if (s >= quiet) report(text, n, i, s - quiet, kinds, lengths, a, hits);
    if (r >= quiet) report(text, n, j, r - quiet, kinds, lengths, a, second);
  }
  // The second half is one unit longer when n is odd.
  for (let rAt = mid + mid; rAt < n; rAt++) {
    r = next[r * width + classOf[text.charCodeAt(rAt)]];
    if (r >= quiet) report(text, n, rAt, r - quiet, kinds, lengths, a, second);
  }
  // The first chain reads on until it meets the second, whose states from the middle are
  // walked again beside it (t) to tell where: usually within a few units.
  carried.length = 0;
  let t = r0;
  for (let i = mid; i < n; i++) {
    s = next[s * width + classOf[text.charCodeAt(i)]];
    t = next[t * width + classOf[text.charCodeAt(i)]];
    if (s === t) break;
    if (s >= quiet) {
      const from = carried.length;
      report(text, n, i, s - quiet, kinds, lengths, a, carried);
      // Keep only matches that began before the middle (the others are the second chain's).
      let w = from;
      for (let q = from; q < carried.length; q += 2) {
        const p = carried.data[q];
        if (startOf(a, text, p, i) < mid) {
          carried.data[w++] = p;
          carried.data[w++] = i;
        }
      }
      carried.length = w;
    }
  }
  // Merge by offset; at one offset the carried (longer, earlier) matches come first.
  const sd = second.data;
  const cd = carried.data;
  let x = 0;
  for (let y = 0; y < carried.length; y += 2) {
    while (x < second.length && sd[x + 1] < cd[y + 1]) {
      hits.push(sd[x], sd[x + 1]);
      x += 2;
    }
    hits.push(cd[y], cd[y + 1]);
  }
  for (; x < second.length; x += 2) hits.push(sd[x], sd[x + 1]);
}
