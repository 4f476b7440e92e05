/** Input formats by file extension. Files with other extensions are listed as skipped. */
export const FORMAT_BY_EXTENSION: Record<string, string> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** The format of a path from its extension, or null when unsupported. */
export function formatOf(path: string): string | null {
  const m = /(\.[^./\\]+)$/.exec(path.toLowerCase());
  return m ? FORMAT_BY_EXTENSION[m[1]] ?? null : null;
}
