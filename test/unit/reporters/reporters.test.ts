import { describe, it, expect } from 'vitest';
import { renderCsv } from '../../../src/reporters/csv.js';
import { renderMarkdown } from '../../../src/reporters/markdown.js';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../../src/reporters/options.js';
import { renderTable } from '../../../src/reporters/table.js';
import type { AnalysisResult } from '../../../src/types.js';

const PDF = 'fixtures/python-backend/postings.pdf';
const TXT = 'fixtures/python-backend/extra.txt';

/** A small corpus by hand: every band, examples with and without pages, hostile text, one skipped file. */
const RESULT: AnalysisResult = {
  schemaVersion: '1.0',
  tool: { name: 'jd-analyze', version: '0.1.0' },
  corpus: { files: 3, analyzedFiles: 2, skippedFiles: 1, failedFiles: 0, postings: 40 },
  thresholds: { common: 0.25, uncommon: 0.1 },
  dictionary: { skills: 120, responsibilities: 40, sources: ['dictionaries/skills'] },
  skills: [
    {
      id: 'python',
      label: 'Python',
      category: 'languages',
      postings: 37,
      share: 0.925,
      mentions: 52,
      band: 'common',
      examples: [
        { text: 'Proficiency in Python', file: PDF, page: 19, job: 24, line: 12 },
        { text: 'Strong Python programming skills', file: TXT, page: null, job: 38, line: 5 },
        { text: 'Python 3.11+', file: TXT, page: null, job: 39, line: 2 },
      ],
    },
    {
      id: 'postgresql',
      label: 'PostgreSQL',
      category: 'databases',
      postings: 16,
      share: 0.4,
      mentions: 20,
      band: 'common',
      examples: [{ text: 'PostgreSQL | MySQL <script>alert(1)</script>', file: PDF, page: 1, job: 1, line: 30 }],
    },
    {
      id: 'docker',
      label: 'Docker',
      category: 'containers',
      postings: 6,
      share: 0.15,
      mentions: 7,
      band: 'moderate',
      examples: [{ text: 'Hands-on experience with Docker', file: PDF, page: 25, job: 36, line: 8 }],
    },
    {
      id: 'graphql',
      label: 'GraphQL',
      category: 'apis',
      postings: 2,
      share: 0.05,
      mentions: 4,
      band: 'uncommon',
      examples: [{ text: '=cmd()', file: PDF, page: 24, job: 35, line: 14 }],
    },
    {
      id: 'odoo',
      label: 'Odoo',
      category: 'erp',
      postings: 1,
      share: 0.025,
      mentions: 1,
      band: 'uncommon',
      examples: [{ text: 'Odoo, the "ERP" framework', file: PDF, page: 19, job: 26, line: 4 }],
    },
  ],
  responsibilities: [
    {
      id: 'develop-apis',
      label: 'Develop and maintain APIs',
      category: 'development',
      postings: 30,
      share: 0.75,
      mentions: 41,
      band: 'common',
      examples: [{ text: 'Develop and maintain backend services and APIs', file: PDF, page: 17, job: 19, line: 3 }],
    },
    {
      id: 'open-source',
      label: 'Contribute to open source',
      category: 'community',
      postings: 2,
      share: 0.05,
      mentions: 2,
      band: 'uncommon',
      examples: [{ text: '# Contributing to *open source* `libs` & more', file: TXT, page: null, job: 40, line: 7 }],
    },
  ],
  categories: [
    {
      id: 'languages',
      label: 'Programming languages',
      kind: 'skills',
      postings: 37,
      share: 0.925,
      members: [{ id: 'python', label: 'Python', postings: 37, share: 0.925 }],
    },
    {
      id: 'databases',
      label: 'Databases',
      kind: 'skills',
      postings: 16,
      share: 0.4,
      members: [{ id: 'postgresql', label: 'PostgreSQL', postings: 16, share: 0.4 }],
    },
  ],
  levels: [
    { value: 'Junior', postings: 4, share: 0.1 },
    { value: 'Middle', postings: 12, share: 0.3 },
    { value: 'Senior', postings: 16, share: 0.4 },
    { value: 'Lead', postings: 0, share: 0 },
    { value: 'Principal', postings: 0, share: 0 },
    { value: null, postings: 8, share: 0.2 },
  ],
  experience: { postings: 30, minYears: { min: 1, median: 4, max: 10 } },
  inputs: [
    { file: TXT, status: 'analyzed', reason: null, detail: null, format: 'text', encoding: 'utf-8', postings: 3 },
    { file: PDF, status: 'analyzed', reason: null, detail: null, format: 'pdf', encoding: null, postings: 37 },
    { file: 'fixtures/python-backend/empty.txt', status: 'skipped', reason: 'empty', detail: 'File is empty', format: 'text', encoding: null, postings: 0 },
  ],
};

