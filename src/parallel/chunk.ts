import { Aggregator, type AggregateState } from '../aggregate/aggregate.js';
import { analyzeOutcome } from '../analyze-file.js';
import type { CompiledDictionary } from '../dictionary/compile.js';
import type { FoundFile } from '../input/discover.js';
import { readInput, type ReadOptions } from '../input/read.js';
import type { SplitMode } from '../postings/split.js';
import { LineEncoder, splitJsonlLine, type EncodedRests } from '../reporters/jsonl.js';
import type { InputStatus } from '../types.js';

/**
 * What a lane sends back for its chunks. `lines`: the chunk's aggregate and every
 * posting's JSONL line (someone streams JSONL: rendering it where the posting was analyzed
 * saves copying the result between threads). `aggregate`: only the chunk's aggregate,
 * quoting evidence only for items still short of examples.
 */
export type ChunkMode = 'lines' | 'aggregate';

/** How every lane of a parallel run reads and analyzes its chunks. */
export interface ChunkSetup {
  dictFiles: string[];
  split: SplitMode;
  read: ReadOptions;
  mode: ChunkMode;
  /** Examples the aggregate keeps per item. */
  examples: number;
}

/** A run of consecutive files to analyze; `chunk` orders the replies. */
export interface ChunkTask {
  chunk: number;
  files: FoundFile[];
}

/**
 * What analyzing a chunk gives: each file's status and the chunk's aggregate (jobs
 * numbered from 1 across the chunk) with, in `lines` mode, each posting's JSONL line cut
 * after its job number (see splitJsonlLine in reporters/jsonl), encoded (LineEncoder). The
 * caller renumbers jobs in file order.
 */
export interface ChunkReply {
  chunk: number;
  statuses: InputStatus[];
  aggregate: AggregateState;
  lines: EncodedRests | null;
}

/** Reads and analyzes one chunk's files, in order. */
export async function analyzeChunk(dict: CompiledDictionary, task: ChunkTask, setup: ChunkSetup): Promise<ChunkReply> {
  const statuses: InputStatus[] = [];
  const lines = setup.mode === 'lines' ? new LineEncoder() : null;
  const aggregator = new Aggregator(setup.examples);
  const wanted = lines ? undefined : aggregator.wantsEvidence;
  for (const file of task.files) {
    const outcome = await readInput(file, setup.read);
    const { status, results } = analyzeOutcome(dict, outcome, setup.split, aggregator.postings + 1, { wanted });
    statuses.push(status);
    for (const r of results) {
      aggregator.add(r);
      lines?.push(splitJsonlLine(r));
    }
  }
  return { chunk: task.chunk, statuses, aggregate: aggregator.state(), lines: lines?.finish() ?? null };
}
