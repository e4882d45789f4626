// Figures across replications, with 95% confidence intervals, from the run totals of every
// replication (src/metrics/tally.ts). Ratios are pooled over all replications (ratio estimator);
// counts per day are means of per-replication daily values; quantiles come from the sketches
// merged in replication order, with an interval from the spread of per-replication quantiles.
//
// ## The summary (JSON)
//
// Every figure is `{ "value": number | null, "ci95": [low, high] | null }`: the point estimate
// and its 95% confidence interval, rounded to 6 significant digits; null where it is undefined
// (nothing to divide by) or, for ci95, with fewer than two replications. Every quantity is
// ≥ 0, so intervals are clipped at 0, and at 1 for probabilities, shares and utilisation (the
// t interval of a small sample can reach past them); point estimates are never clipped. Names
// from the reference README keep their snake_case (`p_wait_gt0`, `p_abandon`, `mean_wait_all`,
// `mean_wait_served`, `sl_answered_within_t_over_offered`, `sl_within_t_over_answered`,
// `utilisation`); the rest are camelCase with the unit in the name (…Min, …PerDay, …Share = a
// probability). Keys always appear, in this order:
//
// ```
// scenario, replications, daysSimulated            name; replications; days over all of them
// thresholds     { callAnsweredWithinMin, visitorAttendedWithinMin, messageReplyTargetMin }
// calls          offered attempts (after-hours ones apart):
//                offeredPerDay, answeredPerDay, p_wait_gt0, p_abandon,
//                sl_answered_within_t_over_offered, sl_within_t_over_answered,
//                mean_wait_all, mean_wait_served,
//                waitMin { all, answered }                      each { p50, p90, p95, max }
//                outcomeShare { answered, abandoned, rangOut, voicemailWithMessage,
//                               voicemailWithoutMessage, closed }      ÷ offered
//                answeredByShare { advisors, phoneDesk, parts, overflow }   ÷ answered
//                transfersPerDay, transferOutcomeShare { answered, rangOut, abandoned },
//                callbacksCreatedPerDay,
//                afterHours { attemptsPerDay, answeredPerDay, voicemailWithMessagePerDay },
//                byReason [ { reason, offeredPerDay, p_abandon,
//                             sl_answered_within_t_over_offered, mean_wait_all } ]
// callers        callersPerDay, redialsPerCaller, lostForGoodShare,
//                resolutionShare { served, callback, lost }, lostPerDay { simple, forced }
// visits         { all, appointment, walkIn, pickup }, each:
//                arrivalsPerDay, servedPerDay, p_wait_gt0, p_abandon (reneged), balkShare,
//                lostShare (balked + reneged), sl_attended_within_t_over_arrivals,
//                mean_wait_all, mean_wait_served, waitMin { all, served },
//                interruptedShare, interruptionsPerVisit, holdMinPerVisit (÷ served visits),
//                lostPerDay { simple, forced }
// callbacks      createdPerDay, createdBySourcePerDay { voicemail, desk, overflow, transfer },
//                returnedSameDayShare, meanDelayMin, delayMin { p50, p90, p95, max }
// messages       arrivalsPerDay, answeredSameDayShare, answeredWithinTargetShare,
//                meanReplyMin, replyMin { p50, p90, p95, max }
// meanQueueLength { visitors, calls, callbacks, messages }      time average over the window
// staff          { advisors, phoneDesk, parts, overflow }, each:
//                memberDaysPerDay, onDutyMinPerDay, breakMinPerDay, overtimeMinPerDay,
//                utilisation, utilisationByActivity { visit, call, callback, message }
//                (busy ÷ (on duty − break))
// money          currency, staffCostPerDay { advisors, phoneDesk, parts, overflow, total },
//                customersLostPerDay { simple, forced, total },
//                lostMarginPerDay { simple, forced, total },
//                lostMarginByCausePerDay { callersLost, walkInsLost, interruptions },
//                netCostPerDay (staff cost + lost margin)
// targets        [ { name, metric, kind: "atLeast" | "atMost", target, value, ci95, met,
//                    metWithConfidence } ]   configured targets only, in TargetsConfig order
// hourly         24 rows, by hour of arrival: { hour,
//                calls { offeredPerDay, p_abandon, sl_answered_within_t_over_offered,
//                        mean_wait_all, mean_wait_served },
//                visits { arrivalsPerDay, lostShare, sl_attended_within_t_over_arrivals,
//                         mean_wait_all, interruptedShare },
//                meanQueueLength { visitors, calls, callbacks, messages },
//                utilisation { advisors, phoneDesk, parts, overflow } }
// ```
//
// Quantiles (p50, p90, p95) are minutes, within the sketch's 0.5% relative accuracy; their
// interval is the point estimate ± the t half-width of the per-replication quantiles (a
// replication with no values is left out). `max` is a plain number, the largest value of any
// replication (null when there is none). Customers lost = (callers lost for good + walk-ins who
// balked or reneged) × churnAfterLostContact + Σ over served visits of
// 1 − (1 − churnPerInterruption)^interruptions, by segment; lost margin = customers lost ×
// marginPerJob. Staff cost = on-duty hours (overtime included) × cost per hour for advisors,
// phone desk and parts line + overflow costPerCall × calls the overflow team answered.
// `met` compares the rounded point estimate with the target; `metWithConfidence` needs the
// whole interval on the right side of it.

