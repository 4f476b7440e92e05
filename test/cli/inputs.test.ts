import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jd, jsonl } from '../helpers/exec.js';
import { makePdf } from '../helpers/make-pdf.js';

// Each scenario is a folder of fixtures/inputs; broken files are made in a temp folder.

type Input = { file: string; status: string; reason: string | null; detail: string | null; format: string | null; encoding: string | null; postings: number };

describe('saved HTML pages (fixtures/inputs/html)', () => {
  it('reads the posting without navigation, scripts or footer', () => {
    const [line, ...rest] = jsonl(jd(['fixtures/inputs/html', '--format', 'jsonl']).stdout);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ job: 1, title: 'Platform Engineer', source: { file: 'fixtures/inputs/html/tidewater-careers.html', page: null, pages: null } });
    const quotes = [...line.skills, ...line.responsibilities].flatMap((f: { evidence: { text: string }[] }) => f.evidence.map((e) => e.text)).join('\n');
    expect(quotes).not.toMatch(/Sign in|dataLayer|Related jobs|Apply now|https?:/);
    expect(line.skills.map((s: { id: string }) => s.id)).toContain('kubernetes');
  });
});

describe('record exports (fixtures/inputs/csv, json, jsonl)', () => {
  it('makes each CSV record a posting, citing its row and titled from the title field', () => {
    const lines = jsonl(jd(['fixtures/inputs/csv/postings.csv', '--format', 'jsonl']).stdout);
    expect(lines.map((l) => [l.job, l.source.row, l.title, l.source.line])).toEqual([
      [1, 1, 'Data Engineer', 1],
      [2, 2, 'Frontend Developer', 1],
      [3, 4, 'Site Reliability Engineer', 1],
    ]);
  });

  it('lists every export with its format, encoding and the empty records it skipped', () => {
    const r = jd(['fixtures/inputs/csv', 'fixtures/inputs/json', 'fixtures/inputs/jsonl', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const inputs: Input[] = JSON.parse(r.stdout).inputs;
    expect(inputs.map((i) => [i.file.replace('fixtures/inputs/', ''), i.format, i.encoding, i.postings, i.detail])).toEqual([
      ['csv/postings.csv', 'csv', 'utf-8', 3, '1 empty record skipped'],
      ['csv/postings.tsv', 'tsv', 'utf-8', 2, null],
      ['csv/semicolon-windows-1252.csv', 'csv', 'windows-1252', 2, null],
      ['json/array.json', 'json', 'utf-8', 2, null],
      ['json/jobs.json', 'json', 'utf-8', 2, '1 empty record skipped'],
      ['jsonl/board.ndjson', 'jsonl', 'utf-8', 1, null],
      ['jsonl/postings.jsonl', 'jsonl', 'utf-8', 2, '1 empty record skipped'],
    ]);
  });

  it('fails a file whose text field it cannot find, naming the fields (exit 3)', () => {
    const r = jd(['fixtures/inputs/custom-fields', 'fixtures/inputs/json', '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      'jd-analyze: failed fixtures/inputs/custom-fields/export.csv: no-text-field (no text field (looked for description, job_description, text, body, content); fields found: "ref", "role_name", "posting_body")\n',
    );
  });

  it('reads the fields named by --text-field and --title-field', () => {
    const r = jd(['fixtures/inputs/custom-fields', '--text-field', 'posting_body', '--title-field', 'role_name', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((l) => [l.title, l.source.row])).toEqual([
      ['Cloud Architect', 1],
      ['Scrum Master', 2],
    ]);
  });
});

describe('encodings (fixtures/inputs/encodings)', () => {
  it('reads UTF-8 with BOM, UTF-16 LE/BE with BOM and Windows-1252, and says which', () => {
    const r = jd(['fixtures/inputs/encodings', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.inputs.map((i: Input) => [i.file.replace('fixtures/inputs/encodings/', ''), i.encoding, i.postings])).toEqual([
      ['utf16be-bom.md', 'utf-16be', 1],
      ['utf16le-bom.txt', 'utf-16le', 1],
      ['utf8-bom.txt', 'utf-8-bom', 1],
      ['windows-1252.txt', 'windows-1252', 1],
    ]);
  });
});

describe('a real PDF (fixtures/inputs/pdf)', () => {
  it('cites pages of the 5-page public-domain posting', () => {
    const [line, ...rest] = jsonl(jd(['fixtures/inputs/pdf/va_digital_service_expert.pdf', '--format', 'jsonl']).stdout);
    expect(rest).toEqual([]);
    expect(line.source).toEqual({ file: 'fixtures/inputs/pdf/va_digital_service_expert.pdf', page: 1, pages: [1, 5], line: 1 });
    expect(line.title).toBe('Become a founding member of the VA Digital Service');
    const pages = [...line.skills, ...line.responsibilities].flatMap((f: { evidence: { page: number }[] }) => f.evidence.map((e) => e.page));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((p: number) => p >= 1 && p <= 5)).toBe(true);
  });
});

describe('bad inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jd-bad-'));
    const good = makePdf({ pages: [['Data Engineer', 'We use Python, SQL and Airflow to build pipelines for a retailer.']] });
    const files: Record<string, string | Buffer> = {
      'a-good.txt': 'Backend Engineer\n\nWe need a Python developer who knows Django and PostgreSQL for our bookings platform.\n',
      'b-binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]),
      'c-corrupt.pdf': good.subarray(0, 120),
      'd-encrypted.pdf': makePdf({ pages: [['Secret']], encrypt: true }),
      'e-scan.pdf': makePdf({ pages: [null] }),
      'f-bad.json': '[{"description": "x"',
      'g-utf16.txt': Buffer.from('Engineer wanted for Python work', 'utf16le'),
      'h-big.txt': `Engineer\n${'word '.repeat(400)}`,
      'i-doc.docx': 'PK',
      'j-empty.md': '',
      'k-good.pdf': good,
    };
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every file with a status and reason, keeps going, and exits 3', () => {
    const r = jd([dir, '--format', 'json', '--max-file-size', '1KB']);
    expect(r.code).toBe(3);
    const j = JSON.parse(r.stdout);
    expect(j.inputs.map((i: Input) => [i.file.split('/').pop(), i.status, i.reason])).toEqual([
      ['a-good.txt', 'analyzed', null],
      ['b-binary.txt', 'failed', 'binary'],
      ['c-corrupt.pdf', 'failed', 'corrupt-pdf'],
      ['d-encrypted.pdf', 'failed', 'encrypted-pdf'],
      ['e-scan.pdf', 'failed', 'no-text-layer'],
      ['f-bad.json', 'failed', 'corrupt-json'],
      ['g-utf16.txt', 'failed', 'bad-encoding'],
      ['h-big.txt', 'skipped', 'too-large'],
      ['i-doc.docx', 'skipped', 'unsupported-type'],
      ['j-empty.md', 'skipped', 'empty'],
      ['k-good.pdf', 'analyzed', null],
    ]);
    expect(j.corpus).toMatchObject({ files: 11, analyzedFiles: 2, failedFiles: 6, skippedFiles: 3, postings: 2 });
    expect(r.stderr.trim().split('\n')).toHaveLength(9);
    expect(r.stderr).toContain('e-scan.pdf: no-text-layer (no text layer; OCR is not supported)\n');
  });

  it('exits 0 with --allow-failures, stdout holding only JSONL', () => {
    const r = jd([dir, '--format', 'jsonl', '--max-file-size', '1KB', '--allow-failures', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(jsonl(r.stdout).map((l) => [l.source.file.split('/').pop(), l.source.pages])).toEqual([
      ['a-good.txt', null],
      ['k-good.pdf', [1, 1]],
    ]);
  });
});

describe('help', () => {
  it('names the new formats and options', () => {
    const out = jd(['--help']).stdout;
    for (const s of ['.pdf', '.html', '.csv', '.jsonl', '--text-field <name>', '--title-field <name>', 'Windows-1252']) expect(out).toContain(s);
  });
});
