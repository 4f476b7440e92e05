import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatOf } from '../../../src/input/formats.js';
import { DEFAULT_MAX_FILE_SIZE, looksUtf16WithoutBom, readInput, type ReadOptions } from '../../../src/input/read.js';
import { REPO } from '../helpers/dict.js';

const FIXTURES = join(REPO, 'fixtures/inputs');
const fixture = (rel: string, options: Partial<ReadOptions> = {}) =>
  readInput({ path: join(FIXTURES, rel), display: rel }, { maxFileSize: DEFAULT_MAX_FILE_SIZE, ...options });

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'jd-formats-'));
  const files: Record<string, string | Buffer> = {
    'bad.json': '{"jobs": [{"description": "x"},]}',
    'bad.jsonl': '{"description": "x"}\n{oops}\n',
    'empty-array.json': '[]',
    'header-only.csv': 'title,description\n',
    'all-empty.csv': 'title,description\nA,\nB,  \n',
    'binary.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
    'utf16-no-bom.txt': Buffer.from('Senior Python Developer, remote', 'utf16le'),
    'utf16le-bom.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title,description\r\nCafé Dev,"Write Kotlin, drink café"\r\n', 'utf16le')]),
    'script-only.html': '<html><body><script>alert(1)</script><nav>Home</nav></body></html>',
    'page.htm': '<p>Build <em>Rust</em> services.</p>',
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(root, name), body);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const temp = (name: string) => readInput({ path: join(root, name), display: name }, { maxFileSize: DEFAULT_MAX_FILE_SIZE });

describe('formatOf (new formats)', () => {
  it('maps .pdf, .html/.htm, .csv, .tsv, .json, .jsonl/.ndjson', () => {
    expect(['a.PDF', 'b.html', 'c.htm', 'd.csv', 'e.tsv', 'f.json', 'g.jsonl', 'h.ndjson'].map(formatOf)).toEqual([
      'pdf',
      'html',
      'html',
      'csv',
      'tsv',
      'json',
      'jsonl',
      'jsonl',
    ]);
  });
});

describe('readInput: HTML', () => {
  it('reads a saved page as one page of text', async () => {
    const { doc, status } = await fixture('html/tidewater-careers.html');
    expect(status).toMatchObject({ status: 'analyzed', format: 'html', encoding: 'utf-8' });
    expect(doc?.pages).toHaveLength(1);
    expect(doc?.pages[0]).toMatchObject({ page: null });
    expect(doc?.pages[0].text.startsWith('Platform Engineer\n')).toBe(true);
  });

  it('reads .htm, and skips a page with no visible text as empty', async () => {
    expect((await temp('page.htm')).doc?.pages[0].text).toBe('Build Rust services.');
    expect((await temp('script-only.html')).status).toMatchObject({ status: 'skipped', reason: 'empty', format: 'html' });
  });
});

