// Worker-thread entry: runs a block of replications of one configuration. The configuration
// crosses as plain data (distributions do not cross threads) and is normalised once per worker;
// its runner is kept by its key for the next blocks.

import { engines, type EngineName } from '../engine/engines.js';
import { WarningList } from '../model/issues.js';
import { normaliseScenario } from '../model/normalise.js';
import type { Scenario } from '../model/schema/index.js';
import { createReplicationRunner, type ReplicationResult, type ReplicationRunner } from './replication.js';
import { CLAIMED } from './worker-threads.js';

/**
 * What the pool sends to a worker: replications [first, first + count) of the configuration
 * `key`, to run only if the worker claims the block first (`claim` in `claims`): the pool's own
 * thread may have claimed it while it waited here.
 */
export interface ReplicationTask {
  readonly key: string;
  readonly scenario: Scenario;
  readonly engine: EngineName;
  readonly first: number;
  readonly count: number;
  readonly claims: SharedArrayBuffer;
  readonly claim: number;
}

// One runner per configuration (by key and engine), kept for the next blocks: it reuses its
// calendar and day objects.
const runners = new Map<string, ReplicationRunner>();

/** Runs one block of replications (the pool's default export); results in replication order, or null when another thread claimed it. */
export default function runTask(task: ReplicationTask): ReplicationResult[] | null {
  if (Atomics.compareExchange(new Int32Array(task.claims), task.claim, 0, CLAIMED) !== 0) return null;
  const key = `${task.engine}\u0000${task.key}`;
  let runner = runners.get(key);
  if (runner === undefined) {
    runner = createReplicationRunner(normaliseScenario(task.scenario, new WarningList()), engines[task.engine]);
    runners.set(key, runner);
  }
  const results: ReplicationResult[] = [];
  for (let replication = task.first; replication < task.first + task.count; replication++) results.push(runner(replication));
  return results;
}
