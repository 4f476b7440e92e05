/** Files larger than this many bytes are skipped as `too-large` unless --max-file-size says otherwise: 50 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
