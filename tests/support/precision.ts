// How long validation runs are. CI runs the fast subset; `npm run test:long` sets
// RECEPSIM_LONG_VALIDATION=1 for runs long enough to meet the reference README's precision
// (95% half-width below 2% relative) on every metric, heavy-load mean waits included.

/** True when the long validation run was asked for. */
export const LONG_VALIDATION = process.env.RECEPSIM_LONG_VALIDATION === '1';

/**
 * Scale factor applied to run lengths: 10 takes the standard error of a heavy-load mean wait
 * from CI's 3% to about 1% (it falls with the square root of the length; 5 left it at 1.3%).
 */
export const RUN_SCALE = LONG_VALIDATION ? 10 : 1;

/**
 * Largest standard error a validation estimate may have for the comparison to mean something:
 * 1% of the exact value in long runs; in CI 2% for probabilities and 3% for mean waits (they
 * converge far more slowly); never below an absolute floor for small values.
 */
export function maxStandardError(expected: number, metric: string, absoluteFloor = 0.001): number {
  const relative = LONG_VALIDATION ? 0.01 : metric.startsWith('mean_wait') ? 0.03 : 0.02;
  return Math.max(relative * Math.abs(expected), absoluteFloor);
}
