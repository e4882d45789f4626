// The `targets` section: each target the scenario sets, checked against the figure it is about,
// both on the point estimate and on the whole 95% interval.

import type { TargetsConfig } from '../../model/config.js';
import { round, type Figure } from './figure.js';
import type { SummarySettings } from './settings.js';
import type { CallerSummary, CallSummary, VisitSummary } from './shapes.js';

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
  /** False when there is nothing to measure (a call target and no calls): the target is not applicable. */
  readonly applicable: boolean;
  /** The point estimate is on the right side of the target; null when not applicable. */
  readonly met: boolean | null;
  /** The whole 95% interval is on the right side of the target; null when not applicable. */
  readonly metWithConfidence: boolean | null;
}

/** What a target is and what was measured, without a verdict: what a judged target keeps of it. */
export type TargetFacts = Pick<TargetResult, 'name' | 'metric' | 'kind' | 'target' | 'value' | 'ci95'>;

/** The facts of `target` alone, in TargetResult's field order. */
export function targetFacts(target: TargetFacts): TargetFacts {
  return { name: target.name, metric: target.metric, kind: target.kind, target: target.target, value: target.value, ci95: target.ci95 };
}

/** The targets section: the configured targets only, in TargetsConfig order, each in its own unit. */
export function targetResults(
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
    // A figure with nothing to measure (no calls, no visitors) neither meets nor misses a target.
    const applicable = value !== null;
    results.push({
      name,
      metric,
      kind,
      target: round(target)!,
      value,
      ci95,
      applicable,
      met: applicable ? onRightSide(value) : null,
      metWithConfidence: applicable ? ci95 !== null && onRightSide(kind === 'atLeast' ? ci95[0] : ci95[1]) : null,
    });
  }
  return results;
}
