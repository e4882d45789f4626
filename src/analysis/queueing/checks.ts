// Input validation of the exact models: every error names the function, the parameter and the
// bad value. Separate so every model checks its inputs once, at its boundary, the same way.

import type { PoolParams } from './types.js';

/** Throws a RangeError naming the function `fn`, the parameter, its bad value and what was expected. */
export function fail(fn: string, name: string, value: unknown, expected: string): never {
  throw new RangeError(`${fn}: ${name} must be ${expected}, got ${String(value)}`);
}

/** Throws unless `value` is an integer ≥ 1 (a count, no unit). */
export function checkPositiveInteger(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    fail(fn, name, value, 'a positive integer');
  }
}

/** Throws unless `value` is an integer ≥ 0 (a count, no unit). */
export function checkNonNegativeInteger(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(fn, name, value, 'an integer ≥ 0');
  }
}

/** Throws unless `value` is a finite number > 0, in whatever unit the parameter has. */
export function checkPositive(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(fn, name, value, 'a finite number > 0');
  }
}

/** Throws unless `value` is a finite number ≥ 0, in whatever unit the parameter has. */
export function checkNonNegative(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(fn, name, value, 'a finite number ≥ 0');
  }
}

/** Throws unless `value` is a probability in [0, 1] (NaN fails). */
export function checkProbability(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    fail(fn, name, value, 'a probability in [0, 1]');
  }
}

/** Throws unless `servers` is a positive integer and λ (per minute) and 1/μ (minutes) are finite and > 0. */
export function checkPool(fn: string, p: PoolParams): void {
  checkPositiveInteger(fn, 'servers', p.servers);
  checkPositive(fn, 'lambdaPerMin', p.lambdaPerMin);
  checkPositive(fn, 'meanServiceMin', p.meanServiceMin);
}

/** Throws unless the offered load λ × mean service time, in Erlangs, is below the number of servers. */
export function checkStable(fn: string, p: PoolParams): void {
  const load = p.lambdaPerMin * p.meanServiceMin;
  if (!(load < p.servers)) {
    throw new RangeError(
      `${fn}: unstable queue, lambdaPerMin × meanServiceMin = ${load} Erlangs must be below ` +
        `servers = ${p.servers} (lambdaPerMin = ${p.lambdaPerMin}, meanServiceMin = ${p.meanServiceMin})`,
    );
  }
}