import type { ModelConfig, Segment, TargetsConfig } from '../model/config.js';
import type { CallbackSource, QueueName, Team, VisitorKind } from '../model/observer.js';
import { meanEstimate, ratioEstimate, type Estimate } from './confidence.js';
import { QuantileSketch, mergeSketches, type SketchData } from './sketch.js';
import {
  CALLBACK_SOURCES,
  HOURS,
  QUEUES,
  SEGMENTS,
  TEAMS,
  VISITOR_KINDS,
  type RunTotals,
  type TeamTotals,
  type VisitTotals,
} from './tally.js';

/** Significant digits of every number in the summary. */
export const SUMMARY_DIGITS = 6;

/** A figure as reported: point estimate and 95% confidence interval; null where undefined. */
export interface Figure {
  readonly value: number | null;
  readonly ci95: readonly [low: number, high: number] | null;
}

/** Quantiles of a duration, minutes; `max` is the largest value seen (null when none). */
export interface Quantiles {
  readonly p50: Figure;
  readonly p90: Figure;
  readonly p95: Figure;
  readonly max: number | null;
}

/** One figure per segment. */
export type SegmentFigures = Readonly<Record<Segment, Figure>>;

/** Offered call attempts. */
export interface CallSummary {
  readonly offeredPerDay: Figure;
  readonly answeredPerDay: Figure;
  readonly p_wait_gt0: Figure;
  readonly p_abandon: Figure;
  readonly sl_answered_within_t_over_offered: Figure;
  readonly sl_within_t_over_answered: Figure;
  readonly mean_wait_all: Figure;
  readonly mean_wait_served: Figure;
  readonly waitMin: { readonly all: Quantiles; readonly answered: Quantiles };
  readonly outcomeShare: {
    readonly answered: Figure;
    readonly abandoned: Figure;
    readonly rangOut: Figure;
    readonly voicemailWithMessage: Figure;
    readonly voicemailWithoutMessage: Figure;
    readonly closed: Figure;
  };
  readonly answeredByShare: Readonly<Record<Team, Figure>>;
  readonly transfersPerDay: Figure;
  readonly transferOutcomeShare: { readonly answered: Figure; readonly rangOut: Figure; readonly abandoned: Figure };
  readonly callbacksCreatedPerDay: Figure;
  readonly afterHours: {
    readonly attemptsPerDay: Figure;
    readonly answeredPerDay: Figure;
    readonly voicemailWithMessagePerDay: Figure;
  };
  readonly byReason: readonly ReasonSummary[];
}

/** Offered call attempts of one reason. */
export interface ReasonSummary {
  readonly reason: string;
  readonly offeredPerDay: Figure;
  readonly p_abandon: Figure;
  readonly sl_answered_within_t_over_offered: Figure;
  readonly mean_wait_all: Figure;
}

