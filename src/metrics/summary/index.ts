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
// policyWindows  [ { from, to, kind } ]  which policy held when ("HH:MM"); only when the policy
//                changes with the hour (a list of windows), absent for one policy all day
// calls          offered attempts (after-hours ones apart):
//                offeredPerDay, answeredPerDay, p_wait_gt0, p_abandon, p_blocked,
//                sl_answered_within_t_over_offered, sl_within_t_over_answered,
//                mean_wait_all, mean_wait_served, mean_wait_delayed (÷ attempts that waited),
//                meanTalkMin (÷ answered: the handling time measured),
//                meanTimeToAbandonMin (÷ abandoned), p_abandon_within_t,
//                sl_answered_within_t_excluding_short_abandons (÷ offered − hung up within t),
//                p_offered_wait_gt_t (share whose wait would pass t had they waited on: the
//                offered wait, Kaplan–Meier with hang-ups and diverted calls censored),
//                firstAttempts { offeredPerDay, p_wait_gt0, p_blocked }   (redials apart),
//                waitMin { all, answered }                      each { p50, p90, p95, max }
//                outcomeShare { answered, abandoned, rangOut, voicemailWithMessage,
//                               voicemailWithoutMessage, closed }      ÷ offered
//                answeredByShare { advisors, phoneDesk, parts, overflow }   ÷ answered
//                transfersPerDay, transferOutcomeShare { answered, rangOut },
//                callbacksCreatedPerDay (= callbacks.createdPerDay, after-hours voicemails included),
//                afterHours { attemptsPerDay, answeredPerDay, voicemailWithMessagePerDay },
//                byReason [ { reason, offeredPerDay, p_abandon,
//                             sl_answered_within_t_over_offered, mean_wait_all } ]
// callers        callersPerDay, redialsPerCaller, lostForGoodShare,
//                resolutionShare { served, callback, lost }, lostPerDay { simple, forced }
// visits         { all, appointment, walkIn, pickup }, each:
//                arrivalsPerDay, servedPerDay, p_wait_gt0, p_abandon (reneged), balkShare,
//                lostShare (balked + reneged), sl_attended_within_t_over_arrivals,
//                mean_wait_all, mean_wait_served, mean_wait_gave_up (÷ reneged),
//                sl_attended_within_t_over_served, meanVisitMin (first attended → done, ÷ served),
//                meanTimeInBuildingMin (arrival → leaving, ÷ arrivals), waitMin { all, served },
//                interruptedShare, interruptionsPerVisit, holdMinPerVisit (÷ served visits),
//                lostPerDay { simple, forced }
// callbacks      createdPerDay, createdBySourcePerDay { voicemail, desk, overflow, transfer },
//                returnedSameDayShare, meanDelayMin, delayMin { p50, p90, p95, max }
// messages       arrivalsPerDay, answeredSameDayShare, answeredWithinTargetShare,
//                meanReplyMin, replyMin { p50, p90, p95, max }
// meanQueueLength { visitors, calls, callbacks, messages }      the day's queue-minutes ÷ its minutes open
// staff          { advisors, phoneDesk, parts, overflow }, each:
//                memberDaysPerDay, onDutyMinPerDay, breakMinPerDay, overtimeMinPerDay,
//                utilisation, utilisationByActivity { visit, call, callback, message },
//                utilisationOnCalls { noVisitorOnHold, visitorOnHold } (the call share split by
//                whether the person's own visitor waited on hold meanwhile)
//                (busy ÷ (on duty − break))
// money          currency, staffCostPerDay { advisors, phoneDesk, parts, overflow, total },
//                customersLostPerDay { simple, forced, total },
//                lostMarginPerDay { simple, forced, total },
//                lostMarginByCausePerDay { callersLost, walkInsLost, interruptions },
//                customersLostByCausePerDay { callersLost, walkInsLost, interruptions },
//                netCostPerDay (staff cost + lost margin)
// targets        [ { name, metric, kind: "atLeast" | "atMost", target, value, ci95, applicable,
//                    met, metWithConfidence } ]   configured targets only, in TargetsConfig order;
//                a target with nothing to measure (value null) is not applicable: met null
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

