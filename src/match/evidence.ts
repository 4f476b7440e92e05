import { originAt } from '../postings/position.js';
import type { Evidence, Posting, Sentence } from '../types.js';

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
  const body = text
    .slice(a, b)
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return prefix + body + suffix;
}

/** Evidence for a mention at `start`: the sentence quoted, with the line and page of the mention. */
export function evidenceFor(posting: Posting, sentences: Sentence[], sentence: number, start: number, end: number): Evidence {
  const where = originAt(posting, start);
  const s = sentences[sentence] ?? { start, end, section: 'none', heading: false, bullet: false };
  return { text: quote(posting.text, s, start, end), line: where.line, page: where.page };
}
