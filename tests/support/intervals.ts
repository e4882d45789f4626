// Tolerances for estimates that carry their own 95 % interval: a test asks for the truth within
// four standard errors (as the validation tests do). The standard error is estimated from the
// replications, so the distance is a Student t: a correct estimator fails about once in 1,300
// checks with 20 replications (once in 16,000 only as replications grow large), not once in 20
// as "inside the 95 % interval" would.

/** A point estimate with its 95 % interval. */
export interface Interval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** True when `truth` is within four standard errors of the estimate (its 95 % half-width is 1.96 of them). */
export function withinFourSe(interval: Interval, truth: number): boolean {
  const halfWidth = Math.max(interval.high - interval.value, interval.value - interval.low);
  return Math.abs(interval.value - truth) <= (4 / 1.96) * halfWidth;
}

/** Kolmogorov–Smirnov distance a fitted normal (or lognormal) stays below at the 0.1 % level (Lilliefors, large n). */
export function ksBound(count: number): number {
  return 1.2 / Math.sqrt(count);
}
