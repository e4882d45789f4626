// Worker-thread entry: runs a block of replications of one configuration. The configuration
// crosses as plain data (distributions do not cross threads) and is normalised once per worker,
// then kept by its key for the next blocks.

import { engines, type EngineName } from '../engine/engines.js';
import type { ModelConfig } from '../model/config.js';
import { WarningList } from '../model/issues.js';
import { normaliseScenario } from '../model/normalise.js';
import type { Scenario } from '../model/schema/index.js';
import { type ReplicationResult, runReplication } from './replication.js';

/** What the pool sends to a worker: replications [first, first + count) of the configuration `key`. */
export interface ReplicationTask {
  readonly key: string;
  readonly scenario: Scenario;
  readonly engine: EngineName;
  readonly first: number;
  readonly count: number;
}

const configs = new Map<string, ModelConfig>();

/** Runs one block of replications (the pool's default export); results in replication order. */
export default function runTask(task: ReplicationTask): ReplicationResult[] {
  let config = configs.get(task.key);
  if (config === undefined) {
    config = normaliseScenario(task.scenario, new WarningList());
    configs.set(task.key, config);
  }
  const results: ReplicationResult[] = [];
  for (let replication = task.first; replication < task.first + task.count; replication++) {
    results.push(runReplication(config, replication, engines[task.engine]));
  }
  return results;
}
