import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledDictionary } from '../../../src/dictionary/compile.js';
import { explainPosting, withMatches } from '../../../src/explain.js';
import { analyzePosting } from '../../../src/match/posting.js';
import { explainLine, renderExplanationMarkdown, renderExplanationText } from '../../../src/reporters/explain.js';
import { testDictionary } from '../helpers/dict.js';
import { postingOf } from '../helpers/match.js';

let dict: CompiledDictionary;
beforeAll(async () => {
  dict = await testDictionary();
});

const TEXT = ['Backend Engineer', 'Responsibilities', '- Build backend services in Python', '- Store files in S3', 'Requirements', '- No Java needed.'].join('\n');

const explained = () => {
  const analysis = analyzePosting(dict, postingOf(TEXT, { job: 2, file: 'jobs/a.txt', firstLine: 5 }));
  return { analysis, x: explainPosting(dict, analysis) };
};

describe('explainPosting', () => {
  it('gives each skill mention its alias, line, column and matched text', () => {
    const { x } = explained();
    expect(x.skills.get('python')).toEqual([{ term: 'Python', via: null, line: 7, page: null, column: 29, text: 'Python' }]);
  });

  it('names the skill an implied mention came from', () => {
    const { x } = explained();
    expect(x.skills.get('aws')).toEqual([{ term: 'S3', via: 's3', line: 8, page: null, column: 18, text: 'S3' }]);
  });

  it('keeps negated mentions apart', () => {
    const { x } = explained();
    expect(x.skills.has('java')).toBe(false);
    expect(x.negatedSkills.get('java')).toMatchObject([{ term: 'Java', line: 10 }]);
  });

  it('gives each duty its rule and the span from verb to object', () => {
    const { x } = explained();
    expect(x.responsibilities.get('build-backend')).toEqual([{ rule: 'verb+object', line: 7, page: null, text: 'Build backend services' }]);
  });

  it('orders the entries by place in the text', () => {
    const { x } = explained();
    expect(x.entries.map((e) => `${e.kind}:${e.id}`)).toEqual(['responsibility:build-backend', 'skill:python', 'skill:s3', 'skill:aws', 'skill:java']);
  });
});

describe('withMatches (jsonl --explain)', () => {
  it('adds matches to every skill, negated skill and responsibility finding', () => {
    const { analysis, x } = explained();
    const r = withMatches(analysis.result, x) as unknown as { skills: { id: string; matches: unknown[] }[]; negatedSkills: { matches: unknown[] }[]; responsibilities: { matches: unknown[] }[] };
    expect(r.skills.every((s) => s.matches.length > 0)).toBe(true);
    expect(r.negatedSkills[0].matches).toHaveLength(1);
    expect(r.responsibilities[0].matches).toEqual([{ rule: 'verb+object', line: 7, page: null, text: 'Build backend services' }]);
  });

  it('leaves the result it was given untouched', () => {
    const { analysis, x } = explained();
    withMatches(analysis.result, x);
    expect('matches' in analysis.result.skills[0]).toBe(false);
  });
});

describe('the explanation text', () => {
  it('reads job N, line L: "span" -> id (alias | implied by | rule)', () => {
    const { x } = explained();
    const lines = x.entries.map((e) => explainLine(x.job, e));
    expect(lines).toEqual([
      'job 2, line 7: "Build backend services" -> build-backend (rule verb+object)',
      'job 2, line 7: "Python" -> python (alias "Python")',
      'job 2, line 8: "S3" -> s3 (alias "S3")',
      'job 2, line 8: "S3" -> aws (implied by s3)',
      'job 2, line 10: "Java" -> java (alias "Java", negated: not counted)',
    ]);
  });

  it('has a heading per posting in text, and fenced blocks in Markdown', () => {
    const { x } = explained();
    expect(renderExplanationText([x], false)).toContain('Job 2 — jobs/a.txt\n  job 2, line 7:');
    expect(renderExplanationText([{ ...x, title: 'Backend Engineer' }], false)).toContain('Job 2 — jobs/a.txt — Backend Engineer\n');
    expect(renderExplanationMarkdown([x])).toMatch(/^## Explanation\n\n```text\nJob 2/);
  });
});
