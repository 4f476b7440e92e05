import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';

/** One file to read: its absolute path and the path shown in reports. */
export interface FoundFile {
  path: string;
  display: string;
}

/** A path the user gave that matched nothing. */
export interface Unmatched {
  arg: string;
  reason: string;
}

/** The path shown in reports: relative to `cwd` when inside it, with `/` separators. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : abs;
  return shown.split(sep).join('/');
}

function compare(a: FoundFile, b: FoundFile): number {
  return a.display < b.display ? -1 : a.display > b.display ? 1 : 0;
}

/**
 * Expands files, folders (recursively; hidden files and folders skipped) and glob
 * patterns into a sorted, de-duplicated list. `-` (stdin) is handled by the caller.
 */
export async function discoverInputs(args: string[], cwd: string): Promise<{ files: FoundFile[]; unmatched: Unmatched[] }> {
  const found = new Map<string, FoundFile>();
  const unmatched: Unmatched[] = [];
  const add = (abs: string) => found.set(abs, { path: abs, display: displayPath(abs, cwd) });
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EACCES') {
        unmatched.push({ arg, reason: 'permission denied' });
        continue;
      }
    }
    if (info?.isDirectory()) {
      const entries = await fg('**/*', {
        cwd: abs,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
        suppressErrors: true,
      });
      for (const e of entries) add(resolve(e));
    } else if (info) {
      add(abs);
    } else if (fg.isDynamicPattern(arg)) {
      const entries = await fg(arg.split(sep).join('/'), { cwd, absolute: true, onlyFiles: true, dot: false, suppressErrors: true });
      if (entries.length === 0) unmatched.push({ arg, reason: 'no files match this pattern' });
      for (const e of entries) add(resolve(e));
    } else {
      unmatched.push({ arg, reason: 'no such file or folder' });
    }
  }
  return { files: [...found.values()].sort(compare), unmatched };
}
