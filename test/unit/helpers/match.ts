/** Shortcuts for the matcher tests: run one stage and describe what it found as strings. */
import type { CompiledDictionary } from '../../../src/dictionary/compile.js';
import { leftmostLongest, scanPosting, type AliasHit } from '../../../src/match/hits.js';
import { TERM_KIND, TermList } from '../../../src/match/terms.js';
import { resolveSkills } from '../../../src/match/skills.js';
import { segment } from '../../../src/postings/segment.js';
import type { LineOrigin, Posting } from '../../../src/types.js';

/** One scan's checked alias hits and term hits (scanPosting into a list of its own). */
export function findHits(dict: CompiledDictionary, text: string): { aliases: AliasHit[]; terms: TermList } {
  const terms = new TermList();
  const { aliases } = scanPosting(dict, text, terms);
  return { aliases, terms };
}

/** The kind of each term hit ('verb', 'object', ...), in order. */
export function termKinds(terms: TermList): string[] {
  const names = Object.fromEntries(Object.entries(TERM_KIND).map(([name, k]) => [k, name]));
  return terms.kind.slice(0, terms.length).map((k) => names[k]);
}

/** Alias hits after leftmost-longest, as `id:matched text`. */
export function aliasHits(dict: CompiledDictionary, text: string): string[] {
  return leftmostLongest(findHits(dict, text).aliases).map((h) => `${dict.skills[h.target.skill].id}:${text.slice(h.start, h.end)}`);
}

/** Skill mentions after context, negation and implies, as `id:matched text`, `!` for negated, `<via` for implied. */
export function skillMentions(dict: CompiledDictionary, text: string): string[] {
  const sentences = segment(text, dict.headings);
  return resolveSkills(dict, text, sentences, findHits(dict, text).aliases).map(
    (m) =>
      `${dict.skills[m.skill].id}:${text.slice(m.start, m.end)}${m.negated ? '!' : ''}${m.via === null ? '' : `<${dict.skills[m.via].id}`}`,
  );
}

/** Ids of the skills that count (not negated), in mention order, de-duplicated. */
export function skillIds(dict: CompiledDictionary, text: string): string[] {
  const sentences = segment(text, dict.headings);
  const ids = resolveSkills(dict, text, sentences, findHits(dict, text).aliases)
    .filter((m) => !m.negated)
    .map((m) => dict.skills[m.skill].id);
  return [...new Set(ids)];
}

/** A posting of one text, one line origin per line (1-based), no pages unless given. */
export function postingOf(text: string, options: { job?: number; file?: string; page?: number | null; firstLine?: number } = {}): Posting {
  const page = options.page ?? null;
  const lines: LineOrigin[] = [];
  let offset = 0;
  let line = options.firstLine ?? 1;
  for (const l of text.split('\n')) {
    lines.push({ offset, page, line: line++ });
    offset += l.length + 1;
  }
  return { job: options.job ?? 1, file: options.file ?? 'posting.txt', title: null, text, lines, firstPage: page, lastPage: page };
}
