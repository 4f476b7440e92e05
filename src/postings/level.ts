import type { Level } from '../types.js';

/** Title words for each level (GUIDE: the title first, then years and wording). */
const TITLE_WORDS: [RegExp, Level][] = [
  [/\b(?:principal|distinguished|chief architect|fellow|vp|vice president|cto|chief technology officer|director)\b/gi, 'Principal'],
  [/\b(?:staff|lead|leads|tech lead|team lead|head of|engineering manager|development manager|manager,? engineering)\b/gi, 'Lead'],
  [/\b(?:senior|sr|snr|mid[- ]senior)\b\.?|\b(?:engineer|developer|analyst|scientist|architect)\s+(?:iii|iv|3|4)\b/gi, 'Senior'],
  [/\b(?:mid[- ]?level|intermediate|middle|mid)\b|\b(?:engineer|developer|analyst|scientist)\s+(?:ii|2)\b/gi, 'Middle'],
  [/\b(?:junior|jr|entry[- ]level|graduate|grad|intern|internship|associate|trainee|apprentice)\b\.?|\b(?:engineer|developer|analyst|scientist)\s+(?:i|1)\b/gi, 'Junior'],
];

/** Where the body's level wording may start, per kind of signal word (see readSignals). */
export interface LevelSignals {
  level: number[];
  hiring: number[];
  role: number[];
}

/**
 * Body wording that names the level hired for ("Seniority level: Lead", "seeking a junior
 * level developer", "As a Senior Data Engineer, you will", Swedish "Som Senior BI
 * Engineer": the role after "as a" needs a level word and then a job noun), each with the
 * signal words its matches start with.
 */
const BODY_PATTERNS: [RegExp, keyof LevelSignals][] = [
  [/\b(?:seniority|management|career|job|experience|position)\s+level\s*[:\-–]?\s*(?:\*\*)?\s*([a-z-]+(?:[ -][a-z]+)?)/gi, 'level'],
  [/\b(?:seeking|looking for|hiring|searching for|recruiting)\s+(?:a|an|our|two|several|multiple)?\s*((?:junior|senior|mid[- ]?level|entry[- ]level|intermediate|lead|staff|principal)\b)/gi, 'hiring'],
  [/\b(?:as an?|som)\s+((?:junior|senior|mid[- ]?level|entry[- ]level|lead|staff|principal)\b)(?=(?:[\s/-]+[\w.+#/-]+){0,3}?[\s/-]+(?:engineer|developer|architect|analyst|scientist|programmer|consultant)s?\b)/gi, 'role'],
];

/** Every level named in `text`, in order of position (a level once). */
export function levelsInTitle(text: string): { level: Level; index: number; match: string }[] {
  const found: { level: Level; index: number; match: string }[] = [];
  for (const [re, level] of TITLE_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) found.push({ level, index: m.index, match: m[0] });
  }
  found.sort((a, b) => a.index - b.index);
  const seen = new Set<Level>();
  return found.filter((f) => !seen.has(f.level) && seen.add(f.level));
}

/** BODY_PATTERNS matching only where they are tried (sticky). */
const BODY_AT = BODY_PATTERNS.map(([re]) => new RegExp(re.source, `${re.flags}y`));

/**
 * Levels the body names explicitly, with the offset of the wording. `at`, when given,
 * holds (in order) every place where a match of each pattern may start (the offsets of
 * its signal words). Only those are tried, with the same matches as a search of the
 * whole text.
 */
export function levelsInBody(text: string, at?: LevelSignals): { level: Level; index: number; match: string }[] {
  const out: { level: Level; index: number; match: string }[] = [];
  const add = (m: RegExpExecArray) => {
    const [first] = levelsInTitle(m[1]);
    if (first) out.push({ level: first.level, index: m.index, match: m[0] });
  };
  for (let k = 0; k < BODY_PATTERNS.length; k++) {
    if (at) {
      const re = BODY_AT[k];
      let from = 0;
      for (const c of at[BODY_PATTERNS[k][1]]) {
        if (c < from) continue;
        re.lastIndex = c;
        const m = re.exec(text);
        if (m) {
          add(m);
          from = m.index + m[0].length;
        }
      }
      continue;
    }
    const [re] = BODY_PATTERNS[k];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add(m);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The level that years of experience suggest for an unqualified title (GUIDE: 0-1 Junior, 2-4 Middle, 5+ Senior). */
export function levelFromYears(minYears: number): Level {
  if (minYears <= 1) return 'Junior';
  if (minYears <= 4) return 'Middle';
  return 'Senior';
}
