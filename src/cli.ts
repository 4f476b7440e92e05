import { Command, Option } from 'commander';
import { DEFAULT_THRESHOLDS } from './aggregate/aggregate.js';
import { addCheckCommand } from './cli/check.js';
import { addCompareCommand } from './cli/compare.js';
import { addDictCommand } from './cli/dict.js';
import type { CliIO, CliState } from './cli/io.js';
import { addMatchCommand } from './cli/match.js';
import { addMergeCommand } from './cli/merge.js';
import { openOutput, problemLine, whenDrained } from './cli/output.js';
import { addCorpusOptions, reportOptions, type CorpusFlags } from './cli/corpus.js';
import { parseCount, parseJobs, parseShare } from './cli/parse.js';
import type { PostingExplanation } from './explain.js';
import type { PostingAnalysis } from './match/posting.js';
import { FORMATS, REPORTERS, type Format } from './reporters/index.js';
import { renderJsonlLine } from './reporters/jsonl.js';
import { progressBar } from './util/progress.js';
import { ExitCode, JdError, UsageError } from './util/errors.js';
import { VERSION } from './version.js';

export type { CliIO } from './cli/io.js';

const HELP_AFTER = `
Inputs: files, folders (read recursively; hidden files and links to folders skipped),
glob patterns, or - for stdin. Supported: .txt, .md, .pdf (text layer, page by page; no
OCR), .html/.htm (saved job pages), and exports where each record is a posting: .csv,
.tsv, .json (an array of objects, or {"jobs": [...]}), .jsonl/.ndjson. The text field is
found by name (description, job_description, text, body, content; the title from title,
job_title, position) unless --text-field / --title-field name it. Text may be UTF-8,
UTF-16 with a BOM, or Windows-1252. Files are read in sorted path order and postings
are numbered Job 1..N in that order.

Splitting (--split auto): a file holds several postings when it has
  - separator lines: a line of 3+ "-", "_", "=" or "*", or "* * *"
  - numbered headings at the start of a line: "Job 12", "Job #12:", "Posting 3", "Position 4 -"
but only where each part reads as a posting of its own (a title line naming a job and at
least 25 words). A Markdown posting with "---" between its own sections stays one posting.
--split file keeps each file whole.

Bands: an item is common when its share of postings is >= --common (default ${DEFAULT_THRESHOLDS.common * 100}%),
uncommon when <= --uncommon (default ${DEFAULT_THRESHOLDS.uncommon * 100}%), moderate in between.

Exit codes: 0 ok; 1 a check --fail-on gate failed; 2 bad usage; 3 some inputs failed
(report covers the rest; see --allow-failures); 4 no input could be analyzed; 5 invalid
dictionary; 6 cannot write output.

Speed: --jobs N reads and analyzes files in N parallel lanes (this thread and N - 1 worker
threads; default: one per core, at most 3 (2 with --format jsonl) to bound memory, when
the input adds up to 32 MB or more, PDFs counting eight times their size); the output is
the same whatever N. A progress bar appears on
stderr for runs over a second, only on a terminal and never with --quiet.

Shards: JSON results of parts of a corpus combine exactly with jd-analyze merge.

--explain lists, per posting, each match and why: job N, line L: "span" -> id (alias
"term" | implied by X | rule verb+object). After the report for table and markdown, on
stderr for json and csv; with jsonl, a "matches" list on each finding.

Recruiter tools: check, compare, match and dict are commands (jd-analyze <command> --help).
Options before a command name belong to analyze. A path that is literally named like a
command (check, compare, match, dict) is read as the command: write ./check.

Examples:
  $ jd-analyze fixtures/python-backend
  $ jd-analyze postings/ --format markdown --output report.md
  $ jd-analyze "exports/**/*.txt" --format json --top 50 --examples 3
  $ jd-analyze postings/ --format jsonl | jq '.skills[].id'
  $ cat posting.txt | jd-analyze - --format json
  $ jd-analyze postings/ --dict my-skills.yaml --common 0.3 --uncommon 0.05
  $ jd-analyze fixtures/python-backend --format jsonl --explain
  $ jd-analyze check fixtures/python-backend --require python --fail-on missing
  $ jd-analyze compare fixtures/python-backend fixtures/data-engineering
  $ jd-analyze match --resume fixtures/resumes/python-dev.md fixtures/python-backend
  $ jd-analyze dict list --category databases
`;

interface AnalyzeFlags extends CorpusFlags {
  format: Format;
  top: number;
  examples: number;
  common: number;
  uncommon: number;
  explain?: boolean;
  jobs?: number;
}

