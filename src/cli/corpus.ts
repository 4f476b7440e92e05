import { Option, type Command } from 'commander';
import type { CompiledDictionary } from '../dictionary/compile.js';
import { DEFAULT_MAX_FILE_SIZE } from '../input/limits.js';
import type { SplitMode } from '../postings/split.js';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../reporters/options.js';
import type { AnalysisResult, PostingResult } from '../types.js';
import { useColor } from '../util/color.js';
import { ExitCode } from '../util/errors.js';
import type { CliIO } from './io.js';
import { problemLine } from './output.js';
import { collect, parseSize } from './parse.js';

/** Options every corpus-reading subcommand (check, compare, match) shares with analyze. */
export interface CorpusFlags {
  output?: string;
  dict: string[];
  split: SplitMode;
  maxFileSize: number;
  textField?: string;
  titleField?: string;
  allowFailures?: boolean;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

/** Adds the shared reading and output options to a subcommand, with analyze's defaults. */
export function addCorpusOptions(cmd: Command): Command {
  return cmd
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--dict <file>', 'add or override dictionary entries from a YAML/JSON file (repeatable)', collect, [])
    .addOption(new Option('--split <mode>', 'how files are cut into postings').choices(['auto', 'file', 'page']).default('auto'))
    .option('--max-file-size <size>', 'skip files larger than this (e.g. 800KB, 50MB)', parseSize, DEFAULT_MAX_FILE_SIZE)
    .option('--text-field <name>', 'field with the posting text in CSV/JSON/JSONL records (default: found by name)')
    .option('--title-field <name>', 'field with the posting title in CSV/JSON/JSONL records (default: found by name)')
    .option('--allow-failures', 'exit 0 even when some inputs failed')
    .option('--no-color', 'no colour in the table output (also NO_COLOR=1)')
    .option('-q, --quiet', 'no notices on stderr')
    .option('-v, --verbose', 'more detail on stderr: timings (analyze), stack traces for internal errors');
}

/** Writes a notice to stderr unless --quiet. */
export function notifier(flags: CorpusFlags, io: CliIO): (line: string) => void {
  return (line) => {
    if (!flags.quiet) io.stderr.write(line);
  };
}

/** Runs the pipeline over `paths` and keeps every posting's result, in job order. */
export async function readCorpus(
  paths: string[],
  flags: CorpusFlags,
  io: CliIO,
  dictionary: CompiledDictionary,
): Promise<{ result: AnalysisResult; postings: PostingResult[] }> {
  const postings: PostingResult[] = [];
  const notice = notifier(flags, io);
  const { run } = await import('../run.js');
  const result = await run(
    { paths, split: flags.split, dictFiles: flags.dict, examples: 0, maxFileSize: flags.maxFileSize, textField: flags.textField, titleField: flags.titleField },
    { cwd: io.cwd, readStdin: io.readStdin, dictionary, onProblem: (s) => notice(problemLine(s)), onResult: (r) => postings.push(r) },
  );
  return { result, postings };
}

/**
 * The exit code the inputs call for, as analyze decides it: 4 when nothing could be
 * analyzed, 3 when some inputs failed (unless --allow-failures), else 0.
 */
export function inputsExitCode(results: AnalysisResult[], flags: CorpusFlags, io: CliIO): number {
  if (results.some((r) => r.corpus.analyzedFiles === 0)) {
    notifier(flags, io)('jd-analyze: no input could be analyzed\n');
    return ExitCode.noInput;
  }
  if (results.some((r) => r.corpus.failedFiles > 0) && !flags.allowFailures) return ExitCode.someInputsFailed;
  return ExitCode.ok;
}

/** Report options for a command's reporter: colour only for tables on stdout. */
export function reportOptions(flags: { format: string; output?: string; color?: boolean }, io: CliIO, top: number): ReportOptions {
  const color = flags.output ? false : useColor(flags.color, io.env, Boolean(io.stdout.isTTY));
  return { ...DEFAULT_REPORT_OPTIONS, top, color: flags.format === 'table' && color, width: io.stdout.columns ?? DEFAULT_REPORT_OPTIONS.width };
}
