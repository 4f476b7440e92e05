import { originAt } from '../postings/position.js';
import type { Evidence, Posting, Sentence } from '../types.js';
import { SPACE } from './chars.js';

/** Longest quote kept; longer sentences are cut around the mention. */
export const MAX_QUOTE = 280;

/** The quoted text of a sentence: markup removed, whitespace folded, cut around [start, end) if long. */
export function quote(text: string, s: Sentence, start: number, end: number): string {
  let a = s.start;
  let b = s.end;
  let prefix = '';
  let suffix = '';
  if (b - a > MAX_QUOTE) {
    const mid = Math.floor((start + end) / 2);
    a = Math.max(s.start, mid - MAX_QUOTE / 2);
    b = Math.min(s.end, a + MAX_QUOTE);
    a = Math.max(s.start, b - MAX_QUOTE);
    // Cut on word boundaries.
    if (a > s.start) {
      const sp = text.indexOf(' ', a);
      if (sp > 0 && sp < start) a = sp + 1;
      prefix = '…';
    }
    if (b < s.end) {
      const sp = text.lastIndexOf(' ', b);
      if (sp > end) b = sp;
      suffix = '…';
    }
  }
  const body = text.slice(a, b);
  return prefix + (isClean(body) ? body : clean(body)) + suffix;
}

function clean(body: string): string {
  return body
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What clean() changes inside a text: `*`, `_`, a backquote, whitespace other than a
 * space (`[^\S ]`: SPACE is the \s set), or two spaces in a row. One native search.
 */
const MARKUP = /[*_`]|[^\S ]| {2}/;

/** True when clean() would return the text as it is: no markup, single spaces, nothing to trim. */
function isClean(body: string): boolean {
  if (body.length === 0) return true;
  const first = body.charCodeAt(0);
  if (first === 35 /* # */ || SPACE[first] || SPACE[body.charCodeAt(body.length - 1)]) return false;
  return !MARKUP.test(body);
}

/** Evidence for a mention at `start`: the sentence quoted, with the line and page of the mention. */
export function evidenceFor(posting: Posting, sentences: Sentence[], sentence: number, start: number, end: number): Evidence {
  const where = originAt(posting, start);
  const s = sentences[sentence] ?? { start, end, section: 'none', heading: false, bullet: false };
  return { text: quote(posting.text, s, start, end), line: where.line, page: where.page };
}

/**
 * Evidence for the mentions of one posting, quoting each sentence once: a sentence short
 * enough to be quoted whole gives the same quote whatever it mentions.
 */
export class Quoter {
  private readonly quotes: (string | undefined)[] = [];

  constructor(
    private readonly posting: Posting,
    private readonly sentences: Sentence[],
  ) {}

  evidence(sentence: number, start: number, end: number): Evidence {
    const s = this.sentences[sentence];
    // No sentence, or one cut around the mention: the quote depends on the mention.
    if (s === undefined || s.end - s.start > MAX_QUOTE) return evidenceFor(this.posting, this.sentences, sentence, start, end);
    const where = originAt(this.posting, start);
    const text = this.quotes[sentence] ?? (this.quotes[sentence] = quote(this.posting.text, s, start, end));
    return { text, line: where.line, page: where.page };
  }
}
