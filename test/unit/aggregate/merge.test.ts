import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../../src/aggregate/merge.js';
import { run } from '../../../src/run.js';
import { ROOT } from '../../helpers/exec.js';

// Merging shard results must give exactly what one run over all the files gives.
describe('mergeResults', () => {
  it('combines two shards into the same result as one run over both', async () => {
    const io = { cwd: ROOT };
    const a = await run({ paths: ['fixtures/data-engineering'], examples: 2 }, io);
    const b = await run({ paths: ['fixtures/python-backend'], examples: 2 }, io);
    const whole = await run({ paths: ['fixtures/data-engineering', 'fixtures/python-backend'], examples: 2 }, io);
    const merged = mergeResults([a, b], ['a.json', 'b.json']);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
  });

  it('refuses shards made with different dictionaries', async () => {
    const a = await run({ paths: ['fixtures/cli/single'] }, { cwd: ROOT });
    const b = { ...a, dictionary: { ...a.dictionary, skills: 1 } };
    expect(() => mergeResults([a, b], ['a.json', 'b.json'])).toThrow(/b\.json: analyzed with a different dictionary/);
  });

  it('refuses a file that is not a result', () => {
    expect(() => mergeResults([{} as never], ['x.json'])).toThrow(/x\.json: not a jd-analyze JSON result/);
  });
});
