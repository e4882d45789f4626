// The `hourly` section: the main figures again for each of the 24 hours of the day, to show
// when in the day the waits and losses happen.

import { QUEUES, type QueueName, TEAMS, type Team } from '../../model/domain.js';
import { HOURS, type RunTotals } from '../tally.js';
import { byKey, perDay, ratio, share, type Figure, type Get, type Runs } from './figure.js';

/** One hour of the day (by hour of arrival). */
export interface HourSummary {
  readonly hour: number;
  readonly calls: {
    readonly offeredPerDay: Figure;
    readonly p_abandon: Figure;
    readonly sl_answered_within_t_over_offered: Figure;
    readonly mean_wait_all: Figure;
    readonly mean_wait_served: Figure;
  };
  readonly visits: {
    readonly arrivalsPerDay: Figure;
    readonly lostShare: Figure;
    readonly sl_attended_within_t_over_arrivals: Figure;
    readonly mean_wait_all: Figure;
    readonly interruptedShare: Figure;
  };
  readonly meanQueueLength: Readonly<Record<QueueName, Figure>>;
  readonly utilisation: Readonly<Record<Team, Figure>>;
}

/** The hourly section: one row per hour of the day (0–23), counts per day, shares and waits in minutes. */
export function hourlySummary(runs: Runs): HourSummary[] {
  return Array.from({ length: HOURS }, (_, hour) => hourSummary(runs, hour));
}

function hourSummary(runs: Runs, hour: number): HourSummary {
  const calls = (r: RunTotals) => r.hourly.calls;
  const visits = (r: RunTotals) => r.hourly.visits;
  const offered: Get = (r) => calls(r).offered[hour];
  const arrivals: Get = (r) => visits(r).arrivals[hour];
  return {
    hour,
    calls: {
      offeredPerDay: perDay(runs, offered),
      p_abandon: share(runs, (r) => calls(r).abandoned[hour], offered),
      sl_answered_within_t_over_offered: share(runs, (r) => calls(r).answeredWithin[hour], offered),
      mean_wait_all: ratio(runs, (r) => calls(r).waitSumMin[hour], offered),
      mean_wait_served: ratio(runs, (r) => calls(r).waitSumAnsweredMin[hour], (r) => calls(r).answered[hour]),
    },
    visits: {
      arrivalsPerDay: perDay(runs, arrivals),
      lostShare: share(runs, (r) => visits(r).lost[hour], arrivals),
      sl_attended_within_t_over_arrivals: share(runs, (r) => visits(r).attendedWithin[hour], arrivals),
      mean_wait_all: ratio(runs, (r) => visits(r).waitSumMin[hour], arrivals),
      interruptedShare: share(runs, (r) => visits(r).interrupted[hour], (r) => visits(r).served[hour]),
    },
    meanQueueLength: byKey(QUEUES, (queue) =>
      ratio(runs, (r) => r.hourly.queueLengthMin[queue][hour], (r) => r.hourly.measuredMin[hour]),
    ),
    utilisation: byKey(TEAMS, (team) =>
      share(
        runs,
        (r) => r.staff[team].hourly.busyMin[hour],
        (r) => r.staff[team].hourly.onDutyMin[hour] - r.staff[team].hourly.breakMin[hour],
      ),
    ),
  };
}
