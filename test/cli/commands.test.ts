import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jd, jsonl } from '../helpers/exec.js';

// The recruiter commands, spawned as users run them, on the shipped fixtures.

const BACKEND = 'fixtures/python-backend';
const DATA = 'fixtures/data-engineering';
const RESUME = 'fixtures/resumes/python-dev.md';

describe('jd-analyze check', () => {
  it('prints one row per posting as JSON, with the documented envelope', () => {
    const r = jd(['check', BACKEND, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['schemaVersion', 'command', 'postings', 'summary']);
    expect(j.command).toBe('check');
    expect(j.postings).toHaveLength(24);
    expect(j.postings.map((p: { job: number }) => p.job)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(Object.keys(j.postings[0])).toEqual([
      'job', 'file', 'page', 'line', 'title', 'level', 'minYears', 'maxYears', 'skills', 'required', 'preferred', 'unspecified', 'responsibilities', 'flags',
    ]);
    expect(j.summary.postings).toBe(24);
    expect(j.summary.flagged).toBe(j.postings.filter((p: { flags: string[] }) => p.flags.length).length);
  });

  it('is deterministic', () => {
    expect(jd(['check', BACKEND, '--format', 'json']).stdout).toBe(jd(['check', BACKEND, '--format', 'json']).stdout);
  });

  it('prints a table by default with a row per posting and no colour', () => {
    const r = jd(['check', BACKEND]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Posting check\n24 postings from 16 files\./);
    expect(r.stdout).toMatch(/│\s+24 │/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('--require python: every posting names Python, so no missing flag', () => {
    const r = jd(['check', BACKEND, '--require', 'Python', '--fail-on', 'missing', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows).toHaveLength(24);
    expect(rows.flatMap((p) => p.flags).filter((f: string) => f.startsWith('missing:'))).toEqual([]);
  });

  it('--require odoo --fail-on missing: a gate that fails with exit 1', () => {
    const r = jd(['check', BACKEND, '--require', 'odoo', '--fail-on', 'missing', '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.summary.byFlag['missing:odoo']).toBeGreaterThan(20);
    expect(j.summary.byFlag['missing:odoo']).toBeLessThan(24);
  });

  it('--fail-on a flag no posting has passes with exit 0', () => {
    expect(jd(['check', BACKEND, '--fail-on', 'no-title']).code).toBe(0);
  });

  it('an unknown --require skill is a usage error (exit 2) naming it', () => {
    const r = jd(['check', BACKEND, '--require', 'python,cobolx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown skill "cobolx"');
  });

  it('an unknown --fail-on flag is a usage error', () => {
    const r = jd(['check', BACKEND, '--fail-on', 'no-dutys']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown flag "no-dutys"');
  });

  it('writes CSV and Markdown', () => {
    const csv = jd(['check', BACKEND, '--format', 'csv']).stdout.trim().split('\n');
    expect(csv).toHaveLength(25);
    expect(csv[0]).toMatch(/^job,file,page,line,title,level,/);
    expect(jd(['check', BACKEND, '--format', 'markdown']).stdout).toMatch(/^# Posting check\n/);
  });

  it('exits 4 when nothing could be analyzed', () => {
    const r = jd(['check', 'fixtures/no-such-folder']);
    expect(r.code).toBe(4);
  });
});

describe('jd-analyze compare', () => {
  it('shows what rises from backend to data engineering postings: dbt and Airflow up, REST APIs down', () => {
    const r = jd(['compare', BACKEND, DATA, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['schemaVersion', 'command', 'a', 'b', 'totals', 'skills', 'responsibilities']);
    expect(j.a).toMatchObject({ name: BACKEND, postings: 24 });
    const row = (id: string) => j.skills.find((s: { id: string }) => s.id === id);
    expect(row('dbt').change).toBeGreaterThan(50);
    expect(row('airflow').change).toBeGreaterThan(50);
    expect(row('rest-api').change).toBeLessThan(-50);
    const sizes = j.skills.map((s: { change: number }) => Math.abs(s.change));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(j.skills).toHaveLength(j.totals.skills);
  });

  it('names the corpora and cuts the lists with --top', () => {
    const r = jd(['compare', BACKEND, DATA, '--a-name', 'backend', '--b-name', 'data', '--top', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A: backend — 24 postings');
    expect(r.stdout).toMatch(/Skills \(top 5 of \d+\)/);
  });

  it('--min-postings drops rare items', () => {
    const all = JSON.parse(jd(['compare', BACKEND, DATA, '--format', 'json']).stdout);
    const some = JSON.parse(jd(['compare', BACKEND, DATA, '--format', 'json', '--min-postings', '3']).stdout);
    expect(some.totals.skills).toBeLessThan(all.totals.skills);
    expect(some.skills.every((s: { aPostings: number; bPostings: number }) => s.aPostings >= 3 || s.bPostings >= 3)).toBe(true);
  });

  it('needs two paths', () => {
    expect(jd(['compare', BACKEND]).code).toBe(2);
  });
});

describe('jd-analyze match', () => {
  it('gives the coverage of each posting by the sample resume, best first', () => {
    const r = jd(['match', '--resume', RESUME, BACKEND, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['schemaVersion', 'command', 'resume', 'postings', 'missing']);
    const ids = j.resume.skills.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'django', 'fastapi', 'postgresql', 'docker']));
    expect(j.postings).toHaveLength(24);
    const shares = j.postings.map((p: { required: { share: number | null } }) => p.required.share).filter((s: number | null) => s !== null);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    for (const p of j.postings) expect(p.required.covered + p.required.missing.length).toBe(p.required.total);
    expect(j.missing.length).toBeGreaterThan(0);
    expect(j.missing[0].postings).toBeGreaterThanOrEqual(j.missing[1].postings);
    expect(ids).not.toContain(j.missing[0].id);
  });

  it('prints tables by default', () => {
    const r = jd(['match', '--resume', RESUME, BACKEND]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Resume match\nResume: fixtures\/resumes\/python-dev\.md — \d+ skills/);
    expect(r.stdout).toContain('Skills most often missing');
  });

  it('needs --resume, and a resume it can read (exit 4 otherwise)', () => {
    expect(jd(['match', BACKEND]).code).toBe(2);
    const r = jd(['match', '--resume', 'fixtures/resumes/nope.md', BACKEND]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('resume fixtures/resumes/nope.md: unreadable');
  });
});

describe('jd-analyze --explain', () => {
  it('jsonl: a matches list on every finding, with alias, place and text', () => {
    const r = jd([BACKEND, '--format', 'jsonl', '--explain']);
    expect(r.code).toBe(0);
    const lines = jsonl(r.stdout);
    expect(lines).toHaveLength(24);
    for (const line of lines) {
      for (const s of line.skills) expect(s.matches.length).toBeGreaterThan(0);
      for (const d of line.responsibilities) expect(d.matches.length).toBeGreaterThan(0);
    }
    const python = lines[0].skills.find((s: { id: string }) => s.id === 'python');
    expect(python.matches[0]).toEqual({ term: expect.any(String), via: null, line: expect.any(Number), page: null, column: expect.any(Number), text: expect.stringMatching(/python/i) });
    const duty = lines[0].responsibilities[0].matches[0];
    expect(Object.keys(duty)).toEqual(['rule', 'line', 'page', 'text']);
    expect(['verb+object', 'noun+object', 'phrase']).toContain(duty.rule);
  });

  it('jsonl without --explain has no matches (unchanged output)', () => {
    const [line] = jsonl(jd(['fixtures/cli/single', '--format', 'jsonl']).stdout);
    expect(line.skills[0].matches).toBeUndefined();
  });

  it('table: the report unchanged, then the explanation block', () => {
    const plain = jd(['fixtures/cli/single']).stdout;
    const r = jd(['fixtures/cli/single', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(plain)).toBe(true);
    const block = r.stdout.slice(plain.length);
    expect(block).toMatch(/^\nExplanation: why each item matched\n\nJob 1 — fixtures\/cli\/single\/pinecrest-books\.txt/);
    expect(block).toMatch(/job 1, line \d+: "Python" -> python \(alias "Python"\)/);
    expect(block).toMatch(/-> \S+ \(rule (verb|noun)\+object\)/);
  });

  it('json: stdout stays valid JSON; the explanation goes to stderr', () => {
    const r = jd(['fixtures/cli/single', '--format', 'json', '--explain']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(jd(['fixtures/cli/single', '--format', 'json']).stdout));
    expect(r.stderr).toContain('job 1, line');
  });

  it('markdown: an Explanation section at the end', () => {
    const r = jd(['fixtures/cli/single', '--format', 'markdown', '--explain']);
    expect(r.stdout).toMatch(/\n## Explanation\n\n```text\nJob 1 /);
  });
});

describe('jd-analyze dict', () => {
  it('list --format json: every skill with aliases and implies, and the responsibilities', () => {
    const r = jd(['dict', 'list', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.command).toBe('dict list');
    expect(j.skills.length).toBeGreaterThan(500);
    expect(j.skills.find((s: { id: string }) => s.id === 'python')).toMatchObject({ label: 'Python', category: 'languages' });
    expect(j.skills.some((s: { implies: string[] }) => s.implies.includes('aws'))).toBe(true);
    expect(j.responsibilities.find((x: { id: string }) => x.id === 'build-backend').verbs).toContain('build');
  });

  it('list --category filters, and an unknown category is a usage error', () => {
    const j = JSON.parse(jd(['dict', 'list', '--format', 'json', '--category', 'databases']).stdout);
    expect(new Set(j.skills.map((s: { category: string }) => s.category))).toEqual(new Set(['databases']));
    expect(jd(['dict', 'list', '--category', 'nope']).code).toBe(2);
  });

  it('list (table) shows a table per category', () => {
    const r = jd(['dict', 'list', '--category', 'databases']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Databases \(databases, \d+ skills\)/);
    expect(r.stdout).toContain('postgresql');
  });

  describe('validate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jd-dict-cli-'));
    const good = join(dir, 'good.yaml');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(good, 'category: internal-tools\nskills:\n  - id: acme-forge\n    label: Acme Forge\n    aliases: [Acme Forge, Forge CLI]\n');
    writeFileSync(bad, 'category: internal-tools\nskills:\n  - id: my-python\n    label: My Python\n    aliases: [Python]\n');

    it('prints ok with the counts and exits 0 for a good file', () => {
      const r = jd(['dict', 'validate', good]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`ok: ${good} (1 skill, 0 responsibilities)\n`);
    });

    it('prints the error (file, entry, reason) and exits 5 for a bad file', () => {
      const r = jd(['dict', 'validate', good, bad]);
      expect(r.code).toBe(5);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/bad\.yaml: entry "my-python": alias "Python" is also an alias of "python"/);
    });

    it('exits 5 for a file that cannot be read', () => {
      expect(jd(['dict', 'validate', join(dir, 'missing.yaml')]).code).toBe(5);
    });
  });

  it('without a subcommand: help on stderr, exit 2', () => {
    const r = jd(['dict']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('validate');
  });
});

describe('help', () => {
  it('lists the commands and the gate exit code', () => {
    const out = jd(['--help']).stdout;
    for (const c of ['check', 'compare', 'match', 'dict']) expect(out).toMatch(new RegExp(`\\n  ${c}\\b`));
    expect(out).toContain('1 a check --fail-on gate failed');
  });

  it('each command has its own help', () => {
    const r = jd(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('level-years-mismatch');
  });
});
