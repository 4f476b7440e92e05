import { Aggregator, DEFAULT_THRESHOLDS } from './aggregate/aggregate.js';
import { compileDictionary, type CompiledDictionary } from './dictionary/compile.js';
import { loadDictionaryData } from './dictionary/load.js';
import { discoverInputs } from './input/discover.js';
import { analyzeOutcome, type FileAnalysis } from './analyze-file.js';
import { DEFAULT_MAX_FILE_SIZE, readInput, textDocument } from './input/read.js';
import type { PostingAnalysis } from './match/posting.js';
import { autoLanes, MAX_AUTO_LANES } from './parallel/lanes.js';
import { analyzeInParallel } from './parallel/pool.js';
import { analyzeChunk, type ChunkMode, type ChunkReply, type ChunkSetup } from './parallel/chunk.js';
import { joinEncodedRests, renderJsonlBytes } from './reporters/jsonl.js';
import type { SplitMode } from './postings/split.js';
import { SCHEMA_VERSION, type AnalysisResult, type InputStatus, type PostingResult, type Thresholds } from './types.js';
import { InputError } from './util/errors.js';
import { VERSION } from './version.js';

/** What to analyze and how. */
export interface RunOptions {
  /** Files, folders, globs, or `-` for stdin. */
  paths: string[];
  /** How documents are cut into postings. Default `auto`. */
  split?: SplitMode;
  /** Extra dictionary files (`--dict`), applied in order over the default dictionary. */
  dictFiles?: string[];
  /** Share thresholds for the common / uncommon bands. */
  thresholds?: Thresholds;
  /** Examples kept per skill or responsibility. Default 3. */
  examples?: number;
  /** Files over this many bytes are skipped. Default 50 MiB. */
  maxFileSize?: number;
  /** Field holding a posting's text in CSV/JSON/JSONL records (`--text-field`). Default: found by name. */
  textField?: string;
  /** Field holding a posting's title in CSV/JSON/JSONL records (`--title-field`). Default: found by name. */
  titleField?: string;
  /**
   * Lanes that read and analyze files in parallel: this thread and jobs - 1 worker
   * threads. Default: one per core when the input adds up to AUTO_PARALLEL_BYTES or more
   * (below that, starting lanes costs more than it saves), at most MAX_AUTO_LANES (memory),
   * else 1. The result is identical whatever the number.
   */
  jobs?: number;
}

/** How far a run has got, for progress bars. */
export interface Progress {
  filesDone: number;
  files: number;
  postings: number;
  /** Parallel lanes the run uses (1: this thread only). */
  lanes: number;
}

/** The outside world, injected so that run() is testable and never touches `process`. */
export interface RunIO {
  cwd: string;
  /** Reads all of stdin (for the `-` path). */
  readStdin?: () => Promise<Buffer>;
  /**
   * Called for each posting's result as soon as it is analyzed, in job order. Needs the
   * results in this thread, so it makes the run sequential (onJsonl does not).
   */
  onResult?: (result: PostingResult) => void;
  /**
   * Called with the postings' JSONL lines (renderJsonlLine) as UTF-8 bytes, whole lines in
   * job order, once per file or run of files. Unlike onResult, it lets the run use lanes:
   * the lines are rendered and encoded where the postings are analyzed.
   */
  onJsonl?: (bytes: Uint8Array) => void;
  /**
   * Called for each posting's full analysis (raw mentions, sentences), in job order.
   * Needs the analysis in this thread, so it makes the run sequential.
   */
  onPosting?: (analysis: PostingAnalysis) => void;
  /** Called after each input file. */
  onProgress?: (progress: Progress) => void;
  /**
   * Flow control for onResult / onJsonl: null while their consumer keeps up, else a
   * promise that resolves once it has caught up (a write stream's 'drain'). The run then
   * holds back further results, so output that cannot be written as fast as postings are
   * analyzed does not pile up in memory.
   */
  paused?: () => Promise<void> | null;
  /** Called for each input that was not analyzed (for one-line stderr notices). */
  onProblem?: (status: InputStatus) => void;
  /** An already compiled dictionary (skips loading). */
  dictionary?: CompiledDictionary;
}

/** Loads and compiles the default dictionary plus extra files. */
export async function loadDictionary(dictFiles: string[] = []): Promise<CompiledDictionary> {
  return compileDictionary(loadDictionaryData(dictFiles));
}

