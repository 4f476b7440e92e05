import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldTerm } from '../../../src/match/chars.js';
import { DEFAULT_DICTIONARY_DIR, loadDictionaryData } from '../../../src/dictionary/load.js';

// Runs must never parse English: every verb of the shipped dictionary has its forms precomputed.
describe('dictionaries/verb-forms.json', () => {
  it('holds every verb the default dictionary names (run npm run compile-verbs when this fails)', () => {
    const table = JSON.parse(readFileSync(`${DEFAULT_DICTIONARY_DIR}/verb-forms.json`, 'utf8')) as Record<string, string[]>;
    const data = loadDictionaryData();
    const verbs = new Set([...data.responsibilities.flatMap((r) => r.verbs ?? []), ...data.dutyVerbs].map(foldTerm));
    const missing = [...verbs].filter((v) => !table[v]);
    expect(missing).toEqual([]);
  });
});
