import { Aggregator, type AggregateState } from '../aggregate/aggregate.js';
import { analyzeOutcome } from '../analyze-file.js';
import type { CompiledDictionary } from '../dictionary/compile.js';
import type { FoundFile } from '../input/discover.js';
import { readInput, type ReadOptions } from '../input/read.js';
import type { SplitMode } from '../postings/split.js';
import type { InputStatus, PostingResult } from '../types.js';

/** How every lane of a parallel run reads and analyzes its chunks. */
export interface ChunkSetup {
  dictFiles: string[];
  split: SplitMode;
  read: ReadOptions;
  /**
   * Examples the aggregate keeps per item, when a chunk is to be aggregated where it is
   * analyzed (no one streams per-posting results); null to send every posting's result.
   */
  aggregateExamples: number | null;
}

/** A run of consecutive files to analyze; `chunk` orders the replies. */
export interface ChunkTask {
  chunk: number;
  files: FoundFile[];
}

/**
 * What analyzing a chunk gives: each file's status, and either each file's posting
 * results (jobs numbered from 1 per file) or the chunk's aggregate (jobs numbered from 1
 * across the chunk). The caller renumbers them in file order.
 */
export interface ChunkReply {
  chunk: number;
  statuses: InputStatus[];
  results: PostingResult[][] | null;
  aggregate: AggregateState | null;
}

/** Reads and analyzes one chunk's files, in order. */
export async function analyzeChunk(dict: CompiledDictionary, task: ChunkTask, setup: ChunkSetup): Promise<ChunkReply> {
  const statuses: InputStatus[] = [];
  const perFile: PostingResult[][] = [];
  const aggregator = setup.aggregateExamples === null ? null : new Aggregator(setup.aggregateExamples);
  for (const file of task.files) {
    const outcome = await readInput(file, setup.read);
    const { status, results } = aggregator
      ? analyzeOutcome(dict, outcome, setup.split, aggregator.postings + 1, undefined, (kind, id) => aggregator.wantsEvidence(kind, id))
      : analyzeOutcome(dict, outcome, setup.split, 1);
    statuses.push(status);
    if (aggregator) for (const r of results) aggregator.add(r);
    else perFile.push(results);
  }
  return { chunk: task.chunk, statuses, results: aggregator ? null : perFile, aggregate: aggregator?.state() ?? null };
}