/**
 * The pipeline: find inputs -> read documents -> split postings -> segment and match ->
 * aggregate. Returns the analysis; never exits. Throws InputError only when nothing at
 * all could be found to read.
 */
export async function run(options: RunOptions, io: RunIO): Promise<AnalysisResult> {
  const dict = io.dictionary ?? (await loadDictionary(options.dictFiles));
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const examples = options.examples ?? 3;
  const aggregator = new Aggregator(examples);
  const inputs: InputStatus[] = [];
  const wantsStdin = options.paths.includes('-');
  const { files, unmatched } = await discoverInputs(options.paths.filter((p) => p !== '-'), io.cwd);

  for (const u of unmatched) {
    const s: InputStatus = { file: u.arg, status: 'failed', reason: 'not-found', detail: u.reason, format: null, encoding: null, postings: 0 };
    inputs.push(s);
    io.onProblem?.(s);
  }
  if (files.length === 0 && !wantsStdin && unmatched.length === 0) throw new InputError('no input files found');

  let job = 1;
  const progress: Progress = { filesDone: 0, files: files.length + (wantsStdin ? 1 : 0), postings: 0, lanes: 1 };
  const fileDone = (status: InputStatus) => {
    inputs.push(status);
    if (status.status !== 'analyzed') io.onProblem?.(status);
    progress.filesDone += 1;
    progress.postings += status.postings;
    io.onProgress?.(progress);
  };
  // Results arrive in file order; jobs are numbered here so workers need not know them.
  const take = ({ status, results }: FileAnalysis) => {
    for (const r of results) {
      r.job = job++;
      aggregator.add(r);
      io.onResult?.(r);
    }
    if (io.onJsonl && results.length > 0) io.onJsonl(renderJsonlBytes(results));
    fileDone(status);
  };
  const takeChunk = ({ statuses, aggregate, lines }: ChunkReply) => {
    if (lines && lines.ends.length > 0) io.onJsonl?.(joinEncodedRests(job, lines));
    aggregator.absorb(aggregate, job - 1);
    job += aggregate.postings;
    statuses.forEach(fileDone);
  };
  const split = options.split ?? 'auto';

  if (wantsStdin) {
    const bytes = io.readStdin ? await io.readStdin() : Buffer.alloc(0);
    take(analyzeOutcome(dict, textDocument('-', 'text', bytes), split, 1, { each: io.onPosting }));
  }
  const read = { maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, textField: options.textField, titleField: options.titleField };
  const limit = io.onJsonl ? MAX_AUTO_LANES.streamed : MAX_AUTO_LANES.aggregate;
  // Postings as objects (onResult, onPosting) are only handed over in this thread.
  const jobs = io.onPosting || io.onResult || io.dictionary ? 1 : Math.max(1, Math.floor(options.jobs ?? autoLanes(files, undefined, limit)));
  if (jobs > 1 && files.length > 1) {
    progress.lanes = Math.min(jobs, files.length);
    const mode: ChunkMode = io.onJsonl ? 'lines' : 'aggregate';
    const setup: ChunkSetup = { dictFiles: options.dictFiles ?? [], split, read, mode, examples };
    await analyzeInParallel(files, jobs, setup, (task) => analyzeChunk(dict, task, setup), takeChunk, io.paused);
  } else {
    // When results are only aggregated, findings need evidence only while an item lacks examples.
    const wanted = io.onResult || io.onJsonl || io.onPosting ? undefined : aggregator.wantsEvidence;
    for (const f of files) {
      take(analyzeOutcome(dict, await readInput(f, read), split, job, { each: io.onPosting, wanted }));
      await io.paused?.();
    }
  }

  const count = (s: InputStatus['status']) => inputs.filter((i) => i.status === s).length;
  const { skills, responsibilities, categories, levels, experience } = aggregator.finish(thresholds, dict.categoryLabels);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'jd-analyze', version: VERSION },
    corpus: {
      files: inputs.length,
      analyzedFiles: count('analyzed'),
      skippedFiles: count('skipped'),
      failedFiles: count('failed'),
      postings: aggregator.postings,
    },
    thresholds,
    dictionary: { skills: dict.skills.length, responsibilities: dict.responsibilities.length, sources: dict.sources },
    skills,
    responsibilities,
    categories,
    levels,
    experience,
    inputs,
  };
}
