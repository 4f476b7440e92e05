import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTO_PARALLEL_BYTES, autoLanes, MAX_AUTO_LANES } from '../../src/parallel/lanes.js';
import type { ChunkReply, ChunkSetup, ChunkTask } from '../../src/parallel/chunk.js';
import { analyzeInParallel, chunkFiles } from '../../src/parallel/pool.js';
import { joinEncodedRests, LineEncoder, renderJsonlBytes, renderJsonlLine, splitJsonlLine } from '../../src/reporters/jsonl.js';
import { run } from '../../src/run.js';
import type { PostingResult } from '../../src/types.js';
import { ROOT } from '../helpers/exec.js';

// Workers read and analyze their own share of the files; the result must not depend on how many.
describe('run with worker threads', () => {
  it('gives identical JSON and the same postings in the same order with 1 and 3 workers', async () => {
    const paths = ['fixtures/python-backend', 'fixtures/data-engineering', 'fixtures/cli', 'fixtures/inputs'];
    const collect = async (jobs: number) => {
      const lines: Buffer[] = [];
      const progress: number[] = [];
      const r = await run({ paths, jobs }, { cwd: ROOT, onJsonl: (b) => lines.push(Buffer.from(b)), onProgress: (p) => progress.push(p.filesDone) });
      return { json: JSON.stringify(r), results: Buffer.concat(lines).toString('utf8'), progress };
    };
    const one = await collect(1);
    const three = await collect(3);
    expect(three.json).toBe(one.json);
    expect(three.results).toBe(one.results);
    expect(three.progress).toEqual(one.progress);
  });
});

