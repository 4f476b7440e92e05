import { SCHEMA_VERSION, type PostingResult } from '../types.js';

/** One posting as one JSON line (the per-posting contract the evaluation kit reads). */
export function renderJsonlLine(posting: PostingResult): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...posting })}\n`;
}
