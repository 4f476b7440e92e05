/** Parsing of tabular exports (CSV/TSV, JSON, JSONL) into records: plain objects, one per posting. */

/** A record: field name -> value, as read from the file. */
export type RecordValue = Record<string, unknown>;

/** Records read from a file, with the field names in first-seen order. */
export interface ParsedRecords {
  fields: string[];
  records: RecordValue[];
}

/** Why a tabular file could not be parsed: the InputStatus reason and the parser's message. */
export interface ParseProblem {
  reason: 'corrupt-json' | 'corrupt-csv' | 'no-records';
  detail: string;
}

const DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter of a CSV from its header line: the candidate seen most often outside quotes (`,` on a tie or none). */
export function detectDelimiter(text: string, fallback = ','): string {
  const end = text.indexOf('\n');
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best = fallback;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = header.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

function fieldsOf(records: RecordValue[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

function isRecord(v: unknown): v is RecordValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An array item as a record: objects as they are, a string as a posting's text, anything else as an empty record (kept, so numbering stays right). */
function asRecord(v: unknown): RecordValue {
  return isRecord(v) ? v : typeof v === 'string' ? { text: v } : {};
}

/**
 * Parses CSV/TSV text (first row = header). csv-parse handles quoted fields with newlines
 * and doubled quotes; rows with too few or too many cells are kept (relax_column_count),
 * and so are stray quotes inside unquoted cells (relax_quotes).
 * Loaded on first use.
 */
export async function parseCsv(text: string, tsv: boolean): Promise<ParsedRecords | ParseProblem> {
  const { parse } = await import('csv-parse/sync');
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text, tsv ? '\t' : ','),
      bom: true,
      relax_column_count: true,
      // A stray quote inside an unquoted cell (`5" screen`) is text, not a broken file.
      relax_quotes: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (err) {
    return { reason: 'corrupt-csv', detail: (err as Error).message.split('\n')[0] };
  }
  if (rows.length === 0) return { reason: 'no-records', detail: 'the file has no header row' };
  // Blank or repeated header names get a number, so no cell is lost or overwritten.
  const header = rows[0].map((h, i) => h.trim() || `column${i + 1}`);
  const unique = header.map((h, i) => (header.indexOf(h) === i ? h : `${h}_${i + 1}`));
  const records = rows.slice(1).map((cells) => Object.fromEntries(unique.map((h, i) => [h, cells[i] ?? ''])));
  return { fields: unique, records };
}

/**
 * The records of a JSON document: an array of objects, or an object holding an array of
 * objects (`{"jobs": [...]}`; the first such array, in key order), or a single object
 * that is itself one posting. Strings in the array are postings' texts.
 */
export function recordsOfJson(data: unknown): ParsedRecords | ParseProblem {
  let records: RecordValue[] | null = null;
  if (Array.isArray(data)) records = data.map(asRecord);
  else if (isRecord(data)) {
    const list = Object.values(data).find((v) => Array.isArray(v) && v.some(isRecord)) as unknown[] | undefined;
    records = list ? list.map(asRecord) : [data];
  }
  if (!records) return { reason: 'no-records', detail: 'the JSON holds no objects (expected an array of postings)' };
  return { fields: fieldsOf(records), records };
}

/** Parses a JSON file; a syntax error gives `corrupt-json` with the parser's message. */
export function parseJson(text: string): ParsedRecords | ParseProblem {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { reason: 'corrupt-json', detail: (err as Error).message };
  }
  return recordsOfJson(data);
}

/** Parses JSON Lines / NDJSON: one object per non-blank line; a bad line fails the file, naming the line. */
export function parseJsonl(text: string): ParsedRecords | ParseProblem {
  const records: RecordValue[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(lines[i]);
    } catch (err) {
      return { reason: 'corrupt-json', detail: `line ${i + 1}: ${(err as Error).message}` };
    }
    if (!isRecord(value)) return { reason: 'corrupt-json', detail: `line ${i + 1}: expected a JSON object` };
    records.push(value);
  }
  return { fields: fieldsOf(records), records };
}
