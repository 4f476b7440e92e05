import { describe, it, expect } from 'vitest';
import { originAt } from '../../../src/postings/position.js';
import type { Posting } from '../../../src/types.js';

const posting = (lines: Posting['lines']): Posting => ({ job: 1, file: 'f', title: null, text: '', lines, firstPage: 2, lastPage: 3 });

describe('originAt', () => {
  const p = posting([
    { offset: 0, page: 2, line: 40 },
    { offset: 10, page: 2, line: 41 },
    { offset: 25, page: 3, line: 1 },
  ]);

  it('gives the line that holds the offset', () => {
    expect([0, 9, 10, 24, 25, 500].map((o) => originAt(p, o).line)).toEqual([40, 40, 41, 41, 1, 1]);
  });

  it('gives the page of that line', () => {
    expect(originAt(p, 30).page).toBe(3);
    expect(originAt(p, 5).page).toBe(2);
  });

  it('falls back to line 1 of the first page for a posting without lines', () => {
    expect(originAt(posting([]), 7)).toEqual({ offset: 0, page: 2, line: 1 });
  });
});
