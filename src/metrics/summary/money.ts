// The `money` section: what the staff cost per day, and the margin of the customers expected to
// go elsewhere after an unanswered call, a lost walk-in visit or an interrupted visit.

import { type LossCause, SEGMENTS, type Segment, TEAMS, type Team, VISITOR_KINDS } from '../../model/domain.js';
import type { RunTotals } from '../tally.js';
import { perDay, type Figure, type Get, type Runs } from './figure.js';
import type { SummarySettings } from './settings.js';

/** Money per day, in `currency`. */
export interface MoneySummary {
  readonly currency: string;
  readonly staffCostPerDay: Readonly<Record<Team | 'total', Figure>>;
  readonly customersLostPerDay: Readonly<Record<Segment | 'total', Figure>>;
  readonly lostMarginPerDay: Readonly<Record<Segment | 'total', Figure>>;
  readonly lostMarginByCausePerDay: Readonly<Record<LossCause, Figure>>;
  /** Customers expected to go elsewhere per day, by where they were lost (both segments). */
  readonly customersLostByCausePerDay: Readonly<Record<LossCause, Figure>>;
  readonly netCostPerDay: Figure;
}

/** The money section: staff cost, customers lost and lost margin per day, in the scenario currency. */
export function moneySummary(config: SummarySettings, runs: Runs): MoneySummary {
  const { economics } = config;
  const partsCostPerHour = config.parts?.costPerHour ?? 0;
  const overflowCostPerCall = config.overflow?.costPerCall ?? 0;
  const staffCost: Readonly<Record<Team, Get>> = {
    advisors: (r) => (r.staff.advisors.whole.onDutyMin / 60) * economics.advisorCostPerHour,
    phoneDesk: (r) => (r.staff.phoneDesk.whole.onDutyMin / 60) * economics.phoneDeskCostPerHour,
    parts: (r) => (r.staff.parts.whole.onDutyMin / 60) * partsCostPerHour,
    overflow: (r) =>
      (r.calls.whole.answeredBy.overflow + r.afterHours.whole.answeredBy.overflow) * overflowCostPerCall,
  };
  const totalStaffCost: Get = (r) => TEAMS.reduce((total, team) => total + staffCost[team](r), 0);
  // Customers expected to go elsewhere: unreached callers and lost walk-ins churn with
  // churnAfterLostContact; interrupted visitors with the tally's per-interruption churn.
  const churn = economics.churnAfterLostContact;
  const callersLost = (r: RunTotals, s: Segment) => r.callers.whole.lostBySegment[s] * churn[s];
  const walkInsLost = (r: RunTotals, s: Segment) => r.visits.byKind.walkIn.lostBySegment[s] * churn[s];
  const interrupted = (r: RunTotals, s: Segment) =>
    VISITOR_KINDS.reduce((total, kind) => total + r.visits.byKind[kind].interruptionChurnBySegment[s], 0);
  const customersLost = (r: RunTotals, s: Segment) => callersLost(r, s) + walkInsLost(r, s) + interrupted(r, s);
  const margin = (count: (r: RunTotals, s: Segment) => number): Get => (r) =>
    SEGMENTS.reduce((total, s) => total + count(r, s) * economics.marginPerJob[s], 0);
  const lostMargin = margin(customersLost);
  const customers = (count: (r: RunTotals, s: Segment) => number): Get => (r) =>
    SEGMENTS.reduce((total, s) => total + count(r, s), 0);
  return {
    currency: economics.currency,
    staffCostPerDay: {
      advisors: perDay(runs, staffCost.advisors),
      phoneDesk: perDay(runs, staffCost.phoneDesk),
      parts: perDay(runs, staffCost.parts),
      overflow: perDay(runs, staffCost.overflow),
      total: perDay(runs, totalStaffCost),
    },
    customersLostPerDay: {
      simple: perDay(runs, (r) => customersLost(r, 'simple')),
      forced: perDay(runs, (r) => customersLost(r, 'forced')),
      total: perDay(runs, (r) => customersLost(r, 'simple') + customersLost(r, 'forced')),
    },
    lostMarginPerDay: {
      simple: perDay(runs, (r) => customersLost(r, 'simple') * economics.marginPerJob.simple),
      forced: perDay(runs, (r) => customersLost(r, 'forced') * economics.marginPerJob.forced),
      total: perDay(runs, lostMargin),
    },
    lostMarginByCausePerDay: {
      callersLost: perDay(runs, margin(callersLost)),
      walkInsLost: perDay(runs, margin(walkInsLost)),
      interruptions: perDay(runs, margin(interrupted)),
    },
    customersLostByCausePerDay: {
      callersLost: perDay(runs, customers(callersLost)),
      walkInsLost: perDay(runs, customers(walkInsLost)),
      interruptions: perDay(runs, customers(interrupted)),
    },
    netCostPerDay: perDay(runs, (r) => totalStaffCost(r) + lostMargin(r)),
  };
}
