#!/usr/bin/env node
// Compares the skills found per posting in a compiled PDF with those found in the same
// postings as text files. Usage:
//   node scripts/pdf-agreement.mjs <pdf> <layout.json> <text-folder>
// Prints postings found, page-range matches and the share of (posting, skill) pairs that agree.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [pdf, layoutFile, textDir] = process.argv.slice(2);
const bin = new URL('../bin/jd-analyze.js', import.meta.url).pathname;
const runJsonl = (args) =>
  execFileSync(process.execPath, [bin, '--format', 'jsonl', '--quiet', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const layout = JSON.parse(readFileSync(layoutFile, 'utf8')).jobs;
const fromPdf = runJsonl([pdf]);
const fromText = new Map(runJsonl(layout.map((j) => join(textDir, j.file))).map((r) => [r.source.file.split('/').pop(), r]));
let pagesOk = 0;
let agree = 0;
let pairs = 0;
const diffs = [];
for (const j of layout) {
  const p = fromPdf.find((r) => r.job === j.job);
  if (!p) continue;
  if (p.source.pages?.[0] === j.firstPage && p.source.pages?.[1] === j.lastPage) pagesOk += 1;
  else diffs.push(`job ${j.job} pages ${JSON.stringify(p.source.pages)} (layout [${j.firstPage}, ${j.lastPage}])`);
  const a = new Set(p.skills.map((s) => s.id));
  const b = new Set(fromText.get(j.file)?.skills.map((s) => s.id) ?? []);
  for (const id of new Set([...a, ...b])) {
    pairs += 1;
    if (a.has(id) && b.has(id)) agree += 1;
    else diffs.push(`job ${j.job} ${j.file}: ${id} only in ${a.has(id) ? 'PDF' : 'text'}`);
  }
}
console.log(`postings: ${fromPdf.length} (layout ${layout.length})`);
console.log(`page ranges equal to the layout: ${pagesOk}/${layout.length}`);
console.log(`(posting, skill) pairs that agree: ${agree}/${pairs} = ${(agree / pairs).toFixed(4)}`);
for (const d of diffs) console.log(`  ${d}`);
