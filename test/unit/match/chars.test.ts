import { describe, it, expect } from 'vitest';
import { foldChar, foldTerm, isWordAt, SPACE, WORD } from '../../../src/match/chars.js';

describe('character tables', () => {
  it('marks letters (any script), digits and _ as word characters', () => {
    for (const ch of ['a', 'Z', '7', '_', 'é', 'ж', '中']) expect(WORD[ch.charCodeAt(0)], ch).toBe(1);
    for (const ch of [' ', '-', '.', '+', '#', '/', "'"]) expect(WORD[ch.charCodeAt(0)], ch).toBe(0);
  });

  it('marks spaces, tabs, newlines and no-break space as whitespace', () => {
    for (const ch of [' ', '\t', '\n', '\r', '\u00a0', '\u2003']) expect(SPACE[ch.charCodeAt(0)], JSON.stringify(ch)).toBe(1);
    expect(SPACE['x'.charCodeAt(0)]).toBe(0);
  });
});

describe('foldChar', () => {
  it('lower-cases letters', () => {
    expect(foldChar('A')).toBe('a');
    expect(foldChar('É')).toBe('é');
  });

  it('folds typographic hyphens, apostrophes and the full-width plus', () => {
    expect(foldChar('\u2010')).toBe('-');
    expect(foldChar('\u2011')).toBe('-');
    expect(foldChar('\u2019')).toBe("'");
    expect(foldChar('\u02bc')).toBe("'");
    expect(foldChar('\uff0b')).toBe('+');
  });

  it('keeps a character whose lower case is two code units (U+0130) as it is', () => {
    expect(foldChar('\u0130')).toBe('\u0130');
  });
});

describe('foldTerm', () => {
  it('trims, lower-cases and folds whitespace runs to one space', () => {
    expect(foldTerm('  Unit \t\n  Tests ')).toBe('unit tests');
  });

  it('folds curly apostrophes inside a term', () => {
    expect(foldTerm('What You’ll Do')).toBe("what you'll do");
  });
});

describe('isWordAt', () => {
  it('is true on a word character and false on punctuation', () => {
    expect(isWordAt('a.b', 0)).toBe(true);
    expect(isWordAt('a.b', 1)).toBe(false);
  });

  it('is false outside the string', () => {
    expect(isWordAt('ab', -1)).toBe(false);
    expect(isWordAt('ab', 2)).toBe(false);
  });
});
