import { UsageError } from '../util/errors.js';

/** A skill as the user may name it on the command line. */
export interface SkillName {
  id: string;
  label: string;
}

/**
 * Resolves skill names typed by the user (`python`, `PostgreSQL`, `ci-cd`) to dictionary
 * ids: an id or a label, case-insensitive. Unknown names are a usage error that names
 * them all, so a typo in a script's `--require` cannot pass silently. Duplicates are
 * dropped; the order is the user's.
 */
export function resolveSkillNames(names: string[], skills: SkillName[], option: string): string[] {
  const byName = new Map<string, string>();
  // Ids win over labels: a label that equals another skill's id must not shadow it.
  for (const s of skills) byName.set(s.label.toLowerCase(), s.id);
  for (const s of skills) byName.set(s.id.toLowerCase(), s.id);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const id = byName.get(name.trim().toLowerCase());
    if (id === undefined) unknown.push(name);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (unknown.length) {
    const list = unknown.map((n) => `"${n}"`).join(', ');
    throw new UsageError(`${option}: unknown skill ${list} (not an id or label in the dictionary; see jd-analyze dict list)`);
  }
  return ids;
}
