import { performance } from 'perf_hooks';

/** Runs fn `runs` times after one warm-up and returns the median in milliseconds. */
export function medianMs(fn: () => void, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const fmtMs = (ms: number) => `${ms.toFixed(1)} ms`;
