// Timing helpers for the benchmarks: one warm-up run, then the median of N timed runs.

/** The median wall-clock time of `runs` timed calls of `work`, after one untimed warm-up. */
export function medianSeconds(runs: number, work: () => void): number {
  work();
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  seconds.sort((a, b) => a - b);
  const middle = seconds.length >> 1;
  return seconds.length % 2 === 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2;
}
