import { foldTerm } from '../match/chars.js';
import type { SectionKind } from '../types.js';

const MAX_HEADING_CHARS = 70;
const MAX_HEADING_WORDS = 8;

/** How a line is formatted, which decides how sure we are that it is a heading. */
function headingShape(line: string): { text: string; formatted: boolean; markdown: boolean } {
  const trimmed = line.trim();
  const markdown = /^#{1,6}\s/.test(trimmed);
  const bold = /^(\*\*?|__?)[^*_].*(\*\*?|__?):?$/.test(trimmed);
  const colon = /:\s*(\*\*?|__?)?$/.test(trimmed);
  const text = trimmed
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*?|__?)|(\*\*?|__?)$/g, '')
    .replace(/(\*\*?|__?)?:?\s*(\*\*?|__?)?$/, '')
    .replace(/[?!.]+$/, '')
    .trim();
  return { text, formatted: markdown || bold || colon, markdown };
}

/** True when `phrase` occurs in `folded` as whole words. */
function hasPhrase(folded: string, phrase: string, at: number): boolean {
  const before = at === 0 || /[\s:&/(,-]/.test(folded[at - 1]);
  const after = folded.slice(at + phrase.length);
  return before && (after === '' || /^[\s:&/(),-]/.test(after));
}

/**
 * The section kind a line opens, or null when the line is not a heading. A line is a
 * heading when it is short and either equals a known heading phrase, or is formatted as a
 * heading (Markdown `#`, bold, trailing colon, or a bare line of a few words) and starts
 * with one; a one-word phrase ("Skills", "Experience") opens a heading of at most four
 * words, so "Experience with networking concepts including:" is not one. A heading of up
 * to five words that holds phrases of several kinds ("Job Description/Qualification")
 * takes the kind of the last. An unknown Markdown heading opens an `other` section.
 */
export function headingKind(line: string, headings: [string, string][], isBullet = false): SectionKind | null {
  // "Responsibilities: build APIs" is a heading with content after it: the caller splits it.
  const colon = line.indexOf(':');
  if (colon >= 0 && /[\p{L}\p{N}]/u.test(line.slice(colon + 1).replace(/\*\*?|__?/g, ''))) return null;
  const { text, formatted, markdown } = headingShape(line);
  if (!text || text.length > MAX_HEADING_CHARS) return null;
  const words = text.split(/\s+/).length;
  if (words > MAX_HEADING_WORDS) return null;
  const folded = foldTerm(text.replace(/[’]/g, "'"));
  const bare = !isBullet && words <= 5 && !/[.,;]/.test(text);
  let last: { at: number; kind: string; len: number } | null = null;
  let prefix: string | null = null;
  for (const [phrase, kind] of headings) {
    if (folded === phrase) return kind as SectionKind;
    if (!formatted && !bare) continue;
    const oneWord = !phrase.includes(' ');
    if (oneWord && words > 4) continue;
    if (!prefix && folded.startsWith(phrase) && hasPhrase(folded, phrase, 0)) prefix = kind;
    if (formatted && words <= 5) {
      // The phrase that ends last wins; of two ending together, the longer ("desired skills").
      const at = folded.lastIndexOf(phrase);
      const end = at + phrase.length;
      if (at > 0 && hasPhrase(folded, phrase, at) && (!last || end > last.at || (end === last.at && phrase.length > last.len))) {
        last = { at: end, kind, len: phrase.length };
      }
    }
  }
  if (last) return last.kind as SectionKind;
  if (prefix) return prefix as SectionKind;
  return markdown ? 'other' : null;
}
