import { createWriteStream, type WriteStream } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_THRESHOLDS } from './aggregate/aggregate.js';
import { DEFAULT_MAX_FILE_SIZE } from './input/read.js';
import { DEFAULT_REPORT_OPTIONS } from './reporters/options.js';
import { FORMATS, REPORTERS, type Format } from './reporters/index.js';
import { renderJsonlLine } from './reporters/jsonl.js';
import { run } from './run.js';
import type { InputStatus } from './types.js';
import { useColor } from './util/color.js';
import { ExitCode, JdError, OutputError, UsageError } from './util/errors.js';
import { VERSION } from './version.js';

/** Streams and environment the CLI runs against (process's, or a test's). */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  readStdin: () => Promise<Buffer>;
}

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

Exit codes: 0 ok; 2 bad usage; 3 some inputs failed (report covers the rest; see
--allow-failures); 4 no input could be analyzed; 5 invalid dictionary; 6 cannot write output.

Examples:
  $ jd-analyze fixtures/python-backend
  $ jd-analyze postings/ --format markdown --output report.md
  $ jd-analyze "exports/**/*.txt" --format json --top 50 --examples 3
  $ jd-analyze postings/ --format jsonl | jq '.skills[].id'
  $ cat posting.txt | jd-analyze - --format json
  $ jd-analyze postings/ --dict my-skills.yaml --common 0.3 --uncommon 0.05
`;

function parseShare(value: string): number {
  const v = value.trim().endsWith('%') ? Number(value.trim().slice(0, -1)) / 100 : Number(value);
  if (!Number.isFinite(v) || v < 0 || v > 1) throw new InvalidArgumentError('expected a share between 0 and 1, or a percentage like 25%');
  return v;
}

function parseCount(value: string): number {
  const v = Number(value);
  if (!Number.isInteger(v) || v < 0 || v > 100000) throw new InvalidArgumentError('expected a whole number >= 0');
  return v;
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|kib|mb|m|mib|gb|g|gib)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size like 500000, 800KB or 50MB');
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.floor(Number(m[1]) * mult);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface AnalyzeFlags {
  format: Format;
  output?: string;
  top: number;
  examples: number;
  common: number;
  uncommon: number;
  dict: string[];
  split: 'auto' | 'file' | 'page';
  maxFileSize: number;
  textField?: string;
  titleField?: string;
  allowFailures?: boolean;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

function problemLine(s: InputStatus): string {
  return `jd-analyze: ${s.status} ${s.file}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}\n`;
}

/** Opens the report destination: stdout, or a file (created or truncated). */
async function openOutput(path: string | undefined, io: CliIO): Promise<{ stream: NodeJS.WritableStream; close: () => Promise<void> }> {
  if (!path || path === '-') return { stream: io.stdout, close: async () => {} };
  const stream: WriteStream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) => reject(new OutputError(`cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? err.message}`)));
  });
  return {
    stream,
    close: () => new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve()))),
  };
}

async function analyze(paths: string[], flags: AnalyzeFlags, io: CliIO): Promise<number> {
  if (flags.common <= flags.uncommon) throw new UsageError(`--common (${flags.common}) must be greater than --uncommon (${flags.uncommon})`);
  if (paths.length === 0) throw new UsageError('no inputs: give files, folders, globs or - for stdin (see --help)');
  const out = await openOutput(flags.output, io);
  const notice = (line: string) => {
    if (!flags.quiet) io.stderr.write(line);
  };
  const started = Date.now();
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
    },
    {
      cwd: io.cwd,
      readStdin: io.readStdin,
      onProblem: (s) => notice(problemLine(s)),
      onPosting: flags.format === 'jsonl' ? (a) => out.stream.write(renderJsonlLine(a.result)) : undefined,
    },
  );
  if (flags.format !== 'jsonl') {
    const reporter = await REPORTERS[flags.format]();
    const color = flags.output ? false : useColor(flags.color, io.env, Boolean(io.stdout.isTTY));
    out.stream.write(
      reporter(result, {
        ...DEFAULT_REPORT_OPTIONS,
        top: flags.top,
        examples: flags.examples,
        color: flags.format === 'table' && color,
        width: io.stdout.columns ?? DEFAULT_REPORT_OPTIONS.width,
      }),
    );
  }
  await out.close();
  if (flags.verbose) {
    const { corpus } = result;
    io.stderr.write(
      `jd-analyze: ${corpus.postings} postings from ${corpus.analyzedFiles} of ${corpus.files} files in ${Date.now() - started} ms\n`,
    );
  }
  if (result.corpus.analyzedFiles === 0) {
    notice('jd-analyze: no input could be analyzed\n');
    return ExitCode.noInput;
  }
  if (result.corpus.failedFiles > 0 && !flags.allowFailures) return ExitCode.someInputsFailed;
  return ExitCode.ok;
}

/** Builds the commander program. Actions store their exit code in `state`. */
function program(io: CliIO, state: { code: number }): Command {
  const cmd = new Command('jd-analyze')
    .description('Find the skills and responsibilities job postings ask for; report which are common and which are rare, with exact citations.')
    .version(VERSION, '-V, --version')
    .argument('[paths...]', 'files, folders, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS as unknown as string[]).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--top <n>', 'rows per list in table/markdown reports', parseCount, 20)
    .option('--examples <n>', 'example quotes per item (each from a different posting)', parseCount, 2)
    .option('--common <share>', 'share of postings at or above which an item is common (0-1 or %)', parseShare, DEFAULT_THRESHOLDS.common)
    .option('--uncommon <share>', 'share of postings at or below which an item is uncommon (0-1 or %)', parseShare, DEFAULT_THRESHOLDS.uncommon)
    .option('--dict <file>', 'add or override dictionary entries from a YAML/JSON file (repeatable)', collect, [])
    .addOption(new Option('--split <mode>', 'how files are cut into postings').choices(['auto', 'file', 'page']).default('auto'))
    .option('--max-file-size <size>', 'skip files larger than this (e.g. 800KB, 50MB)', parseSize, DEFAULT_MAX_FILE_SIZE)
    .option('--text-field <name>', 'field with the posting text in CSV/JSON/JSONL records (default: found by name)')
    .option('--title-field <name>', 'field with the posting title in CSV/JSON/JSONL records (default: found by name)')
    .option('--allow-failures', 'exit 0 even when some inputs failed')
    .option('--no-color', 'no colour in the table output (also NO_COLOR=1)')
    .option('-q, --quiet', 'no notices on stderr')
    .option('-v, --verbose', 'timings on stderr, and stack traces for internal errors')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run jd-analyze --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      state.code = await analyze(paths, flags, io);
    });
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
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.ok;
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
