import { beforeAll, describe, it, expect } from 'vitest';
import type { CompiledDictionary } from '../../../src/dictionary/compile.js';
import { analyzePosting } from '../../../src/match/posting.js';
import { skillsDictionary, testDictionary } from '../helpers/dict.js';
import { postingOf } from '../helpers/match.js';

let dict: CompiledDictionary;
beforeAll(async () => {
  dict = await testDictionary();
});

const BACKEND = [
  'Backend Engineer',
  'Responsibilities',
  '- Build backend services in Go and Python',
  '- Review pull requests daily',
  '- Take part in code reviews',
  'Requirements',
  '- Python and Java and Python. Python again.',
  '- No Java needed for the frontend.',
  '- Experience writing unit tests',
].join('\n');

describe('analyzePosting on a small backend posting', () => {
  const run = () => analyzePosting(dict, postingOf(BACKEND, { job: 7, file: 'jobs/backend.md', firstLine: 10 }));

  it('lists skills in order of first mention, with mention counts', () => {
    expect(run().result.skills.map((s) => [s.id, s.mentions])).toEqual([
      ['go', 1],
      ['python', 4],
      ['java', 1],
      ['unit-testing', 1],
    ]);
  });

  it('quotes one evidence sentence per distinct sentence, with its line', () => {
    const python = run().result.skills.find((s) => s.id === 'python')!;
    expect(python.evidence).toEqual([
      { text: 'Build backend services in Go and Python', line: 12, page: null },
      { text: 'Python and Java and Python.', line: 16, page: null },
      { text: 'Python again.', line: 16, page: null },
    ]);
  });

  it('does not count a negated mention ("No Java needed") but keeps the plain one', () => {
    const java = run().result.skills.find((s) => s.id === 'java')!;
    expect(java.mentions).toBe(1);
    expect(java.evidence.map((e) => e.line)).toEqual([16]);
    expect(run().skillMentions.filter((m) => m.negated)).toHaveLength(1);
  });

  it('finds duties only in the responsibilities section', () => {
    const r = run().result.responsibilities;
    expect(r.map((d) => [d.id, d.mentions, d.evidence.map((e) => e.line)])).toEqual([
      ['build-backend', 1, [12]],
      ['code-review', 2, [13, 14]],
    ]);
    expect(r[0]).toMatchObject({ label: 'Build backend services', category: 'responsibilities' });
  });

  it('fills the result source from the posting', () => {
    expect(run().result).toMatchObject({ job: 7, title: null, source: { file: 'jobs/backend.md', page: null, pages: null, line: 10 } });
  });
});

describe('analyzePosting: places and ties', () => {
  it('gives the page range and row of the posting', () => {
    const p = { ...postingOf('Engineer\nPython', { page: 3 }), lastPage: 4, row: 2 };
    expect(analyzePosting(dict, p).result.source).toEqual({ file: 'posting.txt', page: 3, pages: [3, 4], line: 1, row: 2 });
  });

  it('breaks a tie on first offset by id (S3 implies AWS at the same place)', () => {
    const { skills } = analyzePosting(dict, postingOf('Engineer\nS3 storage.')).result;
    expect(skills.map((s) => s.id)).toEqual(['aws', 's3']);
  });

  it('finds nothing in a posting without known terms', () => {
    const { result } = analyzePosting(dict, postingOf('Barista\nMake great coffee.'));
    expect(result.skills).toEqual([]);
    expect(result.responsibilities).toEqual([]);
  });

  // Regression test (fixed bug).
  it('finds a duty on the same line as its "Responsibilities:" heading', () => {
    const { result } = analyzePosting(dict, postingOf('Backend Engineer\nResponsibilities: Build APIs'));
    expect(result.responsibilities.map((r) => r.id)).toEqual(['build-backend']);
  });

  // Regression test (fixed bug).
  it('counts one mention per occurrence when an entry lists an alias twice in different case', async () => {
    const d = await skillsDictionary([{ id: 'postgresql', label: 'PostgreSQL', aliases: ['PostgreSQL', 'Postgres', 'postgres'] }]);
    const { skills } = analyzePosting(d, postingOf('Engineer\nWe run Postgres.')).result;
    expect(skills.map((s) => [s.id, s.mentions])).toEqual([['postgresql', 1]]);
  });
});

describe('analyzePosting on what the hire is wanted for ("looking for X to ...")', () => {
  let full: CompiledDictionary;
  beforeAll(async () => {
    const { loadDictionary } = await import('../../../src/run.js');
    full = await loadDictionary();
  });
  const duties = (text: string) => analyzePosting(full, postingOf(`Backend Developer\n\n${text}`)).result.responsibilities.map((r) => r.id);

  it('reads the clause after "to" as duties', () => {
    expect(duties('We are seeking an experienced Back-End Developer to work closely with our engineering team.')).toEqual(['collaborate']);
    expect(duties('Northgate Grocers is hiring a data engineer to build batch and streaming pipelines.')).toEqual(['data-pipelines']);
  });

  it('does not read the person wanted as duties', () => {
    expect(duties('We are looking for someone with experience designing APIs and building data pipelines to join our team.')).toEqual([]);
  });

  it('reads the level of "As a Senior Data Engineer" when the title has none', () => {
    const level = analyzePosting(full, postingOf('Data Engineer\n\nAs a Senior Data Engineer, you will own our pipelines.')).result.level;
    expect([level.value, level.evidence?.text]).toEqual(['Senior', 'As a Senior Data Engineer, you will own our pipelines.']);
  });

  it('needs a "to" soon after the hiring word, in the same sentence', () => {
    expect(duties('We are hiring. To build data pipelines is what we do.')).toEqual([]);
    expect(duties('We are seeking to revolutionize the sports industry.')).toEqual([]);
  });
});
