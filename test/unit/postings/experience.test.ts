import { describe, expect, it } from 'vitest';
import { findYears, mainRequirement } from '../../../src/postings/experience.js';
import type { Sentence } from '../../../src/types.js';

/** One sentence per line, all in the given section. */
function sentences(text: string, section: Sentence['section'] = 'requirements'): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start, end: start + line.length, section, heading: false, bullet: true });
    start += line.length + 1;
  }
  return out;
}

/** Skill offsets: every occurrence of the given names. */
function skillsAt(text: string, names: string[]): number[] {
  return names.flatMap((n) => [...text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => m.index!));
}

function main(text: string, skills: string[] = []) {
  const m = mainRequirement(findYears(text, sentences(text), skillsAt(text, skills)));
  return m && { min: m.min, max: m.max };
}

describe('years of experience: the phrasings', () => {
  it.each([
    ['5+ years of experience building APIs', 5, null],
    ['3-5 years of professional experience', 3, 5],
    ['3 to 5 yrs of experience', 3, 5],
    ['At least five years of experience in backend development', 5, null],
    ['A minimum of 8 years of software engineering experience', 8, null],
    ['Five or more years of backend development experience', 5, null],
    ['ten (10) years of relevant experience', 10, null],
    ['Ideally, you have at least a year or two of experience leading people', 1, null],
    ['Experience: 4+ years', 4, null],
    ['7+ years in BI, Data Architecture, or Analytics roles', 7, null],
    ['We build web applications5+ years of experience designing back-ends', 5, null],
  ])('%s -> %s', (text, min, max) => {
    expect(main(text)).toEqual({ min, max });
  });
});

describe('years of experience: the traps', () => {
  it('ignores the company age and history', () => {
    expect(main('We have been operating for over 10 years.\nProfitable, stable, 15-year history.')).toBeNull();
    expect(main('Founded 12 years ago, we are profitable.')).toBeNull();
  });

  it('ignores salaries and time periods', () => {
    expect(main('$150K - 180K a year plus equity.')).toBeNull();
    expect(main('We tripled our revenue over the past two years.')).toBeNull();
  });

  it('takes the main requirement, not a narrower clause about one skill', () => {
    const text = '8+ years of experience in Java and Python\n10+ years of experience in Computer Science or a related field\n3+ years of experience with AWS';
    expect(main(text, ['Java', 'Python', 'AWS'])).toEqual({ min: 10, max: null });
  });

  it('takes the main requirement over "including at least a year with Python"', () => {
    expect(main('someone with 5+ years of programming experience, including at least a year with Python', ['Python'])).toEqual({ min: 5, max: null });
  });

  it('uses years asked for one skill when nothing broader is asked', () => {
    expect(main('3+ years of experience with AWS\n2+ years of experience with Kubernetes', ['AWS', 'Kubernetes'])).toEqual({ min: 2, max: null });
  });

  it('passes over years offered instead of a degree', () => {
    const text = "Bachelor's degree OR a minimum of four years of experience in the IT field\nMinimum two years of professional experience in a security role required.";
    expect(main(text)).toEqual({ min: 2, max: null });
  });

  it('returns null when no years are asked', () => {
    expect(main('Strong Python skills and a love of clean code.')).toBeNull();
  });
});
