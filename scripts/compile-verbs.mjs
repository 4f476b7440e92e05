#!/usr/bin/env node
// Regenerates dictionaries/verb-forms.json: every inflection of every verb named in the
// default dictionary, computed once with compromise so that runs never load it.
// Usage: npm run build && npm run compile-verbs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DICTIONARY_DIR, loadDictionaryData } from '../dist/dictionary/load.js';
import { conjugateWithCompromise } from '../dist/dictionary/verbs.js';
import { foldTerm } from '../dist/match/chars.js';

const data = loadDictionaryData();
const lemmas = [...new Set([...data.responsibilities.flatMap((r) => r.verbs ?? []), ...data.dutyVerbs].map(foldTerm))].sort();
const forms = await conjugateWithCompromise(lemmas);
const table = Object.fromEntries([...forms.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
const file = join(DEFAULT_DICTIONARY_DIR, 'verb-forms.json');
writeFileSync(file, `${JSON.stringify(table, null, 1)}\n`);
console.error(`wrote ${Object.keys(table).length} verbs to ${file}`);