import { TEAMS, type Team, VISITOR_KINDS, type VisitorKind } from '../../model/domain.js';
import { type AnySection, type SectionTotals, wholeBin } from '../measures.js';
import {
  CALLBACK_FIGURES,
  CALLER_FIGURES,
  CALL_FIGURES,
  HOURLY_QUEUE_FIGURES,
  MESSAGE_FIGURES,
  QUEUE_FIGURES,
  SECTIONS,
  TEAM_FIGURES,
  VISIT_FIGURES,
} from '../sections/index.js';
import type { RunTotals } from '../tally.js';
import { round, type Runs } from './figure.js';
import { moneySummary, type MoneySummary } from './money.js';
import type { SummarySettings } from './settings.js';
import type {
  CallbackSummary,
  CallerSummary,
  CallSummary,
  HourSummary,
  MeanQueueLength,
  MessageSummary,
  StaffSummary,
  VisitSummaries,
} from './shapes.js';
import { type BinOf, type FigureParts, type FigureTree, each, figureIn, partsOf, summariseTree } from './table.js';
import { targetResults, type TargetResult } from './targets.js';

export { SUMMARY_DIGITS, type Figure, type Quantiles, type SegmentFigures } from './figure.js';
export type {
  CallbackSummary,
  CallerSummary,
  CallSummary,
  HourSummary,
  MeanQueueLength,
  MessageSummary,
  ReasonSummary,
  StaffSummary,
  TeamSummary,
  VisitSummaries,
  VisitSummary,
} from './shapes.js';
export type { MoneySummary } from './money.js';
export type { FigureParts } from './table.js';
export type { SummarySettings } from './settings.js';
export { targetFacts, type TargetFacts, type TargetResult } from './targets.js';

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
  /** Which policy held when ("HH:MM"), in order: only when the policy changes with the hour. */
  readonly policyWindows?: readonly PolicyWindow[];
  readonly calls: CallSummary;
  readonly callers: CallerSummary;
  readonly visits: VisitSummaries;
  readonly callbacks: CallbackSummary;
  readonly messages: MessageSummary;
  readonly meanQueueLength: MeanQueueLength;
  readonly staff: StaffSummary;
  readonly money: MoneySummary;
  readonly targets: readonly TargetResult[];
  readonly hourly: readonly HourSummary[];
}

/** A phone policy and the hours it held. */
export interface PolicyWindow {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
}

/** Summarises the totals of every replication, given in replication order. */
export function summarise(config: SummarySettings, runs: Runs): Summary {
  if (runs.length === 0) throw new RangeError('summary: expected the totals of at least one replication, got none');
  runs.forEach((run, i) => {
    if (!(run.daysSimulated > 0)) throw new RangeError(`summary: replication ${i} simulated ${run.daysSimulated} days`);
  });
  const days = runs.map((run) => run.daysSimulated);
  const bins = new Bins(runs);
  const whole = bins.of({});
  const calls: CallSummary = {
    ...summariseTree(CALL_FIGURES, whole, days, 'all', config.targets),
    byReason: (config.calls?.reasons ?? []).map((reason, index) => ({
      reason: reason.name,
      ...summariseTree(CALL_FIGURES, bins.of({ reason: index }), days, 'byReason'),
    })),
  };
  const callers: CallerSummary = summariseTree(CALLER_FIGURES, whole, days);
  const visits: VisitSummaries = {
    all: summariseTree(VISIT_FIGURES, whole, days),
    ...each(VISITOR_KINDS, (kind) => summariseTree(VISIT_FIGURES, bins.of({ kind }), days)),
  };
  let daysSimulated = 0;
  for (const run of runs) daysSimulated += run.daysSimulated;
  const callbacks: CallbackSummary = summariseTree(CALLBACK_FIGURES, whole, days);
  const messages: MessageSummary = summariseTree(MESSAGE_FIGURES, whole, days);
  const meanQueueLength: MeanQueueLength = summariseTree(QUEUE_FIGURES, whole, days);
  const staff: StaffSummary = each(TEAMS, (team) => summariseTree(TEAM_FIGURES, bins.of({ team }), days));
  const hourly: HourSummary[] = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    calls: summariseTree(CALL_FIGURES, bins.of({ hour }), days, 'hourly'),
    visits: summariseTree(VISIT_FIGURES, bins.of({ hour }), days, 'hourly'),
    meanQueueLength: summariseTree(HOURLY_QUEUE_FIGURES, bins.of({ hour }), days, 'hourly'),
    utilisation: each(TEAMS, (team) => summariseTree(TEAM_FIGURES, bins.of({ hour, team }), days, 'hourly').utilisation),
  }));
  return {
    scenario: config.name,
    replications: runs.length,
    daysSimulated,
    thresholds: {
      callAnsweredWithinMin: round(config.targets.callAnsweredWithinMin)!,
      visitorAttendedWithinMin: round(config.targets.visitorAttendedWithinMin)!,
      messageReplyTargetMin: config.messages === null ? null : round(config.messages.replyTargetMin),
    },
    ...policyWindows(config),
    calls,
    callers,
    visits,
    callbacks,
    messages,
    meanQueueLength,
    staff,
    money: moneySummary(config, runs),
    targets: targetResults(config, calls, callers, visits.all),
    hourly,
  };
}

