import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, jd, jsonl } from '../helpers/exec.js';

// Each scenario is a fixture folder; the test spawns the built CLI as a user would.

describe('jd-analyze on fixtures/cli/single', () => {
  it('prints a table by default, with nothing on stderr and exit 0', () => {
    const r = jd(['fixtures/cli/single']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Python');
    expect(r.stdout).toContain('Django');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('writes JSON with the documented top-level fields', () => {
    const r = jd(['fixtures/cli/single', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['schemaVersion', 'tool', 'corpus', 'thresholds', 'dictionary', 'skills', 'responsibilities', 'categories', 'levels', 'experience', 'inputs']);
    expect(j.schemaVersion).toBe('1.0');
    expect(j.corpus.postings).toBe(1);
    expect(j.thresholds).toEqual({ common: 0.25, uncommon: 0.1 });
    expect(j.inputs).toEqual([
      { file: 'fixtures/cli/single/pinecrest-books.txt', status: 'analyzed', reason: null, detail: null, format: 'text', encoding: 'utf-8', postings: 1 },
    ]);
    const ids = j.skills.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'django', 'postgresql', 'docker']));
    const python = j.skills.find((s: { id: string }) => s.id === 'python');
    expect(python).toMatchObject({ postings: 1, share: 1, band: 'common' });
    expect(python.examples[0]).toMatchObject({ file: 'fixtures/cli/single/pinecrest-books.txt', page: null, job: 1 });
    expect(typeof python.examples[0].line).toBe('number');
  });

  it('writes JSONL lines with the evaluation contract', () => {
    const [line] = jsonl(jd(['fixtures/cli/single', '--format', 'jsonl']).stdout);
    expect(line).toMatchObject({ schemaVersion: '1.0', job: 1, source: { file: 'fixtures/cli/single/pinecrest-books.txt', page: null, pages: null, line: 1 } });
    expect(line.title).toMatch(/Python Developer/);
    const skill = line.skills.find((s: { id: string }) => s.id === 'django');
    expect(skill).toMatchObject({ id: 'django', label: 'Django', category: 'web-frameworks' });
    expect(skill.mentions).toBeGreaterThanOrEqual(1);
    expect(skill.evidence[0]).toEqual({ text: expect.any(String), line: expect.any(Number), page: null });
    expect(Array.isArray(line.responsibilities)).toBe(true);
  });

  it('writes the report to --output and nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jd-out-'));
    const file = join(dir, 'report.md');
    const r = jd(['fixtures/cli/single', '--format', 'markdown', '--output', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('# Job postings analysis');
  });

  it('reads a posting from stdin with -', () => {
    const text = readFileSync(join(ROOT, 'fixtures/cli/single/pinecrest-books.txt'));
    const [line] = jsonl(jd(['-', '--format', 'jsonl'], { input: text }).stdout);
    expect(line.source.file).toBe('-');
    expect(line.skills.map((s: { id: string }) => s.id)).toContain('python');
  });
});

describe('splitting files into postings', () => {
  it('splits on ---, ==== and * * * separators (fixtures/cli/multi-separators)', () => {
    const lines = jsonl(jd(['fixtures/cli/multi-separators', '--format', 'jsonl']).stdout);
    expect(lines.map((l) => l.job)).toEqual([1, 2, 3, 4]);
    expect(lines.map((l) => l.title)).toEqual([
      expect.stringMatching(/^Backend Developer/),
      expect.stringMatching(/^Data Engineer/),
      expect.stringMatching(/^Senior Django Developer/),
      expect.stringMatching(/^DevOps Engineer/),
    ]);
    expect(lines.map((l) => l.source.line)).toEqual([1, 7, 13, 19]);
  });

  it('splits on numbered headings and takes the title after them (fixtures/cli/numbered-headings)', () => {
    const lines = jsonl(jd(['fixtures/cli/numbered-headings', '--format', 'jsonl']).stdout);
    expect(lines.map((l) => l.title)).toEqual([
      'Python Developer — Elmstead Insurance (Norwich, hybrid)',
      'Backend Engineer (FastAPI) — Foxglove Travel (Remote, EU)',
      'Data Engineer — Greyfriars Museum Trust (Edinburgh)',
    ]);
  });

  it('keeps a Markdown posting with --- between its sections whole (fixtures/cli/markdown-sections)', () => {
    const lines = jsonl(jd(['fixtures/cli/markdown-sections', '--format', 'jsonl']).stdout);
    expect(lines).toHaveLength(1);
  });

  it('--split file turns splitting off', () => {
    const lines = jsonl(jd(['fixtures/cli/multi-separators', '--format', 'jsonl', '--split', 'file']).stdout);
    expect(lines).toHaveLength(1);
  });

  it('reads folders recursively in sorted order (fixtures/cli/nested)', () => {
    const lines = jsonl(jd(['fixtures/cli/nested', '--format', 'jsonl']).stdout);
    expect(lines.map((l) => [l.job, l.source.file])).toEqual([
      [1, 'fixtures/cli/nested/a/b/c.txt'],
      [2, 'fixtures/cli/nested/a/d.md'],
      [3, 'fixtures/cli/nested/e.txt'],
    ]);
  });

  it('numbers the sample corpus Job 1..24', () => {
    const lines = jsonl(jd(['fixtures/python-backend', '--format', 'jsonl']).stdout);
    expect(lines.map((l) => l.job)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });
});

describe('ambiguous names (fixtures/cli/ambiguous)', () => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures/cli/ambiguous.expected.json'), 'utf8'));
  const lines = jsonl(jd(['fixtures/cli/ambiguous', '--format', 'jsonl']).stdout);
  for (const line of lines) {
    const name = line.source.file.split('/').pop();
    it(`ticks the real skills and none of the traps in ${name}`, () => {
      const ids = line.skills.map((s: { id: string }) => s.id);
      expect(ids).toEqual(expect.arrayContaining(expected[name].skills));
      for (const trap of expected[name].traps) expect(ids).not.toContain(trap);
    });
  }
});

