// Times one implementation of the M/M/c benchmark and prints its row as JSON. Each
// implementation runs in a fresh process (see mmc-bench.ts), so no implementation inherits the
// JIT's view of another: the shared model code would otherwise be optimised for whichever
// calendar ran first.

import { engines } from '../src/engine/engines.js';
import { createStream } from '../src/engine/random.js';
import { medianSeconds } from './measure.js';
import { runMmc } from './models/mmc.js';
import { runMmcRawHeap } from './models/mmc-raw-heap.js';
import { runMmcSimjsNative } from './models/mmc-simjs-native.js';
import { MMC_WORKLOAD, type MmcImplementation } from './mmc-workload.js';

const streams = () => ({ arrivals: createStream(1, ['bench', 'arrivals']), service: createStream(1, ['bench', 'service']) });

const runners: Record<MmcImplementation, () => number> = {
  recepsim: () => runMmc(engines.recepsim(), { ...MMC_WORKLOAD, warmupMin: 0, slThresholdMin: 1 / 3, batches: 1 }, streams()).customers,
  simjs: () => runMmc(engines.simjs(), { ...MMC_WORKLOAD, warmupMin: 0, slThresholdMin: 1 / 3, batches: 1 }, streams()).customers,
  simjsNative: () => runMmcSimjsNative(MMC_WORKLOAD, streams()),
  rawHeap: () => runMmcRawHeap(MMC_WORKLOAD, streams()),
};

const [implementation, runsText] = process.argv.slice(2) as [MmcImplementation, string];
let customers = 0;
const medianSec = medianSeconds(Number(runsText), () => {
  customers = runners[implementation]();
});
process.stdout.write(JSON.stringify({ customers, medianSec, customersPerSec: customers / medianSec }));
