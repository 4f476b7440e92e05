import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatOf } from '../../../src/input/formats.js';
import { DEFAULT_MAX_FILE_SIZE, readInput, textDocument } from '../../../src/input/read.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'jd-read-'));
  writeFileSync(join(root, 'job.md'), '# Engineer\r\nPython\r\n');
  writeFileSync(join(root, 'blank.txt'), ' \n\n');
  writeFileSync(join(root, 'big.txt'), 'x'.repeat(100));
  writeFileSync(join(root, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x03]));
  writeFileSync(join(root, 'doc.docx'), 'PK');
  mkdirSync(join(root, 'folder.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (name: string, maxFileSize = DEFAULT_MAX_FILE_SIZE) => readInput({ path: join(root, name), display: name }, { maxFileSize });

describe('formatOf', () => {
  it('maps .txt/.text to text and .md/.markdown to markdown, any case', () => {
    expect(['a.txt', 'a.TEXT', 'b.md', 'c.Markdown'].map(formatOf)).toEqual(['text', 'text', 'markdown', 'markdown']);
  });

  it('is null for other or missing extensions', () => {
    expect(['a.docx', 'README', '.hidden', 'dir.md/file'].map(formatOf)).toEqual([null, null, null, null]);
  });
});

describe('readInput', () => {
  it('reads a Markdown file as one page with normalised line ends', async () => {
    const { doc, status } = await read('job.md');
    expect(doc).toEqual({ file: 'job.md', format: 'markdown', encoding: 'utf-8', pages: [{ page: null, text: '# Engineer\nPython\n' }] });
    expect(status).toEqual({ file: 'job.md', status: 'analyzed', reason: null, detail: null, format: 'markdown', encoding: 'utf-8', postings: 0 });
  });

  it('skips a file with only whitespace as empty', async () => {
    expect((await read('blank.txt')).status).toMatchObject({ status: 'skipped', reason: 'empty', encoding: 'utf-8' });
  });

  it('skips a file over the size limit before reading it', async () => {
    const { doc, status } = await read('big.txt', 10);
    expect(doc).toBeNull();
    expect(status).toMatchObject({ status: 'skipped', reason: 'too-large', detail: '100 bytes is over --max-file-size (10 bytes)' });
  });

  it('fails a binary file', async () => {
    expect((await read('bin.txt')).status).toMatchObject({ status: 'failed', reason: 'binary', format: 'text' });
  });

  it('skips an unsupported type without reading it', async () => {
    expect((await read('doc.docx')).status).toMatchObject({ status: 'skipped', reason: 'unsupported-type', format: null });
  });

  it('fails a missing file and a folder as unreadable, never throwing', async () => {
    expect((await read('gone.txt')).status).toMatchObject({ status: 'failed', reason: 'unreadable', detail: 'cannot read (ENOENT)' });
    expect((await read('folder.txt')).status).toMatchObject({ status: 'failed', reason: 'unreadable', detail: 'is a folder' });
  });
});

describe('textDocument', () => {
  it('records the detected encoding', () => {
    const { doc } = textDocument('w.txt', 'text', new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    expect(doc).toMatchObject({ encoding: 'windows-1252', pages: [{ page: null, text: 'café' }] });
  });
});
