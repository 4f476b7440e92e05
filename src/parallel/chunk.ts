import { Aggregator, type AggregateState } from '../aggregate/aggregate.js';
import { analyzeOutcome } from '../analyze-file.js';
import type { CompiledDictionary } from '../dictionary/compile.js';
import type { FoundFile } from '../input/discover.js';
import { readInput, type ReadOptions } from '../input/read.js';
import type { SplitMode } from '../postings/split.js';
import { LineEncoder, splitJsonlLine, type EncodedRests } from '../reporters/jsonl.js';
import type { InputStatus, PostingResult } from '../types.js';

/**
 * What a lane sends back for its chunks. `results`: every posting's result (someone
 * streams them as objects). `lines`: the chunk's aggregate and every posting's JSONL line
 * (someone streams JSONL: rendering it where the posting was analyzed saves copying the
 * result between threads). `aggregate`: only the chunk's aggregate, quoting evidence only
 * for items still short of examples.
 */
export type ChunkMode = 'results' | 'lines' | 'aggregate';

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
 * What analyzing a chunk gives: each file's status and, by mode, each file's posting
 * results (jobs numbered from 1 per file), or the chunk's aggregate (jobs numbered from 1
 * across the chunk) with, in `lines` mode, each posting's JSONL line cut after its job
 * number (see splitJsonlLine in reporters/jsonl), encoded (LineEncoder). The caller
 * renumbers jobs in file order.
 */
export interface ChunkReply {
  chunk: number;
  statuses: InputStatus[];
  results: PostingResult[][] | null;
  aggregate: AggregateState | null;
  lines: EncodedRests | null;
}

/** Reads and analyzes one chunk's files, in order. */
export async function analyzeChunk(dict: CompiledDictionary, task: ChunkTask, setup: ChunkSetup): Promise<ChunkReply> {
  const statuses: InputStatus[] = [];
  const perFile: PostingResult[][] = [];
  const lines = setup.mode === 'lines' ? new LineEncoder() : null;
  const aggregator = setup.mode === 'results' ? null : new Aggregator(setup.examples);
  const wanted = setup.mode === 'aggregate' ? aggregator!.wantsEvidence : undefined;
  for (const file of task.files) {
    const outcome = await readInput(file, setup.read);
    const { status, results } = analyzeOutcome(dict, outcome, setup.split, aggregator ? aggregator.postings + 1 : 1, { wanted });
    statuses.push(status);
    if (aggregator) for (const r of results) aggregator.add(r);
    else perFile.push(results);
    if (lines) for (const r of results) lines.push(splitJsonlLine(r));
  }
  return {
    chunk: task.chunk,
    statuses,
    results: aggregator ? null : perFile,
    aggregate: aggregator?.state() ?? null,
    lines: lines?.finish() ?? null,
  };
}
