// The mutable state of contacts during a day: calls (one per attempt), callers, visits,
// callbacks and messages. Plain objects; the day simulation owns every transition.

import type { EventId } from '../../engine/calendar.js';
import type { CallReasonConfig } from '../config.js';
import type { CallbackSource, Line, Segment, Skill, Team, TransferOutcome, VisitorKind } from '../domain.js';
import type { PhonePolicy } from '../policies/policy.js';
import type { Queueable } from './fifo.js';

export type { Line } from '../domain.js';

/** "No event scheduled" for timer fields. */
export const NO_EVENT = -1;

/** A person who calls, possibly several times. */
export interface Caller {
  readonly id: number;
  readonly reasonIndex: number;
  readonly reason: CallReasonConfig;
  readonly firstArrivalMin: number;
  attempts: number;
}

/** One call attempt. */
export interface Call extends Queueable {
  readonly id: number;
  readonly caller: Caller;
  readonly arrivalMin: number;
  readonly afterHours: boolean;
  /** Minutes this caller will wait before hanging up (Infinity: never). */
  readonly patienceMin: number;
  /** Talk time if a person resolves the call, minutes. */
  readonly handleMin: number;
  /** Set when the call stops waiting (answered, hung up, diverted). */
  waitMin: number;
  answeredBy: Team | null;
  talkMin: number;
  callbackCreated: boolean;
  transfer: TransferOutcome;
  /** The queue the call waits in, or null while nobody is waiting for anyone. */
  line: Line | null;
  /** True once the call waits at the advisors after the desk transferred it. */
  transferredToAdvisors: boolean;
  /** The policy it rang under, whose rules it keeps to the end (ring limit, route, what follows an answer). */
  readonly policy: PhonePolicy;
  patienceEvent: EventId;
  ringEvent: EventId;
}

/** One visitor at the counter. */
export interface Visit extends Queueable {
  readonly id: number;
  readonly kind: VisitorKind;
  readonly segment: Segment;
  readonly arrivalMin: number;
  /** Minutes of advisor work the visit needs in all. */
  readonly serviceMin: number;
  /** Walk-ins only: minutes before giving up (Infinity: never). */
  readonly patienceMin: number;
  /** Drop-offs (appointments, walk-ins) may come back for a pickup. */
  readonly isDropOff: boolean;
  /** A drop-off's pickup, drawn when the customer first appeared: its place in the window (NaN: none) and service minutes. */
  readonly pickupPosition: number;
  readonly pickupServiceMin: number;
  startedMin: number;
  interruptions: number;
  holdMin: number;
  holdSinceMin: number;
  renegeEvent: EventId;
}

/** A promise to phone a customer back. */
export interface Callback extends Queueable {
  readonly id: number;
  readonly source: CallbackSource;
  readonly segment: Segment;
  readonly skill: Skill;
  readonly createdMin: number;
  /** When the attempt that asked for it arrived. */
  readonly requestedMin: number;
  readonly handleMin: number;
}

/** A written message waiting for an answer. */
export interface Message extends Queueable {
  readonly id: number;
  readonly arrivalMin: number;
  /** Work left, minutes (less than the full time once it was started and put aside). */
  remainingMin: number;
}

/** A visitor who has not yet been attended. */
export function newVisit(
  id: number,
  kind: VisitorKind,
  segment: Segment,
  arrivalMin: number,
  serviceMin: number,
  patienceMin: number,
  pickupPosition = Number.NaN,
  pickupServiceMin = 0,
): Visit {
  return {
    id,
    kind,
    segment,
    arrivalMin,
    serviceMin,
    patienceMin,
    isDropOff: kind !== 'pickup',
    pickupPosition,
    pickupServiceMin,
    queued: false,
    startedMin: Number.NaN,
    interruptions: 0,
    holdMin: 0,
    holdSinceMin: Number.NaN,
    renegeEvent: NO_EVENT,
  };
}
