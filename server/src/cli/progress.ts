import { Presets, SingleBar } from 'cli-progress';

export interface ProgressBar {
  update(value: number, rows?: number): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; nothing in pipes, logs and CI, where it would be noise. */
export function progressBar(total: number, unit: string): ProgressBar {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    stream: process.stderr, hideCursor: true, etaBuffer: 50,
    format: `{bar} {percentage}% | {value}/{total} ${unit} | {rows} lignes | reste {eta_formatted}`,
  }, Presets.shades_classic);
  bar.start(total, 0, { rows: 0 });
  return { update: (value, rows) => bar.update(value, { rows: rows ?? value }), stop: () => bar.stop() };
}
