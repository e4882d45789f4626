// The model benchmark: the medium example scenario, simulated day after day in one thread on
// each calendar: simulated days per second and calendar events per second.

import { fileURLToPath } from 'node:url';
import { runReplication } from '../src/analysis/replication.js';
import { type EngineName, engines } from '../src/engine/engines.js';
import { loadScenario } from '../src/io/load-scenario.js';
import { WarningList } from '../src/model/issues.js';
import { medianSeconds } from './measure.js';

/** The scenario the model benchmark runs. */
export const BENCH_SCENARIO = fileURLToPath(new URL('../../scenarios/medium-dealership.yaml', import.meta.url));

/** One calendar's speed on the scenario. */
export interface ScenarioBenchRow {
  readonly days: number;
  readonly events: number;
  readonly medianSec: number;
  readonly daysPerSec: number;
  readonly eventsPerSec: number;
}

/** Measures `replications` replications of the medium scenario on each calendar, `runs` times. */
export function benchScenario(runs: number, replications = 20): Record<EngineName, ScenarioBenchRow> {
  const { config } = loadScenario(BENCH_SCENARIO, { warnings: new WarningList() });
  const measure = (engine: EngineName): ScenarioBenchRow => {
    let events = 0;
    const medianSec = medianSeconds(runs, () => {
      events = 0;
      for (let replication = 0; replication < replications; replication++) {
        events += runReplication(config, replication, engines[engine]).events;
      }
    });
    const days = replications * config.days;
    return { days, events, medianSec, daysPerSec: days / medianSec, eventsPerSec: events / medianSec };
  };
  return { recepsim: measure('recepsim'), simjs: measure('simjs') };
}