/** `policyWindows` for a policy by the hour; nothing for one policy all day (its summary keeps its shape). */
function policyWindows(config: SummarySettings): { policyWindows?: PolicyWindow[] } {
  const windows = config.policies ?? [];
  if (windows.length === 0 || !Number.isFinite(windows[0].toMin)) return {};
  return { policyWindows: windows.map((window) => ({ from: clock(window.fromMin), to: clock(window.toMin), kind: window.policy.kind })) };
}

/** "HH:MM" of minutes after midnight (24:00 for the end of the day). */
function clock(min: number): string {
  const hours = Math.floor(min / 60);
  return `${String(hours).padStart(2, '0')}:${String(Math.round(min - hours * 60)).padStart(2, '0')}`;
}

/**
 * One replication's part of the figure at a dotted path of summary.json ('calls.p_abandon',
 * 'visits.all.mean_wait_all', 'staff.advisors.utilisation'), read through the same figure table
 * as the summary, so that pooling the parts of every replication gives the summary's figure.
 * Throws for a path that is not a figure of the table (money, quantiles, hourly rows).
 */
export function figureParts(path: string, run: RunTotals): FigureParts {
  const [section, ...rest] = path.split('.');
  const choose = (): [FigureTree, BinChoice, readonly string[]] | undefined => {
    const [first, ...after] = rest;
    switch (section) {
      case 'calls':
        return [CALL_FIGURES, {}, rest];
      case 'callers':
        return [CALLER_FIGURES, {}, rest];
      case 'callbacks':
        return [CALLBACK_FIGURES, {}, rest];
      case 'messages':
        return [MESSAGE_FIGURES, {}, rest];
      case 'meanQueueLength':
        return [QUEUE_FIGURES, {}, rest];
      case 'visits':
        if (first === 'all') return [VISIT_FIGURES, {}, after];
        return (VISITOR_KINDS as readonly string[]).includes(first) ? [VISIT_FIGURES, { kind: first as VisitorKind }, after] : undefined;
      case 'staff':
        return (TEAMS as readonly string[]).includes(first) ? [TEAM_FIGURES, { team: first as Team }, after] : undefined;
      default:
        return undefined;
    }
  };
  const chosen = choose();
  const def = chosen === undefined ? undefined : figureIn(chosen[0], chosen[2]);
  if (chosen === undefined || def === undefined) throw new RangeError(`figure parts: no figure of the table at ${JSON.stringify(path)}`);
  return partsOf(def, new Bins([run]).of(chosen[1]), run.daysSimulated);
}

/** Which bins figures read: the whole run, or one hour, call reason, visitor kind or team. */
interface BinChoice {
  readonly hour?: number;
  readonly reason?: number;
  readonly kind?: VisitorKind;
  readonly team?: Team;
}

/** The bins of every replication's totals; whole-run bins merged from kinds or hours once, then kept. */
class Bins {
  private readonly merged = new WeakMap<object, Readonly<Record<string, unknown>>>();

  constructor(private readonly runs: readonly RunTotals[]) {}

  /** Where figures read for `choice` (a section without that breakdown reads its whole run). */
  of(choice: BinChoice): BinOf {
    return (spec, run) => {
      const totals = this.totalsOf(spec, this.runs[run], choice.team ?? 'advisors');
      if (choice.hour !== undefined && totals.byHour) return totals.byHour[choice.hour];
      if (choice.reason !== undefined && totals.byReason) return totals.byReason[choice.reason];
      if (choice.kind !== undefined && totals.byKind) return totals.byKind[choice.kind];
      return this.whole(spec, totals);
    };
  }

  private totalsOf(spec: AnySection, run: RunTotals, team: Team): SectionTotals<Readonly<Record<string, unknown>>> {
    const name = spec.name as keyof typeof SECTIONS;
    return (name === 'staff' ? run.staff[team] : run[name]) as SectionTotals<Readonly<Record<string, unknown>>>;
  }

  private whole(spec: AnySection, totals: SectionTotals<Readonly<Record<string, unknown>>>): Readonly<Record<string, unknown>> {
    if (totals.whole !== undefined) return totals.whole;
    let bin = this.merged.get(totals);
    if (bin === undefined) {
      bin = wholeBin(spec, totals);
      this.merged.set(totals, bin);
    }
    return bin;
  }
}
