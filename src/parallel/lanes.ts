import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { FoundFile } from '../input/discover.js';
import { formatOf } from '../input/formats.js';

/**
 * Input a run needs before it is split across lanes when --jobs is not given, in bytes of
 * text. Each extra lane is a second JavaScript engine that must compile and warm up its
 * code (about a second of CPU on this pipeline), so below this parallel runs are no faster
 * (measured: 20 MB of text, 2 lanes as slow as 1; 48 MB, 1.3 times faster).
 */
export const AUTO_PARALLEL_BYTES = 32 * 1024 * 1024;

/** How much more a PDF byte costs than a text byte (text extraction runs at about 2 MB/s). */
const PDF_WEIGHT = 8;

/**
 * Most lanes a run without --jobs uses, so that 100,000 postings stay under 400 MB of
 * peak RSS: each lane is an engine with its own heap. Measured on 300 MB of text (132,482
 * postings): JSON with 1, 2, 3 lanes 115, 240, 327 MB; JSONL streamed with 2 and 3 lanes
 * 333 and 475 MB (the lines add garbage that each engine collects late).
 */
export const MAX_AUTO_LANES = { aggregate: 3, streamed: 2 } as const;

/**
 * The number of lanes for a run without --jobs: one per core on big inputs, at most
 * `limit` (see MAX_AUTO_LANES), else 1.
 */
export function autoLanes(files: FoundFile[], cores = availableParallelism(), limit: number = MAX_AUTO_LANES.aggregate): number {
  cores = Math.min(cores, limit);
  if (cores < 2 || files.length < 2) return 1;
  let weight = 0;
  for (const f of files) {
    try {
      weight += statSync(f.path).size * (formatOf(f.path) === 'pdf' ? PDF_WEIGHT : 1);
    } catch {
      // Unreadable: reading it will say so.
    }
    if (weight >= AUTO_PARALLEL_BYTES) return cores;
  }
  return 1;
}
