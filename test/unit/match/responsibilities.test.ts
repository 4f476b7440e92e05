import { beforeAll, describe, it, expect } from 'vitest';
import type { CompiledDictionary } from '../../../src/dictionary/compile.js';
import { isDutySentence, resolveDutyList } from '../../../src/match/responsibilities.js';
import { segment } from '../../../src/postings/segment.js';
import type { Sentence } from '../../../src/types.js';
import { testDictionary } from '../helpers/dict.js';
import { findHits } from '../helpers/match.js';

let dict: CompiledDictionary;
beforeAll(async () => {
  dict = await testDictionary();
});

/** Duties found in `text` as `id/rule: evidence span`. The first line is a title. */
function duties(text: string): string[] {
  const sentences = segment(text, dict.headings);
  return resolveDutyList(dict, text, sentences, findHits(dict, text).terms).map(
    (d) => `${dict.responsibilities[d.responsibility].id}/${d.rule}: ${text.slice(d.start, d.end)}`,
  );
}

describe('resolveDuties in a responsibilities section', () => {
  it('pairs a verb with an object after it', () => {
    expect(duties('Title\nResponsibilities\n- Build backend services in Go')).toEqual(['build-backend/verb+object: Build backend services']);
  });

  it('accepts any inflection of the verb and a plural object', () => {
    expect(duties('Title\nResponsibilities\n- Developing APIs for partners')).toEqual(['build-backend/verb+object: Developing APIs']);
  });

  it('counts a phrase on its own', () => {
    expect(duties('Title\nResponsibilities\n- Take part in code reviews')).toEqual(['code-review/phrase: code reviews']);
  });

  it('pairs a noun of action with an object before or after it', () => {
    expect(duties('Title\nResponsibilities\n- API development for partners')).toEqual(['build-backend/noun+object: API development']);
    expect(duties('Title\nResponsibilities\n- Development of backend services')).toEqual([
      'build-backend/noun+object: Development of backend services',
    ]);
  });

  it('does not pair a verb with an object before it', () => {
    expect(duties('Title\nResponsibilities\n- APIs we build')).toEqual([]);
  });

  it('does not pair a verb with an object beyond the window (40 characters here)', () => {
    expect(duties('Title\nResponsibilities\n- Build things and then after a very long detour reach the API')).toEqual([]);
  });

  it('finds several duties in one sentence, in dictionary order', () => {
    expect(duties('Title\nResponsibilities\n- Build APIs and review pull requests')).toEqual([
      'build-backend/verb+object: Build APIs',
      'code-review/verb+object: review pull requests',
    ]);
  });
});

describe('resolveDuties outside a responsibilities section', () => {
  it('counts a sentence with a cue ("you will")', () => {
    expect(duties('Title\nYou will develop APIs for partners.')).toEqual(['build-backend/verb+object: develop APIs']);
  });

  it('counts a sentence that starts with a base or -ing duty verb', () => {
    expect(duties('Title\nBuilding backend services is fun.')).toEqual(['build-backend/verb+object: Building backend services']);
  });

  it('does not count a sentence that starts with a past form ("Built APIs ...")', () => {
    expect(duties('Title\nBuilt APIs before joining us.')).toEqual([]);
  });

  it('counts a sentence started by a dutyVerbs-only verb ("Lead code reviews")', () => {
    expect(duties('Title\nLead code reviews weekly.')).toEqual(['code-review/phrase: code reviews']);
    expect(duties('Title\nEnjoy code reviews weekly.')).toEqual([]);
  });

  it('does not count qualifications in a requirements section', () => {
    expect(duties('Title\nRequirements\n- Experience writing unit tests\n- Build APIs')).toEqual([]);
  });

  it('does not count sentences in an about section, but counts them under "What you\'ll do"', () => {
    expect(duties("Title\nAbout us\nWe build APIs.\nWhat you'll do\nWe build APIs.")).toEqual(['build-backend/verb+object: build APIs']);
  });

  it('counts a cue even in a requirements section', () => {
    expect(duties('Title\nRequirements\nYou will write unit tests.')).toEqual(['write-tests/verb+object: write unit tests']);
  });
});

describe('isDutySentence', () => {
  const text = 'Build APIs';
  const s = (section: Sentence['section'], heading = false): Sentence => ({ start: 0, end: text.length, section, heading, bullet: true });

  it('is never true for a heading', () => {
    expect(isDutySentence(dict, text, s('responsibilities', true), true)).toBe(false);
  });

  it('is true in a responsibilities section or with a cue', () => {
    expect(isDutySentence(dict, 'Anything', s('responsibilities'), false)).toBe(true);
    expect(isDutySentence(dict, 'Anything', s('benefits'), true)).toBe(true);
  });

  it('checks the first word only outside qualification, benefit and about sections', () => {
    expect(isDutySentence(dict, text, s('none'), false)).toBe(true);
    expect(isDutySentence(dict, text, s('other'), false)).toBe(true);
    for (const section of ['requirements', 'preferred', 'benefits', 'about'] as const) {
      expect(isDutySentence(dict, text, s(section), false), section).toBe(false);
    }
  });
});
