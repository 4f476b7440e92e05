import { describe, expect, it } from 'vitest';
import { levelFromYears, levelsInBody, levelsInTitle } from '../../../src/postings/level.js';
import { sentenceStrengths, stronger } from '../../../src/match/strength.js';
import type { Sentence } from '../../../src/types.js';

function one(text: string, section: Sentence['section']) {
  return sentenceStrengths(text, [{ start: 0, end: text.length, section, heading: false, bullet: false }])[0];
}

describe('requirement strength of a sentence', () => {
  it('is required in a requirements section, preferred when softened there', () => {
    expect(one('Experience with Django.', 'requirements')).toBe('required');
    expect(one('Experience with Windows systems is preferred.', 'requirements')).toBe('preferred');
  });

  it('is preferred in a nice-to-have section unless it says required', () => {
    expect(one('Kafka.', 'preferred')).toBe('preferred');
    expect(one('AWS is required for this team.', 'preferred')).toBe('required');
  });

  it('reads cues outside sections: required, a plus, qualification wording, nothing', () => {
    expect(one('Python is a must.', 'none')).toBe('required');
    expect(one('GraphQL is a plus.', 'none')).toBe('preferred');
    expect(one('Familiarity with Docker is nice to have.', 'none')).toBe('preferred');
    expect(one('You should be strong in PostgreSQL.', 'none')).toBe('required');
    expect(one('Our stack: Python, Django, Postgres.', 'none')).toBe('unspecified');
  });

  it('treats "not mandatory" as softening, not as a requirement', () => {
    expect(one('Familiarity with these is preferred, it is not mandatory.', 'none')).toBe('preferred');
  });

  it('never makes a duty a requirement ("as required")', () => {
    expect(one('Deploy services to AWS as required.', 'responsibilities')).toBe('unspecified');
  });

  it('passes "these technologies are preferred" back to the stack sentence before it', () => {
    const text = 'Our stack is Python, Flask and Docker. Familiarity with these technologies is preferred.';
    const s: Sentence[] = [
      { start: 0, end: 38, section: 'none', heading: false, bullet: false },
      { start: 39, end: text.length, section: 'none', heading: false, bullet: false },
    ];
    expect(sentenceStrengths(text, s)).toEqual(['preferred', 'preferred']);
  });

  it('ranks required > preferred > unspecified > negated', () => {
    expect(stronger('preferred', 'required')).toBe('required');
    expect(stronger('unspecified', 'preferred')).toBe('preferred');
    expect(stronger('negated', 'unspecified')).toBe('unspecified');
  });
});

describe('seniority level', () => {
  it.each([
    ['Senior Python Engineer', 'Senior'],
    ['Sr. Backend Developer', 'Senior'],
    ['Software Engineer III', 'Senior'],
    ['Backend Engineer II', 'Middle'],
    ['Mid-level Odoo Developer', 'Middle'],
    ['Junior Backend Developer', 'Junior'],
    ['Software Engineering Intern, Summer 2027', 'Junior'],
    ['DevOps Staff Engineer', 'Lead'],
    ['Head of Engineering', 'Lead'],
    ['Principal Engineer, Platform', 'Principal'],
    ['VP of Engineering', 'Principal'],
  ])('reads %s as %s', (title, level) => {
    expect(levelsInTitle(title)[0]?.level).toBe(level);
  });

  it('lists every level of a multi-role title in order', () => {
    expect(levelsInTitle('Junior to Senior Fullstack Engineer').map((l) => l.level)).toEqual(['Junior', 'Senior']);
  });

  it('finds nothing in an unqualified title', () => {
    expect(levelsInTitle('Analytics Engineer')).toEqual([]);
  });

  it('reads explicit wording in the body', () => {
    expect(levelsInBody('We are seeking a junior level back end developer.')[0].level).toBe('Junior');
    expect(levelsInBody('Management Level: Lead Professional')[0].level).toBe('Lead');
    expect(levelsInBody('You will work with senior engineers.')).toEqual([]);
  });

  it('reads the role after "as a" when a level word and a job noun follow', () => {
    expect(levelsInBody('As a Senior Data Engineer, you will own our pipelines.')[0].level).toBe('Senior');
    expect(levelsInBody('Som Senior BI Engineer kommer du att driva resan.')[0].level).toBe('Senior');
    expect(levelsInBody('As a lead developer you set the direction.')[0].level).toBe('Lead');
    expect(levelsInBody('You will act as a senior member of the team.')).toEqual([]);
    expect(levelsInBody('She has a senior engineer to talk to.')).toEqual([]);
    expect(levelsInBody('We want some senior engineers.')).toEqual([]);
  });

  it('maps years to a level for unqualified titles', () => {
    expect([0, 1, 2, 4, 5, 10].map(levelFromYears)).toEqual(['Junior', 'Junior', 'Middle', 'Middle', 'Senior', 'Senior']);
  });
});
