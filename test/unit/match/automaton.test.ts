import { describe, it, expect } from 'vitest';
import { buildAutomaton, HitBuffer, hitStart, scanHits, type Automaton } from '../../../src/match/automaton.js';
import { foldTerm } from '../../../src/match/chars.js';

/** Appends every hit of a scan of `text` to `out` as (pattern, offset of its last code unit) pairs. */
function scan(a: Automaton, text: string, out: number[]): void {
  const hits = new HitBuffer();
  scanHits(a, text, hits);
  for (let k = 0; k < hits.length; k++) out.push(hits.data[k]);
}

/** Every hit as [pattern, matched text], using hitStart to find where it began. */
function hitsOf(patterns: string[], text: string): [string, string][] {
  const folded = patterns.map(foldTerm);
  const a = buildAutomaton(folded);
  const raw: number[] = [];
  scan(a, text, raw);
  const out: [string, string][] = [];
  for (let k = 0; k < raw.length; k += 2) {
    const p = raw[k];
    const last = raw[k + 1];
    out.push([patterns[p], text.slice(hitStart(text, last, a.patLen[p]), last + 1)]);
  }
  return out;
}

describe('buildAutomaton + scan', () => {
  it('finds overlapping and nested patterns in one pass (the classic he/she/his/hers set)', () => {
    expect(hitsOf(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      ['she', 'she'],
      ['he', 'he'],
      ['hers', 'hers'],
    ]);
  });

  it('reports the offset of the last code unit of each hit', () => {
    const a = buildAutomaton(['go', 'python']);
    const raw: number[] = [];
    scan(a, 'python, go', raw);
    expect(raw).toEqual([1, 5, 0, 9]);
  });

  it('ignores letter case in the text', () => {
    expect(hitsOf(['postgresql'], 'We run POSTGRESQL and PostgreSQL')).toEqual([
      ['postgresql', 'POSTGRESQL'],
      ['postgresql', 'PostgreSQL'],
    ]);
  });

  it('folds typographic apostrophes and non-ASCII letters the same way as the patterns', () => {
    expect(hitsOf(["what you'll do"], 'What you’ll do')).toEqual([["what you'll do", 'What you’ll do']]);
    expect(hitsOf(['café'], 'CAFÉ culture')).toEqual([['café', 'CAFÉ']]);
  });

  it('reads a run of spaces, tabs and newlines as one space', () => {
    expect(hitsOf(['unit test'], 'unit    tests')).toEqual([['unit test', 'unit    test']]);
    expect(hitsOf(['unit test'], 'unit \n\t test')).toEqual([['unit test', 'unit \n\t test']]);
  });

  it('does not match a pattern with a space when the text has none', () => {
    expect(hitsOf(['unit test'], 'unittest')).toEqual([]);
  });

  it('matches punctuation-heavy names (C++, C#, .NET, CI/CD)', () => {
    expect(hitsOf(['c++', 'c#', '.net', 'ci/cd'], 'C++ / C# / .NET / CI/CD').map(([p]) => p)).toEqual(['c++', 'c#', '.net', 'ci/cd']);
  });

  it('recovers after characters that occur in no pattern (class 0 resets to the root)', () => {
    expect(hitsOf(['abc'], 'ab!abc')).toEqual([['abc', 'abc']]);
  });

  it('finds nothing with no patterns and in empty text', () => {
    expect(hitsOf([], 'anything')).toEqual([]);
    expect(hitsOf(['go'], '')).toEqual([]);
  });

  it('keeps a pattern that is a suffix of another (failure-link outputs)', () => {
    expect(hitsOf(['github actions', 'actions'], 'GitHub Actions').map(([p]) => p)).toEqual(['github actions', 'actions']);
  });
});

describe('hitStart', () => {
  it('counts back the folded length when there is no whitespace run', () => {
    expect(hitStart('I like Python', 12, 6)).toBe(7);
  });

  it('counts a whitespace run in the hit as one unit', () => {
    const text = 'write unit    tests';
    const last = text.indexOf('unit    test') + 'unit    test'.length - 1;
    expect(hitStart(text, last, 'unit test'.length)).toBe(6);
  });

  it('handles mixed runs of newline, tab and space', () => {
    const text = 'x a \n\t b';
    expect(hitStart(text, text.length - 1, 3)).toBe(2);
  });

  it('returns 0 when the hit starts at the beginning of the text', () => {
    expect(hitStart('go', 1, 2)).toBe(0);
  });
});
