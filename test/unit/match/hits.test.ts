import { beforeAll, describe, it, expect } from 'vitest';
import type { CompiledDictionary } from '../../../src/dictionary/compile.js';
import { leftmostLongest } from '../../../src/match/hits.js';
import { testDictionary } from '../helpers/dict.js';
import { loadDictionary } from '../../../src/run.js';
import { aliasHits, findHits, termKinds } from '../helpers/match.js';

let dict: CompiledDictionary;
beforeAll(async () => {
  dict = await testDictionary();
});

describe('findHits: word boundaries', () => {
  it('does not find Java inside JavaScript', () => {
    expect(aliasHits(dict, 'Java and JavaScript')).toEqual(['java:Java', 'javascript:JavaScript']);
    expect(aliasHits(dict, 'JavaScript only')).toEqual(['javascript:JavaScript']);
  });

  it('does not find SQL inside MySQL or NoSQL', () => {
    expect(aliasHits(dict, 'MySQL and NoSQL')).toEqual(['mysql:MySQL', 'nosql:NoSQL']);
    expect(aliasHits(dict, 'SQL, MySQL, NoSQL')).toEqual(['sql:SQL', 'mysql:MySQL', 'nosql:NoSQL']);
  });

  it('matches C++, C#, .NET, Node.js and CI/CD as aliases', () => {
    expect(aliasHits(dict, 'C++, C#, .NET, Node.js, CI/CD')).toEqual(['cpp:C++', 'csharp:C#', 'dotnet:.NET', 'nodejs:Node.js', 'ci-cd:CI/CD']);
  });

  it('does not read the C of C++ or C# as the language C', () => {
    expect(aliasHits(dict, 'C++ and C#')).toEqual(['cpp:C++', 'csharp:C#']);
    expect(aliasHits(dict, 'C/C++')).toEqual(['c:C', 'cpp:C++']);
  });

  it('does not match a name that goes on after a dot (python.org, Node.jsx)', () => {
    expect(aliasHits(dict, 'python.org')).toEqual([]);
    expect(aliasHits(dict, 'Node.jsx files')).toEqual([]);
  });

  it('does not match after a dotted word (www.python)', () => {
    expect(aliasHits(dict, 'www.python')).toEqual([]);
  });

  it('matches at sentence punctuation, slashes, hyphens and quotes', () => {
    expect(aliasHits(dict, 'Python. (Java) "SQL" Python/Java Java-based')).toEqual([
      'python:Python',
      'java:Java',
      'sql:SQL',
      'python:Python',
      'java:Java',
      'java:Java',
    ]);
  });
});

describe('findHits: inflection', () => {
  it('accepts a version suffix (Python3)', () => {
    expect(aliasHits(dict, 'Python3 scripts')).toEqual(['python:Python3']);
  });

  it('accepts a plural of a singular alias (microservices from microservice)', () => {
    expect(aliasHits(dict, 'Design microservices.')).toEqual(['microservices:microservices']);
  });

  it("still counts a possessive (Java's), ending the hit before the apostrophe", () => {
    expect(aliasHits(dict, "Java's type system")).toEqual(['java:Java']);
  });

  it('matches "unit    tests" (whitespace run + plural) and "unit-tests" (generated variant)', () => {
    expect(aliasHits(dict, 'write unit    tests')).toEqual(['unit-testing:unit    tests']);
    expect(aliasHits(dict, 'write unit-tests')).toEqual(['unit-testing:unit-tests']);
  });

  it('does not accept other word endings (pythonic)', () => {
    expect(aliasHits(dict, 'pythonic code')).toEqual([]);
  });

  it('does not inflect exact-case aliases by default', () => {
    expect(aliasHits(dict, 'Cs and Rs')).toEqual([]);
  });

  // Regression test (fixed bug).
  it('accepts an upper-case plural of a case-insensitive alias (MICROSERVICES, UNIT TESTS)', () => {
    expect(aliasHits(dict, 'MICROSERVICES')).toEqual(['microservices:MICROSERVICES']);
    expect(aliasHits(dict, 'UNIT TESTS')).toEqual(['unit-testing:UNIT TESTS']);
  });
});

describe('findHits: exact case and neighbours', () => {
  it('matches an exact-case alias only in that case (Go, not go or GO)', () => {
    const texts = ['Go programming', 'go programming', 'GO programming'];
    expect(texts.map((t) => aliasHits(dict, t))).toEqual([['go:Go'], [], []]);
  });

  it('matches a folded alias in any case', () => {
    expect(aliasHits(dict, 'JAVA, java, Java')).toEqual(['java:JAVA', 'java:java', 'java:Java']);
  });

  it('drops Go when the next token is "to" (Go to market)', () => {
    expect(aliasHits(dict, 'Go to market')).toEqual([]);
  });

  it('drops R before & (R&D) and C before - (C-level)', () => {
    expect(aliasHits(dict, 'R&D team')).toEqual([]);
    expect(aliasHits(dict, 'R & D team')).toEqual([]);
    expect(aliasHits(dict, 'C-level execs')).toEqual([]);
  });

  it('keeps R and C when the next token is something else', () => {
    expect(aliasHits(dict, 'C and R are fine')).toEqual(['c:C', 'r:R']);
  });
});

describe('findHits: URLs and e-mail addresses', () => {
  it('drops names inside a URL', () => {
    expect(aliasHits(dict, 'Apply at https://x.example/python today')).toEqual([]);
  });

  it('drops names inside an e-mail address', () => {
    expect(aliasHits(dict, 'Mail jobs@python.org for details')).toEqual([]);
  });

  it('keeps the same name outside the URL in the same text', () => {
    expect(aliasHits(dict, 'Python role, see https://x.example/python')).toEqual(['python:Python']);
  });
});

describe('findHits: responsibility terms', () => {
  it('returns term hits for verb forms, objects and cues beside the alias hits', () => {
    const { terms } = findHits(dict, 'You will build APIs');
    expect(termKinds(terms)).toEqual(['cue', 'verb', 'object']);
  });
});

describe('leftmostLongest', () => {
  it('prefers GitHub Actions over GitHub', () => {
    expect(aliasHits(dict, 'GitHub Actions and GitHub')).toEqual(['github-actions:GitHub Actions', 'github:GitHub']);
  });

  it('keeps hits that only partly overlap, and drops those inside another', () => {
    const hits = [
      { start: 0, end: 5, id: 'a' },
      { start: 3, end: 12, id: 'b' },
      { start: 4, end: 12, id: 'inside-b' },
      { start: 6, end: 9, id: 'inside-b-too' },
      { start: 12, end: 14, id: 'c' },
    ];
    expect(leftmostLongest(hits).map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts both names in "relational database design"', async () => {
    const full = await loadDictionary();
    expect(aliasHits(full, 'Relational database design')).toEqual(['relational-db:Relational database', 'data-modeling:database design']);
  });

  it('keeps every hit with the same span as the winner', () => {
    const hits = [
      { start: 0, end: 4, id: 'x' },
      { start: 0, end: 4, id: 'y' },
      { start: 0, end: 2, id: 'z' },
    ];
    expect(leftmostLongest(hits).map((h) => h.id)).toEqual(['x', 'y']);
  });

  it('sorts its output by start even when the input is out of order', () => {
    const hits = [
      { start: 10, end: 12, id: 'late' },
      { start: 0, end: 2, id: 'early' },
    ];
    expect(leftmostLongest(hits).map((h) => h.id)).toEqual(['early', 'late']);
  });
});
