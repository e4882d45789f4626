// One replication: simulate its days on a fresh calendar per day and tally what happened.
// Pure: no threads, no files, so it runs the same in a worker and in a browser.

import type { CalendarFactory } from '../engine/calendar.js';
import { RunTally, type RunTotals } from '../metrics/tally.js';
import type { ModelConfig } from '../model/config.js';
import { fanOut } from '../model/fan-out.js';
import type { DayObserver } from '../model/observer.js';
import { simulateReplication } from '../model/simulate.js';

/** The tallies of one replication and what it cost. */
export interface ReplicationResult {
  readonly replication: number;
  readonly totals: RunTotals;
  /** Events the calendar ran, over all days. */
  readonly events: number;
}

/** Simulates replication `replication` (0-based); `extra` observers (e.g. a trace) see every record too. */
export function runReplication(
  config: ModelConfig,
  replication: number,
  newCalendar: CalendarFactory,
  extra: readonly DayObserver[] = [],
): ReplicationResult {
  const tally = new RunTally(config);
  const { events } = simulateReplication(config, replication, newCalendar, fanOut([tally, ...extra]));
  return { replication, totals: tally.totals(), events };
}
