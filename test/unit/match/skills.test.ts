import { beforeAll, describe, it, expect } from 'vitest';
import type { CompiledDictionary } from '../../../src/dictionary/compile.js';
import { sentenceAt } from '../../../src/match/skills.js';
import type { Sentence } from '../../../src/types.js';
import { skillsDictionary, testDictionary } from '../helpers/dict.js';
import { skillIds, skillMentions } from '../helpers/match.js';

let dict: CompiledDictionary;
beforeAll(async () => {
  dict = await testDictionary();
});

describe('resolveSkills: context rules', () => {
  it('does not count Go on its own', () => {
    expect(skillIds(dict, 'We write Go every day.')).toEqual([]);
  });

  it('counts Go with a context word in the sentence ("Go programming")', () => {
    expect(skillIds(dict, 'Strong Go programming skills.')).toEqual(['go']);
  });

  it('counts Go beside a skill that needs no context ("Python, Go")', () => {
    expect(skillIds(dict, 'Python, Go')).toEqual(['python', 'go']);
    expect(skillIds(dict, 'Go and Python')).toEqual(['go', 'python']);
  });

  it('does not let a skill in another sentence confirm Go', () => {
    expect(skillIds(dict, 'We like Python. Go is also used.')).toEqual(['python']);
    expect(skillIds(dict, 'Python\nGo is also used')).toEqual(['python']);
  });

  it('does not need context for an unambiguous alias of the same skill (Golang)', () => {
    expect(skillIds(dict, 'Golang services')).toEqual(['go']);
  });

  it('with context: [], counts only next to another skill', async () => {
    const d = await skillsDictionary([
      { id: 'rest', label: 'REST', aliases: [{ term: 'REST', case: 'exact', context: [] }] },
      { id: 'python', label: 'Python', aliases: ['Python'] },
    ]);
    expect(skillIds(d, 'REST API design')).toEqual([]);
    expect(skillIds(d, 'REST APIs in Python')).toEqual(['rest', 'python']);
  });
});

describe('resolveSkills: negation', () => {
  it('marks "No Java needed" as negated', () => {
    expect(skillMentions(dict, 'No Java needed.')).toEqual(['java:Java!']);
  });

  it('marks "Java is not required" and "Java not required" as negated', () => {
    expect(skillMentions(dict, 'Java is not required.')).toEqual(['java:Java!']);
    expect(skillMentions(dict, 'Java not required.')).toEqual(['java:Java!']);
  });

  it('marks "no prior Java experience" as negated (one word between)', () => {
    expect(skillMentions(dict, 'No prior Java experience.')).toEqual(['java:Java!']);
  });

  it('does not negate "not only Java"', () => {
    expect(skillMentions(dict, 'Not only Java but Python.')).toEqual(['java:Java', 'python:Python']);
  });

  it('negates only the sentence it is in', () => {
    expect(skillMentions(dict, 'No Java. Python required.')).toEqual(['java:Java!', 'python:Python']);
  });

  it('keeps a required skill next to a negated one', () => {
    expect(skillIds(dict, 'JavaScript is required, not Java.')).toEqual(['javascript']);
  });

  // Regression test (fixed bug).
  it('marks "Java isn\'t required" as negated', () => {
    expect(skillMentions(dict, "Java isn't required.")).toEqual(['java:Java!']);
  });

  // Regression test (fixed bug).
  it('does not negate Python in "Python (Java is not required)"', () => {
    expect(skillMentions(dict, 'Python (Java is not required).')).toEqual(['python:Python', 'java:Java!']);
  });
});

describe('resolveSkills: implies', () => {
  it('counts S3 also as AWS, marking where the AWS mention came from', () => {
    expect(skillMentions(dict, 'Store files in S3.')).toEqual(['s3:S3', 'aws:S3<s3']);
  });

  it('carries negation over to the implied skill', () => {
    expect(skillMentions(dict, 'No S3 needed.')).toEqual(['s3:S3!', 'aws:S3!<s3']);
  });

  it('keeps a direct AWS mention beside the implied one', () => {
    expect(skillMentions(dict, 'AWS S3')).toEqual(['aws:AWS', 's3:S3', 'aws:S3<s3']);
  });
});

describe('sentenceAt', () => {
  const s = (start: number, end: number): Sentence => ({ start, end, section: 'none', heading: false, bullet: false });
  const sentences = [s(0, 5), s(7, 10), s(12, 20)];

  it('finds the sentence holding an offset (end exclusive)', () => {
    expect([0, 4, 7, 9, 12, 19].map((o) => sentenceAt(sentences, o))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('returns -1 between and after sentences', () => {
    expect([5, 6, 10, 20, 99].map((o) => sentenceAt(sentences, o))).toEqual([-1, -1, -1, -1, -1]);
  });

  it('returns -1 with no sentences', () => {
    expect(sentenceAt([], 0)).toBe(-1);
  });
});
