import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverInputs } from '../../../src/input/discover.js';
import { DEFAULT_MAX_FILE_SIZE, readInput } from '../../../src/input/read.js';
import { run } from '../../../src/run.js';
import { testDictionary } from '../helpers/dict.js';

// Tests run as root in CI containers, where chmod 000 does not stop reading.
const isRoot = process.getuid?.() === 0;

let root: string;
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'jd-walk-')));
  mkdirSync(join(root, 'tree/inner'), { recursive: true });
  writeFileSync(join(root, 'tree/a.txt'), 'Python developer wanted');
  writeFileSync(join(root, 'tree/inner/b.txt'), 'Go developer wanted');
  writeFileSync(join(root, 'outside.txt'), 'Rust developer wanted');
  // A loop: inner/up -> .., and a link to a folder elsewhere; neither is followed.
  symlinkSync('..', join(root, 'tree/inner/up'));
  symlinkSync(join(root, 'tree'), join(root, 'tree/inner/again'));
  // A link to a file is read; a broken link and a link to itself are reported.
  symlinkSync(join(root, 'outside.txt'), join(root, 'tree/linked.txt'));
  symlinkSync(join(root, 'nowhere.txt'), join(root, 'tree/broken.txt'));
  symlinkSync(join(root, 'tree/self.txt'), join(root, 'tree/self.txt'));
});
afterAll(() => {
  try {
    chmodSync(join(root, 'locked'), 0o755);
  } catch {
    // Only there when the unreadable-folder test ran.
  }
  rmSync(root, { recursive: true, force: true });
});

describe('walking folders', () => {
  it('survives a symlink to its parent: every real file once, links to folders not followed', async () => {
    const { files, unmatched } = await discoverInputs(['tree'], root);
    expect(unmatched).toEqual([]);
    expect(files.map((f) => [f.display, f.error ?? null])).toEqual([
      ['tree/a.txt', null],
      ['tree/broken.txt', expect.stringMatching(/^broken or looping symbolic link: cannot read \(ENOENT\)$/)],
      ['tree/inner/b.txt', null],
      ['tree/linked.txt', null],
      ['tree/self.txt', expect.stringMatching(/^broken or looping symbolic link: cannot read \(ELOOP\)$/)],
    ]);
  });

  it('is not fooled by the loop in a glob pattern either', async () => {
    const { files } = await discoverInputs(['tree/**/*.txt'], root);
    expect(files.map((f) => f.display)).toEqual(['tree/a.txt', 'tree/inner/b.txt']);
  });

  it('lists a broken link as a failed, unreadable input', async () => {
    const { files } = await discoverInputs(['tree'], root);
    const broken = files.find((f) => f.display === 'tree/broken.txt')!;
    expect((await readInput(broken, { maxFileSize: DEFAULT_MAX_FILE_SIZE })).status).toMatchObject({ status: 'failed', reason: 'unreadable', format: null });
  });

  it.skipIf(isRoot)('reports an unreadable folder instead of dropping it (skipped as root: permissions are not enforced)', async () => {
    mkdirSync(join(root, 'locked'));
    writeFileSync(join(root, 'locked/hidden-away.txt'), 'x');
    chmodSync(join(root, 'locked'), 0o000);
    const { files } = await discoverInputs(['locked', 'outside.txt'], root);
    expect(files.map((f) => [f.display, f.error ?? null])).toEqual([
      ['locked', 'folder: permission denied'],
      ['outside.txt', null],
    ]);
    expect((await readInput(files[0], { maxFileSize: DEFAULT_MAX_FILE_SIZE })).status).toMatchObject({
      status: 'failed',
      reason: 'unreadable',
      detail: 'folder: permission denied',
    });
  });
});

describe('10,000 files', () => {
  it('reads them all in reasonable time, every file accounted for', async () => {
    const dir = join(root, 'many');
    const kinds = ['txt', 'md', 'bin', 'txt', 'txt'];
    for (let d = 0; d < 20; d++) {
      mkdirSync(join(dir, `d${String(d).padStart(2, '0')}`), { recursive: true });
      for (let i = 0; i < 500; i++) {
        const n = d * 500 + i;
        const body = n % 97 === 0 ? '' : `Engineer ${n}: Python and SQL, remote.`;
        writeFileSync(join(dir, `d${String(d).padStart(2, '0')}`, `f${String(i).padStart(3, '0')}.${kinds[n % kinds.length]}`), body);
      }
    }
    const started = Date.now();
    const result = await run({ paths: ['many'] }, { cwd: root, dictionary: await testDictionary() });
    const ms = Date.now() - started;
    expect(result.inputs).toHaveLength(10_000);
    expect(new Set(result.inputs.map((i) => i.file)).size).toBe(10_000);
    const count = (reason: string | null) => result.inputs.filter((i) => i.reason === reason).length;
    expect(count('unsupported-type')).toBe(2000);
    expect(count('empty') + count(null)).toBe(8000);
    expect(result.corpus.files).toBe(10_000);
    expect(ms).toBeLessThan(30_000);
  });
});
