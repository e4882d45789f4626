// One person at work during a day, and the task in their hands.

import type { EventId } from '../../engine/calendar.js';
import type { ShiftConfig } from '../config.js';
import type { Team } from '../domain.js';
import type { CallPhase } from '../policies/index.js';
import type { Call, Callback, Message, Visit } from './contacts.js';

/** A piece of work in someone's hands. */
export type Task =
  | { readonly activity: 'visit'; readonly visit: Visit }
  | { readonly activity: 'call'; readonly call: Call; readonly phase: CallPhase }
  | { readonly activity: 'callback'; readonly callback: Callback }
  | { readonly activity: 'message'; readonly message: Message }
  | { readonly activity: 'break' };

export type { CallPhase } from '../policies/index.js';

/** Where a person is in their day. */
export type DutyState = 'before-shift' | 'on-duty' | 'gone';

/** A member of a team, with the task in hand and, for an advisor, a visit put on hold. */
export interface StaffMember {
  /** Position among all the day's staff; the payload of this person's events. */
  readonly id: number;
  readonly team: Team;
  /** Index within the team. */
  readonly index: number;
  readonly shift: ShiftConfig;
  duty: DutyState;
  task: Task | null;
  /** No task, or only message work (which anything else may put aside). Kept by Staff. */
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
  return {
    id,
    team,
    index,
    shift,
    duty: 'before-shift',
    task: null,
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
}
