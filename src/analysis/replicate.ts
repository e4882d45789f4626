// Runs all replications of a scenario, in this thread or on a pool of worker threads, and
// returns their results in replication order, so the output is the same whatever the number
// of workers.

import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { engines, type EngineName } from '../engine/engines.js';
import type { ModelConfig } from '../model/config.js';
import type { DayObserver } from '../model/observer.js';
import type { Scenario } from '../model/schema/index.js';
import { type ReplicationResult, runReplication } from './replication.js';
import type { ReplicationTask } from './replication-worker.js';

/** How to run the replications. */
export interface ReplicateOptions {
  readonly engine: EngineName;
  /** Worker threads; 1 runs everything in this thread. */
  readonly workers: number;
  /** Called after each replication completes, with the number done so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** An extra observer per replication (forces an in-thread run), e.g. a per-contact trace. */
  readonly observerFor?: (replication: number) => DayObserver;
}

/** Workers used when the user does not say: one per core, never more than replications. */
export function defaultWorkers(replications: number): number {
  return Math.max(1, Math.min(availableParallelism(), replications));
}

/** Runs every replication of `config` (built from `scenario`); results in replication order. */
export async function replicate(
  scenario: Scenario,
  config: ModelConfig,
  options: ReplicateOptions,
): Promise<ReplicationResult[]> {
  const total = config.replications;
  if (options.workers <= 1 || total === 1 || options.observerFor) {
    const results: ReplicationResult[] = [];
    for (let replication = 0; replication < total; replication++) {
      const extra = options.observerFor ? [options.observerFor(replication)] : [];
      results.push(runReplication(config, replication, engines[options.engine], extra));
      options.onProgress?.(replication + 1, total);
    }
    return results;
  }
  const pool = new Piscina<ReplicationTask, ReplicationResult>({
    filename: new URL('./replication-worker.js', import.meta.url).href,
    minThreads: Math.min(options.workers, total),
    maxThreads: Math.min(options.workers, total),
  });
  try {
    let done = 0;
    const results = await Promise.all(
      Array.from({ length: total }, async (_, replication) => {
        const result = await pool.run({ scenario, engine: options.engine, replication });
        options.onProgress?.(++done, total);
        return result;
      }),
    );
    return results;
  } finally {
    await pool.destroy();
  }
}
