// What every part of a simulated day shares: the configuration, the calendar, the random
// streams, the observer, the contact ids and the `dispatch` that ends every event.

import type { Calendar, HandlerId } from '../../engine/calendar.js';
import type { Distribution } from '../../engine/distributions/index.js';
import type { RandomStream } from '../../engine/random.js';
import type { HorizonConfig, ModelConfig, RateTable } from '../config.js';
import type { Segment } from '../domain.js';
import type { DayObserver } from '../observer.js';
import { nextArrivalMin } from './arrivals.js';
import type { DayStreams } from './streams.js';

/** Identifies the day being simulated. */
export interface DayIdentity {
  readonly replication: number;
  readonly day: number;
  /** Index into the scenario's week. */
  readonly weekday: number;
}

/** The shared services of one simulated day. */
export class DayContext {
  readonly horizon: HorizonConfig;
  readonly steady: boolean;
  /** True once the doors have shut for the day. */
  closed = false;
  /** Gives free people work; set by the reception, called at the end of every event. */
  dispatch: () => void = () => {};
  private nextId = 0;

  constructor(
    readonly config: ModelConfig,
    readonly calendar: Calendar,
    readonly streams: DayStreams,
    readonly observer: DayObserver,
    readonly identity: DayIdentity,
  ) {
    this.horizon = config.horizon;
    this.steady = config.horizon.mode === 'steady';
  }

  /** A fresh id for a contact (ids are unique within the day and appear in records). */
  newId(): number {
    return this.nextId++;
  }

  /** True while the reception is closed (before opening, after closing); never in steady state. */
  isClosed(): boolean {
    if (this.steady) return false;
    const now = this.calendar.now;
    return this.closed || now < this.horizon.openMin || now >= this.horizon.closeMin;
  }

  /** When arrivals of calls and messages stop: closing in steady state, the end of the day otherwise. */
  get lastArrivalMin(): number {
    return this.steady ? this.horizon.closeMin : this.horizon.lastRedialMin;
  }

  /** Schedules the next arrival of a Poisson stream after `fromMin`, if one comes before `endMin`. */
  scheduleNextArrival(table: RateTable, fromMin: number, endMin: number, random: RandomStream, handler: HandlerId): void {
    const rates = table[this.steady ? 0 : this.identity.weekday];
    const atMin = nextArrivalMin(rates, fromMin, endMin, random, this.steady);
    if (atMin < endMin) this.calendar.scheduleAt(atMin, handler);
  }
}

/** Draws a customer's segment. */
export function segmentOf(random: RandomStream, forcedShare: number): Segment {
  return random() < forcedShare ? 'forced' : 'simple';
}

/** Samples a distribution, or 0 when there is none. */
export function sampleOrZero(distribution: Distribution | null, random: RandomStream): number {
  return distribution ? distribution.sample(random) : 0;
}
