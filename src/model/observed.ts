// What a dealership's own systems record, one row each: a call attempt in the phone system's log,
// a booking in the appointment book, a visit in the reception log. The importers (src/io/import/)
// read exports into these records; the estimators (src/analysis/calibration/) turn them into
// scenario values. Days are counted from 1970-01-01; clock times are seconds after midnight.

/**
 * How a call attempt ended, as a phone system reports it: somebody talked to the caller; the
 * caller hung up while waiting; nobody answered within the ring limit (missed, rang out); sent
 * to voicemail; turned away at once (all lines busy, or the call failed).
 */
export const LOGGED_CALL_STATUSES = ['answered', 'abandoned', 'unanswered', 'voicemail', 'busy'] as const;
/** How a logged call attempt ended. */
export type LoggedCallStatus = (typeof LOGGED_CALL_STATUSES)[number];

/** One call attempt from a phone system's log. */
export interface LoggedCall {
  /** Days since 1970-01-01. */
  readonly day: number;
  /** Monday 0 … Sunday 6. */
  readonly weekday: number;
  /** When the call came in, seconds after midnight. */
  readonly startSec: number;
  /** A one-way hash of the caller's number; null when the number is hidden or absent. */
  readonly callerKey: number | null;
  /** Seconds from arrival until answered, abandoned, sent to voicemail or rung out; null if not logged. */
  readonly waitSec: number | null;
  /** Seconds of conversation; null if not logged. */
  readonly talkSec: number | null;
  readonly status: LoggedCallStatus;
}

/** Whether a booked customer came: came, did not come, or the booking was cancelled beforehand. */
export const BOOKING_ATTENDANCES = ['came', 'noShow', 'cancelled'] as const;
/** Whether a booked customer came. */
export type BookingAttendance = (typeof BOOKING_ATTENDANCES)[number];

/** One booking from an appointment book. */
export interface BookedAppointment {
  readonly day: number;
  readonly weekday: number;
  /** The booked time, seconds after midnight. */
  readonly slotSec: number;
  /** Null when the book does not say (no attendance and no arrival column). */
  readonly attendance: BookingAttendance | null;
  /** When the customer arrived, seconds after midnight; null if not logged (or did not come). */
  readonly arrivalSec: number | null;
}

/** The kinds of visit a reception log tells apart: a booked drop-off, a walk-in, a pickup. */
export const LOGGED_VISIT_KINDS = ['dropOff', 'walkIn', 'pickup'] as const;
/** A kind of logged visit. */
export type LoggedVisitKind = (typeof LOGGED_VISIT_KINDS)[number];

/** One visit from a reception log. */
export interface LoggedVisit {
  readonly day: number;
  readonly weekday: number;
  readonly kind: LoggedVisitKind;
  /** Arrival at the reception, seconds after midnight. */
  readonly arrivalSec: number;
  /** When an advisor started with the visitor; null if not logged. */
  readonly startSec: number | null;
  /** When the visit ended; null if not logged. */
  readonly endSec: number | null;
}

/** "yyyy-mm-dd" of a day counted from 1970-01-01. */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