/** Callers (all attempts of one person). */
export interface CallerSummary {
  readonly callersPerDay: Figure;
  readonly redialsPerCaller: Figure;
  readonly lostForGoodShare: Figure;
  readonly resolutionShare: { readonly served: Figure; readonly callback: Figure; readonly lost: Figure };
  readonly lostPerDay: SegmentFigures;
}

/** Visitors of one kind, or all together. */
export interface VisitSummary {
  readonly arrivalsPerDay: Figure;
  readonly servedPerDay: Figure;
  readonly p_wait_gt0: Figure;
  /** Reneged ÷ arrivals. */
  readonly p_abandon: Figure;
  readonly balkShare: Figure;
  readonly lostShare: Figure;
  readonly sl_attended_within_t_over_arrivals: Figure;
  readonly mean_wait_all: Figure;
  readonly mean_wait_served: Figure;
  readonly waitMin: { readonly all: Quantiles; readonly served: Quantiles };
  readonly interruptedShare: Figure;
  readonly interruptionsPerVisit: Figure;
  readonly holdMinPerVisit: Figure;
  readonly lostPerDay: SegmentFigures;
}

/** Callbacks. */
export interface CallbackSummary {
  readonly createdPerDay: Figure;
  readonly createdBySourcePerDay: Readonly<Record<CallbackSource, Figure>>;
  readonly returnedSameDayShare: Figure;
  readonly meanDelayMin: Figure;
  readonly delayMin: Quantiles;
}

/** Messages. */
export interface MessageSummary {
  readonly arrivalsPerDay: Figure;
  readonly answeredSameDayShare: Figure;
  readonly answeredWithinTargetShare: Figure;
  readonly meanReplyMin: Figure;
  readonly replyMin: Quantiles;
}

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

/** Money per day, in `currency`. */
export interface MoneySummary {
  readonly currency: string;
  readonly staffCostPerDay: Readonly<Record<Team | 'total', Figure>>;
  readonly customersLostPerDay: Readonly<Record<Segment | 'total', Figure>>;
  readonly lostMarginPerDay: Readonly<Record<Segment | 'total', Figure>>;
  readonly lostMarginByCausePerDay: {
    readonly callersLost: Figure;
    readonly walkInsLost: Figure;
    readonly interruptions: Figure;
  };
  readonly netCostPerDay: Figure;
}

/** A configured target and whether the run meets it. */
export interface TargetResult {
  /** The TargetsConfig field, e.g. 'callServiceLevel'. */
  readonly name: string;
  /** Path of the figure in the summary, e.g. 'calls.sl_answered_within_t_over_offered'. */
  readonly metric: string;
  readonly kind: 'atLeast' | 'atMost';
  readonly target: number;
  readonly value: number | null;
  readonly ci95: readonly [number, number] | null;
  /** The point estimate is on the right side of the target. */
  readonly met: boolean;
  /** The whole 95% interval is on the right side of the target. */
  readonly metWithConfidence: boolean;
}

/** One hour of the day (by hour of arrival). */
export interface HourSummary {
  readonly hour: number;
  readonly calls: {
    readonly offeredPerDay: Figure;
    readonly p_abandon: Figure;
    readonly sl_answered_within_t_over_offered: Figure;
    readonly mean_wait_all: Figure;
    readonly mean_wait_served: Figure;
  };
  readonly visits: {
    readonly arrivalsPerDay: Figure;
    readonly lostShare: Figure;
    readonly sl_attended_within_t_over_arrivals: Figure;
    readonly mean_wait_all: Figure;
    readonly interruptedShare: Figure;
  };
  readonly meanQueueLength: Readonly<Record<QueueName, Figure>>;
  readonly utilisation: Readonly<Record<Team, Figure>>;
}

