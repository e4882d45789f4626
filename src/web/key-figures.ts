// What the page shows for each column: the verdict on the targets, the key figures with their
// intervals, and the targets hour by hour, all read from the run's summary (and, for the one
// count the summary gives only by segment, from the replications' totals with the summary's
// own per-day estimator).

import { perDay, type Runs } from '../metrics/summary/figure.js';
import type { Figure, Summary, TargetResult } from '../metrics/summary/index.js';
import { formatDuration, type Format } from '../report/format.js';
import { formatOfMetric, targetLabel } from '../report/sections.js';
import { reportLanguage } from '../text/report/index.js';
import { page } from './messages.js';

// The page is in English; its figures are worded like the English report's.
const ENGLISH = reportLanguage('en');

/** Red, amber or green: missed with 95 % confidence, too close to call, met with 95 % confidence. */
export type Rag = 'red' | 'amber' | 'green';

/** One key figure of a column. */
export interface KeyFigure {
  /** Stable name, also the figure's place in summary.json where it has one. */
  readonly id: string;
  readonly label: string;
  readonly format: Format;
  readonly figure: Figure;
}

/** The key figures of a run, in the order the page lists them. */
export function keyFigures(summary: Summary, runs: Runs): KeyFigure[] {
  const money: Format = { money: summary.money.currency };
  const calls = formatDuration(summary.thresholds.callAnsweredWithinMin, ENGLISH);
  const visitors = formatDuration(summary.thresholds.visitorAttendedWithinMin, ENGLISH);
  const all = summary.visits.all;
  return [
    { id: 'callers.lostPerDay.total', label: page.callersLostPerDay(), format: 'count', figure: perDay(runs, (r) => r.callers.lost) },
    { id: 'calls.sl_answered_within_t_over_offered', label: page.callsAnsweredWithin(calls), format: 'share', figure: summary.calls.sl_answered_within_t_over_offered },
    { id: 'calls.p_abandon', label: page.callsAbandoned(), format: 'share', figure: summary.calls.p_abandon },
    { id: 'visits.all.mean_wait_all', label: page.visitorMeanWait(), format: 'minutes', figure: all.mean_wait_all },
    { id: 'visits.all.sl_attended_within_t_over_arrivals', label: page.visitorsAttendedWithin(visitors), format: 'share', figure: all.sl_attended_within_t_over_arrivals },
    { id: 'visits.all.interruptedShare', label: page.visitsInterrupted(), format: 'share', figure: all.interruptedShare },
    { id: 'money.customersLostPerDay.total', label: ENGLISH.text.customersLostPerDay, format: 'count', figure: summary.money.customersLostPerDay.total },
    { id: 'money.lostMarginPerDay.total', label: ENGLISH.text.lostMarginPerDay, format: money, figure: summary.money.lostMarginPerDay.total },
    { id: 'money.staffCostPerDay.total', label: ENGLISH.text.staffCostPerDay, format: money, figure: summary.money.staffCostPerDay.total },
    { id: 'money.netCostPerDay', label: ENGLISH.text.netCostPerDay, format: money, figure: summary.money.netCostPerDay },
  ];
}

/** Where a figure stands against a target: the whole interval on the right side, on the wrong side, or across it. */
export function ragOf(kind: 'atLeast' | 'atMost', target: number, figure: Figure): Rag | null {
  if (figure.value === null) return null;
  const [low, high] = figure.ci95 ?? [figure.value, figure.value];
  const good = (x: number) => (kind === 'atLeast' ? x >= target : x <= target);
  if (good(low) && good(high)) return 'green';
  if (!good(low) && !good(high)) return 'red';
  return 'amber';
}

/** A target of the run, labelled, with its colour. */
export interface TargetVerdict {
  readonly name: string;
  readonly label: string;
  readonly format: Format;
  readonly target: TargetResult;
  readonly rag: Rag | null;
}

/** Every target the scenario sets, with its colour. */
export function targetVerdicts(summary: Summary): TargetVerdict[] {
  return summary.targets.map((target) => ({
    name: target.name,
    label: targetLabel(summary, target, ENGLISH),
    format: formatOfMetric(target.metric),
    target,
    rag: ragOf(target.kind, target.target, { value: target.value, ci95: target.ci95 }),
  }));
}

/** One target's colours hour by hour (null for an hour with no traffic). */
export interface HourlyTargetRow {
  readonly label: string;
  readonly byHour: readonly { readonly hour: number; readonly rag: Rag | null; readonly figure: Figure }[];
}

/** The hours the strip shows: from the first to the last hour with any traffic. */
export function activeHours(summary: Summary): number[] {
  const busy = summary.hourly
    .filter((h) => (h.calls.offeredPerDay.value ?? 0) > 0 || (h.visits.arrivalsPerDay.value ?? 0) > 0)
    .map((h) => h.hour);
  if (busy.length === 0) return [];
  return Array.from({ length: busy[busy.length - 1] - busy[0] + 1 }, (_, i) => busy[0] + i);
}

/** The targets that exist by hour (service levels, interruptions, mean wait), hour by hour. */
export function hourlyTargets(summary: Summary): HourlyTargetRow[] {
  const hours = activeHours(summary);
  const rows: HourlyTargetRow[] = [];
  for (const target of summary.targets) {
    const pick = HOURLY_FIGURE[target.name];
    if (pick === undefined) continue;
    rows.push({
      label: targetLabel(summary, target, ENGLISH),
      byHour: hours.map((hour) => {
        const h = summary.hourly[hour];
        const traffic = (target.name.startsWith('call') ? h.calls.offeredPerDay.value : h.visits.arrivalsPerDay.value) ?? 0;
        const figure = pick(h);
        return { hour, figure, rag: traffic > 0 ? ragOf(target.kind, target.target, figure) : null };
      }),
    });
  }
  return rows;
}

// The hourly figure behind each target that has one.
const HOURLY_FIGURE: Partial<Record<string, (hour: Summary['hourly'][number]) => Figure>> = {
  callServiceLevel: (h) => h.calls.sl_answered_within_t_over_offered,
  callMaxAbandon: (h) => h.calls.p_abandon,
  visitorServiceLevel: (h) => h.visits.sl_attended_within_t_over_arrivals,
  visitorMaxInterruptedShare: (h) => h.visits.interruptedShare,
  visitorMaxMeanWaitMin: (h) => h.visits.mean_wait_all,
};
