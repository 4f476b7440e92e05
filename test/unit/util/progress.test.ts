import { describe, expect, it } from 'vitest';
import { progressBar, timeLeft } from '../../../src/util/progress.js';

describe('timeLeft', () => {
  it('extrapolates the average pace so far', () => {
    expect(timeLeft({ files: 100, filesDone: 25 }, 10)).toBe('30s');
    expect(timeLeft({ files: 100, filesDone: 100 }, 10)).toBe('0s');
    expect(timeLeft({ files: 1000, filesDone: 10 }, 20)).toBe('33m 00s');
    expect(timeLeft({ files: 100, filesDone: 40 }, 50)).toBe('1m 15s');
  });

  it('says ? before any file is done', () => {
    expect(timeLeft({ files: 100, filesDone: 0 }, 3)).toBe('?');
  });
});

describe('progressBar', () => {
  it('draws nothing when the stream is not a terminal or the bar is disabled', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WritableStream;
    const bar = progressBar(stream, true);
    bar.update({ files: 2, filesDone: 1, postings: 3, lanes: 1 });
    bar.stop();
    const tty = Object.assign(stream, { isTTY: true });
    progressBar(tty, false).update({ files: 2, filesDone: 1, postings: 3, lanes: 1 });
    expect(written).toEqual([]);
  });
});

describe('progressBar stopped while cli-progress loads', () => {
  it('never draws after stop', async () => {
    const written: string[] = [];
    const stream = { isTTY: true, columns: 80, write: (s: string) => (written.push(s), true), on: () => stream, removeListener: () => stream } as unknown as NodeJS.WritableStream;
    const now = Date.now;
    Date.now = () => now() + 5000;
    try {
      const bar = progressBar(stream, true);
      Date.now = () => now() + 10000;
      bar.update({ files: 2, filesDone: 1, postings: 3, lanes: 1 });
      bar.stop();
      await import('cli-progress');
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      Date.now = now;
    }
    expect(written).toEqual([]);
  });
});
