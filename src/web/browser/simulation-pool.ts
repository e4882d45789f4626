// Runs the replications of the page's jobs on a few Web Workers, a small block at a time, and
// hands each replication's totals on as it arrives (to the summary worker). A job is a scenario (its key names it);
// replications already done for a key are never run again, so moving a control back is instant.
// Blocks are small so that a job that is no longer wanted stops costing time almost at once: a
// worker finishes its block (a few milliseconds) and then takes work for the jobs now wanted.
// The pool is also a Replicator for the planning searches (goal-seek): `run` asks for a range of
// replications and resolves with them, served after the columns' first answers.

import type { ReplicationResult } from '../../analysis/replication.js';
import type { Configuration } from '../../analysis/replicator.js';
import type { RunTotals } from '../../metrics/tally.js';
import type { Scenario } from '../../model/schema/index.js';
import type { BlockRequest, WorkerMessage } from '../protocol.js';

/** A job the page wants: replications 0 … replications − 1 of a scenario. */
export interface JobRequest {
  readonly key: string;
  readonly scenario: Scenario;
  readonly replications: number;
}

/** What the pool tells the page. */
export interface PoolListener {
  /** Replication `replication` of job `key` is done. */
  replication(key: string, replication: number, totals: RunTotals): void;
  /** A worker failed on job `key`: a bug. */
  failed(key: string, message: string): void;
  /** The pool no longer keeps anything of these jobs. */
  forgot(keys: readonly string[]): void;
}

// Replications per block.
const BLOCK = 2;
// Blocks a worker holds at once: the next is already there when one ends, so a worker never
// waits for the page's thread (busy drawing) to hand it work.
const BLOCKS_IN_HAND = 2;
// Replications that make a first answer: every wanted job gets these before any gets more.
export const FIRST_ANSWER = 50;
// Jobs whose results are kept (the wanted ones, and recent ones to come back to).
const KEPT_JOBS = 24;

interface JobState {
  readonly key: string;
  readonly scenario: Scenario;
  replications: number;
  /** Replications done, by index (holes while blocks are out). */
  readonly done: boolean[];
  /** Replications done in order from 0. */
  prefix: number;
  readonly inFlight: Set<number>;
}

/** Replications [first, first + count) of a configuration, asked for by a search. */
interface RangeState {
  readonly owner: number;
  readonly key: string;
  readonly scenario: Scenario;
  readonly first: number;
  readonly count: number;
  /** The next replication to hand out. */
  next: number;
  readonly results: ReplicationResult[];
  received: number;
  readonly resolve: (results: ReplicationResult[]) => void;
  readonly reject: (error: Error) => void;
}

/** What a block in a worker's hands is for. */
type BlockOwner = { readonly job: JobState } | { readonly range: RangeState };

interface WorkerState {
  readonly worker: Worker;
  /** Blocks sent and not yet done. */
  inHand: number;
}

/** A pool of simulation workers serving the jobs the page currently wants. */
export class SimulationPool {
  private readonly workers: WorkerState[];
  private readonly jobs = new Map<string, JobState>();
  private wanted: string[] = [];
  private ranges: RangeState[] = [];
  private readonly blocks = new Map<number, BlockOwner>();
  private nextBlockId = 0;

  constructor(workerUrl: string, size: number, private readonly listener: PoolListener) {
    this.workers = Array.from({ length: size }, () => {
      const state: WorkerState = { worker: new Worker(workerUrl), inHand: 0 };
      state.worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.received(state, event.data);
      state.worker.onerror = (event) => this.listener.failed(this.wanted[0] ?? '', event.message);
      return state;
    });
  }

  /** The jobs wanted now, most important first; work for others stops after the blocks in hand. */
  want(requests: readonly JobRequest[]): void {
    for (const request of requests) {
      const job = this.jobs.get(request.key);
      if (job) {
        job.replications = request.replications;
        // Most recently wanted last, so eviction takes the oldest.
        this.jobs.delete(request.key);
        this.jobs.set(request.key, job);
      } else {
        this.jobs.set(request.key, { key: request.key, scenario: request.scenario, replications: request.replications, done: [], prefix: 0, inFlight: new Set() });
      }
    }
    this.wanted = [...new Set(requests.map((request) => request.key))];
    this.evict();
    this.pump();
  }

  /** How many replications of job `key` are done in order from 0 (those a summary can use). */
  prefix(key: string): number {
    const job = this.jobs.get(key);
    return job ? Math.min(job.prefix, job.replications) : 0;
  }

