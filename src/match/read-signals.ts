import { SIGNALS, type SignalKind } from '../dictionary/signals.js';
import type { Sentence } from '../types.js';
import { hitStart } from './automaton.js';
import { SPACE } from './chars.js';
import { sortInPlace } from './order.js';
import { sentenceFinder } from './skills.js';
import { CUE_ANAPHORA, CUE_FIRM, CUE_QUALIFICATION, CUE_SOFT } from './strength.js';

/*
 * What the signal words the scan found (SIGNALS) tell the rules that need them, so that
 * those rules look only where their words are.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Where segment() may find a glued sentence start, from the signal words of the scan: a
 * starter word written with a capital ("...intelligentlyWe"), or the digits before
 * "years" / "yrs" ("applications5+ years"). In text order.
 */
export function gluedFrom(text: string, signals: number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < signals.length; k += 2) {
    const [word, kind] = SIGNALS[signals[k]];
    const start = signals[k + 1] + 1 - word.length;
    if (kind === 'starter') {
      const c = text.charCodeAt(start);
      if (c >= 65 && c <= 90) out.push(start);
    } else if (kind === 'years') {
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
 * (CUE_* bits); the sentences that can ask a number of years; where the body's level
 * wording may start.
 */
export function readSignals(text: string, sentences: Sentence[], signals: number[]) {
  const cueWords = new Uint8Array(sentences.length);
  const yearSentences = new Set<number>();
  const levelAt = { level: [] as number[], hiring: [] as number[], role: [] as number[] };
  const sentenceOf = sentenceFinder(sentences);
  for (let k = 0; k < signals.length; k += 2) {
    const [word, kind] = SIGNALS[signals[k]];
    if (kind === 'starter') continue;
    const last = signals[k + 1];
    const start = word.includes(' ') ? hitStart(text, last, word.length) : last + 1 - word.length;
    if (kind === 'level') levelAt.level.push(start);
    else if (kind === 'hiring') levelAt.hiring.push(start);
    else if (kind === 'role') levelAt.role.push(start);
    else {
      const si = sentenceOf(start);
      if (si < 0) continue;
      if (kind === 'years') yearSentences.add(si);
      cueWords[si] |= CUE_BITS[kind] ?? 0;
    }
  }
  sortInPlace(levelAt.level, (a, b) => a - b);
  sortInPlace(levelAt.hiring, (a, b) => a - b);
  sortInPlace(levelAt.role, (a, b) => a - b);
  return { cueWords, yearSentences, levelAt };
}

