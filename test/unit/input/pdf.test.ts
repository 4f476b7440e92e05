import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPages, pdfProblemOf } from '../../../src/input/pdf.js';
import { DEFAULT_MAX_FILE_SIZE, readInput } from '../../../src/input/read.js';
import { makePdf } from '../../helpers/make-pdf.js';

// Every PDF here is written by the test (test/helpers/make-pdf.ts): none is committed.
const BODY = ['Backend Engineer', 'We build payment APIs in Python and Postgres. You will develop-', 'ment tools and review code.'];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'jd-pdf-'));
  const ok = makePdf({ pages: [BODY, ['Requirements', 'Five years of experience.']] });
  writeFileSync(join(root, 'ok.pdf'), ok);
  writeFileSync(
    join(root, 'footers.pdf'),
    makePdf({ pages: [1, 2, 3].map((n) => ['Harbour Freight Ltd - Careers', `Body line on page ${['one', 'two', 'three'][n - 1]}`, `Page ${n} of 3`]) }),
  );
  writeFileSync(join(root, 'scan.pdf'), makePdf({ pages: [null, null] }));
  writeFileSync(join(root, 'truncated.pdf'), ok.subarray(0, Math.floor(ok.length / 3)));
  writeFileSync(join(root, 'garbage.pdf'), Buffer.from('%PDF-1.7\nthis is not a PDF body at all\n'));
  writeFileSync(join(root, 'locked.pdf'), makePdf({ pages: [['Secret posting']], encrypt: true }));
  writeFileSync(join(root, 'zero.pdf'), Buffer.alloc(0));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (name: string) => readInput({ path: join(root, name), display: name }, { maxFileSize: DEFAULT_MAX_FILE_SIZE });

describe('reading PDFs', () => {
  it('gives one PageText per page, numbered, with the hyphenated word repaired', async () => {
    const { doc, status } = await read('ok.pdf');
    expect(status).toEqual({ file: 'ok.pdf', status: 'analyzed', reason: null, detail: null, format: 'pdf', encoding: null, postings: 0 });
    expect(doc?.format).toBe('pdf');
    expect(doc?.pages).toEqual([
      { page: 1, firstLine: 1, text: 'Backend Engineer\nWe build payment APIs in Python and Postgres. You will development\ntools and review code.' },
      { page: 2, firstLine: 1, text: 'Requirements\nFive years of experience.' },
    ]);
  });

  it('removes a running header and "Page N of 3" footer, keeping line numbers of the page', async () => {
    const { doc } = await read('footers.pdf');
    expect(doc?.pages).toEqual([
      { page: 1, firstLine: 2, text: 'Body line on page one' },
      { page: 2, firstLine: 2, text: 'Body line on page two' },
      { page: 3, firstLine: 2, text: 'Body line on page three' },
    ]);
  });

  it('fails a PDF without a text layer as no-text-layer', async () => {
    expect((await read('scan.pdf')).status).toMatchObject({
      status: 'failed',
      reason: 'no-text-layer',
      detail: 'no text layer; OCR is not supported',
      format: 'pdf',
    });
  });

  it('fails a truncated or garbled PDF as corrupt-pdf', async () => {
    for (const name of ['truncated.pdf', 'garbage.pdf']) {
      const { doc, status } = await read(name);
      expect(doc).toBeNull();
      expect(status).toMatchObject({ status: 'failed', reason: 'corrupt-pdf', format: 'pdf' });
      expect(status.detail).toMatch(/^not a readable PDF \(/);
    }
  });

  it('fails a password-protected PDF as encrypted-pdf', async () => {
    expect((await read('locked.pdf')).status).toMatchObject({ status: 'failed', reason: 'encrypted-pdf', format: 'pdf' });
  });

  it('skips a zero-byte PDF as empty', async () => {
    expect((await read('zero.pdf')).status).toMatchObject({ status: 'skipped', reason: 'empty', format: 'pdf' });
  });
});

describe('pdfPages', () => {
  it('calls pages of only whitespace no text layer', () => {
    expect(pdfPages([{ num: 1, text: ' \n\t\n' }, { num: 2, text: '' }])).toEqual({ reason: 'no-text-layer', detail: 'no text layer; OCR is not supported' });
  });

  it('keeps empty pages so later pages keep their numbers', () => {
    expect(pdfPages([{ num: 1, text: '' }, { num: 2, text: 'Engineer' }])).toEqual([
      { page: 1, text: '', firstLine: 1 },
      { page: 2, text: 'Engineer', firstLine: 1 },
    ]);
  });
});

describe('pdfProblemOf', () => {
  it('maps pdf-parse exceptions by name', () => {
    const err = (name: string, message: string) => Object.assign(new Error(message), { name });
    expect(pdfProblemOf(err('PasswordException', 'No password given')).reason).toBe('encrypted-pdf');
    expect(pdfProblemOf(err('InvalidPDFException', 'Invalid PDF structure.'))).toEqual({
      reason: 'corrupt-pdf',
      detail: 'not a readable PDF (Invalid PDF structure.)',
    });
    expect(pdfProblemOf(err('FormatError', 'Bad FCHECK in flate stream')).reason).toBe('corrupt-pdf');
    expect(pdfProblemOf('weird').reason).toBe('corrupt-pdf');
  });
});
