// Entry point of the model: simulate the days of one replication on a fresh calendar each day.

import type { CalendarFactory } from '../engine/calendar.js';
import type { ModelConfig } from './config.js';
import { ReceptionDay } from './day/reception.js';
import { dayStreams } from './day/streams.js';
import type { DayObserver } from './observer.js';
import { createPolicy } from './policies/index.js';

/** What a replication cost to simulate. */
export interface ReplicationStats {
  /** Events run, over all days. */
  readonly events: number;
}

/** Simulates every day of replication `replication` (0-based), reporting to `observer`. */
export function simulateReplication(
  config: ModelConfig,
  replication: number,
  newCalendar: CalendarFactory,
  observer: DayObserver,
): ReplicationStats {
  const policy = createPolicy(config.policy);
  let events = 0;
  for (let day = 0; day < config.days; day++) {
    const calendar = newCalendar();
    const streams = dayStreams(config.seed, replication, day);
    const weekday = day % config.week.length;
    new ReceptionDay(config, policy, calendar, streams, observer, { replication, day, weekday }).run();
    events += calendar.eventsRun;
  }
  return { events };
}
