import { describe, expect, it } from 'vitest';
import { CHECK_FLAGS, checkPosting, checkPostings, failsGate, levelYearsMismatch, parseFailOn } from '../../../src/commands/check.js';
import { posting } from '../helpers/results.js';

const RULES = { maxSkills: 25, require: [] as string[] };

describe('levelYearsMismatch (the documented rule)', () => {
  it('flags a Junior post asking 4+ years, not 3', () => {
    expect(levelYearsMismatch('Junior', 4)).toBe(true);
    expect(levelYearsMismatch('Junior', 8)).toBe(true);
    expect(levelYearsMismatch('Junior', 3)).toBe(false);
  });

  it('flags a Middle post asking 8+ years, not 7', () => {
    expect(levelYearsMismatch('Middle', 8)).toBe(true);
    expect(levelYearsMismatch('Middle', 7)).toBe(false);
  });

  it('flags Senior, Lead and Principal posts asking at most 1 year', () => {
    for (const level of ['Senior', 'Lead', 'Principal'] as const) {
      expect(levelYearsMismatch(level, 0)).toBe(true);
      expect(levelYearsMismatch(level, 1)).toBe(true);
      expect(levelYearsMismatch(level, 2)).toBe(false);
    }
  });

  it('never flags without a level or without years', () => {
    expect(levelYearsMismatch(null, 10)).toBe(false);
    expect(levelYearsMismatch('Junior', null)).toBe(false);
  });
});

describe('checkPosting', () => {
  it('counts skills by strength and reads level and years', () => {
    const row = checkPosting(posting(3, { skills: ['python', 'docker:preferred', 'aws:unspecified', 'sql'], duties: ['build'], level: 'Senior', years: [5, 8] }), RULES);
    expect(row).toEqual({
      job: 3,
      file: 'jobs.txt',
      page: null,
      line: 30,
      title: 'Job 3',
      level: 'Senior',
      minYears: 5,
      maxYears: 8,
      skills: 4,
      required: 2,
      preferred: 1,
      unspecified: 1,
      responsibilities: 1,
      flags: [],
    });
  });

  it('raises no-title, no-skills and no-duties on an empty posting, in CHECK_FLAGS order', () => {
    expect(checkPosting(posting(1, { title: null }), RULES).flags).toEqual(['no-title', 'no-skills', 'no-duties']);
  });

  it('raises too-many-skills only above --max-skills', () => {
    const skills = Array.from({ length: 26 }, (_, i) => `s${i}`);
    expect(checkPosting(posting(1, { skills, duties: ['d'] }), RULES).flags).toEqual(['too-many-skills']);
    expect(checkPosting(posting(1, { skills: skills.slice(0, 25), duties: ['d'] }), RULES).flags).toEqual([]);
    expect(checkPosting(posting(1, { skills: skills.slice(0, 4), duties: ['d'] }), { ...RULES, maxSkills: 3 }).flags).toEqual(['too-many-skills']);
  });

  it('raises level-years-mismatch for a Junior post asking 8 years', () => {
    expect(checkPosting(posting(1, { skills: ['python'], duties: ['d'], level: 'Junior', years: [8, null] }), RULES).flags).toEqual(['level-years-mismatch']);
  });

  it('raises missing:<id> for each required skill the posting does not name; negated mentions do not count', () => {
    const p = posting(1, { skills: ['python', 'docker:unspecified'], negated: ['java'], duties: ['d'] });
    expect(checkPosting(p, { maxSkills: 25, require: ['docker', 'java', 'odoo'] }).flags).toEqual(['missing:java', 'missing:odoo']);
  });

  it('survives results without level or experience (older producers)', () => {
    const p = { ...posting(1, { skills: ['python'], duties: ['d'] }), level: undefined, experience: undefined } as never;
    expect(checkPosting(p, RULES)).toMatchObject({ level: null, minYears: null, maxYears: null, flags: [] });
  });
});

describe('checkPostings', () => {
  const postings = [
    posting(2, { skills: ['python'], duties: ['d'] }),
    posting(1, { skills: [], duties: [] }),
    posting(3, { skills: ['python'], duties: [], level: 'Junior', years: [6, null] }),
  ];

  it('keeps job order and summarises every flag, zeros included', () => {
    const report = checkPostings(postings, { maxSkills: 25, require: ['python'] });
    expect(report.postings.map((r) => r.job)).toEqual([1, 2, 3]);
    expect(report.summary).toEqual({
      postings: 3,
      flagged: 2,
      byFlag: { 'no-title': 0, 'no-skills': 1, 'no-duties': 2, 'too-many-skills': 0, 'level-years-mismatch': 1, 'missing:python': 1 },
    });
    expect(Object.keys(report.summary.byFlag).slice(0, CHECK_FLAGS.length)).toEqual([...CHECK_FLAGS]);
  });
});

describe('the --fail-on gate', () => {
  const row = (flags: string[]) => ({ ...checkPosting(posting(1, { skills: ['x'], duties: ['d'] }), RULES), flags });

  it('accepts flag names, missing, missing:<id> of a required skill and any, case-insensitively', () => {
    expect(parseFailOn(['No-Duties', 'missing', 'missing:python', 'any', 'any'], ['python'])).toEqual(['no-duties', 'missing', 'missing:python', 'any']);
  });

  it('rejects unknown flags with a usage error (exit 2) naming them', () => {
    expect(() => parseFailOn(['no-dutys'], [])).toThrow(/unknown flag "no-dutys"/);
    expect(() => parseFailOn(['missing:odoo'], [])).toThrow(/needs the skill in --require/);
    try {
      parseFailOn(['x'], []);
    } catch (err) {
      expect((err as { exitCode: number }).exitCode).toBe(2);
    }
  });

  it('fails a row with a listed flag; missing covers every missing:<id>; any covers all', () => {
    expect(failsGate(row(['no-duties']), ['no-duties'])).toBe(true);
    expect(failsGate(row(['no-duties']), ['no-skills'])).toBe(false);
    expect(failsGate(row(['missing:odoo']), ['missing'])).toBe(true);
    expect(failsGate(row(['missing:odoo']), ['missing:python'])).toBe(false);
    expect(failsGate(row(['too-many-skills']), ['any'])).toBe(true);
    expect(failsGate(row([]), ['any'])).toBe(false);
  });
});
