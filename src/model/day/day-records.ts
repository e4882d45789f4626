// What the day tells its observer, written in one place: one flat record per contact when it
// ends, staff time and duty. The reception says what happened; this module spells the record.

import type { Activity, CallerResolution, CallOutcome, Team, VisitOutcome } from '../domain.js';
import type { CallAttemptRecord, CallbackRecord, CallerRecord, DayObserver, MessageRecord, VisitRecord } from '../observer.js';
import type { Call, Callback, Caller, Visit } from './contacts.js';
import type { StaffMember } from './staff-member.js';

/** An observer that keeps nothing (until the reception is given one). */
const IGNORE: DayObserver = {
  dayStarted() {},
  arrival() {},
  callAttempt() {},
  caller() {},
  visit() {},
  callback() {},
  message() {},
  activity() {},
  queueLength() {},
  duty() {},
  dayEnded() {},
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Writes the records of day `day` to an observer. One record object per kind is filled and
 * passed for every contact (the observer interface says a record is valid only during the call),
 * so the day allocates nothing per record.
 */
export class DayRecords {
  /** The day being simulated (0-based). */
  day = 0;
  /** Who receives the records. */
  observer: DayObserver = IGNORE;
  private readonly attemptRecord: Mutable<CallAttemptRecord> = {
    day: 0,
    callerId: 0,
    attempt: 0,
    reason: 0,
    skill: 'any',
    segment: 'simple',
    arrivalMin: 0,
    waitMin: 0,
    outcome: 'answered',
    answeredBy: null,
    talkMin: 0,
    callbackCreated: false,
    transfer: 'none',
    afterHours: false,
  };
  private readonly callerRecord: Mutable<CallerRecord> = {
    day: 0,
    callerId: 0,
    firstArrivalMin: 0,
    attempts: 0,
    segment: 'simple',
    resolution: 'served',
  };
  private readonly visitRecord: Mutable<VisitRecord> = {
    day: 0,
    kind: 'walkIn',
    segment: 'simple',
    arrivalMin: 0,
    outcome: 'served',
    waitMin: 0,
    endMin: 0,
    serviceMin: 0,
    interruptions: 0,
    holdMin: 0,
  };
  private readonly callbackRecord: Mutable<CallbackRecord> = {
    day: 0,
    source: 'voicemail',
    segment: 'simple',
    createdMin: 0,
    requestedMin: 0,
    startMin: null,
    team: null,
  };
  private readonly messageRecord: Mutable<MessageRecord> = { day: 0, arrivalMin: 0, answeredMin: null };

  /** The attempt `call` ended with `outcome`. */
  attempt(call: Call, outcome: CallOutcome): void {
    const caller = call.caller;
    const r = this.attemptRecord;
    r.day = this.day;
    r.callerId = caller.id;
    r.attempt = caller.attempts;
    r.reason = caller.reasonIndex;
    r.skill = caller.reason.skill;
    r.segment = caller.reason.segment;
    r.arrivalMin = call.arrivalMin;
    r.waitMin = call.waitMin;
    r.outcome = outcome;
    r.answeredBy = call.answeredBy;
    r.talkMin = call.talkMin;
    r.callbackCreated = call.callbackCreated;
    r.transfer = call.transfer;
    r.afterHours = call.afterHours;
    this.observer.callAttempt(r);
  }

  /** No further attempt of `caller` will come. */
  caller(caller: Caller, resolution: CallerResolution): void {
    const r = this.callerRecord;
    r.day = this.day;
    r.callerId = caller.id;
    r.firstArrivalMin = caller.firstArrivalMin;
    r.attempts = caller.attempts;
    r.segment = caller.reason.segment;
    r.resolution = resolution;
    this.observer.caller(r);
  }

  /** `visit` ended at `endMin` with `outcome`, having waited `waitMin` before first attended (or leaving). */
  visit(visit: Visit, outcome: VisitOutcome, waitMin: number, endMin: number): void {
    const r = this.visitRecord;
    r.day = this.day;
    r.kind = visit.kind;
    r.segment = visit.segment;
    r.arrivalMin = visit.arrivalMin;
    r.outcome = outcome;
    r.waitMin = waitMin;
    r.endMin = endMin;
    r.serviceMin = visit.serviceMin;
    r.interruptions = visit.interruptions;
    r.holdMin = visit.holdMin;
    this.observer.visit(r);
  }

  /** `callback` was started at `startMin` by someone of `team`, or not returned the same day (null). */
  callback(callback: Callback, startMin: number | null, team: Team | null): void {
    const r = this.callbackRecord;
    r.day = this.day;
    r.source = callback.source;
    r.segment = callback.segment;
    r.createdMin = callback.createdMin;
    r.requestedMin = callback.requestedMin;
    r.startMin = startMin;
    r.team = team;
    this.observer.callback(r);
  }

  /** A message that arrived at `arrivalMin` was answered at `answeredMin`, or not the same day (null). */
  message(arrivalMin: number, answeredMin: number | null): void {
    const r = this.messageRecord;
    r.day = this.day;
    r.arrivalMin = arrivalMin;
    r.answeredMin = answeredMin;
    this.observer.message(r);
  }

  /** `member` spent [fromMin, toMin) on `activity`. */
  activity(member: StaffMember, activity: Activity, fromMin: number, toMin: number): void {
    this.observer.activity(member.team, member.index, activity, fromMin, toMin, member.suspendedVisit !== null);
  }

  /** `member` worked from their shift's start to `toMin`, and `overtimeMin` past it (a new record: observers may keep it). */
  duty(member: StaffMember, toMin: number, overtimeMin: number): void {
    this.observer.duty({ day: this.day, team: member.team, member: member.index, fromMin: member.shift.fromMin, toMin, overtimeMin });
  }
}
