// The verdict of a run, computed from its summary: each target green, amber or red by where its 95%
// interval lies, which target binds (the one furthest from being met), and the hours of the day
// when it fails. The words are the catalogue's; the facts come from here.

import type { Figure, HourSummary, Summary, TargetResult } from '../metrics/summary/index.js';
import type { TargetsConfig } from '../model/config.js';

/**
 * How a target came out: the whole 95% interval on the right side (met, green), straddling it
 * (borderline, amber), on the wrong side (missed, red), or nothing to measure (not applicable).
 */
export type Status = 'met' | 'borderline' | 'missed' | 'notApplicable';

/** Statuses from worst to best: the order of verdict lists and of the heat strip's legend. */
export const STATUSES: readonly Status[] = ['missed', 'borderline', 'met', 'notApplicable'];

/** Colour of each status, as in traffic lights (colour-blind safe with the marks of the words). */
export const STATUS_COLOURS: Readonly<Record<Status, string>> = {
  met: '#2e7d32',
  borderline: '#f2a900',
  missed: '#c62828',
  notApplicable: '#9e9e9e',
};

/**
 * Text written on each status's colour: white on green and red, dark on amber and grey, each at
 * least 4.5:1 against its background (WCAG AA for normal text).
 */
export const STATUS_TEXT_COLOURS: Readonly<Record<Status, string>> = {
  met: '#fff',
  borderline: '#1d1d1b',
  missed: '#fff',
  notApplicable: '#1d1d1b',
};

/** A target as a bound: which way, and where. */
export interface Bound {
  readonly kind: 'atLeast' | 'atMost';
  readonly target: number;
}

/** A target's figure name in TargetsConfig (the thresholds apart). */
export type TargetName = Exclude<keyof TargetsConfig, 'callAnsweredWithinMin' | 'visitorAttendedWithinMin'>;

/** The figure of each target hour by hour, or null when the summary has no hourly twin of it. */
const HOURLY_FIGURE: { readonly [Name in TargetName]: ((hour: HourSummary) => Figure) | null } = {
  callServiceLevel: (hour) => hour.calls.sl_answered_within_t_over_offered,
  callMaxAbandon: (hour) => hour.calls.p_abandon,
  callMaxLostForGood: null,
  visitorServiceLevel: (hour) => hour.visits.sl_attended_within_t_over_arrivals,
  visitorMaxInterruptedShare: (hour) => hour.visits.interruptedShare,
  visitorMaxMeanWaitMin: (hour) => hour.visits.mean_wait_all,
};

/** True if `name` is a target the report knows. */
export function isTargetName(name: string): name is TargetName {
  return Object.hasOwn(HOURLY_FIGURE, name);
}

/** The status of a figure against a bound, from its point estimate and 95% interval. */
export function statusOf(bound: Bound, figure: Figure): Status {
  if (figure.value === null) return 'notApplicable';
  const good = (x: number) => (bound.kind === 'atLeast' ? x >= bound.target : x <= bound.target);
  // Without an interval (one replication) the point estimate decides.
  const [low, high] = figure.ci95 ?? [figure.value, figure.value];
  if (good(low) && good(high)) return 'met';
  if (!good(low) && !good(high)) return 'missed';
  return 'borderline';
}

/** The status of a target of the summary. */
export function targetStatus(target: TargetResult): Status {
  return statusOf(target, target);
}

/** True if the point estimate is on the wrong side of the bound. */
export function fails(bound: Bound, value: number): boolean {
  return bound.kind === 'atLeast' ? value < bound.target : value > bound.target;
}

/**
 * How hard a value presses on its bound: the bad part over what the bound allows, so 1 is exactly
 * at the target and 2 twice as bad as allowed. For a service level (a share to keep high) the bad
 * part is the share not served in time: 66 % against ≥ 80 % is 34 / 20 = 1.7; for an upper bound
 * it is the value itself: 45 % interrupted against ≤ 10 % is 4.5. Comparable across targets.
 */
export function pressure(bound: Bound, value: number, isShare: boolean): number {
  let bad: number;
  let allowed: number;
  if (bound.kind === 'atMost') [bad, allowed] = [value, bound.target];
  else if (isShare) [bad, allowed] = [1 - value, 1 - bound.target];
  else [bad, allowed] = [bound.target, value];
  if (allowed <= 0) return bad <= 0 ? 0 : Number.POSITIVE_INFINITY;
  return bad / allowed;
}

/** One hour of a target: its figure, status and whether its point estimate fails. */
export interface TargetHour {
  readonly hour: number;
  readonly figure: Figure;
  readonly status: Status;
  readonly fails: boolean;
  readonly pressure: number;
}

/** A target with its status, and how it fares hour by hour. */
export interface TargetVerdict {
  readonly target: TargetResult;
  readonly status: Status;
  /** Bad part ÷ allowance (see `pressure`); null when not applicable. */
  readonly pressure: number | null;
  /** The hours with something to measure, in order; null when the summary has no hourly figure for it. */
  readonly hours: readonly TargetHour[] | null;
}

/** The verdict of a run: every target, the counts by status, and the target that binds. */
export interface Verdict {
  readonly targets: readonly TargetVerdict[];
  readonly counts: Readonly<Record<Status, number>>;
  /** The applicable target under the most pressure (missed or not); null when none applies. */
  readonly binding: TargetVerdict | null;
}

/** The verdict of a summary's targets. `isShare` says whether a target's metric is a share (0–1). */
export function verdictOf(summary: Summary, isShare: (metric: string) => boolean): Verdict {
  const targets = summary.targets.map((target): TargetVerdict => {
    const status = targetStatus(target);
    const share = isShare(target.metric);
    const hourly = isTargetName(target.name) ? HOURLY_FIGURE[target.name] : null;
    const hours =
      hourly === null
        ? null
        : summary.hourly.flatMap((hour): TargetHour[] => {
            const figure = hourly(hour);
            if (figure.value === null) return [];
            return [
              {
                hour: hour.hour,
                figure,
                status: statusOf(target, figure),
                fails: fails(target, figure.value),
                pressure: pressure(target, figure.value, share),
              },
            ];
          });
    return {
      target,
      status,
      pressure: target.value === null || status === 'notApplicable' ? null : pressure(target, target.value, share),
      hours,
    };
  });
  const counts: Record<Status, number> = { met: 0, borderline: 0, missed: 0, notApplicable: 0 };
  for (const target of targets) counts[target.status] += 1;
  let binding: TargetVerdict | null = null;
  for (const target of targets) {
    // Ties go to the first in the scenario's order.
    if (target.pressure !== null && (binding === null || target.pressure > binding.pressure!)) binding = target;
  }
  return { targets, counts, binding };
}

/** Consecutive hours grouped into [first, last] runs: 8, 9, 10, 17 → [8, 10], [17, 17]. */
export function hourRuns(hours: readonly number[]): [first: number, last: number][] {
  const runs: [number, number][] = [];
  for (const hour of [...hours].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && hour === last[1] + 1) last[1] = hour;
    else runs.push([hour, hour]);
  }
  return runs;
}
