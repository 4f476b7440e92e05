import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** One file to read: its absolute path and the path shown in reports. */
export interface FoundFile {
  path: string;
  display: string;
  /** Set when the entry cannot be read at all (an unreadable folder, a broken link): why. */
  error?: string;
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

function errorDetail(err: unknown, what: string): string {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'EACCES' || code === 'EPERM') return `${what}: permission denied`;
  return `${what}: cannot read (${code})`;
}

/**
 * Walks a folder for files, hidden names skipped. Symbolic links to files are taken;
 * links to folders are not followed, so a link back to a parent cannot loop. A folder
 * that cannot be listed, or a link that leads nowhere, is reported instead of dropped,
 * so every input is accounted for. Iterative: depth and file count are not limited by the stack.
 */
async function walk(root: string, add: (abs: string, error?: string) => void): Promise<void> {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      add(dir, errorDetail(err, 'folder'));
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = join(dir, e.name);
      if (e.isDirectory()) pending.push(abs);
      else if (e.isFile()) add(abs);
      else if (e.isSymbolicLink()) {
        try {
          if ((await stat(abs)).isFile()) add(abs);
        } catch (err) {
          add(abs, errorDetail(err, 'broken or looping symbolic link'));
        }
      }
    }
  }
}

/** fast-glob, loaded only when an argument is not an existing path (a glob pattern, or a typo). */
let fg: typeof import('fast-glob') | null = null;

function compare(a: FoundFile, b: FoundFile): number {
  return a.display < b.display ? -1 : a.display > b.display ? 1 : 0;
}

/**
 * Expands files, folders (recursively; hidden files and folders skipped; links to
 * folders not followed) and glob patterns into a sorted, de-duplicated list. `-` (stdin)
 * is handled by the caller.
 */
export async function discoverInputs(args: string[], cwd: string): Promise<{ files: FoundFile[]; unmatched: Unmatched[] }> {
  const found = new Map<string, FoundFile>();
  const unmatched: Unmatched[] = [];
  const add = (abs: string, error?: string) => {
    const entry: FoundFile = { path: abs, display: displayPath(abs, cwd) };
    if (error) entry.error = error;
    found.set(abs, entry);
  };
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
      await walk(abs, add);
    } else if (info) {
      add(abs);
    } else if ((fg ??= (await import('fast-glob')).default).isDynamicPattern(arg)) {
      // Links are not followed here either: a link to a parent folder would repeat the tree until ELOOP.
      const entries = await fg(arg.split(sep).join('/'), { cwd, absolute: true, onlyFiles: true, dot: false, suppressErrors: true, followSymbolicLinks: false });
      if (entries.length === 0) unmatched.push({ arg, reason: 'no files match this pattern' });
      for (const e of entries) add(resolve(e));
    } else {
      unmatched.push({ arg, reason: 'no such file or folder' });
    }
  }
  return { files: [...found.values()].sort(compare), unmatched };
}
