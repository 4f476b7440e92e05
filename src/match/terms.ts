import type { TermTarget } from '../dictionary/compile.js';
import type { TermHit } from './hits.js';

/** Kinds of term hit, as TermList stores them. */
export const TERM_KIND = { verb: 1, noun: 2, object: 3, phrase: 4, cue: 5 } as const;

/**
 * Term hits as parallel lists, without an object per hit (a posting has many, and most
 * never make a duty). Only the first `length` entries count: the lists are reused.
 */
export class TermList {
  start: number[] = [];
  end: number[] = [];
  target: TermTarget[] = [];
  /** TERM_KIND of the target, and its term. */
  kind: number[] = [];
  term: number[] = [];
  length = 0;

  add(start: number, end: number, target: TermTarget): void {
    this.addTerm(start, end, target, TERM_KIND[target.kind], target.term);
  }

  /** add, given the target's TERM_KIND and term (the scan has them at hand). */
  addTerm(start: number, end: number, target: TermTarget, kind: number, term: number): void {
    const n = this.length++;
    if (n < this.start.length) {
      this.start[n] = start;
      this.end[n] = end;
      this.target[n] = target;
      this.kind[n] = kind;
      this.term[n] = term;
    } else {
      this.start.push(start);
      this.end.push(end);
      this.target.push(target);
      this.kind.push(kind);
      this.term.push(term);
    }
  }

  /** The hits as TermHit objects. */
  hits(): TermHit[] {
    const out: TermHit[] = [];
    for (let i = 0; i < this.length; i++) out.push({ start: this.start[i], end: this.end[i], target: this.target[i] });
    return out;
  }

  /** A list of the given hits. */
  static of(hits: TermHit[]): TermList {
    const list = new TermList();
    for (const h of hits) list.add(h.start, h.end, h.target);
    return list;
  }
}

