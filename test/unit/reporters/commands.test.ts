import { describe, expect, it } from 'vitest';
import { checkPostings } from '../../../src/commands/check.js';
import { compareCorpora } from '../../../src/commands/compare.js';
import { matchResume } from '../../../src/commands/match.js';
import { csvField, signed, wrap, yearsText } from '../../../src/reporters/cells.js';
import { CHECK_REPORTERS } from '../../../src/reporters/check.js';
import { COMPARE_REPORTERS } from '../../../src/reporters/compare.js';
import { MATCH_REPORTERS } from '../../../src/reporters/match.js';
import { DEFAULT_REPORT_OPTIONS } from '../../../src/reporters/options.js';
import { analysis, posting } from '../helpers/results.js';

const OPTIONS = DEFAULT_REPORT_OPTIONS;
const ANSI = /\u001b\[/;
const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

const checkView = () => {
  const postings = [
    posting(1, { skills: ['python', 'docker:preferred'], duties: ['build'], level: 'Junior', years: [8, null], title: '=HYPERLINK("x") | *bold*' }),
    posting(2, { skills: ['python'], duties: [], level: 'Senior', years: [5, 7] }),
  ];
  const rules = { maxSkills: 25, require: ['docker'] };
  return { report: checkPostings(postings, rules), rules, corpus: analysis(2, {}).corpus };
};

describe('check reporters', () => {
  it('table: one row per posting with flags, within the width, colour only when asked', () => {
    const out = CHECK_REPORTERS.table(checkView(), OPTIONS);
    expect(out).toContain('level-years-mismatch');
    expect(out).toContain('missing:docker');
    expect(out).toContain('2 postings of 2 flagged: no-duties 1, level-years-mismatch 1, missing:docker 1.');
    expect(out).not.toMatch(ANSI);
    expect(widest(out)).toBeLessThanOrEqual(OPTIONS.width);
    expect(CHECK_REPORTERS.table(checkView(), { ...OPTIONS, color: true })).toMatch(ANSI);
  });

  it('json: the documented envelope', () => {
    const j = JSON.parse(CHECK_REPORTERS.json(checkView(), OPTIONS));
    expect(Object.keys(j)).toEqual(['schemaVersion', 'command', 'postings', 'summary']);
    expect(j.command).toBe('check');
    expect(j.postings[0]).toMatchObject({ job: 1, level: 'Junior', minYears: 8, maxYears: null, required: 1, preferred: 1, flags: ['level-years-mismatch'] });
    expect(j.summary).toMatchObject({ postings: 2, flagged: 2 });
  });

  it('jsonl: one row per line with the schema version', () => {
    const lines = CHECK_REPORTERS.jsonl(checkView(), OPTIONS).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.schemaVersion, l.job])).toEqual([
      ['1.0', 1],
      ['1.0', 2],
    ]);
  });

  it('csv: a header, flags space-separated, formulas defused', () => {
    const [head, first] = CHECK_REPORTERS.csv(checkView(), OPTIONS).split('\n');
    expect(head).toBe('job,file,page,line,title,level,min_years,max_years,skills,required,preferred,unspecified,responsibilities,flags');
    expect(first).toBe(`1,jobs.txt,,10,"'=HYPERLINK(""x"") | *bold*",Junior,8,,2,1,1,0,1,level-years-mismatch`);
  });

  it('markdown: a table with the posting text escaped', () => {
    const md = CHECK_REPORTERS.markdown(checkView(), OPTIONS);
    expect(md).toMatch(/^# Posting check\n/);
    expect(md).toContain('=HYPERLINK("x") \\| \\*bold\\*');
    expect(md).toContain('`missing:docker`');
  });
});

const comparison = () =>
  compareCorpora({ name: 'old', result: analysis(10, { python: 9, django: 5 }) }, { name: 'new', result: analysis(4, { python: 4, dbt: 3 }) }, { minPostings: 1, top: null });

