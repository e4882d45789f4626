// Erlang B (M/M/c/c) and Erlang C (M/M/c) by the stable recursion for B. Together because
// Erlang C is computed from Erlang B; apart from the models that need sums or integrals.

import { checkNonNegative, checkPool, checkPositive, checkPositiveInteger, checkStable } from './checks.js';
import type { PoolParams, QueueMetrics, ServiceLevelParams } from './types.js';

/** Erlang B blocking probability of c servers offered A Erlangs (M/M/c/c), in [0, 1]. */
export function erlangB(servers: number, offeredLoadErlangs: number): number {
  checkPositiveInteger('erlangB', 'servers', servers);
  checkPositive('erlangB', 'offeredLoadErlangs', offeredLoadErlangs);
  return erlangBUnchecked(servers, offeredLoadErlangs);
}

function erlangBUnchecked(servers: number, load: number): number {
  // B_k = A B_{k−1} / (k + A B_{k−1}): each step is a ratio of positive numbers, so it stays
  // accurate for large c (it underflows to 0 only where B really is below 1e-308).
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
  return b;
}

/** Erlang B loss system M/M/c/c: blocking, utilisation A(1−B)/c; nobody waits. */
export function erlangBMetrics(p: PoolParams): QueueMetrics {
  checkPool('erlangBMetrics', p);
  const load = p.lambdaPerMin * p.meanServiceMin;
  const blocked = erlangBUnchecked(p.servers, load);
  return {
    p_wait_gt0: 0,
    mean_wait_all: 0,
    mean_wait_served: 0,
    p_abandon: 0,
    p_blocked: blocked,
    // A blocked call is a failure whatever the threshold; an admitted one is answered at once.
    sl_answered_within_t_over_offered: 1 - blocked,
    sl_within_t_over_answered: 1,
    utilisation: (load * (1 - blocked)) / p.servers,
  };
}

/** Erlang C probability of waiting P(wait > 0) for c servers offered A < c Erlangs (M/M/c), in [0, 1]. */
export function erlangC(servers: number, offeredLoadErlangs: number): number {
  checkPositiveInteger('erlangC', 'servers', servers);
  checkPositive('erlangC', 'offeredLoadErlangs', offeredLoadErlangs);
  if (!(offeredLoadErlangs < servers)) {
    throw new RangeError(
      `erlangC: unstable queue, offeredLoadErlangs = ${offeredLoadErlangs} must be below servers = ${servers}`,
    );
  }
  return erlangCUnchecked(servers, offeredLoadErlangs);
}

function erlangCUnchecked(servers: number, load: number): number {
  const b = erlangBUnchecked(servers, load);
  return b / (1 - (load / servers) * (1 - b));
}

/** Erlang C (M/M/c, callers never give up) metrics for threshold t; throws if λ ≥ cμ. */
export function erlangCMetrics(p: ServiceLevelParams): QueueMetrics {
  const fn = 'erlangCMetrics';
  checkPool(fn, p);
  checkNonNegative(fn, 'slThresholdMin', p.slThresholdMin);
  checkStable(fn, p);
  const load = p.lambdaPerMin * p.meanServiceMin;
  const pWait = erlangCUnchecked(p.servers, load);
  const drainPerMin = p.servers / p.meanServiceMin - p.lambdaPerMin; // cμ − λ
  const meanWait = pWait / drainPerMin;
  const sl = 1 - pWait * Math.exp(-drainPerMin * p.slThresholdMin);
  return {
    p_wait_gt0: pWait,
    mean_wait_all: meanWait,
    mean_wait_served: meanWait,
    p_abandon: 0,
    p_blocked: 0,
    sl_answered_within_t_over_offered: sl,
    sl_within_t_over_answered: sl,
    utilisation: load / p.servers,
  };
}