describe('run handing postings over as objects', () => {
  it('stays in this thread whatever --jobs asks, with the same postings', async () => {
    const paths = ['fixtures/python-backend', 'fixtures/inputs'];
    const collect = async (jobs: number) => {
      const results: PostingResult[] = [];
      let lanes = 0;
      await run({ paths, jobs }, { cwd: ROOT, onResult: (p) => results.push(p), onProgress: (p) => (lanes = p.lanes) });
      return { results: JSON.stringify(results), lanes };
    };
    const three = await collect(3);
    expect(three.lanes).toBe(1);
    expect(three.results).toBe((await collect(1)).results);
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

describe('autoLanes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jd-lanes-'));
  const file = (name: string, bytes: number) => {
    const path = join(dir, name);
    writeFileSync(path, Buffer.alloc(bytes, 97));
    return { path, display: name };
  };

  it('stays in one lane on small inputs, a single file or a single core', () => {
    expect(autoLanes([file('a.txt', 1000), file('b.txt', 1000)], 4)).toBe(1);
    expect(autoLanes([file('big.txt', AUTO_PARALLEL_BYTES)], 4)).toBe(1);
    expect(autoLanes([file('c.txt', AUTO_PARALLEL_BYTES), file('d.txt', 10)], 1)).toBe(1);
  });

  it('uses one lane per core once the input is big enough, PDFs weighing more', () => {
    expect(autoLanes([file('e.txt', AUTO_PARALLEL_BYTES / 2), file('f.txt', AUTO_PARALLEL_BYTES / 2)], 3)).toBe(3);
    expect(autoLanes([file('g.pdf', AUTO_PARALLEL_BYTES / 8), file('h.pdf', 1)], 2)).toBe(2);
    expect(autoLanes([file('i.txt', AUTO_PARALLEL_BYTES / 8), file('j.txt', 1)], 2)).toBe(1);
  });

  it('uses at most the lanes that keep memory bounded, fewer when postings are streamed', () => {
    const big = [file('l.txt', AUTO_PARALLEL_BYTES), file('m.txt', 10)];
    expect(autoLanes(big, 16)).toBe(MAX_AUTO_LANES.aggregate);
    expect(autoLanes(big, 16, MAX_AUTO_LANES.streamed)).toBe(MAX_AUTO_LANES.streamed);
    expect(autoLanes(big, 2, MAX_AUTO_LANES.streamed)).toBe(2);
    expect(MAX_AUTO_LANES.streamed).toBeLessThanOrEqual(MAX_AUTO_LANES.aggregate);
  });

  it('skips files it cannot stat', () => {
    expect(autoLanes([{ path: join(dir, 'missing.txt'), display: 'missing.txt' }, file('k.txt', 10)], 2)).toBe(1);
  });
});

describe('run streaming JSONL bytes', () => {
  const paths = ['fixtures/python-backend', 'fixtures/data-engineering', 'fixtures/inputs'];
  /** Collects onJsonl's bytes; `lines()` cuts them into lines (each ending in a newline). */
  const collector = () => {
    const parts: Buffer[] = [];
    return {
      onJsonl: (b: Uint8Array) => parts.push(Buffer.from(b)),
      lines: () => Buffer.concat(parts).toString('utf8').split(/(?<=\n)/),
    };
  };

  it('gives the same lines with 1 and 3 lanes, equal to rendering each result', async () => {
    const expected: string[] = [];
    await run({ paths, jobs: 1 }, { cwd: ROOT, onResult: (r) => expected.push(renderJsonlLine(r)) });
    for (const jobs of [1, 3]) {
      const c = collector();
      await run({ paths, jobs }, { cwd: ROOT, onJsonl: c.onJsonl });
      expect(c.lines()).toEqual(expected);
    }
  });

  it('waits while the consumer is paused, and the output does not change', async () => {
    const plain = collector();
    await run({ paths, jobs: 2 }, { cwd: ROOT, onJsonl: plain.onJsonl });
    for (const jobs of [1, 2]) {
      const c = collector();
      let calls = 0;
      let waits = 0;
      let drainedAt = 0;
      // Paused after every 5 more deliveries, for a moment (then it has caught up).
      const paused = () => {
        if (calls - drainedAt < 5) return null;
        drainedAt = calls;
        return new Promise<void>((r) => setTimeout(() => (waits++, r()), 1));
      };
      await run({ paths, jobs }, { cwd: ROOT, onJsonl: (b) => (calls++, c.onJsonl(b)), paused });
      expect(c.lines()).toEqual(plain.lines());
      expect(waits).toBeGreaterThan(0);
    }
  });
});

/** The rests encoded one after another, as a lane sends them. */
function encodeRests(rests: string[]) {
  const e = new LineEncoder();
  for (const r of rests) e.push(r);
  return e.finish();
}

describe('JSONL lines cut at the job number and encoded', () => {
  it('join back to the bytes of the lines renderJsonlLine gives, from any first job', async () => {
    const results: PostingResult[] = [];
    await run({ paths: ['fixtures/python-backend', 'fixtures/inputs'], jobs: 1 }, { cwd: ROOT, onResult: (r) => results.push(r) });
    // Non-ASCII text (quotes, dashes, accented names) must survive the byte offsets.
    expect(results.map(renderJsonlLine).join('')).toMatch(/[^\x00-\x7f]/);
    for (const first of [1, 9, 99_998]) {
      const renumbered = results.map((r, i) => ({ ...r, job: first + i }));
      const joined = joinEncodedRests(first, encodeRests(renumbered.map(splitJsonlLine)));
      expect(Buffer.from(joined).toString('utf8')).toBe(renumbered.map(renderJsonlLine).join(''));
      expect(Buffer.from(renderJsonlBytes(renumbered)).equals(Buffer.from(joined))).toBe(true);
    }
  });

  it('encodes no lines as no bytes', () => {
    expect(joinEncodedRests(1, encodeRests([])).length).toBe(0);
  });

  it('grows its buffer for long and non-ASCII lines, and gives back room it does not use', () => {
    const long = `${'é€😀x'.repeat(40_000)}\n`;
    const rests = ['a\n', long, 'ß\n'];
    const { bytes, ends } = encodeRests(rests);
    expect(Buffer.from(bytes).toString('utf8')).toBe(rests.join(''));
    expect([...ends]).toEqual([2, 2 + Buffer.byteLength(long), 2 + Buffer.byteLength(long) + 3]);
    const small = encodeRests(['x\n']).bytes;
    expect(small.buffer.byteLength).toBe(2);
  });
});

describe('analyzeInParallel failures', () => {
  const files = Array.from({ length: 40 }, (_, i) => ({ path: `/nowhere/f${i}.txt`, display: `f${i}.txt` }));
  const setup = (dictFiles: string[]): ChunkSetup => ({ dictFiles, split: 'auto', read: { maxFileSize: 1 << 20 }, mode: 'aggregate', examples: 2 });
  const slowEmpty = async (task: ChunkTask): Promise<ChunkReply> => {
    await new Promise((r) => setTimeout(r, 20));
    return { chunk: task.chunk, statuses: [], results: null, aggregate: null, lines: null };
  };

  it('rejects with the error of this thread\'s lane, and ends its workers', async () => {
    const boom = async () => {
      throw new Error('lane broke');
    };
    await expect(analyzeInParallel(files, 2, setup([]), boom, () => {})).rejects.toThrow('lane broke');
  });

  it('rejects when a worker cannot start (its dictionary fails to load)', async () => {
    await expect(analyzeInParallel(files, 2, setup(['/nowhere/missing.yaml']), slowEmpty, () => {})).rejects.toThrow(/missing\.yaml/);
  });
});
