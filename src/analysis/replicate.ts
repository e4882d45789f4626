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
import { BLOCKS_IN_FLIGHT_PER_WORKER, CLAIMED, replicationThreads, type ReplicationThreads } from './worker-threads.js';
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
  /** Blocks run so far: on this thread (of them, taken from a worker thread's hands) and on worker threads. */
  readonly blocksRun: { readonly here: number; readonly takenFromWorkers: number; readonly onWorkers: number };
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

/** A block waiting for a thread, or handed to a worker thread and not yet reported. */
interface PendingBlock {
  readonly configuration: Configuration;
  readonly first: number;
  readonly count: number;
  /** Its place in the claims: whichever thread claims it there runs it (see sharedQueue). */
  readonly claim: number;
  readonly resolve: (results: ReplicationResult[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Blocks queue here, not in the worker pool. Worker threads are handed the oldest blocks, a few
 * each ahead of need (BLOCKS_IN_FLIGHT_PER_WORKER), so none waits for this thread to hand it
 * the next; this thread, whenever it has nothing else to do, runs the newest block waiting, or
 * else one a worker holds and has not started. A block is claimed in shared memory before it is
 * run (Atomics.compareExchange), so it runs once whoever gets to it first: no thread idles while
 * a block waits in another's hands.
 */
function sharedQueue(engine: EngineName, pool: ReplicationThreads | null, threads: number): ReplicationPool {
  const queue: PendingBlock[] = [];
  // Handed to worker threads, in the order handed; not yet reported back.
  const handed = new Set<PendingBlock>();
  const claims = new Int32Array(new SharedArrayBuffer(CLAIM_SLOTS * Int32Array.BYTES_PER_ELEMENT));
  let nextClaim = 0;
  let localScheduled = false;
  const blocksRun = { here: 0, takenFromWorkers: 0, onWorkers: 0 };
  // Told when the worker threads have answered for every block handed to them.
  let drained: (() => void) | null = null;
  const answered = (block: PendingBlock): void => {
    handed.delete(block);
    Atomics.store(claims, block.claim, 0);
    if (handed.size === 0) drained?.();
  };
  // One runner per configuration in this thread, kept: it reuses its calendar and day objects.
  const runners = new Map<string, ReplicationRunner>();
  const runHere = (block: PendingBlock): void => {
    try {
      let runner = runners.get(block.configuration.key);
      if (runner === undefined) {
        const config = block.configuration.config ?? normaliseScenario(block.configuration.scenario, new WarningList());
        runner = createReplicationRunner(config, engines[engine]);
        runners.set(block.configuration.key, runner);
      }
      const results: ReplicationResult[] = [];
      for (let replication = block.first; replication < block.first + block.count; replication++) results.push(runner(replication));
      block.resolve(results);
    } catch (error) {
      block.reject(error);
    }
  };
  // The next block for this thread: the newest waiting, else the newest a worker has not claimed.
  const claimHere = (): PendingBlock | undefined => {
    // A block never handed out is this thread's alone: no claim needed.
    const waiting = queue.pop();
    if (waiting !== undefined) return waiting;
    for (const block of [...handed].reverse()) {
      if (Atomics.compareExchange(claims, block.claim, 0, CLAIMED) === 0) {
        blocksRun.takenFromWorkers++;
        return block;
      }
    }
    return undefined;
  };
  const pump = (): void => {
    while (pool !== null && handed.size < threads * BLOCKS_IN_FLIGHT_PER_WORKER && queue.length > 0) {
      const block = queue.shift()!;
      handed.add(block);
      const task: ReplicationTask = {
        key: block.configuration.key,
        scenario: block.configuration.scenario,
        engine,
        first: block.first,
        count: block.count,
        claims: claims.buffer as SharedArrayBuffer,
        claim: block.claim,
      };
      pool.run(task).then(
        (results) => {
          // null: this thread claimed the block first, and runs it (or has).
          answered(block);
          if (results !== null) {
            blocksRun.onWorkers++;
            block.resolve(results);
          }
          pump();
        },
        (error: unknown) => {
          answered(block);
          block.reject(error);
          pump();
        },
      );
    }
    if (!localScheduled && (queue.length > 0 || handed.size > 0)) {
      localScheduled = true;
      // After pending I/O: finished blocks are collected and free threads fed before this thread runs one.
      setImmediate(() => {
        localScheduled = false;
        const block = claimHere();
        // Nothing to claim: the worker threads hold every block and have started them all; their
        // reports call pump again.
        if (block === undefined) return;
        blocksRun.here++;
        runHere(block);
        pump();
      });
    }
  };
  return {
    workers: threads + 1,
    blocksRun,
    async run(configuration, first, count, onBlock) {
      const parts = blocks(first, count, threads + 1).map(
        (block) =>
          new Promise<ReplicationResult[]>((resolve, reject) => {
            if (handed.size + queue.length >= CLAIM_SLOTS) throw new Error('more blocks at once than claim slots');
            queue.push({ configuration, first: block.first, count: block.count, claim: nextClaim, resolve, reject });
            nextClaim = (nextClaim + 1) % CLAIM_SLOTS;
          }).then((results) => {
            onBlock?.(block.count);
            return results;
          }),
      );
      pump();
      return (await Promise.all(parts)).flat();
    },
    close: async () => {
      // A block this thread took from a worker's hands is answered (null) when that worker gets
      // to it, after its results are in: wait for those answers before stopping the threads.
      if (handed.size > 0) await new Promise<void>((resolve) => (drained = resolve));
      await pool?.destroy();
    },
  };
}

/** Places in the claims, used in turn: far more than blocks ever wait at once. */
const CLAIM_SLOTS = 1 << 16;

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
