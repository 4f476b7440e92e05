import { SCHEMA_VERSION, type PostingResult } from '../types.js';

/** One posting as one JSON line (the per-posting contract the evaluation kit reads). */
export function renderJsonlLine(posting: PostingResult): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...posting })}\n`;
}

/** How every JSONL line starts, up to its job number. */
const JOB_PREFIX = `{"schemaVersion":${JSON.stringify(SCHEMA_VERSION)},"job":`;

/**
 * A posting's JSONL line without its start and job number, for a worker that does not
 * know the job number yet; joinJsonlLine puts it back.
 */
export function splitJsonlLine(posting: PostingResult): string {
  const line = renderJsonlLine({ ...posting, job: 0 });
  const head = `${JOB_PREFIX}0`;
  if (!line.startsWith(head)) throw new Error(`unexpected JSONL line start: ${line.slice(0, 40)}`);
  return line.slice(head.length);
}

/** The JSONL line of job `job` from splitJsonlLine's rest: exactly renderJsonlLine's. */
export function joinJsonlLine(job: number, rest: string): string {
  return `${JOB_PREFIX}${job}${rest}`;
}
