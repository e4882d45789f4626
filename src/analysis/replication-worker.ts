// Worker-thread entry: rebuilds the model from the validated scenario (plain data crosses the
// thread boundary; distributions do not) and runs one replication.

import { engines, type EngineName } from '../engine/engines.js';
import { WarningList } from '../model/issues.js';
import { normaliseScenario } from '../model/normalise.js';
import type { Scenario } from '../model/schema/index.js';
import { type ReplicationResult, runReplication } from './replication.js';

/** What the pool sends to a worker. */
export interface ReplicationTask {
  readonly scenario: Scenario;
  readonly engine: EngineName;
  readonly replication: number;
}

/** Runs one replication task (the pool's default export). */
export default function runTask(task: ReplicationTask): ReplicationResult {
  const config = normaliseScenario(task.scenario, new WarningList());
  return runReplication(config, task.replication, engines[task.engine]);
}
