import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CompiledDictionary } from '../../../src/dictionary/compile.js';
import { run } from '../../../src/run.js';
import { testDictionary } from '../helpers/dict.js';

// Whatever the bytes, a run finishes, lists every file once, and its JSON round-trips.

const EXTENSIONS = ['txt', 'md', 'pdf', 'html', 'csv', 'tsv', 'json', 'jsonl', 'ndjson', 'bin'];

let root: string;
let dictionary: CompiledDictionary;
let case_ = 0;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jd-props-'));
  dictionary = await testDictionary();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the files into a fresh folder, runs over it, and checks what every run must give. */
async function runOver(files: { ext: string; body: Uint8Array | string }[]): Promise<void> {
  const dir = join(root, `case-${case_++}`);
  mkdirSync(dir);
  files.forEach((f, i) => writeFileSync(join(dir, `f${i}.${f.ext}`), f.body));
  const result = await run({ paths: [dir] }, { cwd: root, dictionary });
  expect(result.inputs).toHaveLength(files.length);
  expect(result.corpus.analyzedFiles + result.corpus.skippedFiles + result.corpus.failedFiles).toBe(files.length);
  for (const input of result.inputs) {
    expect(['analyzed', 'skipped', 'failed']).toContain(input.status);
    if (input.status !== 'analyzed') expect(typeof input.reason).toBe('string');
  }
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

const ext = fc.constantFrom(...EXTENSIONS);

describe('runs over arbitrary files', () => {
  it('random bytes under any supported name', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      // Bytes behind a PDF header reach deeper into the PDF parser.
      fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.concat([Buffer.from('%PDF-1.4\n'), b])),
      // Bytes behind a UTF-16 byte-order mark pass the binary check.
      fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.concat([Buffer.from([0xff, 0xfe]), b])),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ ext, body: bytes }), { minLength: 1, maxLength: 4 }), runOver),
      { numRuns: Number(process.env.JD_PROP_RUNS ?? 50) },
    );
  });

  it('random Unicode text under any supported name', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.constantFrom('title', 'description', ',', ';', '\t', '"', '\n', '\r\n', '<p>', '</li>', '{', '}', '[', ']', ':', 'Python', 'é', '—', '\ufeff', ' '), { maxLength: 60 }).map((a) => a.join('')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ ext, body: text }), { minLength: 1, maxLength: 4 }), runOver),
      { numRuns: Number(process.env.JD_PROP_RUNS ?? 50) },
    );
  });

  it('random JSON values as .json and .jsonl', async () => {
    const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v));
    const lines = fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }).map((vs) => vs.map((v) => JSON.stringify(v)).join('\n'));
    const file = fc.oneof(json.map((body) => ({ ext: 'json', body })), lines.map((body) => ({ ext: 'jsonl', body })));
    await fc.assert(fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 4 }), runOver), { numRuns: Number(process.env.JD_PROP_RUNS ?? 50) });
  });
});
