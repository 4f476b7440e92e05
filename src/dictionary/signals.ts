import { GLUED_STARTERS } from '../postings/starters.js';

/**
 * Words that some pattern rules need before they can match at all (years of experience,
 * the level wording of a posting's body, requirement cues, glued sentence starts). The
 * automaton finds them in the same scan as the terms, so those rules run only where their
 * words are. Each is a part every match of its rule's regular expression contains (in any
 * letter case; a hit is a hint, never a match).
 */
export const SIGNALS: readonly (readonly [word: string, kind: SignalKind])[] = [
  ['yr', 'years'],
  ['year', 'years'],
  ...['seniority', 'management', 'career', 'job', 'experience', 'position'].map((w) => [`${w} level`, 'level'] as const),
  ...(['seeking', 'looking for', 'hiring', 'searching for', 'recruiting'] as const).map((w) => [w, 'hiring'] as const),
  // "As a Senior Data Engineer, you will ...", Swedish "Som Senior BI Engineer kommer du ...".
  // ("as a" covers "as an": signal hits are not checked at their end.)
  ...(['as a', 'som'] as const).map((w) => [w, 'role'] as const),
  // Requirement cues (match/strength.ts).
  ...['requir', 'must', 'mandatory', 'essential', 'need'].map((w) => [w, 'firm'] as const),
  ...['nice', 'plus', 'bonus', 'advantage', 'prefer', 'ideally', 'desir', 'good', 'optional', 'encouraged'].map((w) => [w, 'soft'] as const),
  ...[
    'experience', 'expertise', 'proficien', 'familiar', 'knowledge', 'understanding', 'background', 'skill', 'fluen',
    'comfortable', 'hands-on', 'track record', 'you', 'strong', 'solid', 'deep', 'excellent',
  ].map((w) => [w, 'qualification'] as const),
  ...['these', 'those', 'above', 'this stack', 'following'].map((w) => [w, 'anaphora'] as const),
  // Sentence starters glued to the word before ("intelligentlyWe"), as segment() cuts them.
  ...GLUED_STARTERS.map((w) => [w.toLowerCase(), 'starter'] as const),
];

/**
 * What a signal word allows: a number of years ("5+ years"), level wording ("Seniority
 * level: Lead", "seeking a senior", "as a Senior Data Engineer"), a firm, soft or
 * qualifying requirement cue, a sentence pointing back ("these"), a glued sentence start.
 */
export type SignalKind = 'years' | 'level' | 'hiring' | 'role' | 'firm' | 'soft' | 'qualification' | 'anaphora' | 'starter';
