import { parentPort, workerData } from 'node:worker_threads';
import { forAggregate } from '../aggregate/aggregate.js';
import { analyzeOutcome } from '../analyze-file.js';
import { compileDictionary } from '../dictionary/compile.js';
import { loadDictionaryData } from '../dictionary/load.js';
import type { FoundFile } from '../input/discover.js';
import { readInput, type ReadOptions } from '../input/read.js';
import type { SplitMode } from '../postings/split.js';

/** What the pool tells a worker at start. */
export interface WorkerSetup {
  dictFiles: string[];
  split: SplitMode;
  read: ReadOptions;
  /** Send only what the aggregate needs (no one streams the full per-posting results). */
  aggregateOnly: boolean;
}

/** One file to analyze; `index` orders the results. */
export interface WorkerTask {
  index: number;
  file: FoundFile;
}

// A worker compiles its own dictionary once, then analyzes the files it is sent. Jobs
// are numbered from 1 per file; the pool renumbers them in file order.
const setup = workerData as WorkerSetup;
const port = parentPort!;
try {
  const dict = await compileDictionary(loadDictionaryData(setup.dictFiles));
  port.on('message', async (task: WorkerTask) => {
    try {
      const outcome = await readInput(task.file, setup.read);
      const { status, results } = analyzeOutcome(dict, outcome, setup.split, 1);
      port.postMessage({ index: task.index, status, results: setup.aggregateOnly ? results.map(forAggregate) : results });
    } catch (err) {
      port.postMessage({ index: task.index, error: (err as Error)?.stack ?? String(err) });
    }
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ fatal: (err as Error)?.message ?? String(err) });
}
