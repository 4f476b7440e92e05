import { describe, it, expect } from 'vitest';
import { containsWord, endsWithTokens, insideUrlOrEmail, startsWithTokens, tokensAfter, tokensBefore } from '../../../src/match/context.js';

/** insideUrlOrEmail for the first occurrence of `word` in `text`. */
function inUrl(text: string, word: string): boolean {
  const start = text.indexOf(word);
  return insideUrlOrEmail(text, start, start + word.length);
}

describe('insideUrlOrEmail', () => {
  it('is true inside a URL path', () => {
    expect(inUrl('Apply at https://x.example/python today', 'python')).toBe(true);
  });

  it('is true inside an e-mail address', () => {
    expect(inUrl('Write to jobs@python.org.', 'python')).toBe(true);
  });

  it('is true inside a bare domain or a www. host', () => {
    expect(inUrl('We are serpapi.com', 'serpapi')).toBe(true);
    expect(inUrl('See www.kafka-jobs.net', 'kafka')).toBe(true);
  });

  it('is true inside a URL in parentheses', () => {
    expect(inUrl('(see https://github.com/org/java)', 'java')).toBe(true);
  });

  it('is false for a plain word, even with punctuation after it', () => {
    expect(inUrl('We use Python.', 'Python')).toBe(false);
    expect(inUrl('Python, Java', 'Python')).toBe(false);
  });

  it('is false for dotted tech names that are not domains (Node.js, ASP.NET)', () => {
    expect(inUrl('We use Node.js daily', 'Node.js')).toBe(false);
    expect(inUrl('Python/Django and ASP.NET', 'Django')).toBe(false);
  });
});

describe('tokensAfter / tokensBefore', () => {
  it('returns the next words folded, and punctuation as single tokens', () => {
    const text = 'Go to market';
    expect(tokensAfter(text, 2, 2)).toEqual(['to', 'market']);
    expect(tokensAfter('R&D team', 1, 2)).toEqual(['&', 'd']);
    expect(tokensAfter('C-level', 1, 1)).toEqual(['-']);
  });

  it('stops at the end of the text', () => {
    expect(tokensAfter('Go', 2, 3)).toEqual([]);
  });

  it('returns the previous words nearest last, folding curly apostrophes', () => {
    expect(tokensBefore('Let’s Go now', 6, 1)).toEqual(["let's"]);
    expect(tokensBefore('on the Go', 7, 2)).toEqual(['on', 'the']);
  });
});

describe('startsWithTokens / endsWithTokens', () => {
  it('compare a sequence against the start or end of a token list', () => {
    expect(startsWithTokens(['to', 'market'], ['to'])).toBe(true);
    expect(startsWithTokens(['to'], ['to', 'market'])).toBe(false);
    expect(endsWithTokens(['on', 'the'], ['on', 'the'])).toBe(true);
    expect(endsWithTokens(['on', 'the'], ['on'])).toBe(false);
  });

  it('never match an empty sequence', () => {
    expect(startsWithTokens(['a'], [])).toBe(false);
    expect(endsWithTokens(['a'], [])).toBe(false);
  });
});

describe('containsWord', () => {
  it('finds whole words only', () => {
    expect(containsWord('go programming language', 'programming')).toBe(true);
    expect(containsWord('reprogramming stuff', 'programming')).toBe(false);
  });

  it('finds a later whole-word occurrence after a partial one', () => {
    expect(containsWord('languages and language', 'language')).toBe(true);
  });

  it('handles multi-word context phrases', () => {
    expect(containsWord('a backend services team', 'backend services')).toBe(true);
  });
});
