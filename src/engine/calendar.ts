// The event calendar interface: the only thing a model knows about the engine.
// Events are closure-free: a handler is registered once and an event carries a number,
// so a calendar can keep millions of pending events in typed arrays.

/** Identifies one scheduled event; pass it to `cancel`. */
export type EventId = number;

/** Index into a calendar's dispatch table, as returned by `register`. */
export type HandlerId = number;

/** Runs when its event fires; reads the time from the calendar, gets the event's payload. */
export type EventHandler = (payload: number) => void;

/**
 * A future-event list with a clock. Events with equal times run in the order they were
 * scheduled (time, then sequence); ties are never broken at random.
 */
export interface Calendar {
  /** Current simulated time, in the model's time unit. */
  readonly now: number;
  /** Number of events scheduled and neither run nor cancelled. */
  readonly pendingCount: number;
  /** Number of events run so far. */
  readonly eventsRun: number;
  /** Adds a handler to the dispatch table. */
  register(handler: EventHandler): HandlerId;
  /** Schedules `handler(payload)` after `delay` (≥ 0) time units; returns the event's id. */
  schedule(delay: number, handler: HandlerId, payload?: number): EventId;
  /** Schedules `handler(payload)` at absolute time `time` (≥ now). */
  scheduleAt(time: number, handler: HandlerId, payload?: number): EventId;
  /** Removes a pending event; returns false if it already ran or was cancelled. */
  cancel(id: EventId): boolean;
  /** Runs every event with time ≤ `time`, then sets the clock to `time`. */
  runUntil(time: number): void;
  /** Runs events until none is pending. */
  run(): void;
  /**
   * Empties the calendar for reuse: no pending events, the clock at 0, no events run; the
   * registered handlers stay. Cheaper than building a new calendar for every simulated day.
   */
  reset(): void;
}

/** Builds a fresh, empty calendar. */
export type CalendarFactory = (options?: CalendarOptions) => Calendar;

/** Options shared by every calendar. */
export interface CalendarOptions {
  /** The calendar throws `EventLimitError` when asked to run more events than this. */
  readonly maxEvents?: number;
}

/** Default cap on events per calendar: far above any real day, low enough to stop a runaway loop. */
export const DEFAULT_MAX_EVENTS = 500_000_000;

/** Thrown when a run exceeds the calendar's event cap: the model is most likely looping. */
export class EventLimitError extends Error {
  constructor(readonly maxEvents: number, readonly atTime: number) {
    super(
      `event limit of ${maxEvents} events reached at time ${atTime}: ` +
        'the model keeps scheduling events (a zero-delay loop?) or the horizon is far too long',
    );
    this.name = 'EventLimitError';
  }
}

/** Throws a RangeError unless `delay` is a finite number ≥ 0. */
export function checkDelay(delay: number): void {
  if (!(delay >= 0) || delay === Infinity) {
    throw new RangeError(`delay must be a finite number >= 0, got ${delay}`);
  }
}

/** Throws a RangeError unless `time` is finite and not before `now`. */
export function checkTime(time: number, now: number): void {
  if (!(time >= now) || time === Infinity) {
    throw new RangeError(`cannot schedule at time ${time}: the clock is at ${now}`);
  }
}

/** Throws a RangeError unless `until` is a usable run horizon (not NaN, not in the past). */
export function checkHorizon(until: number, now: number): void {
  if (!(until >= now)) {
    throw new RangeError(`cannot run until ${until}: the clock is at ${now}`);
  }
}
