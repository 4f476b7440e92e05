import { Option, type Command } from 'commander';
import { checkPostings, DEFAULT_MAX_SKILLS, failsGate, parseFailOn, CHECK_FLAGS } from '../commands/check.js';
import { resolveSkillNames } from '../commands/skill-names.js';
import { ExitCode, UsageError } from '../util/errors.js';
import { addCorpusOptions, inputsExitCode, readCorpus, reportOptions, type CorpusFlags } from './corpus.js';
import type { CliIO, CliState } from './io.js';
import { openOutput } from './output.js';
import { collect, collectList, parseCount } from './parse.js';

/** Formats of the check report (renderers in reporters/check.ts, loaded on use). */
const FORMATS = ['table', 'json', 'jsonl', 'markdown', 'csv'];

interface CheckFlags extends CorpusFlags {
  format: string;
  maxSkills: number;
  require: string[];
  failOn: string[];
}

const HELP = `
Flags (one row per posting):
  no-title              the posting has no title line
  no-skills             no skill found
  no-duties             no responsibility found
  too-many-skills       more than --max-skills distinct skills (default ${DEFAULT_MAX_SKILLS}): a wish list
  level-years-mismatch  Junior asking 4+ years, Middle asking 8+, Senior/Lead/Principal asking 0-1
  missing:<id>          a --require skill the posting does not name (negated mentions do not count)

--fail-on makes check a gate for scripts: exit 1 when a posting raises a listed flag
(a flag name, "missing" for any missing:<id>, or "any"). Exit codes: 0 ok; 1 gate failed;
2 bad usage (also an unknown --require skill); 3 some inputs failed; 4 nothing analyzed;
5 invalid dictionary; 6 cannot write output. 3 and 4 win over 1.

Examples:
  $ jd-analyze check fixtures/python-backend
  $ jd-analyze check postings/ --require python,docker --fail-on missing
  $ jd-analyze check postings/ --fail-on no-duties --fail-on level-years-mismatch --format json
`;

async function check(paths: string[], flags: CheckFlags, io: CliIO): Promise<number> {
  const { loadDictionary } = await import('../run.js');
  if (paths.length === 0) throw new UsageError('check: no inputs: give files, folders, globs or - for stdin');
  const dict = await loadDictionary(flags.dict);
  const require = resolveSkillNames(flags.require, dict.skills, '--require');
  const failOn = parseFailOn(flags.failOn, require);
  const out = await openOutput(flags.output, io.stdout);
  const { result, postings } = await readCorpus(paths, flags, io, dict);
  const rules = { maxSkills: flags.maxSkills, require };
  const report = checkPostings(postings, rules);
  const { CHECK_REPORTERS } = await import('../reporters/check.js');
  out.stream.write(CHECK_REPORTERS[flags.format]({ report, rules, corpus: result.corpus }, reportOptions(flags, io, Number.POSITIVE_INFINITY)));
  await out.close();
  const inputs = inputsExitCode([result], flags, io);
  if (inputs !== ExitCode.ok) return inputs;
  return failOn.length && report.postings.some((r) => failsGate(r, failOn)) ? ExitCode.gateFailed : ExitCode.ok;
}

/** `jd-analyze check PATHS`: one row per posting with figures and flags; a gate with --fail-on. */
export function addCheckCommand(program: Command, io: CliIO, state: CliState): void {
  const cmd = program
    .command('check')
    .description('one row per posting (level, years, skill counts, duties) with flags for suspicious postings; a gate for scripts with --fail-on')
    .argument('[paths...]', 'files, folders, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('table'))
    .option('--max-skills <n>', 'flag too-many-skills above this many distinct skills', parseCount, DEFAULT_MAX_SKILLS)
    .option('--require <skills>', 'skill ids or labels every posting should name, comma-separated (repeatable)', collectList, [])
    .option('--fail-on <flag>', `exit 1 when a posting has this flag: ${CHECK_FLAGS.join(', ')}, missing, missing:<id>, any (repeatable)`, collect, []);
  addCorpusOptions(cmd)
    .addHelpText('after', HELP)
    .action(async (paths: string[], flags: CheckFlags) => {
      state.code = await check(paths, flags, io);
    });
}