  /**
   * Runs replications [first, first + count) of `configuration` for `owner` (a search), after the
   * wanted jobs' first answers; results in replication order. `cancel(owner)` drops what is left.
   */
  run(owner: number, configuration: Configuration, first: number, count: number): Promise<ReplicationResult[]> {
    if (count <= 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.ranges.push({ owner, key: configuration.key, scenario: configuration.scenario, first, count, next: first, results: [], received: 0, resolve, reject });
      this.pump();
    });
  }

  /** Drops the ranges `owner` asked for (blocks in hand finish, their results are ignored); their promises never settle. */
  cancel(owner: number): void {
    this.ranges = this.ranges.filter((range) => range.owner !== owner);
  }

  /** Stops every worker. */
  terminate(): void {
    for (const state of this.workers) state.worker.terminate();
  }

  private received(state: WorkerState, message: WorkerMessage): void {
    const owner = this.blocks.get(message.blockId);
    switch (message.kind) {
      case 'replication':
        if (owner !== undefined && 'range' in owner) {
          const { range } = owner;
          range.results[message.replication - range.first] = { replication: message.replication, totals: message.totals, events: message.events };
          if (++range.received === range.count) range.resolve(range.results);
          return;
        }
        {
          const job = this.jobs.get(message.jobKey);
          if (job) {
            job.done[message.replication] = true;
            job.inFlight.delete(message.replication);
            while (job.done[job.prefix]) job.prefix++;
          }
        }
        this.listener.replication(message.jobKey, message.replication, message.totals);
        return;
      case 'block-done':
        this.blocks.delete(message.blockId);
        state.inHand--;
        this.pump();
        return;
      case 'block-failed':
        this.blocks.delete(message.blockId);
        state.inHand--;
        if (owner !== undefined && 'range' in owner) {
          this.ranges = this.ranges.filter((range) => range !== owner.range);
          owner.range.reject(new Error(message.message));
        } else {
          this.listener.failed(message.jobKey, message.message);
          // The job cannot go on; others can.
          this.wanted = this.wanted.filter((key) => key !== message.jobKey);
        }
        this.pump();
        return;
    }
  }

  /** Gives every idle worker the next block: first answers for every wanted job, then the searches' ranges, then the rest in order. */
  private pump(): void {
    // Round by round, so every worker gets a block before any gets a second.
    for (let round = 0; round < BLOCKS_IN_HAND; round++) for (const state of this.workers) if (state.inHand === round && !this.sendBlock(state)) return;
  }

  /** Sends `state` the next block; false when there is none. */
  private sendBlock(state: WorkerState): boolean {
    const block = this.nextBlock();
    if (block === null) return false;
    const { owner, key, scenario, from, to } = block;
    const blockId = ++this.nextBlockId;
    this.blocks.set(blockId, owner);
    // The scenario goes with every block (a few kilobytes): a worker normalises it once per key.
    const request: BlockRequest = { kind: 'block', blockId, jobKey: key, from, to, scenario };
    state.inHand++;
    state.worker.postMessage(request);
    return true;
  }

  private nextBlock(): { owner: BlockOwner; key: string; scenario: Scenario; from: number; to: number } | null {
    for (const phase of ['first', 'ranges', 'rest'] as const) {
      if (phase === 'ranges') {
        const range = this.ranges.find((candidate) => candidate.next < candidate.first + candidate.count);
        if (range === undefined) continue;
        const from = range.next;
        const to = Math.min(range.first + range.count, from + BLOCK);
        range.next = to;
        if (range.next === range.first + range.count) this.ranges = this.ranges.filter((candidate) => candidate !== range);
        return { owner: { range }, key: range.key, scenario: range.scenario, from, to };
      }
      for (const key of this.wanted) {
        const job = this.jobs.get(key)!;
        const limit = phase === 'first' ? Math.min(FIRST_ANSWER, job.replications) : job.replications;
        const from = firstMissing(job, limit);
        if (from === null) continue;
        let to = from;
        while (to < limit && to - from < BLOCK && !job.done[to] && !job.inFlight.has(to)) to++;
        for (let i = from; i < to; i++) job.inFlight.add(i);
        return { owner: { job }, key: job.key, scenario: job.scenario, from, to };
      }
    }
    return null;
  }

  private evict(): void {
    const forgotten: string[] = [];
    for (const key of this.jobs.keys()) {
      if (this.jobs.size <= KEPT_JOBS) break;
      if (this.wanted.includes(key)) continue;
      this.jobs.delete(key);
      forgotten.push(key);
    }
    if (forgotten.length > 0) this.listener.forgot(forgotten);
  }
}

function firstMissing(job: JobState, limit: number): number | null {
  for (let i = job.prefix; i < limit; i++) if (!job.done[i] && !job.inFlight.has(i)) return i;
  return null;
}
