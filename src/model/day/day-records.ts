// What the day tells its observer, written in one place: one flat record per contact when it
// ends, staff time and duty. The reception says what happened; this module spells the record.

import type { Activity, CallerResolution, CallOutcome, Team, VisitOutcome } from '../domain.js';
import type { DayObserver } from '../observer.js';
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

/** Writes the records of day `day` to an observer. */
export class DayRecords {
  /** The day being simulated (0-based). */
  day = 0;
  /** Who receives the records. */
  observer: DayObserver = IGNORE;

  /** The attempt `call` ended with `outcome`. */
  attempt(call: Call, outcome: CallOutcome): void {
    const caller = call.caller;
    this.observer.callAttempt({
      day: this.day,
      callerId: caller.id,
      attempt: caller.attempts,
      reason: caller.reasonIndex,
      skill: caller.reason.skill,
      segment: caller.reason.segment,
      arrivalMin: call.arrivalMin,
      waitMin: call.waitMin,
      outcome,
      answeredBy: call.answeredBy,
      talkMin: call.talkMin,
      callbackCreated: call.callbackCreated,
      transfer: call.transfer,
      afterHours: call.afterHours,
    });
  }

  /** No further attempt of `caller` will come. */
  caller(caller: Caller, resolution: CallerResolution): void {
    this.observer.caller({
      day: this.day,
      callerId: caller.id,
      firstArrivalMin: caller.firstArrivalMin,
      attempts: caller.attempts,
      segment: caller.reason.segment,
      resolution,
    });
  }

  /** `visit` ended at `endMin` with `outcome`, having waited `waitMin` before first attended (or leaving). */
  visit(visit: Visit, outcome: VisitOutcome, waitMin: number, endMin: number): void {
    this.observer.visit({
      day: this.day,
      kind: visit.kind,
      segment: visit.segment,
      arrivalMin: visit.arrivalMin,
      outcome,
      waitMin,
      endMin,
      serviceMin: visit.serviceMin,
      interruptions: visit.interruptions,
      holdMin: visit.holdMin,
    });
  }

  /** `callback` was started at `startMin` by someone of `team`, or not returned the same day (null). */
  callback(callback: Callback, startMin: number | null, team: Team | null): void {
    const { source, segment, createdMin } = callback;
    this.observer.callback({ day: this.day, source, segment, createdMin, startMin, team });
  }

  /** A message that arrived at `arrivalMin` was answered at `answeredMin`, or not the same day (null). */
  message(arrivalMin: number, answeredMin: number | null): void {
    this.observer.message({ day: this.day, arrivalMin, answeredMin });
  }

  /** `member` spent [fromMin, toMin) on `activity`. */
  activity(member: StaffMember, activity: Activity, fromMin: number, toMin: number): void {
    this.observer.activity(member.team, member.index, activity, fromMin, toMin);
  }

  /** `member` worked from their shift's start to `toMin`, and `overtimeMin` past it. */
  duty(member: StaffMember, toMin: number, overtimeMin: number): void {
    this.observer.duty({ day: this.day, team: member.team, member: member.index, fromMin: member.shift.fromMin, toMin, overtimeMin });
  }
}
