/** Kinds of term hit, as TermList stores them. */
export const TERM_KIND = { verb: 1, noun: 2, object: 3, phrase: 4, cue: 5 } as const;

/**
 * Term hits as parallel lists, without an object per hit (a posting has many, and most
 * never make a duty). Only the first `length` entries count: the lists are reused.
 */
export class TermList {
  start: number[] = [];
  end: number[] = [];
  /** TERM_KIND of the target, and its term. */
  kind: number[] = [];
  term: number[] = [];
  length = 0;

  add(start: number, end: number, kind: number, term: number): void {
    const n = this.length++;
    if (n < this.start.length) {
      this.start[n] = start;
      this.end[n] = end;
      this.kind[n] = kind;
      this.term[n] = term;
    } else {
      this.start.push(start);
      this.end.push(end);
      this.kind.push(kind);
      this.term.push(term);
    }
  }
}
