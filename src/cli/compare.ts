import { Option, type Command } from 'commander';
import { compareCorpora } from '../commands/compare.js';
import { addCorpusOptions, inputsExitCode, readCorpus, reportOptions, type CorpusFlags } from './corpus.js';
import type { CliIO, CliState } from './io.js';
import { openOutput } from './output.js';
import { parseCount } from './parse.js';

/** Formats of the comparison (renderers in reporters/compare.ts, loaded on use). */
const FORMATS = ['table', 'json', 'markdown', 'csv'];

interface CompareFlags extends CorpusFlags {
  format: string;
  top?: number;
  minPostings: number;
  aName?: string;
  bName?: string;
}

/** Rows per list in table and Markdown reports when --top is not given (JSON and CSV: all). */
const DEFAULT_TOP = 20;

const HELP = `
Each of A and B is one path (a file, folder, glob or -). Rows: each skill and
responsibility, with the share of postings naming it in A and in B and the change
(B - A, in percentage points), sorted by the size of the change; ties by id.

Examples:
  $ jd-analyze compare fixtures/python-backend fixtures/data-engineering
  $ jd-analyze compare postings/2025 postings/2026 --a-name 2025 --b-name 2026 --min-postings 3 --top 15
`;

async function compare(a: string, b: string, flags: CompareFlags, io: CliIO): Promise<number> {
  const { loadDictionary } = await import('../run.js');
  const dict = await loadDictionary(flags.dict);
  const out = await openOutput(flags.output, io.stdout);
  const ra = (await readCorpus([a], flags, io, dict)).result;
  const rb = (await readCorpus([b], flags, io, dict)).result;
  const cut = flags.format === 'table' || flags.format === 'markdown' ? DEFAULT_TOP : null;
  const comparison = compareCorpora({ name: flags.aName ?? a, result: ra }, { name: flags.bName ?? b, result: rb }, { minPostings: flags.minPostings, top: flags.top ?? cut });
  const { COMPARE_REPORTERS } = await import('../reporters/compare.js');
  out.stream.write(COMPARE_REPORTERS[flags.format](comparison, reportOptions(flags, io, flags.top ?? DEFAULT_TOP)));
  await out.close();
  return inputsExitCode([ra, rb], flags, io);
}

/** `jd-analyze compare A B`: two corpora side by side, sorted by what changed most. */
export function addCompareCommand(program: Command, io: CliIO, state: CliState): void {
  const cmd = program
    .command('compare')
    .description('two corpora side by side: the share of postings naming each skill and duty in A and B, sorted by the change')
    .argument('<a>', 'the first corpus (one path)')
    .argument('<b>', 'the second corpus (one path)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('table'))
    .option('--top <n>', `rows per list (default ${DEFAULT_TOP} in table/markdown, all in json/csv)`, parseCount)
    .option('--min-postings <n>', 'ignore items named by fewer than n postings in both corpora', parseCount, 1)
    .option('--a-name <name>', 'label for A (default: its path)')
    .option('--b-name <name>', 'label for B (default: its path)');
  addCorpusOptions(cmd)
    .addHelpText('after', HELP)
    .action(async (a: string, b: string, flags: CompareFlags) => {
      state.code = await compare(a, b, flags, io);
    });
}
