// Staff time: each team's time on duty, breaks and overtime, and what its available time (on
// duty less breaks) went to. Records are spans of one person's time, clipped to the measure
// window by the tally; sums are minutes, spread over the hours for the hourly figures.

import { ACTIVITIES, WORK_ACTIVITIES, type Activity, type Team } from '../../model/domain.js';
import { section } from '../measures.js';
import { each, figuresOf } from '../summary/table.js';

/** A span of one person's time: an activity, the duty from shift start to leaving, or its overtime part. */
export interface StaffSpan {
  team: Team;
  span: 'activity' | 'duty' | 'overtime';
  /** The activity (for an activity span). */
  activity: Activity;
  /** A call taken while the person's own visitor waited on hold. */
  visitorOnHold: boolean;
  fromMin: number;
  toMin: number;
}

/** One team's time inside the window (a tally per team). */
export const STAFF = section<StaffSpan>()({
  name: 'staff',
  facts: {
    activity: (r) => r.span === 'activity',
    work: (r) => r.span === 'activity' && r.activity !== 'break',
    break: (r) => r.span === 'activity' && r.activity === 'break',
    duty: (r) => r.span === 'duty',
    overtime: (r) => r.span === 'overtime',
    callWithVisitorOnHold: (r) => r.span === 'activity' && r.activity === 'call' && r.visitorOnHold,
    callWithNoVisitorOnHold: (r) => r.span === 'activity' && r.activity === 'call' && !r.visitorOnHold,
  },
  values: { minutes: () => 1 },
  keys: { activity: { of: ACTIVITIES, index: (r) => ACTIVITIES.indexOf(r.activity) } },
  measures: {
    /** Duty records (one per person per day). */
    memberDays: { where: ['duty'] },
    /** On duty from shift start to leaving (overtime included), minutes. */
    onDutyMin: { where: ['duty'], sum: 'minutes' },
    overtimeMin: { where: ['overtime'], sum: 'minutes' },
    /** Minutes by activity, breaks included. */
    activityMin: { where: ['activity'], sum: 'minutes', by: 'activity' },
    /** Minutes of every activity but breaks. */
    busyMin: { where: ['work'], sum: 'minutes' },
    breakMin: { where: ['break'], sum: 'minutes' },
    /** On calls while their own visitor waited on hold (answer-all's interruptions), minutes. */
    callVisitorOnHoldMin: { where: ['callWithVisitorOnHold'], sum: 'minutes' },
    /** On calls with no visitor of theirs on hold, minutes. */
    callNoVisitorOnHoldMin: { where: ['callWithNoVisitorOnHold'], sum: 'minutes' },
  },
  derived: {
    /** On duty less breaks: the time there was to work. */
    availableMin: { from: ['onDutyMin', 'breakMin'], value: (m) => m.onDutyMin - m.breakMin },
  },
  clock: { from: (r) => r.fromMin, to: (r) => r.toMin },
});

const staff = figuresOf(STAFF);

/** One team's figures: member-days and minutes per day, and utilisation (busy ÷ available), in summary.json's order. */
export const TEAM_FIGURES = {
  memberDaysPerDay: staff.perDay('memberDays'),
  onDutyMinPerDay: staff.perDay('onDutyMin'),
  breakMinPerDay: staff.perDay('breakMin'),
  overtimeMinPerDay: staff.perDay('overtimeMin'),
  utilisation: staff.share('busyMin', 'availableMin', { hourly: true }),
  utilisationByActivity: each(WORK_ACTIVITIES, (activity) => staff.share(`activityMin.${activity}`, 'availableMin')),
  /** utilisationByActivity.call split: calls taken with no visitor of theirs on hold, and while one waited on hold. */
  utilisationOnCalls: {
    noVisitorOnHold: staff.share('callNoVisitorOnHoldMin', 'availableMin'),
    visitorOnHold: staff.share('callVisitorOnHoldMin', 'availableMin'),
  },
};
