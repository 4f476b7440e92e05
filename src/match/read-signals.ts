import { SIGNALS, type SignalKind } from '../dictionary/signals.js';
import type { Sentence } from '../types.js';
import type { LevelSignals } from '../postings/level.js';
import { SPACE } from './chars.js';
import { sortInPlace } from './order.js';
import { isDigit } from './unicode.js';
import { sentenceFinder } from './skills.js';
import { CUE_ANAPHORA, CUE_FIRM, CUE_QUALIFICATION, CUE_SOFT } from './strength.js';

/*
 * What the signal words the scan found (SIGNALS) tell the rules that need them, so that
 * those rules look only where their words are.
 */


/**
 * Where segment() may find a glued sentence start, from the signal words of the scan: a
 * starter word written with a capital ("...intelligentlyWe"), or the digits before
 * "years" / "yrs" ("applications5+ years"). In text order.
 */
export function gluedFrom(text: string, signals: number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < signals.length; k += 2) {
    const kind = SIGNALS[signals[k]][1];
    const start = signals[k + 1];
    // The scan keeps only starters written with a capital after a letter ("...We").
    if (kind === 'starter') out.push(start);
    else if (kind === 'years') {
      // \d{1,2}\+?\s*(?:years|yrs)
      let j = start;
      while (j > 0 && SPACE[text.charCodeAt(j - 1)]) j--;
      if (j > 0 && text.charCodeAt(j - 1) === 43) j--;
      if (j > 0 && isDigit(text.charCodeAt(j - 1))) {
        if (j > 1 && isDigit(text.charCodeAt(j - 2))) out.push(j - 2);
        out.push(j - 1);
      }
    }
  }
  return sortInPlace(out, (a, b) => a - b);
}

const CUE_BITS: Partial<Record<SignalKind, number>> = {
  firm: CUE_FIRM,
  soft: CUE_SOFT,
  qualification: CUE_QUALIFICATION,
  years: CUE_QUALIFICATION,
  anaphora: CUE_ANAPHORA,
};

/**
 * What the signal words found by the scan tell: per sentence, the cue words it holds
 * (CUE_* bits); the sentences that can ask a number of years, in order; where the body's level
 * wording may start.
 */
export function readSignals(sentences: Sentence[], signals: number[]) {
  const cueWords = new Uint8Array(sentences.length);
  const years = new Uint8Array(sentences.length);
  const levelAt: LevelSignals = { level: [], hiring: [], role: [] };
  const sentenceOf = sentenceFinder(sentences);
  for (let k = 0; k < signals.length; k += 2) {
    const kind = SIGNALS[signals[k]][1];
    if (kind === 'starter') continue;
    const start = signals[k + 1];
    if (kind === 'level' || kind === 'hiring' || kind === 'role') levelAt[kind].push(start);
    else {
      const si = sentenceOf(start);
      if (si < 0) continue;
      if (kind === 'years') years[si] = 1;
      cueWords[si] |= CUE_BITS[kind] ?? 0;
    }
  }
  for (const list of Object.values(levelAt) as number[][]) sortInPlace(list, (a, b) => a - b);
  const yearSentences: number[] = [];
  years.forEach((y, si) => y === 1 && yearSentences.push(si));
  return { cueWords, yearSentences, levelAt };
}

