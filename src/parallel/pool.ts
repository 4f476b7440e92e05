import { Worker } from 'node:worker_threads';
import type { FoundFile } from '../input/discover.js';
import type { ChunkReply, ChunkSetup, ChunkTask } from './chunk.js';

// From the built package the worker sits beside this file; when the TypeScript sources
// run directly (tests), the built one is used.
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/parallel/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);
/** Chunks sent to a worker before its earlier ones come back: keeps it busy while this thread is. */
const DEPTH = 3;
/** How far dispatch may run ahead of the chunk whose results are due next: bounds memory. */
const AHEAD_PER_LANE = 8;
/** Chunks per lane aimed at (small chunks balance the load; big ones cost fewer messages). */
const CHUNKS_PER_LANE = 16;
/** Most files in one chunk. */
const MAX_CHUNK = 16;

type Reply = ChunkReply | { chunk: number; error: string } | { ready: true } | { fatal: string };

/** Cuts the files into runs of consecutive files, sized for `lanes` parallel lanes. */
export function chunkFiles(files: FoundFile[], lanes: number): FoundFile[][] {
  const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(files.length / (lanes * CHUNKS_PER_LANE))));
  const chunks: FoundFile[][] = [];
  for (let i = 0; i < files.length; i += size) chunks.push(files.slice(i, i + size));
  return chunks;
}

/**
 * Analyzes files in `jobs` parallel lanes, each reading and analyzing its own share (runs
 * of consecutive files): this thread, through `local`, and jobs - 1 worker threads. The
 * replies go to `deliver` strictly in file order, so the output is the same whatever the
 * number of lanes. While `paused` gives a promise, deliveries and this thread's lane wait
 * for it; undelivered chunks hold back new work, so memory stays bounded.
 */
export async function analyzeInParallel(
  files: FoundFile[],
  jobs: number,
  setup: ChunkSetup,
  local: (task: ChunkTask) => Promise<ChunkReply>,
  deliver: (reply: ChunkReply) => void,
  paused: () => Promise<void> | null = () => null,
): Promise<void> {
  const chunks = chunkFiles(files, jobs);
  const lanes = Math.max(1, Math.min(jobs, chunks.length));
  const workers = Array.from({ length: lanes - 1 }, () => new Worker(WORKER, { workerData: setup }));
  const pending = new Map<number, ChunkReply>();
  let nextToSend = 0;
  let nextToDeliver = 0;
  let failed = false;
  const inFlight = new Map<Worker, number>();
  // Wakes the local lane when it waits for deliveries to catch up.
  let wake: (() => void) | null = null;
  const mayTake = () => !failed && nextToSend < chunks.length && nextToSend - nextToDeliver < AHEAD_PER_LANE * lanes;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (err: unknown) => {
        failed = true;
        wake?.();
        reject(err);
      };
      const send = (w: Worker) => {
        while ((inFlight.get(w) ?? 0) < DEPTH && mayTake()) {
          w.postMessage({ chunk: nextToSend, files: chunks[nextToSend] } satisfies ChunkTask);
          nextToSend += 1;
          inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
        }
      };
      let waiting = false;
      const flush = () => {
        if (waiting) return;
        while (pending.has(nextToDeliver)) {
          const wait = paused();
          if (wait) {
            waiting = true;
            wait.then(() => {
              waiting = false;
              receive(null);
            }, fail);
            return;
          }
          const reply = pending.get(nextToDeliver)!;
          pending.delete(nextToDeliver);
          deliver(reply);
          nextToDeliver += 1;
        }
        if (nextToDeliver === chunks.length) return resolve();
        for (const w of workers) send(w);
        wake?.();
      };
      const receive = (reply: ChunkReply | null) => {
        // After a failure nothing more is delivered (this lane's chunk may still end).
        if (failed) return;
        if (reply) pending.set(reply.chunk, reply);
        try {
          flush();
        } catch (err) {
          fail(err);
        }
      };
      for (const w of workers) {
        w.on('message', (reply: Reply) => {
          if ('fatal' in reply) return fail(new Error(reply.fatal));
          if ('ready' in reply) return send(w);
          inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
          if ('error' in reply) return fail(new Error(`worker failed on ${chunks[reply.chunk][0].display}…: ${reply.error}`));
          receive(reply);
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (code !== 0 && nextToDeliver < chunks.length) fail(new Error(`worker exited with code ${code}`));
        });
      }
      // This thread's lane: takes the next chunk whenever it is free.
      const localLane = async () => {
        while (!failed && nextToSend < chunks.length) {
          if (!mayTake()) {
            await new Promise<void>((r) => (wake = r));
            wake = null;
            continue;
          }
          const wait = paused();
          if (wait) {
            await wait;
            continue;
          }
          const task = { chunk: nextToSend, files: chunks[nextToSend] };
          nextToSend += 1;
          receive(await local(task));
        }
      };
      localLane().catch(fail);
      if (chunks.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
