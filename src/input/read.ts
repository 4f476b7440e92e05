import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { InputStatus, SourceDocument } from '../types.js';
import { decodeText, looksBinary, normalizeText } from './decode.js';
import type { FoundFile } from './discover.js';
import { formatOf, RECORD_FORMATS, SUPPORTED_EXTENSIONS } from './formats.js';
import { htmlToPlainText } from './html.js';
import { readPdfPages } from './pdf.js';
import { parseCsv, parseJson, parseJsonl } from './records-parse.js';
import { recordPages, type FieldOptions } from './records.js';

/** Options for reading inputs. */
export interface ReadOptions extends FieldOptions {
  /** Files larger than this many bytes are skipped as `too-large`. Default 50 MiB. */
  maxFileSize: number;
}

export { DEFAULT_MAX_FILE_SIZE } from './limits.js';

/** What reading one file gave: a document to analyze, or the status that says why not. */
export interface ReadOutcome {
  doc: SourceDocument | null;
  status: InputStatus;
}

function status(file: string, s: InputStatus['status'], reason: string | null, detail: string | null, format: string | null, encoding: string | null = null): InputStatus {
  return { file, status: s, reason, detail, format, encoding, postings: 0 };
}

function notRead(file: string, s: InputStatus['status'], reason: string, detail: string, format: string | null, encoding: string | null = null): ReadOutcome {
  return { doc: null, status: status(file, s, reason, detail, format, encoding) };
}

/**
 * Reads a file's bytes, refusing ones over the size limit before reading them. Synchronous:
 * files are read one after the other anyway, and each asynchronous step would cost a
 * round trip through the thread pool (most of a run's time on many small files).
 */
function readBytes(path: string, maxFileSize: number): Buffer | { tooLarge: number } {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxFileSize) return { tooLarge: size };
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** When the event loop last had a turn: long runs of synchronous reads let it run now and then (timers, a progress bar). */
let lastTurn = Date.now();

async function giveTurn(): Promise<void> {
  if (Date.now() - lastTurn < 50) return;
  await new Promise((resolve) => setImmediate(resolve));
  lastTurn = Date.now();
}

/**
 * True for UTF-16 text saved without a byte-order mark: NULs in nearly every other byte
 * (the high bytes of ASCII characters) and almost none in the rest. Without the BOM the
 * byte order is a guess, so such a file is refused with advice rather than misread.
 */
export function looksUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > 0.4 * half && even < 0.05 * half) || (even > 0.4 * half && odd < 0.05 * half);
}

/** Decodes a text-based file (text, markdown, html, csv, json ...), or says why it is not text. */
function decodeInput(file: string, format: string, bytes: Uint8Array): { text: string; encoding: string } | ReadOutcome {
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom && looksUtf16WithoutBom(bytes)) {
    return notRead(file, 'failed', 'bad-encoding', 'looks like UTF-16 without a byte-order mark; save it as UTF-8', format);
  }
  if (looksBinary(bytes)) return notRead(file, 'failed', 'binary', 'the file holds binary data, not text', format);
  const { text, encoding } = decodeText(bytes);
  const clean = normalizeText(text);
  if (!clean.trim()) return notRead(file, 'skipped', 'empty', 'the file has no text', format, encoding);
  return { text: clean, encoding };
}

/** Turns decoded text into a document of one page (text formats have no pages). */
export function textDocument(file: string, format: string, bytes: Uint8Array): ReadOutcome {
  const decoded = decodeInput(file, format, bytes);
  if ('status' in decoded) return decoded;
  const { text, encoding } = decoded;
  return { doc: { file, format, encoding, pages: [{ page: null, text }] }, status: status(file, 'analyzed', null, null, format, encoding) };
}

/** A saved web page: its visible text, without scripts, styles and navigation. */
async function htmlDocument(file: string, bytes: Uint8Array): Promise<ReadOutcome> {
  const decoded = decodeInput(file, 'html', bytes);
  if ('status' in decoded) return decoded;
  const text = await htmlToPlainText(decoded.text);
  if (!text.trim()) return notRead(file, 'skipped', 'empty', 'the page has no visible text', 'html', decoded.encoding);
  const doc = { file, format: 'html', encoding: decoded.encoding, pages: [{ page: null, text }] };
  return { doc, status: status(file, 'analyzed', null, null, 'html', decoded.encoding) };
}

/** A PDF: one page of text per PDF page, repaired; or why its text cannot be had. */
async function pdfDocument(file: string, bytes: Uint8Array): Promise<ReadOutcome> {
  if (bytes.length === 0) return notRead(file, 'skipped', 'empty', 'the file has no text', 'pdf');
  const pages = await readPdfPages(bytes);
  if (!Array.isArray(pages)) return notRead(file, 'failed', pages.reason, pages.detail, 'pdf');
  return { doc: { file, format: 'pdf', encoding: null, pages }, status: status(file, 'analyzed', null, null, 'pdf') };
}

/** A CSV/TSV/JSON/JSONL export: each record a posting of its own. */
async function recordsDocument(file: string, format: string, bytes: Uint8Array, options: FieldOptions): Promise<ReadOutcome> {
  const decoded = decodeInput(file, format, bytes);
  if ('status' in decoded) return decoded;
  const { text, encoding } = decoded;
  const parsed = format === 'json' ? parseJson(text) : format === 'jsonl' ? parseJsonl(text) : await parseCsv(text, format === 'tsv');
  if ('reason' in parsed) {
    const s = parsed.reason === 'no-records' ? 'skipped' : 'failed';
    return notRead(file, s, parsed.reason === 'no-records' ? 'empty' : parsed.reason, parsed.detail, format, encoding);
  }
  if (parsed.records.length === 0) return notRead(file, 'skipped', 'empty', 'the file has no records', format, encoding);
  const read = await recordPages(parsed, options);
  if ('reason' in read) return notRead(file, 'failed', read.reason, read.detail, format, encoding);
  const note = read.empty ? `${read.empty} empty record${read.empty === 1 ? '' : 's'} skipped` : null;
  if (read.pages.length === 0) return notRead(file, 'skipped', 'empty', note ?? 'the file has no records', format, encoding);
  const doc: SourceDocument = { file, format, encoding, pages: read.pages, recordsArePostings: true };
  return { doc, status: status(file, 'analyzed', null, note, format, encoding) };
}

/** Reads one input file into a document, or says why it cannot be analyzed. Never throws. */
export async function readInput(found: FoundFile, options: ReadOptions): Promise<ReadOutcome> {
  const file = found.display;
  if (found.error) return notRead(file, 'failed', 'unreadable', found.error, null);
  const format = formatOf(found.path);
  if (!format) return notRead(file, 'skipped', 'unsupported-type', `not a supported input type (${SUPPORTED_EXTENSIONS.join(', ')})`, null);
  await giveTurn();
  let bytes: Buffer | { tooLarge: number };
  try {
    bytes = readBytes(found.path, options.maxFileSize);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const detail = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code})`;
    return notRead(file, 'failed', 'unreadable', detail, format);
  }
  if ('tooLarge' in bytes) {
    return notRead(file, 'skipped', 'too-large', `${bytes.tooLarge} bytes is over --max-file-size (${options.maxFileSize} bytes)`, format);
  }
  if (format === 'pdf') return pdfDocument(file, bytes);
  if (format === 'html') return htmlDocument(file, bytes);
  if (RECORD_FORMATS.has(format)) return recordsDocument(file, format, bytes, options);
  return textDocument(file, format, bytes);
}
