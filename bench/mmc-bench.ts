// The engine benchmark: the M/M/10 workload (mmc-workload.ts) on recepsim's calendar, on the
// simjs calendar through the same interface, natively in simjs, and as a hand-specialised
// typed-heap loop — each timed in a fresh Node process by mmc-one.ts.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MmcImplementation } from './mmc-workload.js';

export { MMC_WORKLOAD } from './mmc-workload.js';

/** One measured implementation of the workload. */
export interface MmcBenchRow {
  readonly customers: number;
  readonly medianSec: number;
  readonly customersPerSec: number;
}

const ONE = fileURLToPath(new URL('./mmc-one.js', import.meta.url));

/** Measures every implementation, `runs` timed runs each (after one warm-up), one process each. */
export function benchMmc(runs: number): Record<MmcImplementation, MmcBenchRow> {
  const measure = (implementation: MmcImplementation): MmcBenchRow =>
    JSON.parse(execFileSync(process.execPath, [ONE, implementation, String(runs)], { encoding: 'utf8' })) as MmcBenchRow;
  return {
    recepsim: measure('recepsim'),
    simjs: measure('simjs'),
    simjsNative: measure('simjsNative'),
    rawHeap: measure('rawHeap'),
  };
}
