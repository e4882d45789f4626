// What a simulated day tells the outside world: one flat record per contact, staff time and
// queue lengths. The model defines this interface; src/metrics implements it (the model never
// imports metrics). All times are minutes after midnight of the simulated day (in steady-state
// mode, minutes since the start of the replication).

import type {
  Activity,
  CallbackSource,
  CallerResolution,
  CallOutcome,
  ContactKind,
  QueueName,
  Segment,
  Skill,
  Team,
  TransferOutcome,
  VisitOutcome,
  VisitorKind,
} from './domain.js';

export type {
  Activity,
  CallbackSource,
  CallerResolution,
  CallOutcome,
  ContactKind,
  QueueName,
  Team,
  TransferOutcome,
  VisitOutcome,
  VisitorKind,
} from './domain.js';

/** One call attempt (a redial is a new attempt of the same caller). */
export interface CallAttemptRecord {
  readonly day: number;
  readonly callerId: number;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** Index into the scenario's call reasons. */
  readonly reason: number;
  readonly skill: Skill;
  readonly segment: Segment;
  readonly arrivalMin: number;
  /** Time from arrival until answered, abandoned, rang out or sent to voicemail. */
  readonly waitMin: number;
  readonly outcome: CallOutcome;
  /** Who answered, or null. */
  readonly answeredBy: Team | null;
  /** Minutes the caller spent talking to whoever answered. */
  readonly talkMin: number;
  /** True if the caller left a voicemail or the call was logged as a callback. */
  readonly callbackCreated: boolean;
  /** Parts calls only: how the transfer to the parts line ended. */
  readonly transfer: TransferOutcome;
  /** True if the call arrived while the reception was closed. */
  readonly afterHours: boolean;
}

/** One caller, once no further attempt will come. */
export interface CallerRecord {
  readonly day: number;
  readonly callerId: number;
  readonly firstArrivalMin: number;
  readonly attempts: number;
  readonly segment: Segment;
  readonly resolution: CallerResolution;
}

/** One visitor at the counter. */
export interface VisitRecord {
  readonly day: number;
  readonly kind: VisitorKind;
  readonly segment: Segment;
  readonly arrivalMin: number;
  readonly outcome: VisitOutcome;
  /** Time from arrival until an advisor first attended (or until leaving, if not served). */
  readonly waitMin: number;
  /** When the visit ended: service finished or the visitor left. */
  readonly endMin: number;
  /** Minutes of advisor work the visit needed. */
  readonly serviceMin: number;
  /** Times the visit was suspended for a call. */
  readonly interruptions: number;
  /** Minutes spent on hold while the advisor was on the phone. */
  readonly holdMin: number;
}

/** One callback (the reception phones a customer back). */
export interface CallbackRecord {
  readonly day: number;
  readonly source: CallbackSource;
  readonly segment: Segment;
  readonly createdMin: number;
  /** When the call attempt that asked for it arrived (the callback is measured with that attempt). */
  readonly requestedMin: number;
  /** When a person started the callback, or null if it was not returned the same day. */
  readonly startMin: number | null;
  readonly team: Team | null;
}

/** One message (WhatsApp, web). */
export interface MessageRecord {
  readonly day: number;
  readonly arrivalMin: number;
  /** When the answer was sent, or null if not answered the same day. */
  readonly answeredMin: number | null;
}

/** Facts about a day known when it starts. */
export interface DayStart {
  readonly day: number;
  /** Index into the scenario's week. */
  readonly weekday: number;
  readonly openMin: number;
  readonly closeMin: number;
  /** Contacts arriving in [measureFromMin, measureToMin) are measured, and queue lengths over it. */
  readonly measureFromMin: number;
  readonly measureToMin: number;
  /**
   * Staff time (activities, duty, overtime) is counted from measureFromMin until this time:
   * Infinity for working days (every minute, past midnight too, until the last contact ends),
   * measureToMin in steady state.
   */
  readonly staffToMin: number;
}

/** One person's working time on a day. */
export interface DutyRecord {
  readonly day: number;
  readonly team: Team;
  readonly member: number;
  readonly fromMin: number;
  /** Scheduled end of shift. */
  readonly toMin: number;
  /** Minutes worked past `toMin` to finish contacts. */
  readonly overtimeMin: number;
}

/**
 * Receives what happens in a simulated day, in time order within each kind of record.
 * NOTE: a contact's record object is valid only during the call that passes it (the day reuses
 * it for the next contact): copy what you keep. Duty records are new objects.
 */
export interface DayObserver {
  dayStarted(day: DayStart): void;
  /** A contact arrived (a call attempt, a visitor at the door, a message); its record follows later. */
  arrival(kind: ContactKind, atMin: number): void;
  callAttempt(record: CallAttemptRecord): void;
  caller(record: CallerRecord): void;
  visit(record: VisitRecord): void;
  callback(record: CallbackRecord): void;
  message(record: MessageRecord): void;
  /**
   * A staff member spent [fromMin, toMin) on an activity; `visitorOnHold`: a call taken while
   * their own visitor waited on hold (an interrupted visit).
   */
  activity(team: Team, member: number, activity: Activity, fromMin: number, toMin: number, visitorOnHold: boolean): void;
  /** A queue's length changed to `length` at `atMin`. */
  queueLength(queue: QueueName, length: number, atMin: number): void;
  duty(record: DutyRecord): void;
  dayEnded(day: number, lastEventMin: number): void;
}
