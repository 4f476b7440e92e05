import type { PageText } from '../types.js';
import { normalizeText } from './decode.js';
import { cleanPdfPages } from './pdf-clean.js';

/** Why a PDF could not be read: the InputStatus reason and its detail. */
export interface PdfProblem {
  reason: 'corrupt-pdf' | 'encrypted-pdf' | 'no-text-layer';
  detail: string;
}

/** Text of each page as pdf-parse gives it, in page order, pages numbered from 1. */
export interface RawPage {
  num: number;
  text: string;
}

/** Maps a pdf-parse (pdf.js) error to a reason; pdf-parse names its exception classes. */
export function pdfProblemOf(err: unknown): PdfProblem {
  const e = err as { name?: string; message?: string } | null;
  const message = (e?.message ?? String(err)).split('\n')[0];
  if (e?.name === 'PasswordException' || /password/i.test(message)) {
    return { reason: 'encrypted-pdf', detail: `the PDF is encrypted and needs a password (${message})` };
  }
  return { reason: 'corrupt-pdf', detail: `not a readable PDF (${message})` };
}

/**
 * Extracts the text layer page by page. pdf-parse (and pdf.js under it) is loaded here,
 * on the first PDF, so runs without PDFs never pay for it.
 */
export async function extractPdfPages(bytes: Uint8Array): Promise<RawPage[]> {
  const { PDFParse } = await import('pdf-parse');
  // pdf.js keeps (and may detach) the buffer it is given: hand it a copy. Verbosity 0
  // (errors only) keeps pdf.js warnings off stdout, where JSONL output goes.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    return result.pages.map((p) => ({ num: p.num, text: p.text }));
  } finally {
    await parser.destroy();
  }
}

/**
 * Turns a PDF's pages into PageTexts (one per page, `page` = its number, `firstLine` past
 * any running header removed), or says why it cannot: a PDF whose pages hold no text at
 * all is a scan without a text layer.
 */
export function pdfPages(raw: RawPage[]): PageText[] | PdfProblem {
  const cleaned = cleanPdfPages(raw.map((p) => normalizeText(p.text)));
  if (!cleaned.some((p) => p.text.trim())) return { reason: 'no-text-layer', detail: 'no text layer; OCR is not supported' };
  return cleaned.map((p, i) => ({ page: raw[i].num, text: p.text, firstLine: p.firstLine }));
}

/** Reads a PDF's bytes into pages of text, or the problem that stops it. Never throws. */
export async function readPdfPages(bytes: Uint8Array): Promise<PageText[] | PdfProblem> {
  let raw: RawPage[];
  try {
    raw = await extractPdfPages(bytes);
  } catch (err) {
    return pdfProblemOf(err);
  }
  return pdfPages(raw);
}
