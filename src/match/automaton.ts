import { foldTable, SPACE, WORD } from './chars.js';

/**
 * An Aho-Corasick automaton over case-folded UTF-16 code units, stored as a dense
 * transition table (states x character classes). Characters that occur in no pattern
 * share class 0; whitespace is class 1 and a run of it is read as one space, so the scan
 * is one table lookup per character with no per-term work.
 *
 * States are numbered so that those where a pattern ends come last: one comparison tells
 * whether to report anything. The table holds 16-bit state numbers when they fit (half the
 * memory, so more of it stays in cache). A state entered by a space stays put on more
 * whitespace, which is how a run of it reads as one space without a branch.
 */
export interface Automaton {
  /** Number of character classes (row width of `next`). */
  readonly width: number;
  /** Character class of every UTF-16 code unit. */
  readonly classOf: Uint16Array;
  /** Transitions: next state = next[state * width + class]; the root is state 0 (a scan begins in `start`). */
  readonly next: Uint16Array | Uint32Array;
  /** States from this one on are those where patterns end. */
  readonly quiet: number;
  /** Patterns ending in state quiet + k are outPat[outOff[k] .. outOff[k + 1]). */
  readonly outOff: Uint32Array;
  readonly outPat: Uint32Array;
  /** Folded length of each pattern, in code units (a whitespace run counts as one). */
  readonly patLen: Uint32Array;
  /** Per pattern: 1 when it holds whitespace (its hits may span a run of it). */
  readonly spaced: Uint8Array;
  /** False when whitespace runs need the slow scan (a pattern ends in whitespace). */
  readonly spaceLoops: boolean;
  readonly states: number;
  /**
   * The state a scan starts in: the start state after a virtual word boundary, so that
   * word-start patterns (see buildAutomaton) match at the very start too.
   */
  readonly start: number;
}

/**
 * Builds the automaton. Patterns must already be folded (`foldTerm`) and non-empty.
 *
 * A single-letter pattern among the first `wordStartBelow` ("c", "r") reports only where
 * no word character (WORD) stands before it: it is entered as the pattern "b + letter" for every
 * unit b that is no word character (those outside all patterns share one class), and
 * the scan starts as after such a unit. It is never reported inside a word ("r" in
 * "for"), where the hit checks would drop it, so most letters of a text pass without a
 * report. Its hits keep the pattern's own index and length.
 */
export function buildAutomaton(patterns: readonly string[], wordStartBelow = 0): Automaton {
  const FOLD = foldTable();
  // Character classes: 0 = other, 1 = whitespace, then one per folded unit in any pattern,
  // then (with word-start patterns) one for other units that are no word characters.
  const unitClass = new Int32Array(65536).fill(-1);
  let width = 2;
  let maxStates = 1;
  patterns.forEach((p) => {
    maxStates += p.length;
    for (let i = 0; i < p.length; i++) {
      const u = p.charCodeAt(i);
      if (SPACE[u]) continue;
      if (unitClass[u] < 0) unitClass[u] = width++;
    }
  });
  const classOf = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (SPACE[c]) classOf[c] = 1;
    else {
      const k = unitClass[FOLD[c]];
      classOf[c] = k < 0 ? 0 : k;
    }
  }
  const boundaryOnly = (p: string, i: number) => i < wordStartBelow && p.length === 1 && WORD[p.charCodeAt(0)] === 1;
  const letters = patterns.filter(boundaryOnly).length;
  // The classes that hold a unit that is no word character.
  const boundaries = letters > 0 ? nonWordClasses(classOf, width) : null;
  const other = boundaries ? width++ : -1;
  if (boundaries) {
    for (let c = 0; c < 65536; c++) if (classOf[c] === 0 && WORD[c] === 0) classOf[c] = other;
    boundaries.push(other);
    maxStates += 2 * boundaries.length * letters;
  }

  // Trie, in the dense table itself (0: no child; the root is never a child).
  let delta = new Uint32Array(maxStates * width);
  const inClass = new Uint16Array(maxStates);
  const terminal = new Map<number, number[]>();
  const patLen = new Uint32Array(patterns.length);
  const spaced = new Uint8Array(patterns.length);
  let states = 1;
  const insert = (p: string, index: number, s: number) => {
    for (let i = 0; i < p.length; i++) {
      const u = p.charCodeAt(i);
      const cls = SPACE[u] ? 1 : unitClass[u];
      if (cls === 1) spaced[index] = 1;
      s = child(s, cls);
    }
    const list = terminal.get(s);
    if (list) list.push(index);
    else terminal.set(s, [index]);
    patLen[index] = p.length;
  };
  const child = (s: number, cls: number) => {
    let c = delta[s * width + cls];
    if (c === 0) {
      c = states++;
      delta[s * width + cls] = c;
      inClass[c] = cls;
    }
    return c;
  };
  patterns.forEach((p, index) => {
    if (!boundaries || !boundaryOnly(p, index)) insert(p, index, 0);
  });
  // After the others: a state's own patterns stay longest first, as its outputs must be.
  if (boundaries) {
    patterns.forEach((p, index) => {
      if (boundaryOnly(p, index)) for (const b of boundaries) insert(p, index, child(0, b));
    });
  }
  delta = delta.subarray(0, states * width);

  // Breadth-first: failure links, dense rows and merged outputs.
  const fail = new Uint32Array(states);
  const outputs: number[][] = new Array(states);
  const empty: number[] = [];
  outputs[0] = terminal.get(0) ?? empty;
  const queue = new Uint32Array(states);
  let tail = 0;
  for (let cls = 0; cls < width; cls++) {
    const child = delta[cls];
    if (child !== 0) {
      fail[child] = 0;
      queue[tail++] = child;
    }
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head];
    const own = terminal.get(s);
    outputs[s] = own ? [...own, ...outputs[fail[s]]] : outputs[fail[s]];
    const row = s * width;
    const failRow = fail[s] * width;
    for (let cls = 0; cls < width; cls++) {
      const child = delta[row + cls];
      if (child === 0) {
        delta[row + cls] = delta[failRow + cls];
      } else {
        fail[child] = delta[failRow + cls];
        queue[tail++] = child;
      }
    }
  }

  // Number states with outputs last, then store rows instead of state numbers.
  const id = new Uint32Array(states);
  let quiet = 0;
  for (let s = 0; s < states; s++) if (outputs[s].length === 0) id[s] = quiet++;
  // With an empty pattern every state reports (the root too, which must stay first).
  let loud = quiet;
  for (let s = 0; s < states; s++) if (outputs[s].length !== 0) id[s] = loud++;
  const next = states <= 65536 ? new Uint16Array(states * width) : new Uint32Array(states * width);
  for (let s = 0; s < states; s++) {
    const from = s * width;
    const to = id[s] * width;
    for (let cls = 0; cls < width; cls++) next[to + cls] = id[delta[from + cls]];
  }
  // A run of whitespace reads as one space: a state entered by a space stays on more of it.
  let spaceLoops = true;
  for (let s = 1; s < states; s++) if (inClass[s] === 1 && outputs[s].length !== 0) spaceLoops = false;
  if (spaceLoops) for (let s = 1; s < states; s++) if (inClass[s] === 1) next[id[s] * width + 1] = id[s];

  const byId = new Uint32Array(states);
  for (let s = 0; s < states; s++) byId[id[s]] = s;
  const outOff = new Uint32Array(states - quiet + 1);
  let total = 0;
  for (let k = quiet; k < states; k++) {
    outOff[k - quiet] = total;
    total += outputs[byId[k]].length;
  }
  outOff[states - quiet] = total;
  const outPat = new Uint32Array(total);
  for (let k = quiet; k < states; k++) outputs[byId[k]].forEach((p, j) => (outPat[outOff[k - quiet] + j] = p));

  const start = boundaries ? next[other] : 0;
  return { width, classOf, next, quiet, outOff, outPat, patLen, spaced, spaceLoops, states, start };
}

