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
  let last: Progress | null = null;
  const payload = (p: Progress) => ({ postings: p.postings, rate: Math.round(p.postings / Math.max(0.001, (Date.now() - started) / 1000)) });
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
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: 'jd-analyze [{bar}] {value}/{total} files | {postings} postings | {rate} postings/s | {eta_formatted} left',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        if (last) bar.start(last.files, last.filesDone, payload(last));
      });
    },
    stop() {
      bar?.stop();
    },
  };
}
