// Simulation worker: runs blocks of replications with the same pure runner the CLI's worker
// threads use (src/analysis/replication.ts), on the same engine, model and tallies. One runner
// per scenario, made once and reused (it keeps its calendar and day objects).

import { createReplicationRunner, type ReplicationRunner } from '../../analysis/replication.js';
import type { CalendarOptions } from '../../engine/calendar.js';
import { HeapCalendar } from '../../engine/heap-calendar.js';
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

// The runners of recent jobs, each made once per worker.
const runners = new Map<string, ReplicationRunner>();
const KEPT_RUNNERS = 8;

scope.onmessage = (event) => {
  const request = event.data;
  try {
    const run = runnerFor(request);
    for (let replication = request.from; replication < request.to; replication++) {
      const result = run(replication);
      scope.postMessage({ kind: 'replication', blockId: request.blockId, jobKey: request.jobKey, replication, totals: result.totals, events: result.events });
    }
    scope.postMessage({ kind: 'block-done', blockId: request.blockId, jobKey: request.jobKey });
  } catch (error) {
    scope.postMessage({ kind: 'block-failed', blockId: request.blockId, jobKey: request.jobKey, message: (error as Error).message });
  }
};

function runnerFor(request: BlockRequest): ReplicationRunner {
  let runner = runners.get(request.jobKey);
  if (runner === undefined) {
    runner = createReplicationRunner(normaliseScenario(request.scenario, new WarningList()), newCalendar);
    runners.set(request.jobKey, runner);
    if (runners.size > KEPT_RUNNERS) runners.delete(runners.keys().next().value!);
  }
  return runner;
}
