import { Option, type Command } from 'commander';
import { listDictionary } from '../commands/dict.js';
import { plural } from '../reporters/bars.js';
import { DEFAULT_REPORT_OPTIONS } from '../reporters/options.js';
import { useColor } from '../util/color.js';
import { ExitCode, UsageError } from '../util/errors.js';
import type { CliIO, CliState } from './io.js';

/** Formats of the listing (renderers in reporters/dict.ts, loaded on use). */
const FORMATS = ['table', 'json'];

interface ListFlags {
  format: string;
  category?: string;
  dict?: string[];
  color?: boolean;
}

/** `dict validate`: each file read and validated, then all merged over the default and compiled, as --dict does. */
async function validate(files: string[], io: CliIO): Promise<number> {
  const { loadDictionaryData, readDictionaryFile } = await import('../dictionary/load.js');
  const { compileDictionary } = await import('../dictionary/compile.js');
  if (files.length === 0) throw new UsageError('dict validate: give one or more dictionary files');
  const parts = files.map((f) => ({ file: f, part: readDictionaryFile(f) }));
  // Merging and compiling catch what one file alone cannot: duplicate aliases, unknown implied ids.
  await compileDictionary(loadDictionaryData(files));
  for (const { file, part } of parts) {
    io.stdout.write(`ok: ${file} (${plural(part.skills.length, 'skill')}, ${plural(part.responsibilities.length, 'responsibility', 'responsibilities')})\n`);
  }
  return ExitCode.ok;
}

async function list(flags: ListFlags, io: CliIO): Promise<number> {
  const { loadDictionaryData } = await import('../dictionary/load.js');
  const { compileDictionary } = await import('../dictionary/compile.js');
  const data = loadDictionaryData(flags.dict ?? []);
  // Compiling validates what loading does not (duplicate aliases across files).
  await compileDictionary(data);
  const color = useColor(flags.color, io.env, Boolean(io.stdout.isTTY));
  const options = { ...DEFAULT_REPORT_OPTIONS, color: flags.format === 'table' && color, width: io.stdout.columns ?? DEFAULT_REPORT_OPTIONS.width };
  const { DICT_REPORTERS } = await import('../reporters/dict.js');
  io.stdout.write(DICT_REPORTERS[flags.format](listDictionary(data, flags.category), options));
  return ExitCode.ok;
}

/** `jd-analyze dict list|validate`: show the dictionary; check custom dictionary files. */
export function addDictCommand(program: Command, io: CliIO, state: CliState): void {
  const dict = program.command('dict').description('show the dictionary, or validate custom dictionary files');
  dict
    .command('list')
    .description('list the skills (id, label, category, aliases, implies) and responsibilities (verbs, objects)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('table'))
    .option('--category <category>', 'only this category (id or label)')
    .option('--dict <files...>', 'custom dictionary files merged over the default, as in analyze')
    .option('--no-color', 'no colour in the table output (also NO_COLOR=1)')
    .addHelpText('after', '\nExamples:\n  $ jd-analyze dict list --category databases\n  $ jd-analyze dict list --format json --dict my-skills.yaml\n')
    .action(async (flags: ListFlags) => {
      state.code = await list(flags, io);
    });
  dict
    .command('validate')
    .description('check custom dictionary files merged over the default (as --dict): "ok: FILE (N skills, M responsibilities)" and exit 0, or the error and exit 5')
    .argument('<files...>', 'dictionary files (YAML or JSON)')
    .addHelpText('after', '\nExamples:\n  $ jd-analyze dict validate my-skills.yaml\n')
    .action(async (files: string[]) => {
      state.code = await validate(files, io);
    });
}
