import { foldTerm } from '../match/chars.js';
import type { SectionKind } from '../types.js';

const MAX_HEADING_CHARS = 70;
const MAX_HEADING_WORDS = 8;

/** How a line is formatted, which decides how sure we are that it is a heading. */
function headingShape(line: string): { text: string; formatted: boolean; markdown: boolean } {
  const trimmed = line.trim();
  const markdown = /^#{1,6}\s/.test(trimmed);
  const bold = /^(\*\*|__).+(\*\*|__):?$/.test(trimmed);
  const colon = /:\s*(\*\*|__)?$/.test(trimmed);
  const text = trimmed
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)|(\*\*|__)$/g, '')
    .replace(/(\*\*|__)?:?\s*(\*\*|__)?$/, '')
    .replace(/[?!.]+$/, '')
    .trim();
  return { text, formatted: markdown || bold || colon, markdown };
}

/**
 * The section kind a line opens, or null when the line is not a heading. A line is a
 * heading when it is short and either equals a known heading phrase, or is formatted as a
 * heading (Markdown `#`, bold, trailing colon, or a bare line of a few words) and starts
 * with one. An unknown Markdown heading opens an `other` section.
 */
export function headingKind(line: string, headings: [string, string][], isBullet = false): SectionKind | null {
  // "Responsibilities: build APIs" is a heading with content after it: the caller splits it.
  const colon = line.indexOf(':');
  if (colon >= 0 && /[\p{L}\p{N}]/u.test(line.slice(colon + 1).replace(/\*\*|__/g, ''))) return null;
  const { text, formatted, markdown } = headingShape(line);
  if (!text || text.length > MAX_HEADING_CHARS) return null;
  const words = text.split(/\s+/).length;
  if (words > MAX_HEADING_WORDS) return null;
  const folded = foldTerm(text.replace(/[’]/g, "'"));
  const bare = !isBullet && words <= 5 && !/[.,;]/.test(text);
  for (const [phrase, kind] of headings) {
    if (folded === phrase) return kind as SectionKind;
    if ((formatted || bare) && folded.startsWith(phrase) && /^[\s:&/(,-]/.test(folded.slice(phrase.length))) {
      return kind as SectionKind;
    }
  }
  return markdown ? 'other' : null;
}
