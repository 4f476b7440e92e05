import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverInputs, displayPath } from '../../../src/input/discover.js';

let root: string;
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'jd-discover-')));
  for (const f of ['b.txt', 'a.md', 'sub/z.txt', 'sub/deeper/c.txt', 'sub/.hidden.txt', '.secret/x.txt', 'Upper.txt', 'other/y.md']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'x');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const shown = async (args: string[]) => {
  const r = await discoverInputs(args, root);
  return { files: r.files.map((f) => f.display), unmatched: r.unmatched };
};

describe('discoverInputs', () => {
  it('walks a folder recursively, skipping hidden files and folders, sorted by path', async () => {
    expect(await shown(['.'])).toEqual({
      files: ['Upper.txt', 'a.md', 'b.txt', 'other/y.md', 'sub/deeper/c.txt', 'sub/z.txt'],
      unmatched: [],
    });
  });

  it('gives absolute paths and display paths relative to cwd', async () => {
    const { files } = await discoverInputs(['sub/z.txt'], root);
    expect(files).toEqual([{ path: join(root, 'sub/z.txt'), display: 'sub/z.txt' }]);
  });

  it('takes a hidden file when it is named explicitly', async () => {
    expect((await shown(['sub/.hidden.txt'])).files).toEqual(['sub/.hidden.txt']);
  });

  it('expands glob patterns (hidden files excluded)', async () => {
    expect((await shown(['**/*.txt'])).files).toEqual(['Upper.txt', 'b.txt', 'sub/deeper/c.txt', 'sub/z.txt']);
    expect((await shown(['*.md'])).files).toEqual(['a.md']);
  });

  it('removes duplicates and sorts across arguments', async () => {
    expect((await shown(['sub', 'b.txt', 'sub/z.txt', '*.txt'])).files).toEqual(['Upper.txt', 'b.txt', 'sub/deeper/c.txt', 'sub/z.txt']);
  });

  it('reports a missing path and a pattern that matches nothing, keeping the rest', async () => {
    expect(await shown(['missing.txt', 'nothing/*.pdf', 'a.md'])).toEqual({
      files: ['a.md'],
      unmatched: [
        { arg: 'missing.txt', reason: 'no such file or folder' },
        { arg: 'nothing/*.pdf', reason: 'no files match this pattern' },
      ],
    });
  });

  it('finds nothing in an empty folder without calling it unmatched', async () => {
    mkdirSync(join(root, 'empty'), { recursive: true });
    expect(await shown(['empty'])).toEqual({ files: [], unmatched: [] });
  });
});

describe('displayPath', () => {
  it('is relative inside cwd and absolute outside it', () => {
    expect(displayPath('/work/x/a.txt', '/work/x')).toBe('a.txt');
    expect(displayPath('/elsewhere/a.txt', '/work/x')).toBe('/elsewhere/a.txt');
  });
});
