import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built CLI, as users run it. */
export const BIN = fileURLToPath(new URL('../../bin/jd-analyze.js', import.meta.url));

/** What a CLI run gave. */
export interface ExecResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the built CLI from the project root with NO_COLOR=1 (unless env overrides it). */
export function jd(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): ExecResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** Parses JSONL output into objects. */
export function jsonl(text: string): Record<string, any>[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}
