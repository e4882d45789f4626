// The `staff` section: each team's time on duty, breaks and overtime, and how much of its
// available time (on duty less breaks) went to each activity.

import { TEAMS, type Team, WORK_ACTIVITIES, type WorkActivity } from '../../model/domain.js';
import type { RunTotals, TeamTotals } from '../tally.js';
import { byKey, perDay, share, type Figure, type Get, type Runs } from './figure.js';

/** One team's time. */
export interface TeamSummary {
  readonly memberDaysPerDay: Figure;
  readonly onDutyMinPerDay: Figure;
  readonly breakMinPerDay: Figure;
  readonly overtimeMinPerDay: Figure;
  readonly utilisation: Figure;
  readonly utilisationByActivity: Readonly<Record<WorkActivity, Figure>>;
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
  return {
    memberDaysPerDay: perDay(runs, (r) => of(r).memberDays),
    onDutyMinPerDay: perDay(runs, (r) => of(r).onDutyMin),
    breakMinPerDay: perDay(runs, (r) => of(r).activityMin.break),
    overtimeMinPerDay: perDay(runs, (r) => of(r).overtimeMin),
    utilisation: share(runs, (r) => busyMin(of(r)), available),
    utilisationByActivity: byKey(WORK_ACTIVITIES, (activity) => share(runs, (r) => of(r).activityMin[activity], available)),
  };
}

/** Busy minutes: every activity but breaks. */
function busyMin(team: TeamTotals): number {
  let total = 0;
  for (const activity of WORK_ACTIVITIES) total += team.activityMin[activity];
  return total;
}
