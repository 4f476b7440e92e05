import { InvalidArgumentError } from 'commander';

/** Option value parsers shared by the analyze command and the subcommands. */

/** A share: `0.25` or `25%`, between 0 and 1. */
export function parseShare(value: string): number {
  const v = value.trim().endsWith('%') ? Number(value.trim().slice(0, -1)) / 100 : Number(value);
  if (!Number.isFinite(v) || v < 0 || v > 1) throw new InvalidArgumentError('expected a share between 0 and 1, or a percentage like 25%');
  return v;
}

/** A whole number from 0 to 100000. */
export function parseCount(value: string): number {
  const v = Number(value);
  if (!Number.isInteger(v) || v < 0 || v > 100000) throw new InvalidArgumentError('expected a whole number >= 0');
  return v;
}

/** A size in bytes: `500000`, `800KB`, `50MB`, `1GB`. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|kib|mb|m|mib|gb|g|gib)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size like 500000, 800KB or 50MB');
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.floor(Number(m[1]) * mult);
}

/** Collects a repeatable option into a list. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Collects a repeatable option whose values may also be comma-separated (`--require a,b --require c`). */
export function collectList(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** `--jobs`: a whole number of worker threads, 1 to 64. */
export function parseJobs(value: string): number {
  const v = Number(value);
  if (!Number.isInteger(v) || v < 1 || v > 64) throw new InvalidArgumentError('expected a whole number of workers from 1 to 64');
  return v;
}