/** Everything a run reports: plain JSON, shape documented at the top of this file. */
export interface Summary {
  readonly scenario: string;
  readonly replications: number;
  readonly daysSimulated: number;
  readonly thresholds: {
    readonly callAnsweredWithinMin: number;
    readonly visitorAttendedWithinMin: number;
    readonly messageReplyTargetMin: number | null;
  };
  readonly calls: CallSummary;
  readonly callers: CallerSummary;
  readonly visits: Readonly<Record<'all' | VisitorKind, VisitSummary>>;
  readonly callbacks: CallbackSummary;
  readonly messages: MessageSummary;
  readonly meanQueueLength: Readonly<Record<QueueName, Figure>>;
  readonly staff: Readonly<Record<Team, TeamSummary>>;
  readonly money: MoneySummary;
  readonly targets: readonly TargetResult[];
  readonly hourly: readonly HourSummary[];
}

/** What the summary needs from the scenario (a ModelConfig is one). */
export type SummarySettings = Pick<ModelConfig, 'name' | 'targets' | 'economics'> & {
  readonly calls: { readonly reasons: readonly { readonly name: string }[] } | null;
  readonly messages: { readonly replyTargetMin: number } | null;
  readonly parts: { readonly costPerHour: number } | null;
  readonly overflow: { readonly costPerCall: number } | null;
};

type Runs = readonly RunTotals[];
type Get = (run: RunTotals) => number;

/** Summarises the totals of every replication, given in replication order. */
export function summarise(config: SummarySettings, runs: Runs): Summary {
  if (runs.length === 0) throw new RangeError('summary: expected the totals of at least one replication, got none');
  runs.forEach((run, i) => {
    if (!(run.daysSimulated > 0)) throw new RangeError(`summary: replication ${i} simulated ${run.daysSimulated} days`);
  });
  const calls = callSummary(config, runs);
  const callers = callerSummary(runs);
  const visits = {
    all: visitSummary(runs.map(allVisits)),
    appointment: visitSummary(runs.map((run) => ({ ...run.visits.appointment, days: run.daysSimulated }))),
    walkIn: visitSummary(runs.map((run) => ({ ...run.visits.walkIn, days: run.daysSimulated }))),
    pickup: visitSummary(runs.map((run) => ({ ...run.visits.pickup, days: run.daysSimulated }))),
  };
  let days = 0;
  for (const run of runs) days += run.daysSimulated;
  return {
    scenario: config.name,
    replications: runs.length,
    daysSimulated: days,
    thresholds: {
      callAnsweredWithinMin: round(config.targets.callAnsweredWithinMin)!,
      visitorAttendedWithinMin: round(config.targets.visitorAttendedWithinMin)!,
      messageReplyTargetMin: config.messages === null ? null : round(config.messages.replyTargetMin),
    },
    calls,
    callers,
    visits,
    callbacks: callbackSummary(runs),
    messages: messageSummary(runs),
    meanQueueLength: byKey(QUEUES, (queue) =>
      ratio(runs, (r) => sum(r.hourly.queueLengthMin[queue]), (r) => sum(r.hourly.measuredMin)),
    ),
    staff: byKey(TEAMS, (team) => teamSummary(runs, team)),
    money: moneySummary(config, runs),
    targets: targetResults(config, calls, callers, visits.all),
    hourly: Array.from({ length: HOURS }, (_, hour) => hourSummary(runs, hour)),
  };
}

