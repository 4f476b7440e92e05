import { describe, expect, it } from 'vitest';
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
