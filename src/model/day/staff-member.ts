// One person at work during a day, the task in their hands and, for an advisor, a visit put on
// hold. The task is held in fields of the person (not a new object per task), so giving work
// allocates nothing.

import type { EventId } from '../../engine/calendar.js';
import type { ShiftConfig } from '../config.js';
import type { Activity, Team } from '../domain.js';
import type { CallPhase } from '../policies/index.js';
import type { Call, Callback, Message, Visit } from './contacts.js';

export type { CallPhase } from '../policies/index.js';

/** Where a person is in their day. */
export type DutyState = 'before-shift' | 'on-duty' | 'gone';

/** A member of a team. */
export interface StaffMember {
  /** Position among all the day's staff; the payload of this person's events. */
  readonly id: number;
  readonly team: Team;
  /** Index within the team. */
  readonly index: number;
  readonly shift: ShiftConfig;
  duty: DutyState;
  /** What the person is doing, or null when idle. The contact in hand is in the field of that name. */
  activity: Activity | null;
  /** activity 'visit': the visit being served. */
  visit: Visit | null;
  /** activity 'call': the call, and what the person does with it. */
  call: Call | null;
  phase: CallPhase;
  /** activity 'callback': the callback being returned. */
  callback: Callback | null;
  /** activity 'message': the message being answered. */
  message: Message | null;
  /** Idle, or doing message work (which anything else may put aside). Kept by Staff. */
  isFree: boolean;
  /** When the current task (or its current stretch) started, minutes. */
  taskStartMin: number;
  /** When the current task's stretch ends, minutes. */
  taskEndMin: number;
  taskEvent: EventId;
  /** A visit suspended for a call; resumed when the phone allows. */
  suspendedVisit: Visit | null;
  /** Minutes of the suspended visit still to do. */
  suspendedRemainingMin: number;
  /** Index of the next break not yet taken. */
  nextBreak: number;
  /** The next break's time has come; it starts when the contact in hand ends. */
  breakDue: boolean;
  /** The shift's end has come; the person leaves when the contact in hand ends. */
  shiftOver: boolean;
  leftAtMin: number;
}

/** A person who is not yet at work. */
export function newStaffMember(id: number, team: Team, index: number, shift: ShiftConfig): StaffMember {
  // NOTE: every field is written in the literal (and again by the reset), so all of them live in
  // the object itself: fields added after creation go to a separate store, one more load on
  // every read of the dispatch loop.
  const member: StaffMember = {
    id,
    team,
    index,
    shift,
    duty: 'before-shift',
    activity: null,
    visit: null,
    call: null,
    phase: 'resolve',
    callback: null,
    message: null,
    isFree: true,
    taskStartMin: 0,
    taskEndMin: 0,
    taskEvent: -1,
    suspendedVisit: null,
    suspendedRemainingMin: 0,
    nextBreak: 0,
    breakDue: false,
    shiftOver: false,
    leftAtMin: Number.NaN,
  };
  resetStaffMember(member);
  return member;
}

/** Puts `member` back where a day starts: before their shift, nothing in hand. */
export function resetStaffMember(member: StaffMember): void {
  member.duty = 'before-shift';
  member.activity = null;
  member.visit = null;
  member.call = null;
  member.phase = 'resolve';
  member.callback = null;
  member.message = null;
  member.isFree = true;
  member.taskStartMin = 0;
  member.taskEndMin = 0;
  member.taskEvent = -1;
  member.suspendedVisit = null;
  member.suspendedRemainingMin = 0;
  member.nextBreak = 0;
  member.breakDue = false;
  member.shiftOver = false;
  member.leftAtMin = Number.NaN;
}
