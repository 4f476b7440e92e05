import { describe, expect, it } from 'vitest';
import { compareCorpora, compareLists } from '../../../src/commands/compare.js';
import { analysis, frequency } from '../helpers/results.js';

describe('compareLists', () => {
  it('gives shares in A and B and the change in percentage points, biggest change first', () => {
    const rows = compareLists([frequency('python', 8, 10), frequency('docker', 5, 10)], 10, [frequency('python', 4, 8), frequency('dbt', 6, 8)], 8, 1);
    expect(rows).toEqual([
      { id: 'dbt', label: 'DBT', category: 'tech', aPostings: 0, aShare: 0, bPostings: 6, bShare: 0.75, change: 75 },
      { id: 'docker', label: 'DOCKER', category: 'tech', aPostings: 5, aShare: 0.5, bPostings: 0, bShare: 0, change: -50 },
      { id: 'python', label: 'PYTHON', category: 'tech', aPostings: 8, aShare: 0.8, bPostings: 4, bShare: 0.5, change: -30 },
    ]);
  });

  it('breaks ties in the size of the change by id, whatever the sign', () => {
    const rows = compareLists([frequency('b', 1, 4)], 4, [frequency('a', 1, 4)], 4, 1);
    expect(rows.map((r) => [r.id, r.change])).toEqual([
      ['a', 25],
      ['b', -25],
    ]);
  });

  it('rounds the change to 2 decimals and never gives -0', () => {
    const rows = compareLists([frequency('x', 1, 3), frequency('y', 2, 3)], 3, [frequency('x', 1, 3), frequency('y', 1, 3)], 3, 1);
    const x = rows.find((r) => r.id === 'x')!;
    expect(Object.is(x.change, -0)).toBe(false);
    expect(x.change).toBe(0);
    expect(rows.find((r) => r.id === 'y')!.change).toBe(-33.33);
  });

  it('drops items with fewer than --min-postings postings in both corpora', () => {
    const rows = compareLists([frequency('rare', 1, 10), frequency('kept', 3, 10)], 10, [frequency('rare', 2, 10), frequency('new', 3, 10)], 10, 3);
    expect(rows.map((r) => r.id).sort()).toEqual(['kept', 'new']);
  });
});

describe('compareCorpora', () => {
  const a = { name: 'A', result: analysis(10, { python: 10, django: 6 }, { 'build-backend': 9 }) };
  const b = { name: 'B', result: analysis(5, { python: 5, airflow: 4, dbt: 3 }, { 'data-pipelines': 4 }) };

  it('names both sides with their postings and compares skills and responsibilities', () => {
    const c = compareCorpora(a, b, { minPostings: 1, top: null });
    expect(c.a).toEqual({ name: 'A', postings: 10, files: 1 });
    // airflow +80; dbt +60 and django -60 tie on size and go by id; python 0.
    expect(c.skills.map((r) => r.id)).toEqual(['airflow', 'dbt', 'django', 'python']);
    expect(c.responsibilities.map((r) => [r.id, r.change])).toEqual([
      ['build-backend', -90],
      ['data-pipelines', 80],
    ]);
    expect(c.totals).toEqual({ skills: 4, responsibilities: 2 });
  });

  it('cuts each list to --top and keeps the totals before the cut', () => {
    const c = compareCorpora(a, b, { minPostings: 1, top: 1 });
    expect(c.skills.map((r) => r.id)).toEqual(['airflow']);
    expect(c.totals.skills).toBe(4);
  });
});