function callSummary(config: SummarySettings, runs: Runs): CallSummary {
  const offered: Get = (r) => r.calls.offered.attempts;
  const answered: Get = (r) => r.calls.offered.answered;
  const transfers: Get = (r) => r.calls.transfers.answered + r.calls.transfers.rangOut + r.calls.transfers.abandoned;
  const reasons = config.calls?.reasons ?? [];
  return {
    offeredPerDay: perDay(runs, offered),
    answeredPerDay: perDay(runs, answered),
    p_wait_gt0: share(runs, (r) => r.calls.waited, offered),
    p_abandon: share(runs, (r) => r.calls.offered.abandoned, offered),
    sl_answered_within_t_over_offered: share(runs, (r) => r.calls.answeredWithin, offered),
    sl_within_t_over_answered: share(runs, (r) => r.calls.answeredWithin, answered),
    mean_wait_all: ratio(runs, (r) => r.calls.waitSumMin, offered),
    mean_wait_served: ratio(runs, (r) => r.calls.waitSumAnsweredMin, answered),
    waitMin: {
      all: quantiles(runs.map((r) => r.calls.waitSketch)),
      answered: quantiles(runs.map((r) => r.calls.waitAnsweredSketch)),
    },
    outcomeShare: {
      answered: share(runs, answered, offered),
      abandoned: share(runs, (r) => r.calls.offered.abandoned, offered),
      rangOut: share(runs, (r) => r.calls.offered.rangOut, offered),
      voicemailWithMessage: share(runs, (r) => r.calls.offered.voicemailWithMessage, offered),
      voicemailWithoutMessage: share(runs, (r) => r.calls.offered.voicemailWithoutMessage, offered),
      closed: share(runs, (r) => r.calls.offered.closed, offered),
    },
    answeredByShare: byKey(TEAMS, (team) => share(runs, (r) => r.calls.offered.answeredBy[team], answered)),
    transfersPerDay: perDay(runs, transfers),
    transferOutcomeShare: {
      answered: share(runs, (r) => r.calls.transfers.answered, transfers),
      rangOut: share(runs, (r) => r.calls.transfers.rangOut, transfers),
      abandoned: share(runs, (r) => r.calls.transfers.abandoned, transfers),
    },
    callbacksCreatedPerDay: perDay(runs, (r) => r.calls.callbacksCreated),
    afterHours: {
      attemptsPerDay: perDay(runs, (r) => r.calls.afterHours.attempts),
      answeredPerDay: perDay(runs, (r) => r.calls.afterHours.answered),
      voicemailWithMessagePerDay: perDay(runs, (r) => r.calls.afterHours.voicemailWithMessage),
    },
    byReason: reasons.map((reason, i) => {
      const reasonOffered: Get = (r) => r.calls.byReason[i].offered;
      return {
        reason: reason.name,
        offeredPerDay: perDay(runs, reasonOffered),
        p_abandon: share(runs, (r) => r.calls.byReason[i].abandoned, reasonOffered),
        sl_answered_within_t_over_offered: share(runs, (r) => r.calls.byReason[i].answeredWithin, reasonOffered),
        mean_wait_all: ratio(runs, (r) => r.calls.byReason[i].waitSumMin, reasonOffered),
      };
    }),
  };
}

function callerSummary(runs: Runs): CallerSummary {
  const callers: Get = (r) => r.callers.callers;
  const attemptsPerCaller = ratioEstimate(runs.map((r) => r.callers.attempts), runs.map(callers));
  return {
    callersPerDay: perDay(runs, callers),
    // The first attempt is not a redial: attempts per caller − 1 (the interval shifts with it).
    redialsPerCaller: figure({ ...attemptsPerCaller, value: attemptsPerCaller.value - 1 }),
    lostForGoodShare: share(runs, (r) => r.callers.lost, callers),
    resolutionShare: {
      served: share(runs, (r) => r.callers.served, callers),
      callback: share(runs, (r) => r.callers.callback, callers),
      lost: share(runs, (r) => r.callers.lost, callers),
    },
    lostPerDay: byKey(SEGMENTS, (segment) => perDay(runs, (r) => r.callers.lostBySegment[segment])),
  };
}

