import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { DEFAULT_THRESHOLDS } from '../aggregate/aggregate.js';
import { DEFAULT_REPORT_OPTIONS } from '../reporters/options.js';
import { FORMATS, REPORTERS, type Format } from '../reporters/index.js';
import type { AnalysisResult } from '../types.js';
import { InputError, UsageError } from '../util/errors.js';
import type { CliIO, CliState } from './io.js';
import { reportOptions } from './corpus.js';
import { openOutput } from './output.js';
import { parseCount, parseShare } from './parse.js';

interface MergeFlags {
  format: Format;
  output?: string;
  top: number;
  examples?: number;
  common?: number;
  uncommon?: number;
  color?: boolean;
}

const HELP = `
Each FILE is the output of \`jd-analyze --format json\` on one shard of a corpus. The
merged result is exactly what one run over all the shards' files would give, when the
shards are given in the order their files sort (job numbers of later shards are shifted
by the postings before them): counts and mentions add up, shares and bands are
recomputed, examples keep the first N in job order. The shards must have been made with
the same dictionary. The output is JSON by default, so merges can be merged again.

Examples:
  $ jd-analyze shard-a/ --format json -o a.json && jd-analyze shard-b/ --format json -o b.json
  $ jd-analyze merge a.json b.json -o all.json
  $ jd-analyze merge a.json b.json --format markdown
`;

async function readShard(file: string): Promise<AnalysisResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    return JSON.parse(text) as AnalysisResult;
  } catch (err) {
    throw new InputError(`${file}: not JSON (${(err as Error).message})`);
  }
}

async function merge(files: string[], flags: MergeFlags, io: CliIO): Promise<number> {
  // Loaded only for this command, as the other commands' work is.
  const { mergeResults } = await import('../aggregate/merge.js');
  const shards = await Promise.all(files.map(readShard));
  const first = shards[0]?.thresholds;
  const thresholds =
    flags.common !== undefined || flags.uncommon !== undefined
      ? { common: flags.common ?? first?.common ?? DEFAULT_THRESHOLDS.common, uncommon: flags.uncommon ?? first?.uncommon ?? DEFAULT_THRESHOLDS.uncommon }
      : undefined;
  if (thresholds && thresholds.common <= thresholds.uncommon) throw new UsageError('--common must be greater than --uncommon');
  const result = mergeResults(shards, files, { thresholds, examples: flags.examples });
  const out = await openOutput(flags.output, io.stdout);
  const reporter = await REPORTERS[flags.format]();
  out.stream.write(reporter(result, { ...reportOptions(flags, io, flags.top), examples: flags.examples ?? DEFAULT_REPORT_OPTIONS.examples }));
  await out.close();
  return 0;
}

/** `jd-analyze merge A.json B.json ...`: combines shard results exactly. */
export function addMergeCommand(program: Command, io: CliIO, state: CliState): void {
  program
    .command('merge')
    .description('combine the JSON results of shards of a corpus exactly (counts, shares, bounded examples)')
    .argument('<files...>', 'results of jd-analyze --format json, in the order of their files')
    .addOption(new Option('-f, --format <format>', 'report format').choices((FORMATS as readonly string[]).filter((f) => f !== 'jsonl')).default('json'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--top <n>', 'rows per list in table/markdown reports', parseCount, 20)
    .option('--examples <n>', 'example quotes kept per item (default: as many as the shards kept)', parseCount)
    .option('--common <share>', 'new common threshold (default: the shards\')', parseShare)
    .option('--uncommon <share>', 'new uncommon threshold (default: the shards\')', parseShare)
    .option('--no-color', 'no colour in the table output')
    .addHelpText('after', HELP)
    .action(async (files: string[], flags: MergeFlags) => {
      state.code = await merge(files, flags, io);
    });
}
