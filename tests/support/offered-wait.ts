// Closed forms of the waits of an M/M/c+M queue (Erlang A; Erlang C without hang-ups) beyond
// src/analysis/queueing/erlang-a.ts: the offered wait's tail P(V > t), the tail and quantiles of
// the wait of every arrival, and the share hanging up within t.

import { erlangC } from '../../src/analysis/queueing/index.js';

/**
 * Erlang A's offered (virtual) wait P(V > t): an infinitely patient caller who finds j waiting
 * waits through phases of rates cμ + jθ, …, cμ + θ, cμ (those ahead leave by service or
 * hang-up, then a server frees), so P(V > t | j) = Σ_{k=0..j} T_k with T_0 = e^{−cμt},
 * T_k = T_{k−1}·H·(cμ + (k − 1)θ)/k, H = (1 − e^{−θt})/θ (the negative-binomial form used in
 * src/analysis/queueing/erlang-a.ts); weighted by the stationary chance of finding j waiting.
 * Without hang-ups (Erlang C) it is C(c, a)·e^{−(cμ − λ)t}.
 */
export function offeredWaitOver(servers: number, lambdaPerMin: number, meanServiceMin: number, patienceMeanMin: number, tMin: number): number {
  const drain = servers / meanServiceMin;
  const load = lambdaPerMin * meanServiceMin;
  if (!Number.isFinite(patienceMeanMin)) return erlangC(servers, load) * Math.exp(-(drain - lambdaPerMin) * tMin);
  const theta = 1 / patienceMeanMin;
  // Unnormalised stationary weights: a^n/n! up to c, then × λ/(cμ + iθ) for each one waiting.
  let weight = 1;
  let total = 1;
  for (let n = 1; n <= servers; n++) total += weight *= load / n;
  const h = -Math.expm1(-theta * tMin) / theta;
  let over = 0;
  let term = Math.exp(-drain * tMin);
  let tail = term; // Σ_{k≤j} T_k
  for (let j = 0; j < 10_000 && weight > 1e-18 * total; j++) {
    over += weight * tail;
    weight *= lambdaPerMin / (drain + (j + 1) * theta);
    total += weight;
    term *= (h * (drain + j * theta)) / (j + 1);
    tail += term;
  }
  return over / total;
}

/** P(W > x) of the wait of every arrival, hang-ups included: W = min(V, patience), the two independent. */
export function waitOver(c: number, lambda: number, handle: number, patience: number, xMin: number): number {
  return offeredWaitOver(c, lambda, handle, patience, xMin) * (Number.isFinite(patience) ? Math.exp(-xMin / patience) : 1);
}

/** The wait exceeded with probability `over` (it must be below P(W > 0)), by bisection. */
export function waitQuantile(over: (xMin: number) => number, probability: number): number {
  let high = 1;
  while (over(high) > probability) high *= 2;
  let low = 0;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (over(middle) > probability) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** Hung up within t: ∫_0^t θe^{−θs}·P(V > s) ds (the caller's patience ran out first), by Simpson's rule. */
export function abandonedWithin(c: number, lambda: number, handle: number, patience: number, tMin: number): number {
  const steps = 200;
  const h = tMin / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const s = i * h;
    const weight = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * (Math.exp(-s / patience) / patience) * offeredWaitOver(c, lambda, handle, patience, s);
  }
  return (sum * h) / 3;
}

/** Median, 90th and 95th percentiles of the waits of every arrival of an M/M/c+M (or M/M/c) queue, where they are above 0. */
export function waitQuantileFigures(
  c: number,
  lambda: number,
  handle: number,
  patience: number,
  pWait: number,
  path: string,
  levels: readonly number[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const level of levels) {
    // Away from the atom at 0, where a quantile jumps.
    if (pWait > 1.3 * (1 - level)) out[`${path}.p${Math.round(level * 100)}`] = waitQuantile((x) => waitOver(c, lambda, handle, patience, x), 1 - level);
  }
  return out;
}