/** A visit summary from one VisitTotals per replication, each with its run's days simulated. */
function visitSummary(visits: readonly (VisitTotals & { readonly days: number })[]): VisitSummary {
  const arrivals = (v: VisitTotals) => v.arrivals;
  const served = (v: VisitTotals) => v.served;
  const mean = (num: (v: VisitTotals) => number, den: (v: VisitTotals) => number) =>
    figure(ratioEstimate(visits.map(num), visits.map(den)));
  const share = (num: (v: VisitTotals) => number, den: (v: VisitTotals) => number) =>
    figure(ratioEstimate(visits.map(num), visits.map(den)), 1);
  const daily = (count: (v: VisitTotals) => number) => figure(meanEstimate(visits.map((v) => count(v) / v.days)));
  return {
    arrivalsPerDay: daily(arrivals),
    servedPerDay: daily(served),
    p_wait_gt0: share((v) => v.waited, arrivals),
    p_abandon: share((v) => v.reneged, arrivals),
    balkShare: share((v) => v.balked, arrivals),
    lostShare: share((v) => v.balked + v.reneged, arrivals),
    sl_attended_within_t_over_arrivals: share((v) => v.attendedWithin, arrivals),
    mean_wait_all: mean((v) => v.waitSumMin, arrivals),
    mean_wait_served: mean((v) => v.waitSumServedMin, served),
    waitMin: {
      all: quantiles(visits.map((v) => v.waitSketch)),
      served: quantiles(visits.map((v) => v.waitServedSketch)),
    },
    interruptedShare: share((v) => v.interrupted, served),
    interruptionsPerVisit: mean((v) => v.interruptions, served),
    holdMinPerVisit: mean((v) => v.holdMin, served),
    lostPerDay: byKey(SEGMENTS, (segment) => daily((v) => v.lostBySegment[segment])),
  };
}

function callbackSummary(runs: Runs): CallbackSummary {
  const created: Get = (r) => r.callbacks.created;
  return {
    createdPerDay: perDay(runs, created),
    createdBySourcePerDay: byKey(CALLBACK_SOURCES, (source) =>
      perDay(runs, (r) => r.callbacks.createdBySource[source]),
    ),
    returnedSameDayShare: share(runs, (r) => r.callbacks.returned, created),
    meanDelayMin: ratio(runs, (r) => r.callbacks.delaySumMin, (r) => r.callbacks.returned),
    delayMin: quantiles(runs.map((r) => r.callbacks.delaySketch)),
  };
}

function messageSummary(runs: Runs): MessageSummary {
  const arrivals: Get = (r) => r.messages.arrivals;
  return {
    arrivalsPerDay: perDay(runs, arrivals),
    answeredSameDayShare: share(runs, (r) => r.messages.answered, arrivals),
    answeredWithinTargetShare: share(runs, (r) => r.messages.answeredWithin, arrivals),
    meanReplyMin: ratio(runs, (r) => r.messages.replySumMin, (r) => r.messages.answered),
    replyMin: quantiles(runs.map((r) => r.messages.replySketch)),
  };
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

function moneySummary(config: SummarySettings, runs: Runs): MoneySummary {
  const { economics } = config;
  const partsCostPerHour = config.parts?.costPerHour ?? 0;
  const overflowCostPerCall = config.overflow?.costPerCall ?? 0;
  const staffCost: Readonly<Record<Team, Get>> = {
    advisors: (r) => (r.staff.advisors.onDutyMin / 60) * economics.advisorCostPerHour,
    phoneDesk: (r) => (r.staff.phoneDesk.onDutyMin / 60) * economics.phoneDeskCostPerHour,
    parts: (r) => (r.staff.parts.onDutyMin / 60) * partsCostPerHour,
    overflow: (r) =>
      (r.calls.offered.answeredBy.overflow + r.calls.afterHours.answeredBy.overflow) * overflowCostPerCall,
  };
  const totalStaffCost: Get = (r) => TEAMS.reduce((total, team) => total + staffCost[team](r), 0);
  // Customers expected to go elsewhere: unreached callers and lost walk-ins churn with
  // churnAfterLostContact; interrupted visitors with the tally's per-interruption churn.
  const churn = economics.churnAfterLostContact;
  const callersLost = (r: RunTotals, s: Segment) => r.callers.lostBySegment[s] * churn[s];
  const walkInsLost = (r: RunTotals, s: Segment) => r.visits.walkIn.lostBySegment[s] * churn[s];
  const interrupted = (r: RunTotals, s: Segment) =>
    VISITOR_KINDS.reduce((total, kind) => total + r.visits[kind].interruptionChurnBySegment[s], 0);
  const customersLost = (r: RunTotals, s: Segment) => callersLost(r, s) + walkInsLost(r, s) + interrupted(r, s);
  const margin = (count: (r: RunTotals, s: Segment) => number): Get => (r) =>
    SEGMENTS.reduce((total, s) => total + count(r, s) * economics.marginPerJob[s], 0);
  const lostMargin = margin(customersLost);
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
    netCostPerDay: perDay(runs, (r) => totalStaffCost(r) + lostMargin(r)),
  };
}