async function analyze(paths: string[], flags: AnalyzeFlags, io: CliIO): Promise<number> {
  if (flags.common <= flags.uncommon) throw new UsageError(`--common (${flags.common}) must be greater than --uncommon (${flags.uncommon})`);
  if (paths.length === 0) throw new UsageError('no inputs: give files, folders, globs or - for stdin (see --help)');
  const out = await openOutput(flags.output, io.stdout);
  const notice = (line: string) => {
    if (!flags.quiet) io.stderr.write(line);
  };
  const started = Date.now();
  // The pipeline loads on use, so --version and --help start fast.
  const { loadDictionary, run } = await import('./run.js');
  // --explain needs the compiled dictionary to name the mentions' skills and rules.
  const explainer = flags.explain ? await import('./explain.js') : undefined;
  const dictionary = flags.explain ? await loadDictionary(flags.dict) : undefined;
  const explanations: PostingExplanation[] = [];
  const explain = (a: PostingAnalysis) => explainer!.explainPosting(dictionary!, a);
  // --explain needs each posting's raw mentions, so it runs in this thread; plain JSONL
  // streams results as they arrive from any number of workers.
  const onPosting = flags.explain
    ? flags.format === 'jsonl'
      ? (a: PostingAnalysis) => out.stream.write(renderJsonlLine(explainer!.withMatches(a.result, explain(a))))
      : (a: PostingAnalysis) => explanations.push(explain(a))
    : undefined;
  const onJsonl = !flags.explain && flags.format === 'jsonl' ? (bytes: Uint8Array) => out.stream.write(bytes) : undefined;
  const bar = progressBar(io.stderr, !flags.quiet);
  let lanes = 1;
  const result = await run(
    {
      paths,
      split: flags.split,
      dictFiles: flags.dict,
      thresholds: { common: flags.common, uncommon: flags.uncommon },
      examples: flags.examples,
      maxFileSize: flags.maxFileSize,
      textField: flags.textField,
      titleField: flags.titleField,
      jobs: flags.jobs,
    },
    {
      cwd: io.cwd,
      readStdin: io.readStdin,
      onProblem: (s) => notice(problemLine(s)),
      onPosting,
      onJsonl,
      paused: onJsonl || onPosting ? () => whenDrained(out.stream) : undefined,
      onProgress: (p) => {
        lanes = p.lanes;
        bar.update(p);
      },
      dictionary,
    },
  );
  bar.stop();
  if (flags.format !== 'jsonl') {
    const reporter = await REPORTERS[flags.format]();
    const options = { ...reportOptions(flags, io, flags.top), examples: flags.examples };
    out.stream.write(reporter(result, options));
    if (flags.explain) await writeExplanation(explanations, flags.format, options.color, out.stream, io);
  }
  await out.close();
  if (flags.verbose) {
    const { corpus } = result;
    io.stderr.write(
      `jd-analyze: ${corpus.postings} postings from ${corpus.analyzedFiles} of ${corpus.files} files in ${Date.now() - started} ms (${lanes} lane${lanes === 1 ? '' : 's'}), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
    );
  }
  if (result.corpus.analyzedFiles === 0) {
    notice('jd-analyze: no input could be analyzed\n');
    return ExitCode.noInput;
  }
  if (result.corpus.failedFiles > 0 && !flags.allowFailures) return ExitCode.someInputsFailed;
  return ExitCode.ok;
}

/**
 * The --explain block for the aggregate formats: after the report for table and
 * Markdown; on stderr for the others (JSON, CSV, ...), so that their output stays parseable.
 */
async function writeExplanation(list: PostingExplanation[], format: Format, color: boolean, stream: NodeJS.WritableStream, io: CliIO): Promise<void> {
  const { renderExplanationMarkdown, renderExplanationText } = await import('./reporters/explain.js');
  if (format === 'markdown') stream.write(`\n${renderExplanationMarkdown(list)}`);
  else if (format === 'table') stream.write(`\n${renderExplanationText(list, color)}`);
  else io.stderr.write(renderExplanationText(list, false));
}

/** Builds the commander program. Actions store their exit code in `state`. */
function program(io: CliIO, state: CliState): Command {
  const cmd = new Command('jd-analyze')
    .description('Find the skills and responsibilities job postings ask for; report which are common and which are rare, with exact citations.')
    .version(VERSION, '-V, --version')
    .argument('[paths...]', 'files, folders, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS as unknown as string[]).default('table'))
    .option('--top <n>', 'rows per list in table/markdown reports', parseCount, 20)
    .option('--examples <n>', 'example quotes per item (each from a different posting)', parseCount, 2)
    .option('--common <share>', 'share of postings at or above which an item is common (0-1 or %)', parseShare, DEFAULT_THRESHOLDS.common)
    .option('--uncommon <share>', 'share of postings at or below which an item is uncommon (0-1 or %)', parseShare, DEFAULT_THRESHOLDS.uncommon);
  // The reading and output options are the same for every command that reads postings.
  addCorpusOptions(cmd)
    .option('-j, --jobs <n>', 'parallel lanes reading and analyzing files (default: one per core, at most 3, or 2 for jsonl, for 32 MB of input or more, else 1)', parseJobs)
    .option('--explain', 'show why each item matched: the alias or rule, and where (jsonl: a "matches" list on each finding)')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run jd-analyze --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    // Options before a command name are the analyze command's; after it, the command's own.
    .enablePositionalOptions()
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      state.code = await analyze(paths, flags, io);
    });
  addCheckCommand(cmd, io, state);
  addCompareCommand(cmd, io, state);
  addMatchCommand(cmd, io, state);
  addDictCommand(cmd, io, state);
  addMergeCommand(cmd, io, state);
  return cmd;
}

/** Runs the CLI with the given arguments (without node and script). Returns the exit code; never exits. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const state = { code: ExitCode.ok as number };
  const verbose = argv.includes('-v') || argv.includes('--verbose');
  try {
    await program(io, state).parseAsync(argv, { from: 'user' });
    return state.code;
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (typeof e.code === 'string' && e.code.startsWith('commander.')) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return ExitCode.ok;
      // Help shown because a command was missing (`jd-analyze dict`) is a usage error.
      if (e.code === 'commander.help') return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
      return ExitCode.usage;
    }
    if (err instanceof JdError) {
      io.stderr.write(`jd-analyze: ${err.message}\n`);
      if (verbose && err.stack) io.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    io.stderr.write(`jd-analyze: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    if (verbose && (err as Error)?.stack) io.stderr.write(`${(err as Error).stack}\n`);
    else io.stderr.write('jd-analyze: rerun with --verbose for details\n');
    return ExitCode.internal;
  }
}
