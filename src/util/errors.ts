/** Exit codes, documented in the README. */
export const ExitCode = {
  /** Analysis ran; every input was analyzed (or failures were allowed). */
  ok: 0,
  /** `check` gate: a posting failed a `--require` / `--fail-on` rule. */
  gateFailed: 1,
  /** Bad command line: unknown option, bad value, no inputs given. */
  usage: 2,
  /** Some inputs could not be analyzed (the report still covers the rest). */
  someInputsFailed: 3,
  /** No input could be analyzed: nothing matched the paths, or every file failed. */
  noInput: 4,
  /** A dictionary (default or `--dict`) is invalid. */
  dictionary: 5,
  /** Could not write the output (`--output` path unwritable). */
  output: 6,
  /** Unexpected internal error (a bug; rerun with --verbose and report it). */
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class: an error the CLI reports in one line and turns into an exit code. */
export class JdError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line is wrong. */
export class UsageError extends JdError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** Inputs cannot be analyzed at all. */
export class InputError extends JdError {
  constructor(message: string, exitCode: ExitCodeValue = ExitCode.noInput) {
    super(message, exitCode);
  }
}

/** A dictionary file or entry is invalid; names the file and the entry. */
export class DictionaryError extends JdError {
  constructor(
    readonly file: string,
    readonly entry: string | null,
    readonly reason: string,
  ) {
    super(`${file}${entry ? `: entry "${entry}"` : ''}: ${reason}`, ExitCode.dictionary);
  }
}

/** The report could not be written. */
export class OutputError extends JdError {
  constructor(message: string) {
    super(message, ExitCode.output);
  }
}