describe('readInput: records', () => {
  it('reads a CSV: one page per record, rows numbered, empty records counted', async () => {
    const { doc, status } = await fixture('csv/postings.csv');
    expect(status).toMatchObject({ status: 'analyzed', format: 'csv', encoding: 'utf-8', detail: '1 empty record skipped' });
    expect(doc?.recordsArePostings).toBe(true);
    expect(doc?.pages.map((p) => [p.row, p.title, p.page])).toEqual([
      [1, 'Data Engineer', null],
      [2, 'Frontend Developer', null],
      [4, 'Site Reliability Engineer', null],
    ]);
    expect(doc?.pages[0].text.split('\n')).toHaveLength(3);
    expect(doc?.pages[2].text).toContain('- Run PostgreSQL and Redis at scale');
  });

  it('reads a ; separated Windows-1252 CSV, recording the encoding', async () => {
    const { doc, status } = await fixture('csv/semicolon-windows-1252.csv');
    expect(status).toMatchObject({ status: 'analyzed', encoding: 'windows-1252' });
    expect(doc?.pages.map((p) => p.title)).toEqual(['Backend-Entwickler', 'QA Engineer']);
    expect(doc?.pages[0].text).toContain('für unsere Buchungsplattform');
    expect(doc?.pages[1].text).toContain('ein Plus – Englisch');
  });

  it('reads a UTF-16 LE CSV with a BOM', async () => {
    const { doc, status } = await temp('utf16le-bom.csv');
    expect(status).toMatchObject({ status: 'analyzed', encoding: 'utf-16le' });
    expect(doc?.pages).toEqual([{ page: null, row: 1, firstLine: 1, title: 'Café Dev', text: 'Write Kotlin, drink café' }]);
  });

  it('reads TSV, JSON ({"jobs": [...]} and arrays), JSONL and NDJSON', async () => {
    const titles = async (rel: string) => (await fixture(rel)).doc?.pages.map((p) => p.title);
    expect(await titles('csv/postings.tsv')).toEqual(['Machine Learning Engineer', 'Database Administrator']);
    expect(await titles('json/jobs.json')).toEqual(['Android Developer', 'Security Analyst']);
    expect(await titles('json/array.json')).toEqual(['iOS Engineer', 'Technical Writer']);
    expect(await titles('jsonl/postings.jsonl')).toEqual(['Embedded Software Engineer', 'Analytics Engineer']);
    expect(await titles('jsonl/board.ndjson')).toEqual(['Go Developer']);
  });

  it('needs --text-field when the text field has no usual name', async () => {
    expect((await fixture('custom-fields/export.csv')).status).toMatchObject({
      status: 'failed',
      reason: 'no-text-field',
      detail: 'no text field (looked for description, job_description, text, body, content); fields found: "ref", "role_name", "posting_body"',
    });
    const { doc } = await fixture('custom-fields/export.csv', { textField: 'posting_body', titleField: 'role_name' });
    expect(doc?.pages.map((p) => [p.row, p.title])).toEqual([
      [1, 'Cloud Architect'],
      [2, 'Scrum Master'],
    ]);
  });

  it('fails malformed JSON and JSONL as corrupt-json with the parser message', async () => {
    expect((await temp('bad.json')).status).toMatchObject({ status: 'failed', reason: 'corrupt-json', format: 'json', detail: expect.stringMatching(/JSON/) });
    expect((await temp('bad.jsonl')).status).toMatchObject({ status: 'failed', reason: 'corrupt-json', detail: expect.stringMatching(/^line 2: /) });
  });

  it('skips files with no records, or only empty ones, as empty', async () => {
    expect((await temp('empty-array.json')).status).toMatchObject({ status: 'skipped', reason: 'empty' });
    expect((await temp('header-only.csv')).status).toMatchObject({ status: 'skipped', reason: 'empty' });
    expect((await temp('all-empty.csv')).status).toMatchObject({ status: 'skipped', reason: 'empty', detail: '2 empty records skipped' });
  });

  it('fails a binary file named .csv', async () => {
    expect((await temp('binary.csv')).status).toMatchObject({ status: 'failed', reason: 'binary', format: 'csv' });
  });
});

describe('readInput: encodings', () => {
  it.each([
    ['encodings/utf8-bom.txt', 'utf-8-bom', 'PHP Developer'],
    ['encodings/utf16le-bom.txt', 'utf-16le', 'Ruby on Rails Developer'],
    ['encodings/utf16be-bom.md', 'utf-16be', '# Scala Engineer'],
    ['encodings/windows-1252.txt', 'windows-1252', 'C# Developer'],
  ])('reads %s as %s', async (rel, encoding, first) => {
    const { doc, status } = await fixture(rel);
    expect(status).toMatchObject({ status: 'analyzed', encoding });
    expect(doc?.pages[0].text.split('\n')[0]).toBe(first);
    expect(doc?.pages[0].text).not.toMatch(/[\r\ufeff\ufffd]/);
  });

  it('keeps Windows-1252 punctuation and currency', async () => {
    expect((await fixture('encodings/windows-1252.txt')).doc?.pages[0].text).toContain('“back-office” tools in C# and .NET for a café chain’s stock system.\nYou will use SQL Server and Azure DevOps – salary €50,000');
  });

  it('fails UTF-16 without a byte-order mark as bad-encoding', async () => {
    expect((await temp('utf16-no-bom.txt')).status).toMatchObject({ status: 'failed', reason: 'bad-encoding', format: 'text' });
  });

  it('tells UTF-16 without a BOM from binary and from text', () => {
    expect(looksUtf16WithoutBom(Buffer.from('Hello there, engineer', 'utf16le'))).toBe(true);
    expect(looksUtf16WithoutBom(Buffer.from('Hello there, engineer', 'utf16le').swap16())).toBe(true);
    expect(looksUtf16WithoutBom(Buffer.from('Hello there, engineer'))).toBe(false);
    expect(looksUtf16WithoutBom(readFileSync(join(FIXTURES, 'pdf/va_digital_service_expert.pdf')))).toBe(false);
  });
});
