import type { Sentence } from '../types.js';

/** A number of years asked for, found in one sentence. */
export interface YearsMention {
  min: number;
  max: number | null;
  start: number;
  end: number;
  /**
   * `broad`: asked of the role as a whole ("5+ years of professional experience");
   * `narrow`: of one skill ("3+ years of AWS"); `unknown`: neither is clear.
   */
  scope: 'broad' | 'narrow' | 'unknown';
  /** Offered instead of a degree ("Bachelor's degree OR four years of experience"). */
  alternative: boolean;
  sentence: number;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
// Digits may be glued to a word by a lost line break ("applications5+ years").
const NUM = String.raw`((?<![\d.,])\d{1,2}(?:\.\d)?|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b)`;
/** "5+ years", "3-5 years", "3 to 5 yrs", "five (5) years", "a year or two". Groups: min, plus, max. */
const YEARS = new RegExp(
  String.raw`${NUM}(?:\s*\(\d{1,2}\))?\s*(\+|plus|or more|or above)?\s*(?:(?:-|–|—|to|or)\s*${NUM}(?:\s*\(\d{1,2}\))?\s*\+?\s*)?(?:years?|yrs?)\b(?:['’]s?)?`,
  'gi',
);
/** After the number: words that make it a requirement of experience. */
const EXPERIENCE_AFTER = /^[\s\S]{0,60}?\b(?:experience|exp\b|experienced|of (?:professional|relevant|hands-on|industry|commercial|software|programming|coding|development|engineering|work|working)|working (?:with|in|as|on)|in\b[^.;]{0,50}?\b(?:roles?|positions?|field|industry|capacity)\b|developing|building|writing|programming|coding|leading|managing|designing|as an?\b|in (?:software|backend|back-end|data|web|python|the industry))/i;
/** Before the number: "at least", "minimum of", "experience:". */
const REQUIREMENT_BEFORE = /(?:at least|minimum(?: of)?|min\.?|experience(?: of| with)?:?|requires?|required:?)\s*$/i;
/** Company age, history, salary: numbers of years that are not a requirement. */
const NOT_REQUIREMENT = /(?:founded|history|operating|been around|in business|over the (?:past|last)|in the (?:past|last)|for (?:the )?(?:past|last)|per year|each year|every year|years? ago|year-old|years? old|warranty|contract|tenure|runway|of funding)/i;
/** After the number: words that say the years are asked of the role as a whole. */
const BROAD = /^[\s\S]{0,60}?\b(?:professional|relevant|industry|commercial|overall|total|work experience|working experience|hands-on|field|role|position|career|software|programming|coding|engineering|development experience|backend|back-end|full[- ]stack|technical experience|experience (?:as|in (?:a|an|the)\b|building|developing|designing|working|leading|delivering)|of experience[.,;)]|of experience$|years of experience (?:or|and|in computer))/i;
/** After "experience", a named technology makes the years narrow (asked of one skill). */
const NARROW = /^[\s\S]{0,25}?\b(?:with|in|using|of|on)\b/i;

function toNumber(s: string | undefined): number | null {
  if (!s) return null;
  const w = NUMBER_WORDS[s.toLowerCase()];
  if (w !== undefined) return w;
  const n = Number(s);
  return Number.isFinite(n) ? Math.floor(n) : null;
}

/**
 * Finds the years of experience asked in a posting. `skillStarts` holds the offsets of
 * skill mentions, used to tell "5 years of Python" (narrow) from "5 years of professional
 * experience" (broad). `only`, when given, holds the sentences worth reading, in order: the others
 * hold neither "yr" nor "year" and so no number of years.
 */
export function findYears(text: string, sentences: Sentence[], skillStarts: number[], only?: readonly number[]): YearsMention[] {
  const out: YearsMention[] = [];
  const indexes = only ?? sentences.map((_, i) => i);
  for (const si of indexes) {
    const s = sentences[si];
    if (s.heading) continue;
    const body = text.slice(s.start, s.end);
    YEARS.lastIndex = 0;
    for (let m = YEARS.exec(body); m; m = YEARS.exec(body)) {
      const min = toNumber(m[1]);
      const max = toNumber(m[3]);
      if (min === null || min > 30) continue;
      const before = body.slice(Math.max(0, m.index - 40), m.index);
      const after = body.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const around = before.slice(-25) + m[0] + after.slice(0, 30);
      if (NOT_REQUIREMENT.test(around) && !/experience/i.test(after.slice(0, 30))) continue;
      // "7+ years" is a requirement by its shape; "10 years" needs experience wording.
      if (!m[2] && !/\+/.test(m[0]) && !EXPERIENCE_AFTER.test(after) && !REQUIREMENT_BEFORE.test(before)) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      const skillSoon = skillStarts.some((x) => x > end && x - end < 45 && x < s.end);
      const scope: YearsMention['scope'] = BROAD.test(after) ? 'broad' : skillSoon && NARROW.test(after) ? 'narrow' : 'unknown';
      const alternative = /\b(?:degree|diploma|bachelor'?s?|BS|BA|MS)\b[^.;]{0,40}\bor\s+(?:an?\s+)?(?:minimum of\s+|at least\s+)?$/i.test(body.slice(0, m.index));
      out.push({ min, max: max !== null && max > min ? max : null, start, end, scope, alternative, sentence: si });
    }
  }
  return out;
}

/**
 * The main requirement: the first years asked of the role as a whole ("10+ years of
 * experience"), passing over years offered as an alternative to a degree ("a degree OR
 * four years of experience"); when none is broad, the first of unclear scope; else the
 * smallest asked of a single skill ("a narrower clause does not override a main
 * requirement; years asked for one skill count when nothing broader is asked").
 */
export function mainRequirement(mentions: YearsMention[]): YearsMention | null {
  const main = mentions.filter((m) => !m.alternative);
  const of = (scope: YearsMention['scope']) => main.filter((m) => m.scope === scope);
  const first = of('broad')[0] ?? of('unknown')[0];
  if (first) return first;
  let best: YearsMention | null = null;
  for (const m of mentions) if (!best || m.min < best.min) best = m;
  return best;
}