function targetResults(
  config: SummarySettings,
  calls: CallSummary,
  callers: CallerSummary,
  visits: VisitSummary,
): TargetResult[] {
  const t = config.targets;
  // [TargetsConfig field, which way, summary path, figure]
  const candidates: [keyof TargetsConfig, 'atLeast' | 'atMost', string, Figure][] = [
    ['callServiceLevel', 'atLeast', 'calls.sl_answered_within_t_over_offered', calls.sl_answered_within_t_over_offered],
    ['callMaxAbandon', 'atMost', 'calls.p_abandon', calls.p_abandon],
    ['callMaxLostForGood', 'atMost', 'callers.lostForGoodShare', callers.lostForGoodShare],
    [
      'visitorServiceLevel',
      'atLeast',
      'visits.all.sl_attended_within_t_over_arrivals',
      visits.sl_attended_within_t_over_arrivals,
    ],
    ['visitorMaxInterruptedShare', 'atMost', 'visits.all.interruptedShare', visits.interruptedShare],
    ['visitorMaxMeanWaitMin', 'atMost', 'visits.all.mean_wait_all', visits.mean_wait_all],
  ];
  const results: TargetResult[] = [];
  for (const [name, kind, metric, { value, ci95 }] of candidates) {
    const target = t[name];
    if (target === null) continue;
    const onRightSide = (x: number) => (kind === 'atLeast' ? x >= target : x <= target);
    results.push({
      name,
      metric,
      kind,
      target: round(target)!,
      value,
      ci95,
      met: value !== null && onRightSide(value),
      metWithConfidence: ci95 !== null && onRightSide(kind === 'atLeast' ? ci95[0] : ci95[1]),
    });
  }
  return results;
}

function hourSummary(runs: Runs, hour: number): HourSummary {
  const calls = (r: RunTotals) => r.hourly.calls;
  const visits = (r: RunTotals) => r.hourly.visits;
  const offered: Get = (r) => calls(r).offered[hour];
  const arrivals: Get = (r) => visits(r).arrivals[hour];
  return {
    hour,
    calls: {
      offeredPerDay: perDay(runs, offered),
      p_abandon: share(runs, (r) => calls(r).abandoned[hour], offered),
      sl_answered_within_t_over_offered: share(runs, (r) => calls(r).answeredWithin[hour], offered),
      mean_wait_all: ratio(runs, (r) => calls(r).waitSumMin[hour], offered),
      mean_wait_served: ratio(runs, (r) => calls(r).waitSumAnsweredMin[hour], (r) => calls(r).answered[hour]),
    },
    visits: {
      arrivalsPerDay: perDay(runs, arrivals),
      lostShare: share(runs, (r) => visits(r).lost[hour], arrivals),
      sl_attended_within_t_over_arrivals: share(runs, (r) => visits(r).attendedWithin[hour], arrivals),
      mean_wait_all: ratio(runs, (r) => visits(r).waitSumMin[hour], arrivals),
      interruptedShare: share(runs, (r) => visits(r).interrupted[hour], (r) => visits(r).served[hour]),
    },
    meanQueueLength: byKey(QUEUES, (queue) =>
      ratio(runs, (r) => r.hourly.queueLengthMin[queue][hour], (r) => r.hourly.measuredMin[hour]),
    ),
    utilisation: byKey(TEAMS, (team) =>
      share(
        runs,
        (r) => r.staff[team].hourly.busyMin[hour],
        (r) => r.staff[team].hourly.onDutyMin[hour] - r.staff[team].hourly.breakMin[hour],
      ),
    ),
  };
}

