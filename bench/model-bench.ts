// The reception model against the code before the day's rewrite (bench/baseline.ts), side by
// side in one run: runs alternate between the two builds, each in a fresh process, so the
// shared machine's ups and downs fall on both alike. Two workloads: the medium example
// (simulated days per second) and the model reduced to an M/M/10 queue (events per second, to
// set against the bare calendar's on the same queue).

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BASELINE_COMMIT, baselineRoot } from './baseline.js';

/** One build's speed on one workload. */
export interface ModelBenchRow {
  readonly days: number;
  readonly events: number;
  readonly medianSec: number;
  readonly daysPerSec: number;
  readonly eventsPerSec: number;
}

/** Both builds on both workloads; `baseline` is null when git could not give the old code. */
export interface ModelBench {
  readonly baselineCommit: string;
  readonly current: { readonly medium: ModelBenchRow; readonly mmc: ModelBenchRow };
  readonly baseline: { readonly medium: ModelBenchRow; readonly mmc: ModelBenchRow } | null;
}

const ONE = fileURLToPath(new URL('./model-one.js', import.meta.url));
const CURRENT = fileURLToPath(new URL('../..', import.meta.url));

/** `rounds` alternating measurements per build and workload (each the median of 3 timed runs); the median row of each. */
export function benchModel(rounds: number): ModelBench {
  const oldRoot = baselineRoot();
  const measure = (root: string, workload: 'medium' | 'mmc'): ModelBenchRow =>
    JSON.parse(execFileSync(process.execPath, [ONE, root, workload, '3'], { encoding: 'utf8' })) as ModelBenchRow;
  const rows = { current: { medium: [] as ModelBenchRow[], mmc: [] as ModelBenchRow[] }, baseline: { medium: [] as ModelBenchRow[], mmc: [] as ModelBenchRow[] } };
  for (let round = 0; round < rounds; round++) {
    for (const workload of ['medium', 'mmc'] as const) {
      if (oldRoot) rows.baseline[workload].push(measure(oldRoot, workload));
      rows.current[workload].push(measure(CURRENT, workload));
    }
  }
  const median = (list: ModelBenchRow[]): ModelBenchRow => [...list].sort((a, b) => a.medianSec - b.medianSec)[list.length >> 1];
  return {
    baselineCommit: BASELINE_COMMIT,
    current: { medium: median(rows.current.medium), mmc: median(rows.current.mmc) },
    baseline: oldRoot ? { medium: median(rows.baseline.medium), mmc: median(rows.baseline.mmc) } : null,
  };
}
