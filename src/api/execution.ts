// How a command executes: on which engine and how many threads, and where its results go. One
// pool serves every configuration of a command, so workers stay warm from one to the next.

import { resolve } from 'node:path';
import { defaultWorkers, openPool } from '../analysis/replicate.js';
import type { ReplicationResult } from '../analysis/replication.js';
import type { Configuration, Replicator } from '../analysis/replicator.js';
import { DEFAULT_ENGINE, type EngineName } from '../engine/engines.js';
import { resultsFolderIssues } from '../io/results-folder-check.js';
import { defaultResultsPath, writeResultsFolder } from '../io/results-folder.js';
import type { ModelConfig } from '../model/config.js';
import { InputError } from '../model/issues.js';

/** Options every simulating command shares. */
export interface ExecutionOptions {
  readonly engine?: EngineName;
  /** Worker threads (default: one per core); results do not depend on it. */
  readonly workers?: number;
  /** The results folder to create; undefined: a new folder under `resultsRoot`; null: write nothing. */
  readonly out?: string | null;
  /** Where default results folders go (default: ./results). */
  readonly resultsRoot?: string;
  /** When the command started (names the default folder). */
  readonly startedAt?: Date;
  /** Told the replications done so far and the total planned (which a search may raise). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Called once, before anything is simulated, with every configuration the command will run together: throws InputError to refuse work too big to run. */
  readonly checkSize?: (configs: readonly ModelConfig[]) => void;
}

/** One request: replications [first, first + count) of a configuration. */
export interface SimulationRequest {
  readonly configuration: Configuration;
  readonly first: number;
  readonly count: number;
}

/** Runs every request on one pool; results per request, in replication order. */
export async function simulateAll(
  requests: readonly SimulationRequest[],
  options: ExecutionOptions,
): Promise<{ results: ReplicationResult[][]; workers: number; events: number }> {
  const total = requests.reduce((sum, request) => sum + request.count, 0);
  return withRunner(options, total, async (runner) =>
    Promise.all(requests.map((request) => runner.run(request.configuration, request.first, request.count))),
  );
}

/**
 * Opens a pool sized for `plannedReplications` (never more threads than replications), hands a
 * runner that reports progress to `use`, and closes the pool after.
 */
export async function withRunner<T>(
  options: ExecutionOptions,
  plannedReplications: number,
  use: (runner: Replicator & { plan(more: number): void }) => Promise<T>,
): Promise<{ results: T; workers: number; events: number }> {
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(plannedReplications), plannedReplications));
  const pool = await openPool({ engine: options.engine ?? DEFAULT_ENGINE, workers });
  let done = 0;
  let events = 0;
  let planned = plannedReplications;
  try {
    const results = await use({
      plan: (more) => {
        planned += more;
      },
      run: async (configuration, first, count) => {
        const results = await pool.run(configuration, first, count, (finished) => {
          done += finished;
          options.onProgress?.(done, Math.max(done, planned));
        });
        for (const result of results) events += result.events;
        return results;
      },
    });
    return { results, workers, events };
  } finally {
    await pool.close();
  }
}

/**
 * The folder a command will write, checked before anything is simulated (it must not exist and
 * must be creatable); null when `out` is null.
 */
export function resultsFolderFor(options: ExecutionOptions, name: string): string | null {
  if (options.out === null) return null;
  const folder = options.out ?? defaultFolderFor(options, name);
  const issues = resultsFolderIssues(folder);
  if (issues.length > 0) throw new InputError(issues);
  return folder;
}

/** A new folder under the results root, named after `name` and the start time. */
export function defaultFolderFor(options: ExecutionOptions, name: string): string {
  return defaultResultsPath(resolve(options.resultsRoot ?? 'results'), name, options.startedAt ?? new Date());
}

/** Writes `files` into `folder`, all at once; nothing when `folder` is null. */
export function writeFiles(folder: string | null, files: Readonly<Record<string, string>>): void {
  if (folder !== null) writeResultsFolder(folder, files);
}