/** The visitor kinds of one replication added together, with its number of days. */
function allVisits(run: RunTotals): VisitTotals & { readonly days: number } {
  const kinds = VISITOR_KINDS.map((kind) => run.visits[kind]);
  const add = (get: (v: VisitTotals) => number) => kinds.reduce((total, v) => total + get(v), 0);
  const bySegment = (get: (v: VisitTotals) => Readonly<Record<Segment, number>>) =>
    byKey(SEGMENTS, (s) => add((v) => get(v)[s]));
  return {
    days: run.daysSimulated,
    arrivals: add((v) => v.arrivals),
    served: add((v) => v.served),
    balked: add((v) => v.balked),
    reneged: add((v) => v.reneged),
    attendedWithin: add((v) => v.attendedWithin),
    waited: add((v) => v.waited),
    waitSumMin: add((v) => v.waitSumMin),
    waitSumServedMin: add((v) => v.waitSumServedMin),
    waitSketch: mergeSketches(kinds.map((v) => v.waitSketch)),
    waitServedSketch: mergeSketches(kinds.map((v) => v.waitServedSketch)),
    interrupted: add((v) => v.interrupted),
    interruptions: add((v) => v.interruptions),
    holdMin: add((v) => v.holdMin),
    lostBySegment: bySegment((v) => v.lostBySegment),
    interruptionChurnBySegment: bySegment((v) => v.interruptionChurnBySegment),
  };
}

/** Busy minutes: every activity but breaks. */
function busyMin(team: TeamTotals): number {
  const a = team.activityMin;
  return a.visit + a.call + a.callback + a.message;
}

/** A count per day: the mean over replications of count ÷ days simulated. */
function perDay(runs: Runs, count: Get): Figure {
  return figure(meanEstimate(runs.map((run) => count(run) / run.daysSimulated)));
}

/** A ratio pooled over replications. */
function ratio(runs: Runs, numerator: Get, denominator: Get): Figure {
  return figure(ratioEstimate(runs.map(numerator), runs.map(denominator)));
}

/** A pooled ratio that is a probability or a time share: its interval stays within [0, 1]. */
function share(runs: Runs, numerator: Get, denominator: Get): Figure {
  return figure(ratioEstimate(runs.map(numerator), runs.map(denominator)), 1);
}

const QUANTILE_LEVELS = { p50: 0.5, p90: 0.9, p95: 0.95 } as const;

/** p50, p90, p95 of the sketches merged in replication order; intervals from per-replication quantiles. */
function quantiles(sketches: readonly SketchData[]): Quantiles {
  const merged = QuantileSketch.fromData(mergeSketches(sketches));
  const perRun = sketches.filter((s) => s.count > 0).map((s) => QuantileSketch.fromData(s));
  const at = (q: number): Figure => {
    if (merged.size === 0) return { value: null, ci95: null };
    const value = merged.quantile(q);
    const halfWidth = meanEstimate(perRun.map((s) => s.quantile(q))).halfWidth95;
    return figure({ value, standardError: Number.NaN, halfWidth95: halfWidth });
  };
  return {
    p50: at(QUANTILE_LEVELS.p50),
    p90: at(QUANTILE_LEVELS.p90),
    p95: at(QUANTILE_LEVELS.p95),
    max: merged.size === 0 ? null : round(merged.quantile(1)),
  };
}

/**
 * An estimate as reported, rounded. Every quantity here is ≥ 0, so the interval is clipped at 0,
 * and at `ceiling` for probabilities and time shares (1); the point estimate is never clipped.
 */
function figure(estimate: Estimate, ceiling = Infinity): Figure {
  const value = round(estimate.value);
  if (value === null) return { value: null, ci95: null };
  const low = round(Math.max(0, estimate.value - estimate.halfWidth95));
  const high = round(Math.min(ceiling, estimate.value + estimate.halfWidth95));
  return { value, ci95: low === null || high === null ? null : [low, high] };
}

/** Rounds to SUMMARY_DIGITS significant digits; null for NaN and infinities (not JSON). */
function round(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  const rounded = Number(x.toPrecision(SUMMARY_DIGITS));
  return rounded === 0 ? 0 : rounded; // no −0
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** An object with one entry per key, in the keys' order. */
function byKey<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  const result = {} as Record<K, V>;
  for (const key of keys) result[key] = make(key);
  return result;
}
