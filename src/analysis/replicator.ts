// What the planning searches (compare, sweep, size) need from whoever runs replications: a
// Replicator, which runs replications r..r+k of a configuration wherever it likes. Node runs
// them on worker threads (replicate.ts), the what-if page on its Web Workers; each thread or
// worker runs one replication with a ReplicationRunner (replication.ts). Pure types.

import type { ModelConfig } from '../model/config.js';
import type { Scenario } from '../model/schema/index.js';
import type { ReplicationResult } from './replication.js';

/** A configuration to simulate: a validated scenario, named by a key unique among those run. */
export interface Configuration {
  /** Identifies the configuration to the runner, which may keep it normalised under this key. */
  readonly key: string;
  /** Plain data: what crosses to a worker. */
  readonly scenario: Scenario;
  /** The scenario normalised, when the caller has it (saves normalising it again in this thread). */
  readonly config?: ModelConfig;
}

/** Runs replications of configurations. */
export interface Replicator {
  /**
   * Runs replications [first, first + count) of `configuration`; results in replication order.
   * `onBlock` is told the number of replications each time a block of them completes.
   */
  run(configuration: Configuration, first: number, count: number, onBlock?: (count: number) => void): Promise<ReplicationResult[]>;
}
