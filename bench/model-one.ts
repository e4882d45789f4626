// Times the reception model of one build (this one or the baseline's) on one workload and prints
// its row as JSON. Run in a fresh process per measurement (see scenario-bench.ts), so neither
// build inherits the JIT's view of the other.
//   node dist/bench/model-one.js <root of a build> <medium|mmc> <runs>

import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { MMC_WORKLOAD } from './mmc-workload.js';

const [root, workload, runsText] = process.argv.slice(2) as [string, 'medium' | 'mmc', string];
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(root, 'dist', 'src', path)).href)) as T;

type Config = { days: number; replications: number };
const { runReplication } = await load<{ runReplication: (c: Config, r: number, f: unknown) => { events: number } }>('analysis/replication.js');
const { engines } = await load<{ engines: { recepsim: unknown } }>('engine/engines.js');
const { normaliseScenario } = await load<{ normaliseScenario: (s: unknown, w: unknown) => Config }>('model/normalise.js');
const { scenarioSchema } = await load<{ scenarioSchema: { parse: (x: unknown) => unknown } }>('model/schema/index.js');
const { WarningList } = await load<{ WarningList: new () => unknown }>('model/issues.js');
const { loadScenario } = await load<{ loadScenario: (p: string, o: unknown) => { config: Config } }>('io/load-scenario.js');

/** The reception model as an M/M/10 queue: calls only, answered by 10 advisors, steady state. */
function mmcScenario(): unknown {
  const { arrivalsPerMin, meanServiceMin, servers, horizonMin } = MMC_WORKLOAD;
  // A tenth of the bare queue's horizon per replication (about 180,000 customers), 2 replications.
  const hours = horizonMin / 60 / 10;
  return {
    name: 'M/M/10',
    day: { open: '08:00', close: '19:00' },
    steadyState: { hours, warmupHours: 1 },
    replications: 2,
    seed: 1,
    staff: { advisors: servers },
    policy: { kind: 'answer-all' },
    calls: { perHour: arrivalsPerMin * 60, reasons: [{ name: 'any', share: 1, handle: { dist: 'exponential', mean: meanServiceMin } }] },
  };
}

const config =
  workload === 'medium'
    ? loadScenario(join(root, 'scenarios', 'medium-dealership.yaml'), { warnings: new WarningList() }).config
    : normaliseScenario(scenarioSchema.parse(mmcScenario()), new WarningList());
const replications = workload === 'medium' ? 20 : 2;
const work = (): number => {
  let events = 0;
  for (let r = 0; r < replications; r++) events += runReplication(config, r, engines.recepsim).events;
  return events;
};
work();
const seconds: number[] = [];
let events = 0;
for (let i = 0; i < Number(runsText); i++) {
  const start = process.hrtime.bigint();
  events = work();
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
seconds.sort((a, b) => a - b);
const medianSec = seconds[seconds.length >> 1];
const days = replications * config.days;
process.stdout.write(JSON.stringify({ days, events, medianSec, daysPerSec: days / medianSec, eventsPerSec: events / medianSec }));