describe('compare reporters', () => {
  it('table: both corpora named, signed changes, biggest first', () => {
    const out = COMPARE_REPORTERS.table(comparison(), OPTIONS);
    expect(out).toContain('A: old — 10 postings from 1 file');
    expect(out).toMatch(/DBT\s+│\s+0 │\s+0% │\s+3 │\s+75% │\s+\+75\.0 │/);
    expect(out).toMatch(/DJANGO\s+│\s+5 │\s+50% │\s+0 │\s+0% │\s+-50\.0 │/);
    expect(out.indexOf('DBT')).toBeLessThan(out.indexOf('DJANGO'));
    expect(widest(out)).toBeLessThanOrEqual(OPTIONS.width);
  });

  it('json and csv: every row, changes as numbers', () => {
    const j = JSON.parse(COMPARE_REPORTERS.json(comparison(), OPTIONS));
    expect(Object.keys(j)).toEqual(['schemaVersion', 'command', 'a', 'b', 'totals', 'skills', 'responsibilities']);
    expect(j.skills[1]).toEqual({ id: 'django', label: 'DJANGO', category: 'tech', aPostings: 5, aShare: 0.5, bPostings: 0, bShare: 0, change: -50 });
    const csv = COMPARE_REPORTERS.csv(comparison(), OPTIONS).split('\n');
    expect(csv[0]).toBe('kind,id,label,category,a_postings,a_share,b_postings,b_share,change');
    expect(csv[2]).toBe('skill,django,DJANGO,tech,5,0.5000,0,0.0000,-50');
  });

  it('markdown: a table per list', () => {
    const md = COMPARE_REPORTERS.markdown(comparison(), OPTIONS);
    expect(md).toContain('## Skills');
    expect(md).toContain('| 1 | DBT | 0 | 0% | 3 | 75% | +75.0 |');
    expect(md).toContain('## Responsibilities\n\n_None found._');
  });
});

const matchReport = () =>
  matchResume({ file: 'cv.md', skills: [{ id: 'python', label: 'Python' }] }, [
    posting(1, { skills: ['python', 'kafka', 'aws:preferred'] }),
    posting(2, { skills: ['python'] }),
  ]);

describe('match reporters', () => {
  it('table: coverage per posting, best first, and the skills most often missing', () => {
    const out = MATCH_REPORTERS.table(matchReport(), OPTIONS);
    expect(out).toContain('Resume: cv.md — 1 skill: Python.');
    expect(out.indexOf('│   2 │')).toBeLessThan(out.indexOf('│   1 │'));
    expect(out).toMatch(/│   1 │ Job 1\s+│\s+1\/2 50% │\s+0\/1 0% │\s+— │ kafka\s+│/);
    expect(out).toContain('Skills most often missing');
    expect(widest(out)).toBeLessThanOrEqual(OPTIONS.width);
  });

  it('json: resume, postings and missing', () => {
    const j = JSON.parse(MATCH_REPORTERS.json(matchReport(), OPTIONS));
    expect(Object.keys(j)).toEqual(['schemaVersion', 'command', 'resume', 'postings', 'missing']);
    expect(j.postings[1].required).toEqual({ covered: 1, total: 2, share: 0.5, missing: ['kafka'] });
  });

  it('csv: one row per posting with covered, total, share and missing per strength', () => {
    const csv = MATCH_REPORTERS.csv(matchReport(), OPTIONS).split('\n');
    expect(csv[0]).toBe(
      'job,file,title,required_covered,required_total,required_share,required_missing,preferred_covered,preferred_total,preferred_share,preferred_missing,unspecified_covered,unspecified_total,unspecified_share,unspecified_missing',
    );
    expect(csv[2]).toBe('1,jobs.txt,Job 1,1,2,0.5000,kafka,0,1,0.0000,aws,0,0,,');
  });

  it('markdown: postings and missing skills as tables', () => {
    const md = MATCH_REPORTERS.markdown(matchReport(), OPTIONS);
    expect(md).toContain('| 2 | Job 2 | 1/1 100% | — | — |  |');
    expect(md).toContain('| 1 | KAFKA | 1 | 50% | 1 |');
  });
});

describe('cells', () => {
  it('defuses formulas in text but not our numbers', () => {
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });

  it('formats changes, years and wrapped lines', () => {
    expect([signed(75), signed(-4.25), signed(0), signed(-0.01)]).toEqual(['+75.0', '-4.3', '0.0', '0.0']);
    expect([yearsText(null, null), yearsText(5, null), yearsText(3, 5)]).toEqual(['—', '5+', '3-5']);
    expect(wrap('aa bb cc dd', 5)).toBe('aa bb\ncc dd');
  });
});
