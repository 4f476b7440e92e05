import { beforeAll, describe, it, expect } from 'vitest';
import { cleanTitle, joinPages, splitDocument, type SplitMode } from '../../../src/postings/split.js';
import type { PageText, SourceDocument } from '../../../src/types.js';
import { testHeadings } from '../helpers/dict.js';

let headings: [string, string][];
beforeAll(async () => {
  headings = await testHeadings();
});

const BACKEND =
  'We are hiring an engineer to build backend services and APIs for our platform team. ' +
  'You will write code, review pull requests and help the team ship reliable software every week.';
const DATA =
  'Our data team is growing and needs someone who knows Python, SQL and cloud tools well. ' +
  'You will own pipelines, dashboards and models that the business relies on daily.';

const doc = (pages: PageText[], extra: Partial<SourceDocument> = {}): SourceDocument => ({ file: 'jobs.txt', format: 'text', encoding: 'utf-8', pages, ...extra });
const split = (text: string, mode: SplitMode = 'auto', firstJob = 1) => splitDocument(doc([{ page: null, text }]), mode, headings, firstJob);
const titles = (text: string) => split(text).map((p) => p.title);

describe('splitDocument: separators', () => {
  for (const sep of ['---', '___', '=====', '***', '* * *', '- - -']) {
    it(`splits two postings at a "${sep}" line`, () => {
      expect(titles(`Backend Engineer\n${BACKEND}\n${sep}\nData Analyst\n${DATA}\n`)).toEqual(['Backend Engineer', 'Data Analyst']);
    });
  }

  it('keeps the text of each posting without the separator, with its line numbers', () => {
    const [a, b] = split(`Backend Engineer\n${BACKEND}\n---\nData Analyst\n${DATA}`);
    expect(a.text).toBe(`Backend Engineer\n${BACKEND}`);
    expect(b.text).toBe(`Data Analyst\n${DATA}`);
    expect(b.lines).toEqual([
      { offset: 0, page: null, line: 4 },
      { offset: 13, page: null, line: 5 },
    ]);
  });

  it('numbers jobs from firstJob and records the file', () => {
    expect(split(`Backend Engineer\n${BACKEND}\n---\nData Analyst\n${DATA}`, 'auto', 5).map((p) => [p.job, p.file])).toEqual([
      [5, 'jobs.txt'],
      [6, 'jobs.txt'],
    ]);
  });
});

describe('splitDocument: numbered headings', () => {
  it('splits at "Job 1:", "Job #2:" and "Posting 3", and cleans the titles', () => {
    const text =
      'Job 1: Backend Engineer\nBuild APIs in Go and Python for the team.\n' +
      'Job #2: Data Analyst\nWrite SQL queries and dashboards for sales.\n' +
      'Posting 3\nFrontend Developer role with React and TypeScript daily.\n';
    expect(titles(text)).toEqual(['Backend Engineer', 'Data Analyst', 'Frontend Developer role with React and TypeScript daily.']);
  });

  it('strips Markdown, bold and "Job 12:" from titles', () => {
    const text = '## **Job 12: Senior Backend Engineer**\nBuild APIs in Go and Python for the team.\n\n**Job 13 – Data Analyst**\nWrite SQL queries and dashboards for sales.';
    expect(titles(text)).toEqual(['Senior Backend Engineer', 'Data Analyst']);
  });
});

