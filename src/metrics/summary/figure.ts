// What every section of the summary is made of: a figure (point estimate and 95% interval,
// rounded to SUMMARY_DIGITS), and the few ways of making one from the totals of all replications:
// a count per day, a pooled ratio, a share clipped at 1, and quantiles from merged sketches.

import type { Segment } from '../../model/domain.js';
import { meanEstimate, ratioEstimate, type Estimate } from '../confidence.js';
import { QuantileSketch, mergeSketches, survivalAt, type SketchData } from '../sketch.js';
import type { RunTotals } from '../tally.js';

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

/** The totals of every replication, in replication order. */
export type Runs = readonly RunTotals[];

/** One number (a count, minutes or money) read from the totals of one replication. */
export type Get = (run: RunTotals) => number;

/** A count per day: the mean over replications of count ÷ days simulated. */
export function perDay(runs: Runs, count: Get): Figure {
  return figure(meanEstimate(runs.map((run) => count(run) / run.daysSimulated)));
}

/** A ratio pooled over replications. */
export function ratio(runs: Runs, numerator: Get, denominator: Get): Figure {
  return figure(ratioEstimate(runs.map(numerator), runs.map(denominator)));
}

/** A pooled ratio that is a probability or a time share: its interval stays within [0, 1]. */
export function share(runs: Runs, numerator: Get, denominator: Get): Figure {
  return figure(ratioEstimate(runs.map(numerator), runs.map(denominator)), 1);
}

const QUANTILE_LEVELS = { p50: 0.5, p90: 0.9, p95: 0.95 } as const;

/** p50, p90, p95 of the sketches merged in replication order; intervals from per-replication quantiles. */
export function quantiles(sketches: readonly SketchData[]): Quantiles {
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
 * P(V > tMin) by Kaplan–Meier (see survivalAt) on the sketches merged in replication order; its
 * interval from the spread of the per-replication estimates (a replication with no values left out).
 */
export function survival(events: readonly SketchData[], all: readonly SketchData[], tMin: number): Figure {
  const value = survivalAt(mergeSketches(events), mergeSketches(all), tMin);
  if (Number.isNaN(value)) return { value: null, ci95: null };
  const perRun = all.flatMap((sketch, run) => (sketch.count > 0 ? [survivalAt(events[run], sketch, tMin)] : []));
  return figure({ value, standardError: Number.NaN, halfWidth95: meanEstimate(perRun).halfWidth95 }, 1);
}

/**
 * An estimate as reported, rounded. Every quantity here is ≥ 0, so the interval is clipped at 0,
 * and at `ceiling` for probabilities and time shares (1); the point estimate is never clipped.
 */
export function figure(estimate: Estimate, ceiling = Infinity): Figure {
  const value = round(estimate.value);
  if (value === null) return { value: null, ci95: null };
  const low = round(Math.max(0, estimate.value - estimate.halfWidth95));
  const high = round(Math.min(ceiling, estimate.value + estimate.halfWidth95));
  return { value, ci95: low === null || high === null ? null : [low, high] };
}

/** Rounds to SUMMARY_DIGITS significant digits; null for NaN and infinities (not JSON). */
export function round(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  const rounded = Number(x.toPrecision(SUMMARY_DIGITS));
  return rounded === 0 ? 0 : rounded; // no −0
}

/** An object with one entry per key, in the keys' order. */
export function byKey<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  const result = {} as Record<K, V>;
  for (const key of keys) result[key] = make(key);
  return result;
}