/**
 * The classes (whitespace, and those of pattern units) that hold a unit that is no word
 * character. A class may also hold word characters (folding joins the letter U+02BC with
 * the apostrophe): the scan then reports a single letter after those too, which the hit
 * checks drop, as they would have without this.
 */
function nonWordClasses(classOf: Uint16Array, width: number): number[] {
  const nonWord = new Uint8Array(width);
  for (let c = 0; c < 65536; c++) if (!WORD[c] && !(c >= 0xd800 && c <= 0xdfff)) nonWord[classOf[c]] = 1;
  const out: number[] = [];
  for (let k = 1; k < width; k++) if (nonWord[k]) out.push(k);
  return out;
}

/** A growable buffer of hits: (pattern index, offset of its last code unit) pairs. */
export class HitBuffer {
  data = new Int32Array(1 << 14);
  /** Number of int32 values used (two per hit). */
  length = 0;

  push(pattern: number, last: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = pattern;
    this.data[this.length++] = last;
  }
}

/**
 * Scans `text` once and stores every hit as a pair (pattern index, offset of its last
 * code unit) in `hits` (from its start). Linear in the text plus the number of hits.
 */
export function scanHits(a: Automaton, text: string, hits: HitBuffer): void {
  hits.length = 0;
  if (!a.spaceLoops) {
    slowScan(a, text, hits);
    return;
  }
  const { classOf, next, quiet, outOff, outPat, width } = a;
  let s = a.start;
  for (let i = 0, n = text.length; i < n; i++) {
    s = next[s * width + classOf[text.charCodeAt(i)]];
    if (s >= quiet) {
      const k = s - quiet;
      const o1 = outOff[k + 1];
      for (let j = outOff[k]; j < o1; j++) hits.push(outPat[j], i);
    }
  }
}

/** The scan with an explicit whitespace-run check, for automata whose spaces cannot loop. */
function slowScan(a: Automaton, text: string, hits: HitBuffer): void {
  const { classOf, next, quiet, outOff, outPat, width } = a;
  let s = a.start;
  let prevSpace = false;
  for (let i = 0, n = text.length; i < n; i++) {
    const cls = classOf[text.charCodeAt(i)];
    if (cls === 1) {
      if (prevSpace) continue;
      prevSpace = true;
    } else {
      prevSpace = false;
    }
    s = next[s * width + cls];
    if (s >= quiet) {
      const k = s - quiet;
      const o1 = outOff[k + 1];
      for (let j = outOff[k]; j < o1; j++) hits.push(outPat[j], i);
    }
  }
}

/** Offset where a hit of pattern `p` whose last code unit is at `last` starts. */
export function startOf(a: Automaton, text: string, p: number, last: number): number {
  return a.spaced[p] ? hitStart(text, last, a.patLen[p]) : last + 1 - a.patLen[p];
}

/** Offset where a hit of folded length `len` ending at `end` (inclusive) starts. */
export function hitStart(text: string, end: number, len: number): number {
  let i = end;
  let left = len;
  while (i >= 0) {
    const space = SPACE[text.charCodeAt(i)] === 1;
    // Inside a whitespace run, only the run's first unit counts.
    if (!(space && i > 0 && SPACE[text.charCodeAt(i - 1)] === 1)) left -= 1;
    if (left === 0) return i;
    i -= 1;
  }
  return 0;
}
