// Runs replications of scenarios, in this thread or on a pool of warm worker threads, and returns
// their results in replication order, so the output is the same whatever the number of workers.
//
// A request for replications [first, first + count) of one configuration is cut into blocks; each
// block is one task, so a worker pays the message round trip once per block, not per replication.
// Workers keep each configuration they have normalised (by key), so a scenario is normalised once
// per worker, not once per replication. Replication r always draws the random streams of
// (seed, r, day, source), so how the blocks fall changes nothing in the results.

import { availableParallelism } from 'node:os';
import { engines, type EngineName } from '../engine/engines.js';
import type { ModelConfig } from '../model/config.js';
import { WarningList } from '../model/issues.js';
import { normaliseScenario } from '../model/normalise.js';
import type { DayObserver } from '../model/observer.js';
import type { Scenario } from '../model/schema/index.js';
import { createReplicationRunner, type ReplicationResult, type ReplicationRunner } from './replication.js';
import type { ReplicationTask } from './replication-worker.js';
import { BLOCKS_IN_FLIGHT_PER_WORKER, replicationThreads, type ReplicationThreads } from './worker-threads.js';
import type { Configuration, Replicator } from './replicator.js';

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
export async function replicate(scenario: Scenario, config: ModelConfig, options: ReplicateOptions): Promise<ReplicationResult[]> {
  const total = config.replications;
  if (options.observerFor) {
    const runner = createReplicationRunner(config, engines[options.engine]);
    const results: ReplicationResult[] = [];
    for (let replication = 0; replication < total; replication++) {
      results.push(runner(replication, [options.observerFor(replication)]));
      options.onProgress?.(replication + 1, total);
    }
    return results;
  }
  const pool = await openPool({ engine: options.engine, workers: Math.min(options.workers, total) });
  try {
    let done = 0;
    return await pool.run({ key: 'run', scenario, config }, 0, total, (count) => options.onProgress?.((done += count), total));
  } finally {
    await pool.close();
  }
}

/** Where replications run: this thread or warm workers; `close()` when done. */
export interface ReplicationPool extends Replicator {
  /** Threads running replications (1: this thread). */
  readonly workers: number;
  close(): Promise<void>;
}

/**
 * Opens a pool of `workers` threads: this thread and `workers − 1` worker threads (those the
 * command started early, if as many: worker-threads.ts), all taking blocks from one queue. This
 * thread works too, so it is busy while the worker threads start, and one thread is never left
 * idle waiting on the others; `workers` 1 is this thread alone.
 */
export async function openPool(options: { readonly engine: EngineName; readonly workers: number }): Promise<ReplicationPool> {
  const threads = Math.max(0, options.workers - 1);
  if (threads === 0) return sharedQueue(options.engine, null, 0);
  return sharedQueue(options.engine, await replicationThreads(threads), threads);
}

/** A block waiting for a thread. */
interface PendingBlock {
  readonly configuration: Configuration;
  readonly first: number;
  readonly count: number;
  readonly resolve: (results: ReplicationResult[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Blocks queue here, not in the worker pool: a worker thread is handed the next block when it
 * is free, and this thread takes one whenever it has nothing else to do (between two blocks it
 * hands finished work back and new blocks out).
 */
function sharedQueue(engine: EngineName, pool: ReplicationThreads | null, threads: number): ReplicationPool {
  const queue: PendingBlock[] = [];
  // Free places in the worker threads' hands, not threads: see BLOCKS_IN_FLIGHT_PER_WORKER.
  let idleThreads = threads * BLOCKS_IN_FLIGHT_PER_WORKER;
  let localScheduled = false;
  // One runner per configuration in this thread, kept: it reuses its calendar and day objects.
  const runners = new Map<string, ReplicationRunner>();
  const runHere = (block: PendingBlock): ReplicationResult[] => {
    let runner = runners.get(block.configuration.key);
    if (runner === undefined) {
      const config = block.configuration.config ?? normaliseScenario(block.configuration.scenario, new WarningList());
      runner = createReplicationRunner(config, engines[engine]);
      runners.set(block.configuration.key, runner);
    }
    const results: ReplicationResult[] = [];
    for (let replication = block.first; replication < block.first + block.count; replication++) results.push(runner(replication));
    return results;
  };
  const pump = (): void => {
    while (pool !== null && idleThreads > 0 && queue.length > 0) {
      const block = queue.shift()!;
      idleThreads--;
      const task: ReplicationTask = { key: block.configuration.key, scenario: block.configuration.scenario, engine, first: block.first, count: block.count };
      pool.run(task).then(
        (results) => {
          idleThreads++;
          block.resolve(results);
          pump();
        },
        (error: unknown) => {
          idleThreads++;
          block.reject(error);
          pump();
        },
      );
    }
    if (!localScheduled && queue.length > 0) {
      localScheduled = true;
      // After pending I/O: finished blocks are collected and free threads fed before this thread runs one.
      setImmediate(() => {
        localScheduled = false;
        const block = queue.shift();
        if (block !== undefined) {
          try {
            block.resolve(runHere(block));
          } catch (error) {
            block.reject(error);
          }
        }
        pump();
      });
    }
  };
  return {
    workers: threads + 1,
    async run(configuration, first, count, onBlock) {
      const parts = blocks(first, count, threads + 1).map(
        (block) =>
          new Promise<ReplicationResult[]>((resolve, reject) => {
            queue.push({ configuration, first: block.first, count: block.count, resolve, reject });
          }).then((results) => {
            onBlock?.(block.count);
            return results;
          }),
      );
      pump();
      return (await Promise.all(parts)).flat();
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}

/**
 * Cuts [first, first + count) into blocks: about four per worker, so the last blocks to finish
 * leave little idle time, and at most 25 replications each, so progress moves.
 */
export function blocks(first: number, count: number, workers: number): { first: number; count: number }[] {
  const size = Math.max(1, Math.min(25, Math.ceil(count / (4 * workers))));
  const result: { first: number; count: number }[] = [];
  for (let start = first; start < first + count; start += size) result.push({ first: start, count: Math.min(size, first + count - start) });
  return result;
}

export type { Configuration };
