import { SCHEMA_VERSION, type PostingResult } from '../types.js';

/** One posting as one JSON line (the per-posting contract the evaluation kit reads). */
export function renderJsonlLine(posting: PostingResult): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...posting })}\n`;
}

/** Postings' JSONL lines, one after another, as the UTF-8 bytes that are written out. */
export function renderJsonlBytes(postings: readonly PostingResult[]): Uint8Array {
  // Encoded line by line (joining the lines first and encoding the result measured 6-10% slower).
  const e = new LineEncoder();
  for (const p of postings) e.push(renderJsonlLine(p));
  return e.finish().bytes;
}

/** How every JSONL line starts, up to its job number. */
const JOB_PREFIX = `{"schemaVersion":${JSON.stringify(SCHEMA_VERSION)},"job":`;
const JOB_PREFIX_BYTES = Buffer.from(JOB_PREFIX);

/**
 * A posting's JSONL line without its start and job number, for a worker that does not
 * know the final job number yet; joinEncodedRests puts it back.
 */
export function splitJsonlLine(posting: PostingResult): string {
  const line = renderJsonlLine(posting);
  const head = `${JOB_PREFIX}${posting.job}`;
  if (!line.startsWith(head)) throw new Error(`unexpected JSONL line start: ${line.slice(0, 40)}`);
  return line.slice(head.length);
}

/**
 * Several postings' splitJsonlLine rests as UTF-8 bytes, one after another: what a lane
 * sends back, so that the lines cross threads as one transferable buffer rather than as
 * strings to copy, and are encoded where they were rendered.
 */
export interface EncodedRests {
  /**
   * The rests' bytes, at the start of an ArrayBuffer of their own (a worker transfers it:
   * never a view of Node's shared Buffer pool).
   */
  bytes: Uint8Array;
  /** Where each rest ends in `bytes`. */
  ends: Uint32Array;
}

const encoder = new TextEncoder();

/**
 * Encodes strings one after another into one growing buffer as they come, so that none
 * is kept (a line kept until its chunk ends would outlive young garbage collection and
 * fill the old generation).
 */
export class LineEncoder {
  private bytes = new Uint8Array(1 << 16);
  private size = 0;
  private readonly ends: number[] = [];

  push(s: string): void {
    for (;;) {
      const { read, written } = encoder.encodeInto(s, this.bytes.subarray(this.size));
      if (read === s.length) {
        this.size += written;
        this.ends.push(this.size);
        return;
      }
      // Too small: grow (a UTF-16 unit takes at most 3 bytes) and encode the string again.
      const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.size + 3 * s.length));
      grown.set(this.bytes.subarray(0, this.size));
      this.bytes = grown;
    }
  }

  /**
   * The strings pushed so far; the encoder must not be used after. Mostly empty room is
   * given back (output waiting for a slow reader holds these bytes).
   */
  finish(): EncodedRests {
    const bytes = this.bytes.length > 2 * this.size ? this.bytes.slice(0, this.size) : this.bytes.subarray(0, this.size);
    return { bytes, ends: Uint32Array.from(this.ends) };
  }
}

/**
 * The JSONL lines of jobs `firstJob`, `firstJob + 1`, ... from encoded rests, as bytes:
 * exactly renderJsonlLine's, encoded.
 */
export function joinEncodedRests(firstJob: number, { bytes, ends }: EncodedRests): Buffer {
  const jobs = Array.from(ends, (_, i) => String(firstJob + i));
  let size = bytes.length + ends.length * JOB_PREFIX_BYTES.length;
  for (const j of jobs) size += j.length;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  let from = 0;
  jobs.forEach((j, i) => {
    at += JOB_PREFIX_BYTES.copy(out, at);
    at += out.write(j, at, 'latin1');
    out.set(bytes.subarray(from, ends[i]), at);
    at += ends[i] - from;
    from = ends[i];
  });
  // Every byte of the unzeroed buffer is written only when the rests end where `ends` says.
  if (at !== size) throw new Error(`JSONL lines do not add up: ${at} of ${size} bytes`);
  return out;
}
