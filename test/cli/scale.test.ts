import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jd, ROOT } from '../helpers/exec.js';

describe('workers (--jobs)', () => {
  it('gives byte-identical JSON and JSONL with 1 and 2 workers', () => {
    const paths = ['fixtures/python-backend', 'fixtures/data-engineering', 'fixtures/inputs'];
    for (const format of ['json', 'jsonl']) {
      const one = jd([...paths, '--format', format, '--jobs', '1', '--quiet']);
      const two = jd([...paths, '--format', format, '--jobs', '2', '--quiet']);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
    }
  });

  it('rejects a bad --jobs value', () => {
    const r = jd(['fixtures/cli/single', '--jobs', '0']);
    expect(r.code).toBe(2);
  });

  it('shows no progress bar when stderr is not a terminal', () => {
    expect(jd(['fixtures/python-backend', '--jobs', '2']).stderr).toBe('');
  });
});

describe('jd-analyze merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jd-merge-'));
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');

  it('combines shard results into exactly the result of one run over all files', () => {
    expect(jd(['fixtures/data-engineering', '--format', 'json', '-o', a]).code).toBe(0);
    expect(jd(['fixtures/python-backend', '--format', 'json', '-o', b]).code).toBe(0);
    const merged = jd(['merge', a, b]);
    expect(merged.code).toBe(0);
    const whole = jd(['fixtures/data-engineering', 'fixtures/python-backend', '--format', 'json']);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('renders the merged result in other formats', () => {
    const r = jd(['merge', a, b, '--format', 'markdown']);
    expect(r.stdout).toContain('34 postings from 24 files');
  });

  it('refuses a file that is not a result, naming it (exit 4)', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    const r = jd(['merge', a, bad]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('bad.json: not a jd-analyze JSON result');
  });
});

describe('npm run bench (smoke test: it runs and reports; no timing is asserted)', () => {
  it('builds a small corpus, measures every target and marks each met or NOT MET', () => {
    const r = spawnSync(process.execPath, ['scripts/bench.mjs', '--size', '1MB', '--repeat', '1', '--pdf-copies', '2'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const line of ['jd-analyze --jobs 1:', 'jd-analyze (default lanes):', 'automaton scan alone', 'start-up:', 'PDF:', 'targets:']) expect(r.stdout).toContain(line);
    // With two or more cores it also runs two one-lane processes on the two halves.
    if (cpus().length > 1) expect(r.stdout).toMatch(/on the two halves of the files, side by side: [\d.]+ s, [\d.]+x one lane/);
    expect(r.stdout).toMatch(/MB\/s, \d+ postings\/s, peak RSS \d+ MB/);
    const targets = r.stdout.split('targets:')[1].split('\n').filter((l) => l.trim() !== '');
    // Six targets, or five when ripgrep is not installed (then the bench says so).
    expect(targets.length).toBe(r.stdout.includes('rg (ripgrep) not installed') ? 5 : 6);
    for (const t of targets) expect(t).toMatch(/^ {2}(met {4}|NOT MET) {2}\S/);
  }, 120_000);
});
