import { isAsciiLower, isDigit } from '../match/unicode.js';
import { gluedStart } from '../match/word-scan.js';
import { GLUED_BULLETS, SENTENCE_STOPS } from './pieces.js';

/*
 * Where a bullet or a sentence boundary may start in a posting: positions found with
 * native searches (indexOf) for the punctuation they need, and, for sentences glued
 * together ("intelligentlyWe"), positions the scan's signal words point at. segment()
 * checks only these, not every character.
 */

/** The next index at or after a position of one character, found with indexOf and remembered. */
export class NextChar {
  private lo = Infinity;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly ch: string,
  ) {}

  /** Index of the first `ch` at or after `i`, or the text's length. */
  from(i: number): number {
    if (!(this.lo <= i && (this.at < 0 || i <= this.at))) {
      this.lo = i;
      this.at = this.text.indexOf(this.ch, i);
    }
    return this.at < 0 ? this.text.length : this.at;
  }
}

/**
 * Where a glued starter ("intelligentlyWe") or a glued "5+ years" may begin, in order: an
 * upper-case letter after a letter or `)` and before a lower-case one, or a digit after
 * three lower-case letters. analyzePosting knows them from its scan; else they are looked for.
 */
export function gluedCandidates(text: string): number[] {
  const out: number[] = [];
  for (let p = 1; p < text.length; p++) {
    if (gluedStart(text, p)) {
      if (p + 1 < text.length && isAsciiLower(text.charCodeAt(p + 1))) out.push(p);
    } else if (p >= 3 && isDigit(text.charCodeAt(p))) {
      if (isAsciiLower(text.charCodeAt(p - 1)) && isAsciiLower(text.charCodeAt(p - 2)) && isAsciiLower(text.charCodeAt(p - 3))) out.push(p);
    }
  }
  return out;
}

/** The positions of one posting where a bullet or a sentence boundary may start, in order. */
export class Candidates {
  private readonly dash: NextChar;
  private readonly bullets: NextChar[];
  private readonly stops: NextChar[];
  private readonly semicolon: NextChar;
  private gluedIndex = 0;

  constructor(
    private readonly text: string,
    private readonly gluedAt: readonly number[],
  ) {
    this.dash = new NextChar(text, '-');
    this.bullets = [...GLUED_BULLETS].filter((c) => text.includes(c)).map((c) => new NextChar(text, c));
    this.stops = [...SENTENCE_STOPS, ':'].map((c) => new NextChar(text, c));
    this.semicolon = new NextChar(text, ';');
  }

  /** First position at or after `i` that holds `-` or a GLUED_BULLETS glyph. */
  bullet(i: number): number {
    let p = this.dash.from(i);
    for (const b of this.bullets) p = Math.min(p, b.from(i));
    return p;
  }

  /** First position at or after `i` where a sentence boundary may start. */
  boundary(i: number): number {
    let p = this.semicolon.from(i);
    // After `.!?:`.
    for (const s of this.stops) p = Math.min(p, s.from(i > 0 ? i - 1 : 0) + 1);
    return Math.min(p, this.glued(i));
  }

  private glued(i: number): number {
    const g = this.gluedAt;
    let k = this.gluedIndex;
    if (k > 0 && g[k - 1] >= i) k = 0;
    while (k < g.length && g[k] < i) k++;
    this.gluedIndex = k;
    return k < g.length ? g[k] : this.text.length;
  }
}

