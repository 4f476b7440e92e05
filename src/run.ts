import { Aggregator, DEFAULT_THRESHOLDS } from './aggregate/aggregate.js';
import { compileDictionary, type CompiledDictionary } from './dictionary/compile.js';
import { loadDictionaryData } from './dictionary/load.js';
import { discoverInputs } from './input/discover.js';
import { DEFAULT_MAX_FILE_SIZE, readInput, textDocument, type ReadOutcome } from './input/read.js';
import { analyzePosting, type PostingAnalysis } from './match/posting.js';
import { splitDocument, type SplitMode } from './postings/split.js';
import { SCHEMA_VERSION, type AnalysisResult, type InputStatus, type Thresholds } from './types.js';
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
}

/** The outside world, injected so that run() is testable and never touches `process`. */
export interface RunIO {
  cwd: string;
  /** Reads all of stdin (for the `-` path). */
  readStdin?: () => Promise<Buffer>;
  /** Called for each posting as soon as it is analyzed, in job order. */
  onPosting?: (analysis: PostingAnalysis) => void;
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
  const aggregator = new Aggregator(options.examples ?? 3);
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
  const handle = (outcome: ReadOutcome) => {
    if (outcome.doc) {
      const postings = splitDocument(outcome.doc, options.split ?? 'auto', dict.headings, job);
      for (const posting of postings) {
        const analysis = analyzePosting(dict, posting);
        aggregator.add(analysis.result);
        io.onPosting?.(analysis);
      }
      job += postings.length;
      outcome.status.postings = postings.length;
      if (postings.length === 0) {
        outcome.status.status = 'skipped';
        outcome.status.reason = 'empty';
        outcome.status.detail = 'no posting text found';
      }
    }
    inputs.push(outcome.status);
    if (outcome.status.status !== 'analyzed') io.onProblem?.(outcome.status);
  };

  if (wantsStdin) {
    const bytes = io.readStdin ? await io.readStdin() : Buffer.alloc(0);
    handle(textDocument('-', 'text', bytes));
  }
  const readOptions = { maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, textField: options.textField, titleField: options.titleField };
  for (const f of files) handle(await readInput(f, readOptions));

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
