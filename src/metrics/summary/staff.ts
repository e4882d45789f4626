// The `staff` section: each team's time on duty, breaks and overtime, and how much of its
// available time (on duty less breaks) went to each activity.

import type { Team } from '../../model/observer.js';
import { TEAMS, type RunTotals, type TeamTotals } from '../tally.js';
import { byKey, perDay, share, type Figure, type Get, type Runs } from './figure.js';

/** One team's time. */
export interface TeamSummary {
  readonly memberDaysPerDay: Figure;
  readonly onDutyMinPerDay: Figure;
  readonly breakMinPerDay: Figure;
  readonly overtimeMinPerDay: Figure;
  readonly utilisation: Figure;
  readonly utilisationByActivity: {
    readonly visit: Figure;
    readonly call: Figure;
    readonly callback: Figure;
    readonly message: Figure;
  };
}

/** A summary per team, in TEAMS order. */
export type StaffSummary = Readonly<Record<Team, TeamSummary>>;

/** The staff section: member-days and minutes per day, and utilisation (a share), for every team. */
export function staffSummary(runs: Runs): StaffSummary {
  return byKey(TEAMS, (team) => teamSummary(runs, team));
}

function teamSummary(runs: Runs, team: Team): TeamSummary {
  const of = (r: RunTotals): TeamTotals => r.staff[team];
  const available: Get = (r) => of(r).onDutyMin - of(r).activityMin.break;
  const activity = (name: 'visit' | 'call' | 'callback' | 'message') =>
    share(runs, (r) => of(r).activityMin[name], available);
  return {
    memberDaysPerDay: perDay(runs, (r) => of(r).memberDays),
    onDutyMinPerDay: perDay(runs, (r) => of(r).onDutyMin),
    breakMinPerDay: perDay(runs, (r) => of(r).activityMin.break),
    overtimeMinPerDay: perDay(runs, (r) => of(r).overtimeMin),
    utilisation: share(runs, (r) => busyMin(of(r)), available),
    utilisationByActivity: {
      visit: activity('visit'),
      call: activity('call'),
      callback: activity('callback'),
      message: activity('message'),
    },
  };
}

/** Busy minutes: every activity but breaks. */
function busyMin(team: TeamTotals): number {
  const a = team.activityMin;
  return a.visit + a.call + a.callback + a.message;
}
