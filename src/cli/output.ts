import { createWriteStream, type WriteStream } from 'node:fs';
import type { InputStatus } from '../types.js';
import { OutputError } from '../util/errors.js';

/** Where a report goes, and how to finish writing it. */
export interface Output {
  stream: NodeJS.WritableStream;
  close: () => Promise<void>;
}

/** Opens the report destination: stdout, or a file (created or truncated). */
export async function openOutput(path: string | undefined, stdout: NodeJS.WritableStream): Promise<Output> {
  if (!path || path === '-') return { stream: stdout, close: async () => {} };
  const stream: WriteStream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) => reject(new OutputError(`cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? err.message}`)));
  });
  return {
    stream,
    close: () => new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve()))),
  };
}

/** The one-line stderr notice for an input that was not analyzed. */
export function problemLine(s: InputStatus): string {
  return `jd-analyze: ${s.status} ${s.file}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}\n`;
}

/**
 * Output buffered before a streamed run waits for its writes: well above a stream's own
 * high-water mark (16 KB), so that a run waits now and then, not after every file.
 */
const MAX_BUFFERED_OUTPUT = 1 << 20;

/**
 * null while the stream has less than MAX_BUFFERED_OUTPUT waiting to be written, else a
 * promise of its 'drain' (flow control for streamed output).
 */
export function whenDrained(stream: NodeJS.WritableStream): Promise<void> | null {
  const s = stream as NodeJS.WritableStream & { writableNeedDrain?: boolean; writableLength?: number };
  if (!s.writableNeedDrain || (s.writableLength ?? 0) < MAX_BUFFERED_OUTPUT) return null;
  // A stream that fails is destroyed and closes: no drain will come, so close ends the wait too.
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}
