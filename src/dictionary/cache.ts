import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A cache of derived forms (parsed YAML, compiled dictionaries) in the package's
 * node_modules/.cache/jd-analyze, so that a run does not parse and compile an unchanged
 * dictionary again. Entries are named by a hash of everything they are derived from, so a
 * stale entry is never read; any failure (no such folder, read-only install, a torn
 * file) only means the work is done again.
 */
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/jd-analyze/', import.meta.url));

/** Entries kept per kind; older ones are removed when a new one is written. */
const KEEP = 6;

/** A hex digest of the parts, in order. */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(typeof p === 'string' ? `${p.length}:` : `b${p.length}:`);
    h.update(p);
  }
  return h.digest('hex');
}

/** The cached bytes of `kind` under `key`, or null. */
export function readCache(kind: string, key: string): Buffer | null {
  try {
    return readFileSync(join(CACHE_DIR, `${kind}-${key}`));
  } catch {
    return null;
  }
}

/** Stores bytes under `key` (written aside and renamed, so readers never see half a file). */
export function writeCache(kind: string, key: string, data: Uint8Array | string): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const file = join(CACHE_DIR, `${kind}-${key}`);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    prune(kind);
  } catch {
    // No cache: the next run does the work again.
  }
}

function prune(kind: string): void {
  const mine = readdirSync(CACHE_DIR)
    .filter((f) => f.startsWith(`${kind}-`) && !f.endsWith('.tmp'))
    .map((f) => ({ f, t: statSync(join(CACHE_DIR, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of mine.slice(KEEP)) unlinkSync(join(CACHE_DIR, f));
}

/**
 * The text of the modules (by path from this folder, in this module's own extension) whose
 * code decides a derived form: part of its key, so changed code never meets an old entry.
 */
export function codeOf(paths: string[]): string | null {
  const own = fileURLToPath(import.meta.url);
  const ext = own.slice(own.lastIndexOf('.'));
  try {
    return paths.map((p) => readFileSync(fileURLToPath(new URL(`${p}${ext}`, import.meta.url)), 'utf8')).join('\u0000');
  } catch {
    return null;
  }
}
