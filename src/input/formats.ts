/** Input formats by file extension. Files with other extensions are listed as skipped. */
export const FORMAT_BY_EXTENSION: Record<string, string> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The extensions read, for messages ("not a supported input type (.txt, .md, ...)"). */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/** Formats whose files are exports of records, each record a posting of its own. */
export const RECORD_FORMATS = new Set(['csv', 'tsv', 'json', 'jsonl']);

/** The format of a path from its extension, or null when unsupported. */
export function formatOf(path: string): string | null {
  const m = /(\.[^./\\]+)$/.exec(path.toLowerCase());
  return m ? FORMAT_BY_EXTENSION[m[1]] ?? null : null;
}
