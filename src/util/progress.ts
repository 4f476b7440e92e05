import type { Progress } from '../run.js';

/** A progress display: updated as files finish, stopped at the end. */
export interface ProgressBar {
  update(p: Progress): void;
  stop(): void;
}

/** How long a run goes before a bar appears: short runs stay quiet. */
const DELAY_MS = 1000;

const NONE: ProgressBar = { update: () => {}, stop: () => {} };

/**
 * A progress bar on stderr (files done, postings, rate) for runs that take more than a
 * second; only when stderr is a terminal and not --quiet, so pipes, CI logs and JSON on
 * stdout never see it. cli-progress is loaded only when the bar is first drawn.
 */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean): ProgressBar {
  if (!enabled || !stream.isTTY) return NONE;
  const started = Date.now();
  let bar: { start(total: number, value: number, payload: object): void; update(value: number, payload: object): void; stop(): void } | null = null;
  let loading = false;
  let stopped = false;
  let last: Progress | null = null;
  const payload = (p: Progress) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    return { postings: p.postings, rate: Math.round(p.postings / seconds), left: timeLeft(p, seconds) };
  };
  return {
    update(p) {
      last = p;
      if (bar) {
        bar.update(p.filesDone, payload(p));
        return;
      }
      if (loading || Date.now() - started < DELAY_MS) return;
      loading = true;
      void import('cli-progress').then(({ default: cliProgress }) => {
        // The run may have ended while the module loaded: no bar (and no hidden cursor) after it.
        if (stopped) return;
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: 'jd-analyze [{bar}] {value}/{total} files | {postings} postings | {rate} postings/s | {left} left',
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        if (last) bar.start(last.files, last.filesDone, payload(last));
      });
    },
    stop() {
      stopped = true;
      bar?.stop();
    },
  };
}

/**
 * Time left at the run's average pace so far (files arrive in bursts when lanes hand in
 * their chunks, so a recent-window estimate jumps about): "12s", "3m 05s", "?" at first.
 */
export function timeLeft(p: Pick<Progress, 'files' | 'filesDone'>, seconds: number): string {
  if (p.filesDone === 0) return '?';
  const left = Math.round(((p.files - p.filesDone) * seconds) / p.filesDone);
  return left < 60 ? `${left}s` : `${Math.floor(left / 60)}m ${String(left % 60).padStart(2, '0')}s`;
}
