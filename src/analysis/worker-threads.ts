// The worker threads that run blocks of replications (replication-worker.ts). A command that will
// simulate may start them before it has loaded its own modules and read its scenario: each thread
// then loads its modules and compiles on a core that is idle during that start-up, and takes the
// first block at once instead of a few hundred milliseconds later. This module loads nothing
// at start (piscina only when threads are started), so a command that starts none pays nothing.

import type { Piscina } from 'piscina';
import type { ReplicationResult } from './replication.js';
import type { ReplicationTask } from './replication-worker.js';

/** Worker threads running replication tasks. */
export type ReplicationThreads = Piscina<ReplicationTask, ReplicationResult[] | null>;

/**
 * Blocks handed to each worker thread ahead of need. The thread that hands blocks out also runs
 * blocks itself, between which it hands out more: a worker holding one block would sit idle
 * from finishing it until that thread's block ends. Holding more costs nothing: a block a worker
 * holds and has not started, the other thread may claim and run (replicate.ts).
 */
export const BLOCKS_IN_FLIGHT_PER_WORKER = 4;

/** A block's value in the claims once a thread has claimed it (0: free). */
export const CLAIMED = 1;

// Threads started ahead of their first use, not yet taken.
let early: { readonly threads: number; readonly pool: Promise<ReplicationThreads> } | null = null;

/** Starts `threads` worker threads now, for the next replicationThreads(threads) to take. */
export function startReplicationThreads(threads: number): void {
  if (early !== null || threads < 1) return;
  early = { threads, pool: createThreads(threads) };
}

/** `threads` worker threads: those started early if they are as many, else new ones. */
export async function replicationThreads(threads: number): Promise<ReplicationThreads> {
  const started = early;
  early = null;
  if (started !== null) {
    if (started.threads === threads) return started.pool;
    await (await started.pool).destroy();
  }
  return createThreads(threads);
}

/** Stops threads started early and never taken (a command that failed before simulating). */
export async function stopUnusedReplicationThreads(): Promise<void> {
  const started = early;
  early = null;
  if (started !== null) await (await started.pool).destroy();
}

async function createThreads(threads: number): Promise<ReplicationThreads> {
  const { Piscina } = await import('piscina');
  return new Piscina<ReplicationTask, ReplicationResult[] | null>({
    filename: new URL('./replication-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: BLOCKS_IN_FLIGHT_PER_WORKER,
  });
}