describe('splitDocument: parts that are not postings', () => {
  it('keeps a Markdown posting with --- between its own ## sections as one posting', () => {
    const text =
      `# Backend Engineer\n\n${BACKEND}\n\n---\n\n## Requirements\n\n- Python, Go and SQL experience\n` +
      '- Five years building production services with a team of engineers and product people\n\n---\n\n## Benefits\n\n' +
      '- Health insurance, pension, learning budget, flexible hours and remote work across Europe\n';
    const postings = split(text);
    expect(postings.map((p) => p.title)).toEqual(['Backend Engineer']);
    expect(postings[0].text).toContain('## Benefits');
  });

  it('splits Markdown postings whose titles are headings of the same level', () => {
    expect(titles(`## Backend Engineer\n${BACKEND}\n---\n## Data Analyst\n${DATA}`)).toEqual(['Backend Engineer', 'Data Analyst']);
  });

  it('drops a short preamble before the first posting', () => {
    const postings = split(`Exported postings, May 2026\n---\nBackend Engineer\n${BACKEND}\n---\nData Analyst\n${DATA}`);
    expect(postings.map((p) => [p.job, p.title, p.lines[0].line])).toEqual([
      [1, 'Backend Engineer', 3],
      [2, 'Data Analyst', 6],
    ]);
  });

  it('merges a short trailing part into the posting before it', () => {
    const postings = split(`Backend Engineer\n${BACKEND}\n---\nApply at jobs@example.com`);
    expect(postings).toHaveLength(1);
    expect(postings[0].text).toMatch(/Apply at jobs@example\.com$/);
  });

  it('keeps a document without separators whole', () => {
    expect(titles(`Backend Engineer\n${BACKEND}\n${DATA}`)).toEqual(['Backend Engineer']);
  });

  it('skips URL and "Posted:" lines when choosing the title', () => {
    expect(titles(`URL: https://x.example/1\nPosted: today\nBackend Engineer\n${BACKEND}`)).toEqual(['Backend Engineer']);
  });

  it('returns no postings for a blank document', () => {
    expect(split('\n\n  \n')).toEqual([]);
  });
});

describe('splitDocument: modes and pages', () => {
  it('keeps the document whole with mode "file"', () => {
    expect(split(`Backend Engineer\n${BACKEND}\n---\nData Analyst\n${DATA}`, 'file')).toHaveLength(1);
  });

  it('makes each page a posting with mode "page"', () => {
    const postings = splitDocument(doc([{ page: 1, text: 'Engineer A' }, { page: 2, text: 'Engineer B' }]), 'page', headings, 1);
    expect(postings.map((p) => [p.job, p.title, p.firstPage, p.lastPage])).toEqual([
      [1, 'Engineer A', 1, 1],
      [2, 'Engineer B', 2, 2],
    ]);
  });

  it('gives page ranges and per-page line numbers across pages', () => {
    const pages = [
      { page: 1, text: `Backend Engineer\n${BACKEND}` },
      { page: 2, text: `---\nData Analyst\n${DATA}` },
      { page: 3, text: 'More about the data analyst role.' },
    ];
    const postings = splitDocument(doc(pages), 'auto', headings, 1);
    expect(postings.map((p) => [p.title, p.firstPage, p.lastPage, p.lines[0]])).toEqual([
      ['Backend Engineer', 1, 1, { offset: 0, page: 1, line: 1 }],
      ['Data Analyst', 2, 3, { offset: 0, page: 2, line: 2 }],
    ]);
  });

  it('makes each record a posting for tabular inputs, keeping its title and row', () => {
    const pages = [
      { page: null, text: `Body one\n---\n${BACKEND}`, row: 1, title: 'Backend Engineer' },
      { page: null, text: 'Body two', row: 2 },
    ];
    const postings = splitDocument(doc(pages, { recordsArePostings: true }), 'auto', headings, 1);
    expect(postings.map((p) => [p.job, p.title, p.row])).toEqual([
      [1, 'Backend Engineer', 1],
      [2, 'Body two', 2],
    ]);
  });
});

describe('joinPages and cleanTitle', () => {
  it('joins pages with a newline and starts line numbers at firstLine', () => {
    const { text, lines } = joinPages(doc([{ page: 1, text: 'a\nb' }, { page: 2, text: 'c', firstLine: 5 }]));
    expect(text).toBe('a\nb\nc');
    expect(lines).toEqual([
      { start: 0, end: 1, page: 1, line: 1 },
      { start: 2, end: 3, page: 1, line: 2 },
      { start: 4, end: 5, page: 2, line: 5 },
    ]);
  });

  it('cleans numbered prefixes, markup and extra spaces', () => {
    expect(cleanTitle('### Job No. 4 -  Senior   Engineer')).toBe('Senior Engineer');
    expect(cleanTitle('__Position 2__: QA Lead')).toBe('QA Lead');
    expect(cleanTitle('Job 7')).toBe('');
  });
});