describe('inputs that are not postings (fixtures/cli/empty)', () => {
  it('lists empty and blank files as skipped, analyzes the rest, exits 0', () => {
    const r = jd(['fixtures/cli/empty', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.inputs.map((i: { file: string; status: string; reason: string | null }) => [i.file, i.status, i.reason])).toEqual([
      ['fixtures/cli/empty/blank.md', 'skipped', 'empty'],
      ['fixtures/cli/empty/empty.txt', 'skipped', 'empty'],
      ['fixtures/cli/empty/ok.txt', 'analyzed', null],
    ]);
    expect(r.stderr.trim().split('\n')).toEqual([
      'jd-analyze: skipped fixtures/cli/empty/blank.md: empty (the file has no text)',
      'jd-analyze: skipped fixtures/cli/empty/empty.txt: empty (the file has no text)',
    ]);
  });

  it('--quiet silences the notices', () => {
    expect(jd(['fixtures/cli/empty', '--quiet']).stderr).toBe('');
  });

  it('a missing path is listed as failed and the exit code says some inputs failed', () => {
    const r = jd(['fixtures/cli/single', 'no/such/dir', '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('jd-analyze: failed no/such/dir: not-found (no such file or folder)\n');
    expect(JSON.parse(r.stdout).inputs[0]).toMatchObject({ file: 'no/such/dir', status: 'failed', reason: 'not-found' });
    expect(jd(['fixtures/cli/single', 'no/such/dir', '--allow-failures', '--quiet']).code).toBe(0);
  });

  it('exits 4 when nothing could be analyzed', () => {
    const r = jd(['no/such/dir']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('no input could be analyzed');
  });
});

describe('usage', () => {
  it('--help shows examples, the splitter rules and exit codes', () => {
    const r = jd(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Job #12:');
    expect(r.stdout).toContain('Exit codes');
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(jd(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('a bad option value exits 2 with a one-line reason', () => {
    const r = jd(['fixtures/cli/single', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'xml' is invalid");
  });

  it('no inputs is a usage error', () => {
    const r = jd([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no inputs');
  });

  it('a bad --dict file is refused with the file, entry and reason (exit 5)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jd-dict-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'skills:\n  - id: my-python\n    label: My Python\n    category: languages\n    aliases: [Python]\n');
    const r = jd(['fixtures/cli/single', '--dict', file]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/bad\.yaml.*my-python.*alias "Python" is also an alias of "python"/);
  });

  it('--dict adds skills', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jd-dict-'));
    const file = join(dir, 'extra.yaml');
    writeFileSync(file, 'category: books\nlabel: Books\nskills:\n  - id: bookshop\n    label: Bookshop\n    aliases: [bookshop, bookseller]\n');
    const j = JSON.parse(jd(['fixtures/cli/single', '--dict', file, '--format', 'json']).stdout);
    expect(j.skills.map((s: { id: string }) => s.id)).toContain('bookshop');
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const r = spawnSync('sh', ['-c', `node "${BIN}" fixtures/python-backend --format jsonl | head -c 10 > /dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});

describe('determinism', () => {
  for (const format of ['json', 'jsonl', 'markdown', 'csv']) {
    it(`gives byte-identical ${format} twice in a row`, () => {
      const a = jd(['fixtures/python-backend', '--format', format]).stdout;
      const b = jd(['fixtures/python-backend', '--format', format]).stdout;
      expect(a.length).toBeGreaterThan(100);
      expect(a).toBe(b);
    });
  }
});

describe('the markdown report on the sample corpus', () => {
  it('matches the snapshot', () => {
    expect(jd(['fixtures/python-backend', '--format', 'markdown']).stdout).toMatchSnapshot();
  });
});
