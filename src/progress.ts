/**
 * Progress bars for long command-line work (downloads, folder ingestion): a bar with rate and
 * ETA on a terminal; on a pipe or in CI, a plain line every 10% (or every 25 items when the
 * total is unknown) so logs stay readable.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** A progress reporter for `total` items (0 when the total is unknown). */
export function createProgress(label: string, total: number, unit = 'items'): Progress {
  if (process.stderr.isTTY && !process.env.CI) {
    const format = total
      ? `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted}`
      : `${label} {value} ${unit} | {rate}/s`;
    const bar = new cliProgress.SingleBar(
      { format, stream: process.stderr, hideCursor: true, etaBuffer: 20 },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(total || 1, 0, { rate: '0' });
    return {
      update(done) {
        const rate = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
        if (!total) bar.setTotal(Math.max(done, 1));
        bar.update(done, { rate });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  const started = Date.now();
  return {
    update(done) {
      const step = total ? Math.max(1, Math.ceil(total / 10)) : 25;
      if (done - last < step && done !== total) return;
      last = done;
      const secs = (Date.now() - started) / 1000;
      const rate = done / Math.max(0.001, secs);
      const eta = total ? ` ETA ${Math.max(0, (total - done) / Math.max(rate, 0.001)).toFixed(0)} s` : '';
      process.stderr.write(`${label}: ${done}${total ? `/${total}` : ''} ${unit} (${rate.toFixed(1)}/s)${eta}\n`);
    },
    stop() {},
  };
}
