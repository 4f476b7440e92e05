import { Worker } from 'node:worker_threads';
import type { FileAnalysis } from '../analyze-file.js';
import type { FoundFile } from '../input/discover.js';
import type { WorkerSetup } from './worker.js';

// From the built package the worker sits beside this file; when the TypeScript sources
// run directly (tests), the built one is used.
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/parallel/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);
/** Files sent to a worker before its earlier ones come back: keeps it busy during the round trip. */
const DEPTH = 2;
/** How far dispatch may run ahead of the file whose results are due next: bounds memory. */
const AHEAD_PER_WORKER = 16;

type Reply = ({ index: number } & (FileAnalysis | { error: string })) | { ready: true } | { fatal: string };

/**
 * Analyzes files on `jobs` worker threads, each reading and analyzing its own share, and
 * hands the results to `deliver` strictly in file order, so the output is the same
 * whatever the number of workers.
 */
export async function analyzeInParallel(
  files: FoundFile[],
  jobs: number,
  setup: WorkerSetup,
  deliver: (index: number, analysis: FileAnalysis) => void,
): Promise<void> {
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(WORKER, { workerData: setup }));
  const pending = new Map<number, FileAnalysis>();
  let nextToSend = 0;
  let nextToDeliver = 0;
  const inFlight = new Map<Worker, number>();
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker) => {
        while ((inFlight.get(w) ?? 0) < DEPTH && nextToSend < files.length && nextToSend - nextToDeliver < AHEAD_PER_WORKER * workers.length) {
          w.postMessage({ index: nextToSend, file: files[nextToSend] });
          nextToSend += 1;
          inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
        }
      };
      const flush = () => {
        while (pending.has(nextToDeliver)) {
          const a = pending.get(nextToDeliver)!;
          pending.delete(nextToDeliver);
          deliver(nextToDeliver, a);
          nextToDeliver += 1;
        }
        if (nextToDeliver === files.length) resolve();
        else for (const w of workers) send(w);
      };
      for (const w of workers) {
        w.on('message', (reply: Reply) => {
          if ('fatal' in reply) return reject(new Error(reply.fatal));
          if ('ready' in reply) return send(w);
          inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
          if ('error' in reply) return reject(new Error(`worker failed on ${files[reply.index].display}: ${reply.error}`));
          pending.set(reply.index, reply);
          flush();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0 && nextToDeliver < files.length) reject(new Error(`worker exited with code ${code}`));
        });
      }
      if (files.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