const OPTIONS: ReportOptions = { ...DEFAULT_REPORT_OPTIONS };
const ANSI = /\u001b\[[0-9;]*m/g;

describe('renderMarkdown', () => {
  const md = renderMarkdown(RESULT, OPTIONS);

  it('writes the sections in order', () => {
    const headings = [
      '# Job postings analysis',
      '## Skills',
      '### Common skills',
      '### Uncommon skills',
      '## Responsibilities',
      '### Common responsibilities',
      '### Uncommon responsibilities',
      '## Categories',
      '## Summary',
      '## Inputs not analyzed',
    ];
    const at = headings.map((h) => md.indexOf(`\n${h}\n`) + 1 || (md.startsWith(`${h}\n`) ? 0 : -1));
    expect(at).not.toContain(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('opens with the corpus and the thresholds', () => {
    expect(md).toContain('40 postings from 2 of 3 files (1 skipped). Thresholds: common >= 25% of postings, uncommon <= 10%.');
  });

  it('gives figures and cites examples with file, page, job and line', () => {
    expect(md).toContain('**Python** — 37 of 40 postings (93%), 52 mentions');
    expect(md).toContain('> "Proficiency in Python" — fixtures/python-backend/postings.pdf, page 19, job 24, line 12');
    expect(md).toContain('> "Strong Python programming skills" — fixtures/python-backend/extra.txt, job 38, line 5');
    expect(md).toContain('**Odoo** — 1 of 40 postings (3%), 1 mention');
  });

  it('quotes at most `examples` examples and lists at most `top` items', () => {
    expect(md).not.toContain('Python 3.11+');
    const one = renderMarkdown(RESULT, { ...OPTIONS, top: 1, examples: 1 });
    expect(one).not.toContain('**PostgreSQL**');
    expect(one).not.toContain('Strong Python programming skills');
    expect(one).toContain('- **Common skills:** Python, and 1 more.');
  });

  it('keeps moderate items out of the band lists', () => {
    expect(md).not.toContain('**Docker**');
  });

  it('charts each band list in a fenced text block', () => {
    expect(md).toContain('```text\nPython      ██████████████████▌░  93%\nPostgreSQL  ████████░░░░░░░░░░░░  40%\n```');
  });

  it('escapes untrusted text so it cannot become HTML, tables or emphasis', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('PostgreSQL \\| MySQL \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('"\\# Contributing to \\*open source\\* \\`libs\\` & more"');
  });

  it('rolls up skill categories and lists the inputs not analyzed', () => {
    expect(md).toContain('- **Programming languages** — 93% of postings: Python 93%');
    expect(md).toContain('- fixtures/python-backend/empty.txt — skipped (empty): File is empty');
  });

  it('says so when a band is empty', () => {
    const none = renderMarkdown({ ...RESULT, responsibilities: [] }, OPTIONS);
    expect(none).toContain('### Common responsibilities\n\n_None at this threshold._');
  });

  it('fences the chart longer than any backtick run in a label', () => {
    const ticks = renderMarkdown({ ...RESULT, skills: [{ ...RESULT.skills[0], label: 'Py```thon' }] }, OPTIONS);
    expect(ticks).toContain('````text\nPy```thon  ');
    expect(ticks).toContain('**Py\\`\\`\\`thon**');
  });

  it('is deterministic', () => {
    expect(renderMarkdown(RESULT, OPTIONS)).toBe(md);
  });

  it('matches the snapshot', () => {
    expect(md).toMatchSnapshot();
  });
});

describe('renderTable', () => {
  it('has no ANSI codes without colour, and no trailing spaces', () => {
    const out = renderTable(RESULT, { ...OPTIONS, color: false });
    expect(out).not.toMatch(/\u001b/);
    expect(out).not.toMatch(/[ \t]$/m);
  });

  it('has ANSI codes with colour', () => {
    const out = renderTable(RESULT, { ...OPTIONS, color: true });
    expect(out).toMatch(ANSI);
    expect(out.replace(ANSI, '')).toBe(renderTable(RESULT, { ...OPTIONS, color: false }));
  });

  it('shows the sections, the figures and cited examples', () => {
    const out = renderTable(RESULT, OPTIONS);
    for (const s of ['Skills', 'Responsibilities', 'Categories', 'Skill examples', 'Responsibility examples', 'Not analyzed: 1 file']) {
      expect(out).toContain(s);
    }
    expect(out).toContain('│ 1 │ Python     │ Programming l… │       37 │ ████████████░  93% │       52 │      0/0 │ common   │');
    expect(out).toContain('  1. "Proficiency in Python"\n     fixtures/python-backend/postings.pdf, page 19, job 24, line 12');
    expect(out).toContain('fixtures/python-backend/empty.txt — skipped (empty: File is empty)');
  });

  it('lists the uncommon tail beyond `top` in its own table', () => {
    const out = renderTable(RESULT, { ...OPTIONS, top: 2 });
    expect(out).toContain('Skills (top 2 of 5)');
    expect(out).toContain('Uncommon skills');
    expect(out).toMatch(/│ 4 │ GraphQL/);
    expect(out).not.toMatch(/│ 3 │ Docker/);
  });

  it('keeps lines within the width', () => {
    for (const width of [80, 100, 140]) {
      const lines = renderTable(RESULT, { ...OPTIONS, width }).split('\n');
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
    }
  });

  it('strips terminal escapes from posting text even with colour off', () => {
    const hostile: AnalysisResult = {
      ...RESULT,
      skills: [{ ...RESULT.skills[0], examples: [{ ...RESULT.skills[0].examples[0], text: 'evil\u001b[2J\u001b]0;title\u0007 text' }] }],
    };
    expect(renderTable(hostile, OPTIONS)).not.toMatch(/\u001b/);
  });

  it('is deterministic', () => {
    expect(renderTable(RESULT, OPTIONS)).toBe(renderTable(RESULT, OPTIONS));
  });
});

describe('an empty corpus', () => {
  const empty: AnalysisResult = {
    ...RESULT,
    corpus: { files: 0, analyzedFiles: 0, skippedFiles: 0, failedFiles: 0, postings: 0 },
    skills: [],
    responsibilities: [],
    categories: [],
    levels: [],
    experience: { postings: 0, minYears: null },
    inputs: [],
  };

  it('renders every format without lists', () => {
    const md = renderMarkdown(empty, OPTIONS);
    expect(md).toContain('0 postings from 0 files.');
    expect(md).not.toContain('## Inputs not analyzed');
    expect(renderTable(empty, OPTIONS)).toContain('Skills\nNone found.');
    expect(renderCsv(empty, OPTIONS).split('\n')).toHaveLength(2);
  });
});

describe('renderCsv', () => {
  const csv = renderCsv(RESULT, OPTIONS);
  const lines = csv.split('\n');

  it('writes a header and one row per skill and responsibility, ending rows with \\n', () => {
    expect(lines[0]).toBe('kind,id,label,category,postings,share,mentions,band,example_1,example_1_source,example_2,example_2_source');
    expect(lines).toHaveLength(1 + 5 + 2 + 1);
    expect(lines.at(-1)).toBe('');
    expect(csv).not.toContain('\r');
  });

  it('formats shares with 4 decimals and cites sources as file:line (job, page)', () => {
    expect(lines[1]).toBe(
      'skill,python,Python,languages,37,0.9250,52,common,Proficiency in Python,"fixtures/python-backend/postings.pdf:12 (job 24, page 19)",' +
        'Strong Python programming skills,fixtures/python-backend/extra.txt:5 (job 38)',
    );
  });

  it('quotes fields with commas and quotes, doubling inner quotes', () => {
    expect(csv).toContain(',"Odoo, the ""ERP"" framework","fixtures/python-backend/postings.pdf:4 (job 26, page 19)"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csv).toContain(",'=cmd(),");
    const hostile: AnalysisResult = { ...RESULT, responsibilities: [], skills: [{ ...RESULT.skills[0], label: '+1', id: '@x', examples: [] }] };
    const row = renderCsv(hostile, { ...OPTIONS, examples: 0 }).split('\n')[1];
    expect(row).toBe("skill,'@x,'+1,languages,37,0.9250,52,common");
  });

  it('has as many example columns as `examples`', () => {
    const one = renderCsv(RESULT, { ...OPTIONS, examples: 1 }).split('\n')[0];
    expect(one.endsWith(',example_1,example_1_source')).toBe(true);
  });

  it('is deterministic', () => {
    expect(renderCsv(RESULT, OPTIONS)).toBe(csv);
  });
});
