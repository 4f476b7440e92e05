#!/usr/bin/env node
// The part of jd-analyze that does what `rg -c -i -w -F -f <aliases>` does, alone: read
// each file the CLI would read, decode it and run the dictionary's automaton scan over it (hits are counted,
// not checked, resolved or reported). The benchmark times it as a process beside rg, to
// show what the rest of the pipeline (sentences, sections, duties, strength, level,
// years, aggregation) costs on top.
//
//   node scripts/scan-only.mjs DIR
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { loadDictionary } = await import(join(ROOT, 'dist', 'run.js'));
const { scanWords } = await import(join(ROOT, 'dist', 'match', 'word-scan.js'));
const { HitBuffer } = await import(join(ROOT, 'dist', 'match', 'automaton.js'));
const { discoverInputs } = await import(join(ROOT, 'dist', 'input', 'discover.js'));

const dict = await loadDictionary();
const hits = new HitBuffer();
const decoder = new TextDecoder('utf-8', { fatal: true });
let found = 0;
let bytes = 0;
const { files } = await discoverInputs([process.argv[2]], process.cwd());
for (const file of files) {
  const b = readFileSync(file.path);
  bytes += b.length;
  scanWords(dict, decoder.decode(b), hits);
  found += hits.length / 2;
}
console.log(`${bytes} bytes, ${found} raw hits`);
