// Simulation worker: runs blocks of replications with the same pure runner the CLI's worker
// threads use (src/analysis/replication.ts), on the same engine, model and tallies.

import { runReplication } from '../../analysis/replication.js';
import type { CalendarOptions } from '../../engine/calendar.js';
import { HeapCalendar } from '../../engine/heap-calendar.js';
import type { ModelConfig } from '../../model/config.js';
import { WarningList } from '../../model/issues.js';
import { normaliseScenario } from '../../model/normalise.js';
import type { BlockRequest, WorkerMessage } from '../protocol.js';

/** The part of a dedicated worker's global scope this file uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<BlockRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;
const newCalendar = (options?: CalendarOptions) => new HeapCalendar(options);

// The scenarios of recent jobs, normalised once per worker.
const configs = new Map<string, ModelConfig>();
const KEPT_CONFIGS = 8;

scope.onmessage = (event) => {
  const request = event.data;
  try {
    const config = configFor(request);
    for (let replication = request.from; replication < request.to; replication++) {
      const result = runReplication(config, replication, newCalendar);
      scope.postMessage({ kind: 'replication', jobKey: request.jobKey, replication, totals: result.totals, events: result.events });
    }
    scope.postMessage({ kind: 'block-done', jobKey: request.jobKey });
  } catch (error) {
    scope.postMessage({ kind: 'block-failed', jobKey: request.jobKey, message: (error as Error).message });
  }
};

function configFor(request: BlockRequest): ModelConfig {
  let config = configs.get(request.jobKey);
  if (config === undefined) {
    config = normaliseScenario(request.scenario, new WarningList());
    configs.set(request.jobKey, config);
    if (configs.size > KEPT_CONFIGS) configs.delete(configs.keys().next().value!);
  }
  return config;
}
