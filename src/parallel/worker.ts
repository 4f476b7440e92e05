import { parentPort, workerData } from 'node:worker_threads';
import { compileDictionary } from '../dictionary/compile.js';
import { loadDictionaryData } from '../dictionary/load.js';
import { analyzeChunk, type ChunkSetup, type ChunkTask } from './chunk.js';

// A worker thread compiles its own dictionary once, then analyzes the chunks it is sent.
const setup = workerData as ChunkSetup;
const port = parentPort!;
try {
  const dict = await compileDictionary(loadDictionaryData(setup.dictFiles));
  // One chunk at a time, in the order sent: the earliest is the one the pool waits for.
  let queue = Promise.resolve();
  port.on('message', (task: ChunkTask) => {
    queue = queue.then(async () => {
      try {
        const reply = await analyzeChunk(dict, task, setup);
        // The lines' bytes move to the main thread instead of being copied.
        port.postMessage(reply, reply.lines ? [reply.lines.bytes.buffer as ArrayBuffer] : []);
      } catch (err) {
        port.postMessage({ chunk: task.chunk, error: (err as Error)?.stack ?? String(err) });
      }
    });
    // A failure that could not even be reported ends this worker: the pool then fails the
    // run (a worker that exits early), instead of waiting for a reply that never comes.
    queue = queue.catch(() => process.exit(1));
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ fatal: (err as Error)?.message ?? String(err) });
}
