import { describe, expect, it } from 'vitest';
import { chunkFiles } from '../../src/parallel/pool.js';
import { run } from '../../src/run.js';
import type { PostingResult } from '../../src/types.js';
import { ROOT } from '../helpers/exec.js';

// Workers read and analyze their own share of the files; the result must not depend on how many.
describe('run with worker threads', () => {
  it('gives identical JSON and the same postings in the same order with 1 and 3 workers', async () => {
    const paths = ['fixtures/python-backend', 'fixtures/data-engineering', 'fixtures/cli', 'fixtures/inputs'];
    const collect = async (jobs: number) => {
      const results: PostingResult[] = [];
      const progress: number[] = [];
      const r = await run({ paths, jobs }, { cwd: ROOT, onResult: (p) => results.push(p), onProgress: (p) => progress.push(p.filesDone) });
      return { json: JSON.stringify(r), results: JSON.stringify(results), progress };
    };
    const one = await collect(1);
    const three = await collect(3);
    expect(three.json).toBe(one.json);
    expect(three.results).toBe(one.results);
    expect(three.progress).toEqual(one.progress);
  });
});

describe('run with lanes that aggregate their own chunks', () => {
  it('gives identical JSON with 1, 2 and 5 lanes when no one streams postings', async () => {
    const paths = ['fixtures/python-backend', 'fixtures/data-engineering', 'fixtures/cli', 'fixtures/inputs'];
    for (const examples of [1, 4]) {
      const json = async (jobs: number) => JSON.stringify(await run({ paths, jobs, examples }, { cwd: ROOT }));
      const one = await json(1);
      expect(await json(2)).toBe(one);
      expect(await json(5)).toBe(one);
    }
  });
});

describe('chunkFiles', () => {
  const files = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `/f${i}`, display: `f${i}` }));

  it('cuts files into runs of consecutive files, in order, none lost', () => {
    for (const [n, lanes] of [[0, 2], [1, 2], [7, 2], [100, 2], [5000, 4]]) {
      const chunks = chunkFiles(files(n), lanes);
      expect(chunks.flat().map((f) => f.display)).toEqual(files(n).map((f) => f.display));
      expect(chunks.every((c) => c.length >= 1 && c.length <= 16)).toBe(true);
    }
  });

  it('gives every lane many chunks on a mid-sized folder (load balance)', () => {
    expect(chunkFiles(files(100), 2).length).toBeGreaterThanOrEqual(16);
  });
});

describe('run that only aggregates', () => {
  it('quotes evidence only while an item lacks examples, with the same result as quoting everything', async () => {
    const paths = ['fixtures/python-backend', 'fixtures/data-engineering', 'fixtures/inputs'];
    for (const examples of [0, 1, 3]) {
      const lazy = JSON.stringify(await run({ paths, examples, jobs: 1 }, { cwd: ROOT }));
      const full = JSON.stringify(await run({ paths, examples, jobs: 1 }, { cwd: ROOT, onResult: () => {} }));
      expect(lazy).toBe(full);
    }
  });
});
