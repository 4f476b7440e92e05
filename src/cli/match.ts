import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { CompiledDictionary } from '../dictionary/compile.js';
import { matchResume, type SkillRef } from '../commands/match.js';
import { InputError, UsageError } from '../util/errors.js';
import { addCorpusOptions, inputsExitCode, readCorpus, reportOptions, type CorpusFlags } from './corpus.js';
import type { CliIO, CliState } from './io.js';
import { openOutput } from './output.js';
import { parseCount } from './parse.js';

/** Formats of the match report (renderers in reporters/match.ts, loaded on use). */
const FORMATS = ['table', 'json', 'markdown', 'csv'];

interface MatchFlags extends CorpusFlags {
  format: string;
  resume: string;
  top: number;
}

const HELP = `
The resume (.txt, .md, .pdf, .html) is read as one document and matched with the same
dictionary as the postings. Per posting: required, preferred and other skills the resume
covers (covered/total), and the required ones it lacks; then the skills most often missing
across all postings. Postings are sorted by required coverage. Exit 4 when the resume
cannot be read.

Examples:
  $ jd-analyze match --resume fixtures/resumes/python-dev.md fixtures/python-backend
  $ jd-analyze match --resume cv.pdf postings/ --format json
`;

/** The skills a resume names (negated mentions not counted), read and matched like a posting kept whole. */
export async function resumeSkills(path: string, flags: CorpusFlags, io: CliIO, dict: CompiledDictionary): Promise<{ file: string; skills: SkillRef[] }> {
  const [{ displayPath }, { readInput }, { analyzePosting }, { splitDocument }] = await Promise.all([
    import('../input/discover.js'),
    import('../input/read.js'),
    import('../match/posting.js'),
    import('../postings/split.js'),
  ]);
  const abs = resolve(io.cwd, path);
  const outcome = await readInput({ path: abs, display: displayPath(abs, io.cwd) }, { maxFileSize: flags.maxFileSize });
  const { status } = outcome;
  if (!outcome.doc) throw new InputError(`resume ${status.file}: ${status.reason}${status.detail ? ` (${status.detail})` : ''}`);
  const skills = new Map<string, SkillRef>();
  for (const posting of splitDocument(outcome.doc, 'file', dict.headings, 1)) {
    for (const s of analyzePosting(dict, posting).result.skills) skills.set(s.id, { id: s.id, label: s.label });
  }
  return { file: status.file, skills: [...skills.values()] };
}

async function match(paths: string[], flags: MatchFlags, io: CliIO): Promise<number> {
  const { loadDictionary } = await import('../run.js');
  if (paths.length === 0) throw new UsageError('match: no postings: give files, folders, globs or - for stdin');
  const dict = await loadDictionary(flags.dict);
  const resume = await resumeSkills(flags.resume, flags, io, dict);
  const out = await openOutput(flags.output, io.stdout);
  const { result, postings } = await readCorpus(paths, flags, io, dict);
  const { MATCH_REPORTERS } = await import('../reporters/match.js');
  out.stream.write(MATCH_REPORTERS[flags.format](matchResume(resume, postings), reportOptions(flags, io, flags.top)));
  await out.close();
  return inputsExitCode([result], flags, io);
}

/** `jd-analyze match --resume CV PATHS`: how well a resume covers each posting's skills. */
export function addMatchCommand(program: Command, io: CliIO, state: CliState): void {
  const cmd = program
    .command('match')
    .description("a resume against postings: coverage of each posting's required and preferred skills, and what is missing")
    .argument('[paths...]', 'postings: files, folders, globs, or - for stdin')
    .requiredOption('--resume <file>', 'the resume: .txt, .md, .pdf or .html')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('table'))
    .option('--top <n>', 'rows per list in table/markdown reports', parseCount, 20);
  addCorpusOptions(cmd)
    .addHelpText('after', HELP)
    .action(async (paths: string[], flags: MatchFlags) => {
      state.code = await match(paths, flags, io);
    });
}
