import { beforeAll, describe, it, expect } from 'vitest';
import { headingKind } from '../../../src/postings/sections.js';
import { testHeadings } from '../helpers/dict.js';

let headings: [string, string][];
beforeAll(async () => {
  headings = await testHeadings();
});

describe('headingKind: formatted headings', () => {
  it('reads a Markdown heading ("## Requirements")', () => {
    expect(headingKind('## Requirements', headings)).toBe('requirements');
  });

  it('reads a bold heading with a colon ("**Nice to have:**")', () => {
    expect(headingKind('**Nice to have:**', headings)).toBe('preferred');
    expect(headingKind('**Bonus**', headings)).toBe('preferred');
  });

  it('reads a bare known phrase, in any case, with a straight or curly apostrophe', () => {
    expect(headingKind("What you'll do", headings)).toBe('responsibilities');
    expect(headingKind('What you’ll do', headings)).toBe('responsibilities');
    expect(headingKind('REQUIREMENTS', headings)).toBe('requirements');
  });

  it('ignores a trailing colon or question mark', () => {
    expect(headingKind('Requirements:', headings)).toBe('requirements');
    expect(headingKind('What we offer?', headings)).toBe('benefits');
  });

  it('reads a heading that starts with a known phrase and goes on after a separator', () => {
    expect(headingKind('Benefits & Perks', headings)).toBe('benefits');
    expect(headingKind('Qualifications (must have)', headings)).toBe('requirements');
    expect(headingKind('### Requirements / Skills:', headings)).toBe('requirements');
  });

  it('gives an unknown Markdown heading the kind "other"', () => {
    expect(headingKind('### Perks', headings)).toBe('other');
  });

  it('tells "About us" (about) from "About the role" (other), longest phrase first', () => {
    expect(headingKind('About us', headings)).toBe('about');
    expect(headingKind('About the role', headings)).toBe('other');
  });
});

describe('headingKind: lines that are not headings', () => {
  it('does not read a bullet "- Requirements gathering" as a heading', () => {
    expect(headingKind('- Requirements gathering', headings)).toBeNull();
    expect(headingKind('Requirements gathering', headings, true)).toBeNull();
  });

  it('does not read a sentence that starts with a phrase as a heading', () => {
    expect(headingKind('Requirements gathering and analysis for projects.', headings)).toBeNull();
    expect(headingKind('Benefits, perks and more for everyone here', headings)).toBeNull();
  });

  it('does not match a phrase that is only the start of a longer word', () => {
    expect(headingKind('Bonuses', headings)).toBeNull();
  });

  it('rejects lines over 8 words or 70 characters, even in Markdown', () => {
    expect(headingKind('## Requirements for this role are listed in the text below', headings)).toBeNull();
    expect(headingKind(`## ${'x'.repeat(71)}`, headings)).toBeNull();
  });

  it('rejects blank lines and lines with unknown text', () => {
    expect(headingKind('', headings)).toBeNull();
    expect(headingKind('   ', headings)).toBeNull();
    expect(headingKind('Senior Backend Engineer', headings)).toBeNull();
  });
});
