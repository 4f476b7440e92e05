import { FOLD, SPACE } from './chars.js';

/**
 * An Aho-Corasick automaton over case-folded UTF-16 code units, stored as a dense
 * transition table (states x character classes). Characters that occur in no pattern
 * share class 0; whitespace is class 1 and a run of it is read as one space, so the scan
 * is one table lookup per character with no per-term work.
 */
export interface Automaton {
  /** Number of character classes (row width of `delta`). */
  readonly width: number;
  /** Character class of every UTF-16 code unit. */
  readonly classOf: Uint16Array;
  /** Transition table: next state = delta[state * width + class]. */
  readonly delta: Uint32Array;
  /** Patterns ending in state s are outPat[outOff[s] .. outOff[s + 1]). */
  readonly outOff: Uint32Array;
  readonly outPat: Uint32Array;
  /** Folded length of each pattern, in code units (a whitespace run counts as one). */
  readonly patLen: Uint32Array;
  readonly states: number;
}


/** Builds the automaton. Patterns must already be folded (`foldTerm`) and non-empty. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Character classes: 0 = other, 1 = whitespace, then one per folded unit in any pattern.
  const unitClass = new Map<number, number>();
  let width = 2;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const u = p.charCodeAt(i);
      if (SPACE[u]) continue;
      if (!unitClass.has(u)) unitClass.set(u, width++);
    }
  }
  const classOf = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (SPACE[c]) classOf[c] = 1;
    else classOf[c] = unitClass.get(FOLD[c]) ?? 0;
  }

  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const terminal: number[][] = [[]];
  const patLen = new Uint32Array(patterns.length);
  patterns.forEach((p, index) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const cls = SPACE[p.charCodeAt(i)] ? 1 : unitClass.get(p.charCodeAt(i))!;
      let next = children[s].get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terminal.push([]);
        children[s].set(cls, next);
      }
      s = next;
    }
    terminal[s].push(index);
    patLen[index] = p.length;
  });

  // Breadth-first: failure links, dense rows and merged outputs.
  const states = children.length;
  const delta = new Uint32Array(states * width);
  const fail = new Uint32Array(states);
  const outputs: number[][] = new Array(states);
  outputs[0] = terminal[0];
  const queue: number[] = [];
  for (const [cls, next] of children[0]) {
    delta[cls] = next;
    fail[next] = 0;
    queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head];
    outputs[s] = terminal[s].length ? [...terminal[s], ...outputs[fail[s]]] : outputs[fail[s]];
    const row = s * width;
    const failRow = fail[s] * width;
    for (let cls = 0; cls < width; cls++) {
      const next = children[s].get(cls);
      if (next === undefined) {
        delta[row + cls] = delta[failRow + cls];
      } else {
        delta[row + cls] = next;
        fail[next] = delta[failRow + cls];
        queue.push(next);
      }
    }
  }

  const outOff = new Uint32Array(states + 1);
  let total = 0;
  for (let s = 0; s < states; s++) {
    outOff[s] = total;
    total += outputs[s]?.length ?? 0;
  }
  outOff[states] = total;
  const outPat = new Uint32Array(total);
  for (let s = 0; s < states; s++) outputs[s]?.forEach((p, k) => (outPat[outOff[s] + k] = p));

  return { width, classOf, delta, outOff, outPat, patLen, states };
}

/**
 * Scans `text` once and appends every hit as a pair (pattern index, offset of its last
 * code unit) to `hits`. Linear in the text plus the number of hits.
 */
export function scan(a: Automaton, text: string, hits: number[]): void {
  const { classOf, delta, outOff, outPat, width } = a;
  let s = 0;
  let prevSpace = false;
  for (let i = 0, n = text.length; i < n; i++) {
    const cls = classOf[text.charCodeAt(i)];
    if (cls === 1) {
      if (prevSpace) continue;
      prevSpace = true;
    } else {
      prevSpace = false;
    }
    s = delta[s * width + cls];
    const o1 = outOff[s + 1];
    for (let k = outOff[s]; k < o1; k++) hits.push(outPat[k], i);
  }
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
