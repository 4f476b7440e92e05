import type { PageText } from '../types.js';
import { normalizeText } from './decode.js';
import { htmlToPlainText, looksLikeHtml } from './html.js';
import type { ParsedRecords, RecordValue } from './records-parse.js';

/** Fields that hold a posting's text, in order of preference (compared by `fieldKey`). */
export const TEXT_FIELDS = ['description', 'job_description', 'text', 'body', 'content'];
/** Fields that hold a posting's title, in order of preference (compared by `fieldKey`). */
export const TITLE_FIELDS = ['title', 'job_title', 'position'];

/** Which fields of a record to read (`--text-field`, `--title-field`); found automatically when not given. */
export interface FieldOptions {
  textField?: string;
  titleField?: string;
}

/** A field name as compared: lower case, without `_`, `-` and spaces ("Job_Description" = "job description"). */
export function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The field to read: the one named (exact name first, then by `fieldKey`), else the
 * first of `candidates` that the file has. Null when there is none.
 */
export function pickField(fields: string[], named: string | undefined, candidates: string[]): string | null {
  if (named !== undefined) return fields.find((f) => f === named) ?? fields.find((f) => fieldKey(f) === fieldKey(named)) ?? null;
  for (const c of candidates) {
    const hit = fields.find((f) => fieldKey(f) === fieldKey(c));
    if (hit !== undefined) return hit;
  }
  return null;
}

/** A field's value as text: strings as they are, lists one item a line, other values as JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(valueText).join('\n');
  return JSON.stringify(value);
}

/** Postings read from records, or why the file has none to give. */
export type RecordPages =
  | { pages: PageText[]; empty: number }
  | { reason: 'no-text-field'; detail: string };

function listFields(fields: string[]): string {
  return fields.length ? fields.map((f) => JSON.stringify(f)).join(', ') : 'none';
}

async function recordText(record: RecordValue, field: string): Promise<string> {
  const raw = valueText(record[field]);
  // Job-board exports often keep the description's HTML: read it as the HTML reader would.
  const text = looksLikeHtml(raw) ? await htmlToPlainText(raw) : raw;
  return normalizeText(text).replace(/\s+$/, '');
}

/**
 * Turns records into one PageText each (`page: null`, `row` = the 1-based record number,
 * `title` from the title field). Records whose text is empty are left out and counted.
 */
export async function recordPages(parsed: ParsedRecords, options: FieldOptions = {}): Promise<RecordPages> {
  const textField = pickField(parsed.fields, options.textField, TEXT_FIELDS);
  if (!textField) {
    const wanted = options.textField !== undefined ? `no field "${options.textField}"` : `no text field (looked for ${TEXT_FIELDS.join(', ')})`;
    return { reason: 'no-text-field', detail: `${wanted}; fields found: ${listFields(parsed.fields)}` };
  }
  const titleField = pickField(parsed.fields, options.titleField, TITLE_FIELDS);
  const pages: PageText[] = [];
  let empty = 0;
  for (let i = 0; i < parsed.records.length; i++) {
    const text = await recordText(parsed.records[i], textField);
    if (!text.trim()) {
      empty++;
      continue;
    }
    const page: PageText = { page: null, text, firstLine: 1, row: i + 1 };
    const title = titleField ? valueText(parsed.records[i][titleField]).replace(/\s+/g, ' ').trim() : '';
    if (title) page.title = title.slice(0, 200);
    pages.push(page);
  }
  return { pages, empty };
}
