import type { LineOrigin, Posting } from '../types.js';

/** Page and line of an offset in a posting's text. */
export function originAt(posting: Posting, offset: number): LineOrigin {
  const lines = posting.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo] ?? { offset: 0, page: posting.firstPage, line: 1 };
}
