// The engine benchmark: an M/M/10 queue (9 arrivals per minute, exponential service of mean
// 1 minute, about 1.8 million customers) on recepsim's calendar, on the simjs calendar through
// the same interface, natively in simjs, and as a hand-specialised typed-heap loop.

import { engines } from '../src/engine/engines.js';
import { createStream } from '../src/engine/random.js';
import { medianSeconds } from './measure.js';
import { runMmc } from './models/mmc.js';
import { runMmcRawHeap } from './models/mmc-raw-heap.js';
import { runMmcSimjsNative } from './models/mmc-simjs-native.js';

/** The benchmark workload. */
export const MMC_WORKLOAD = {
  arrivalsPerMin: 9,
  meanServiceMin: 1,
  servers: 10,
  horizonMin: 200_000,
} as const;

/** One measured implementation of the workload. */
export interface MmcBenchRow {
  readonly customers: number;
  readonly medianSec: number;
  readonly customersPerSec: number;
}

const streams = () => ({ arrivals: createStream(1, ['bench', 'arrivals']), service: createStream(1, ['bench', 'service']) });

/** Measures every implementation, `runs` timed runs each. */
export function benchMmc(runs: number): Record<'recepsim' | 'simjs' | 'simjsNative' | 'rawHeap', MmcBenchRow> {
  const viaCalendar = (engine: keyof typeof engines): MmcBenchRow => {
    let customers = 0;
    const medianSec = medianSeconds(runs, () => {
      const result = runMmc(engines[engine](), { ...MMC_WORKLOAD, warmupMin: 0, slThresholdMin: 1 / 3, batches: 1 }, streams());
      customers = result.customers;
    });
    return { customers, medianSec, customersPerSec: customers / medianSec };
  };
  const direct = (run: typeof runMmcRawHeap): MmcBenchRow => {
    let customers = 0;
    const medianSec = medianSeconds(runs, () => {
      customers = run(MMC_WORKLOAD, streams());
    });
    return { customers, medianSec, customersPerSec: customers / medianSec };
  };
  return {
    recepsim: viaCalendar('recepsim'),
    simjs: viaCalendar('simjs'),
    simjsNative: direct(runMmcSimjsNative),
    rawHeap: direct(runMmcRawHeap),
  };
}
