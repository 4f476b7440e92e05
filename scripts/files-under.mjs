// The files of a folder as the CLI reads them, for the benchmark scripts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir`, in path order, leaving out dot-files and dot-folders (as the CLI does). */
export function filesUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}
