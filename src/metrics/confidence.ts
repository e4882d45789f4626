// Confidence intervals across independent observations (replications, or batches of one
// long run). Ratios are pooled (total of numerators / total of denominators) and their
// standard error is that of the classical ratio estimator, never a mean of per-run ratios.

import jStat from 'jstat';

/** A point estimate with its standard error and 95% confidence half-width. */
export interface Estimate {
  /** The point estimate, in the unit of the quantity. */
  readonly value: number;
  /** Standard error of `value` (0 with fewer than two observations). */
  readonly standardError: number;
  /** Half-width of the 95% confidence interval (NaN with fewer than two observations). */
  readonly halfWidth95: number;
}

/** Two-sided 95% Student t quantile for `observations` independent observations. */
export function t95(observations: number): number {
  return observations >= 2 ? jStat.studentt.inv(0.975, observations - 1) : Number.NaN;
}

/** Mean of independent observations with a t-based 95% interval. */
export function meanEstimate(values: readonly number[]): Estimate {
  const n = values.length;
  if (n === 0) return { value: Number.NaN, standardError: Number.NaN, halfWidth95: Number.NaN };
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / n;
  if (n < 2) return { value: mean, standardError: 0, halfWidth95: Number.NaN };
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  const standardError = Math.sqrt(squares / (n - 1) / n);
  return { value: mean, standardError, halfWidth95: t95(n) * standardError };
}

/**
 * Pooled ratio Σy / Σx over observations (y_i, x_i), with the ratio estimator's standard
 * error sqrt(Σ (y_i − R x_i)² / (n(n−1))) / mean(x).
 */
export function ratioEstimate(numerators: readonly number[], denominators: readonly number[]): Estimate {
  const n = numerators.length;
  if (n !== denominators.length) {
    throw new RangeError(`ratio needs as many numerators as denominators, got ${n} and ${denominators.length}`);
  }
  let sumY = 0;
  let sumX = 0;
  for (let i = 0; i < n; i++) {
    sumY += numerators[i];
    sumX += denominators[i];
  }
  if (sumX === 0) return { value: Number.NaN, standardError: Number.NaN, halfWidth95: Number.NaN };
  const ratio = sumY / sumX;
  if (n < 2) return { value: ratio, standardError: 0, halfWidth95: Number.NaN };
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (numerators[i] - ratio * denominators[i]) ** 2;
  const standardError = Math.sqrt(squares / (n * (n - 1))) / (sumX / n);
  return { value: ratio, standardError, halfWidth95: t95(n) * standardError };
}
