import type { CompiledDictionary } from '../dictionary/compile.js';
import { SIGNALS } from '../dictionary/signals.js';
import { HitBuffer, scanHits } from './automaton.js';
import { WORD } from './chars.js';
import { isLower, isUpper } from './unicode.js';

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

/** Per signal: 1 for a glued sentence starter ("We", "Experience"). */
export const STARTER = Uint8Array.from(SIGNALS, ([, kind]) => (kind === 'starter' ? 1 : 0));

/**
 * How the scan treats each reporting state of the automaton. WORD_START: all its patterns
 * are words of one length L without whitespace, which count only at a word start (the
 * first check scanPosting makes; "r" in "for", "ts" in "lists"): `length` holds L.
 * STARTERS: all are glued-starter signals, which count only capitalised after a letter
 * ("intelligentlyWe"). Else 0. Most hits are of those kinds and need no more.
 */
const WORD_START = 1;
const STARTERS = 2;
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
      const len = patLen[outPat[outOff[k]]];
      for (let j = outOff[k]; j < outOff[k + 1]; j++) {
        const p = outPat[j];
        words &&= p < base && dict.firstIsWord[p] === 1 && spaced[p] === 0 && patLen[p] === len;
        starters &&= p >= base && p - base < STARTER.length && STARTER[p - base] === 1;
      }
      kinds.kind[k] = words ? WORD_START : starters ? STARTERS : 0;
      kinds.length[k] = len;
    }
    STATE_KINDS.set(dict, kinds);
  }
  return kinds;
}

/**
 * The automaton's scan (scanHits), leaving out the hits that scanPosting would drop first
 * thing: words that start inside a word ("r" in "for"), and starter words that are not
 * glued sentence starts ("the", "we").
 */
export function scanWords(dict: CompiledDictionary, text: string, hits: HitBuffer): void {
  const a = dict.automaton;
  if (!a.spaceLoops) {
    scanHits(a, text, hits);
    return;
  }
  hits.length = 0;
  const { kind: kinds, length: lengths } = stateKinds(dict);
  const { classOf, next, quiet, outOff, outPat, width, patLen } = a;
  let s = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    s = next[s * width + classOf[text.charCodeAt(i)]];
    if (s < quiet) continue;
    const k = s - quiet;
    const kind = kinds[k];
    if (kind === WORD_START) {
      const len = lengths[k];
      const start = i + 1 - len;
      if (start > 0) {
        const c = text.charCodeAt(start - 1);
        // A glued start ("experiencePython") is a boundary too.
        if (WORD[c] === 1 && !(len > 1 && isLower(c) && isUpper(text.charCodeAt(start)))) continue;
      }
    }
    const o1 = outOff[k + 1];
    for (let j = outOff[k]; j < o1; j++) {
      const p = outPat[j];
      if (kind === STARTERS && !gluedStart(text, i + 1 - patLen[p])) continue;
      hits.push(p, i);
    }
  }
}

