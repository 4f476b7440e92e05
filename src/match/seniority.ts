import { findYears, mainRequirement } from '../postings/experience.js';
import { levelFromYears, levelsInBody, levelsInTitle, type LevelSignals } from '../postings/level.js';
import type { ExperienceFinding, Level, LevelFinding, Posting, Sentence } from '../types.js';
import { evidenceFor } from './evidence.js';
import { sentenceAt } from './skills.js';

/**
 * Years of experience of the main requirement, with the sentence that asks it. `only`, when
 * given, holds the sentences that say "yr" or "year" (no others can ask a number of years).
 */
export function findExperience(posting: Posting, sentences: Sentence[], skillStarts: number[], only?: readonly number[]): ExperienceFinding | null {
  const main = mainRequirement(findYears(posting.text, sentences, skillStarts, only));
  if (!main) return null;
  return { minYears: main.min, maxYears: main.max, evidence: evidenceFor(posting, sentences, main.sentence, main.start, main.end) };
}

/**
 * The level hired for: words in the title first ("Senior", "Staff", "Engineer II"), then
 * explicit wording in the text ("Seniority level: Lead", "seeking a junior developer"),
 * then the years asked (0-1 Junior, 2-4 Middle, 5+ Senior). `at`, when given, holds where
 * the body's level wording may start (see levelsInBody).
 */
export function findLevel(
  posting: Posting,
  sentences: Sentence[],
  experience: ExperienceFinding | null,
  at?: LevelSignals,
): LevelFinding {
  const title = posting.title ?? '';
  const inTitle = levelsInTitle(title);
  const titleStart = title ? Math.max(0, posting.text.indexOf(title.slice(0, 20))) : 0;
  if (inTitle.length) {
    const si = Math.max(0, sentenceAt(sentences, titleStart));
    return { value: inTitle[0].level, evidence: evidenceFor(posting, sentences, si, titleStart, titleStart + title.length), all: inTitle.map((l) => l.level) };
  }
  const inBody = levelsInBody(posting.text, at);
  if (inBody.length) {
    const from = inBody[0].index;
    const all = [...new Set(inBody.map((l) => l.level))] as Level[];
    return { value: inBody[0].level, evidence: evidenceFor(posting, sentences, sentenceAt(sentences, from), from, from + inBody[0].match.length), all };
  }
  if (experience) {
    const level = levelFromYears(experience.minYears);
    return { value: level, evidence: experience.evidence, all: [level] };
  }
  return { value: null, evidence: null, all: [] };
}
