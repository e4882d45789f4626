// One replication: simulate its days and tally what happened. Pure: no threads, no files, so it
// runs the same in a worker thread and in a browser Web Worker.

import type { CalendarFactory } from '../engine/calendar.js';
import { RunTally, type RunTotals } from '../metrics/tally.js';
import type { ModelConfig } from '../model/config.js';
import { fanOut } from '../model/fan-out.js';
import type { DayObserver } from '../model/observer.js';
import { ReplicationSimulator } from '../model/simulate.js';

/** The tallies of one replication and what it cost. */
export interface ReplicationResult {
  readonly replication: number;
  readonly totals: RunTotals;
  /** Events the calendar ran, over all days. */
  readonly events: number;
}

/**
 * Runs replication `replication` (0-based) of the scenario it was made for, in this thread; `extra`
 * observers (e.g. a trace) see every record too. (A Replicator, replicator.ts, hands ranges of
 * replications to threads or workers that each run them with one of these.)
 */
export type ReplicationRunner = (replication: number, extra?: readonly DayObserver[]) => ReplicationResult;

/** A runner to create once per thread (or Web Worker) and call for many replications: it reuses its calendar and day objects. */
export function createReplicationRunner(config: ModelConfig, newCalendar: CalendarFactory): ReplicationRunner {
  const simulator = new ReplicationSimulator(config, newCalendar);
  return (replication, extra = []) => {
    const tally = new RunTally(config);
    const { events } = simulator.run(replication, fanOut([tally, ...extra]));
    return { replication, totals: tally.totals(), events };
  };
}

/** Simulates replication `replication` (0-based); `extra` observers (e.g. a trace) see every record too. */
export function runReplication(
  config: ModelConfig,
  replication: number,
  newCalendar: CalendarFactory,
  extra: readonly DayObserver[] = [],
): ReplicationResult {
  return createReplicationRunner(config, newCalendar)(replication, extra);
}
