// Entry point of the model: simulate the days of one replication. One calendar and one
// reception serve every day and every replication a runner is asked for: both are reset, not
// rebuilt, so a day costs what its events cost.

import type { Calendar, CalendarFactory } from '../engine/calendar.js';
import type { ModelConfig } from './config.js';
import { ReceptionDay } from './day/reception.js';
import { LazyDayStreams } from './day/streams.js';
import type { DayObserver } from './observer.js';
import { createPolicies } from './policies/index.js';

/** What a replication cost to simulate. */
export interface ReplicationStats {
  /** Events run, over all days. */
  readonly events: number;
}

/** Simulates replications of one scenario, one after another, reusing its calendar and reception. */
export class ReplicationSimulator {
  private readonly calendar: Calendar;
  private readonly reception: ReceptionDay;
  private readonly streams = new LazyDayStreams();

  constructor(
    private readonly config: ModelConfig,
    newCalendar: CalendarFactory,
  ) {
    this.calendar = newCalendar();
    this.reception = new ReceptionDay(config, createPolicies(config.policies), this.calendar);
  }

  /** Simulates every day of replication `replication` (0-based), reporting to `observer`. */
  run(replication: number, observer: DayObserver): ReplicationStats {
    const { config, calendar } = this;
    let events = 0;
    for (let day = 0; day < config.days; day++) {
      calendar.reset();
      const streams = this.streams.startDay(config.seed, replication, day);
      this.reception.run({ replication, day, weekday: day % config.week.length }, streams, observer);
      events += calendar.eventsRun;
    }
    return { events };
  }
}

/** Simulates every day of replication `replication` (0-based), reporting to `observer`. */
export function simulateReplication(
  config: ModelConfig,
  replication: number,
  newCalendar: CalendarFactory,
  observer: DayObserver,
): ReplicationStats {
  return new ReplicationSimulator(config, newCalendar).run(replication, observer);
}
