import { open } from 'node:fs/promises';
import type { InputStatus, SourceDocument } from '../types.js';
import { decodeText, looksBinary, normalizeText } from './decode.js';
import type { FoundFile } from './discover.js';
import { formatOf } from './formats.js';

/** Options for reading inputs. */
export interface ReadOptions {
  /** Files larger than this many bytes are skipped as `too-large`. Default 50 MiB. */
  maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

/** What reading one file gave: a document to analyze, or the status that says why not. */
export interface ReadOutcome {
  doc: SourceDocument | null;
  status: InputStatus;
}

function status(file: string, s: InputStatus['status'], reason: string | null, detail: string | null, format: string | null, encoding: string | null = null): InputStatus {
  return { file, status: s, reason, detail, format, encoding, postings: 0 };
}

/** Reads a file's bytes, refusing ones over the size limit before reading them. */
async function readBytes(path: string, maxFileSize: number): Promise<Buffer | { tooLarge: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxFileSize) return { tooLarge: size };
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Turns decoded text into a document of one page (text formats have no pages). */
export function textDocument(file: string, format: string, bytes: Uint8Array): ReadOutcome {
  if (looksBinary(bytes)) return { doc: null, status: status(file, 'failed', 'binary', 'the file holds binary data, not text', format) };
  const { text, encoding } = decodeText(bytes);
  const clean = normalizeText(text);
  if (!clean.trim()) return { doc: null, status: status(file, 'skipped', 'empty', 'the file has no text', format, encoding) };
  return {
    doc: { file, format, encoding, pages: [{ page: null, text: clean }] },
    status: status(file, 'analyzed', null, null, format, encoding),
  };
}

/** Reads one input file into a document, or says why it cannot be analyzed. Never throws. */
export async function readInput(found: FoundFile, options: ReadOptions): Promise<ReadOutcome> {
  const file = found.display;
  const format = formatOf(found.path);
  if (!format) return { doc: null, status: status(file, 'skipped', 'unsupported-type', 'not a supported input type (.txt, .md)', null) };
  let bytes: Buffer | { tooLarge: number };
  try {
    bytes = await readBytes(found.path, options.maxFileSize);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const detail = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code})`;
    return { doc: null, status: status(file, 'failed', 'unreadable', detail, format) };
  }
  if ('tooLarge' in bytes) {
    return {
      doc: null,
      status: status(file, 'skipped', 'too-large', `${bytes.tooLarge} bytes is over --max-file-size (${options.maxFileSize} bytes)`, format),
    };
  }
  return textDocument(file, format, bytes);
}
