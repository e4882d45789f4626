// Erlang A (M/M/c+M) from the birth–death chain of the number in system. Separate from M/M/c+G,
// which covers exponential patience too, so that the two derivations can check each other.

import { checkNonNegative, checkPool, checkPositive } from './checks.js';
import { CompensatedSum, logAddExp, logIdleRatios, logistic } from './log-math.js';
import type { ErlangAParams, QueueMetrics } from './types.js';

/** Relative size of the neglected tail of the birth–death sum. */
const TAIL_EPS = 1e-17;
/** NOTE: overloaded pools with tiny θ need about (λ − cμ)/θ terms; beyond this we refuse. */
const MAX_QUEUE_TERMS = 100_000_000;

/**
 * The longest sum callers should ask erlangAMetrics for: about a second's work. Beyond it (heavy
 * overload with very patient callers) they treat the pool as overloaded, or refuse the question.
 */
export const MAX_ERLANG_A_STATES = 20_000_000;

/**
 * About how many queue states erlangAMetrics sums for `p`: an overloaded pool's terms rise until
 * the abandonment rate jθ has taken up the excess λ − cμ, so about (λ − cμ)/θ of them; an
 * underloaded pool needs few.
 */
export function erlangAQueueStates(p: Pick<ErlangAParams, 'servers' | 'lambdaPerMin' | 'meanServiceMin' | 'patienceMeanMin'>): number {
  return Math.max(0, (p.lambdaPerMin - p.servers / p.meanServiceMin) * p.patienceMeanMin);
}

/**
 * Erlang A (M/M/c+M) metrics, exactly, from the birth–death chain of the number in system.
 *
 * State c+j (j waiting) has weight t_j = Π_{i=1..j} λ/(cμ + iθ) relative to state c. An arrival
 * that finds j waiting leaves the queue (served or abandoned) after j+1 phases with rates
 * cμ + kθ, k = 1..j+1 (departures ahead plus its own patience); it is served with probability
 * cμ/(cμ + (j+1)θ), and its time in queue is independent of how it ends. That sum of phases
 * has 1 − e^{−θT} ~ Beta(j+1, cμ/θ + 1), so P(T ≤ t) = P(N ≥ j+1) for a negative binomial N with
 * weights T_0 = e^{−(cμ+θ)t}, T_k = T_{k−1} H(t)(cμ + kθ)/k, H(t) = (1 − e^{−θt})/θ: all
 * positive terms, and it becomes Poisson(cμt) (Erlang C) smoothly as θ → 0.
 */
export function erlangAMetrics(p: ErlangAParams): QueueMetrics {
  const fn = 'erlangAMetrics';
  checkPool(fn, p);
  checkNonNegative(fn, 'slThresholdMin', p.slThresholdMin);
  checkPositive(fn, 'patienceMeanMin', p.patienceMeanMin);
  const c = p.servers;
  const lambda = p.lambdaPerMin;
  const drain = c / p.meanServiceMin; // cμ
  const theta = 1 / p.patienceMeanMin;
  const t = p.slThresholdMin;
  const { logRcMinus1, logRc } = logIdleRatios(c, lambda * p.meanServiceMin);

  // Phase-sum distribution for the service level, in logs because T_0 underflows for large cμt.
  const logH = Math.log(-Math.expm1(-theta * t) / theta);
  let logTk = -(drain + theta) * t;
  const cumT = new CompensatedSum(); // Σ_{k≤j} T_k; P(T_{j+1 phases} ≤ t) = 1 − cumT

  // Accumulators over j, all scaled by e^{−logScale} so overloaded pools (terms rising for
  // thousands of states) do not overflow. Compensated, since overloaded pools with long
  // patience sum millions of terms.
  let logScale = 0;
  let term = 1; // t_j e^{−logScale}
  const sumT = new CompensatedSum(); // Σ t_j
  const sumQ = new CompensatedSum(); // Σ j t_j
  const sumAbandon = new CompensatedSum(); // Σ t_j P(abandon | j)
  const sumServed = new CompensatedSum(); // Σ t_j P(served | j)
  const sumWaitServed = new CompensatedSum(); // Σ t_j P(served | j) E[wait | j]
  const sumSl = new CompensatedSum(); // Σ t_j P(served | j) P(wait ≤ t | j)
  const waitIfServed = new CompensatedSum(); // Σ_{k=1..j+1} 1/(cμ + kθ)

  for (let j = 0; ; j++) {
    if (j > MAX_QUEUE_TERMS) {
      throw new RangeError(
        `${fn}: patienceMeanMin = ${p.patienceMeanMin} is so long for an overloaded pool ` +
          `(lambdaPerMin = ${lambda}, servers = ${c}) that the queue sum needs over ${MAX_QUEUE_TERMS} terms`,
      );
    }
    if (cumT.value < 1) {
      cumT.add(Math.exp(logTk));
      logTk += logH + Math.log((drain + (j + 1) * theta) / (j + 1));
    }
    const reachServer = Math.max(0, 1 - cumT.value);
    const exitRate = drain + (j + 1) * theta;
    waitIfServed.add(1 / exitRate);
    const pServed = drain / exitRate;
    const pAbandon = ((j + 1) * theta) / exitRate;

    sumT.add(term);
    sumQ.add(j * term);
    sumAbandon.add(term * pAbandon);
    sumServed.add(term * pServed);
    sumWaitServed.add(term * pServed * waitIfServed.value);
    sumSl.add(term * pServed * reachServer);

    const ratio = lambda / exitRate; // t_{j+1} / t_j, decreasing in j
    if (ratio < 1) {
      // Geometric bound on the neglected Σ_{k>j} (k+1) t_k, since later ratios are smaller. It
      // bounds every accumulator's tail (weights ≤ k+1, waits ≤ (k+1)/cμ), and must be small
      // against the smallest of them: with short patience E[queue] is tiny against Σ t_j.
      const tailBound = term * (ratio / (1 - ratio)) * (j + 1 + 1 / (1 - ratio));
      const smallest = Math.min(sumT.value, sumQ.value, sumAbandon.value, sumWaitServed.value * drain);
      if (tailBound <= TAIL_EPS * smallest) break;
    }
    term *= ratio;
    if (term > 1e250) {
      term *= 1e-250;
      for (const sum of [sumT, sumQ, sumAbandon, sumServed, sumWaitServed, sumSl]) sum.scale(1e-250);
      logScale += 250 * Math.LN10;
    }
  }

  // Normalise: P(n < c) ∝ R_c, P(n ≥ c) ∝ Σ t_j, both in units of π_c. NOTE: logScale can reach
  // 1e5 or more, and exp(logScale − log total) would lose ~1e-11 to rounding, so the normaliser
  // is formed in the accumulators' units: 1 / (Σ t_j + R_c e^{−logScale}).
  const logIdle = logRc - logScale;
  const logQueued = Math.log(sumT.value);
  const k = logIdle < 700 ? 1 / (sumT.value + Math.exp(logIdle)) : Math.exp(-logAddExp(logIdle, logQueued));
  const pIdle = logistic(logIdle - logQueued);
  const pAbandon = sumAbandon.value * k;
  // Served is summed on its own rather than as 1 − pAbandon: under heavy overload it is the
  // small one, and cancellation would cost it its relative accuracy.
  const pServed = pIdle + sumServed.value * k;
  const slOffered = pIdle + sumSl.value * k;
  // E[busy]/c = (R_{c−1} + Σ t_j)/(R_c + Σ t_j), since Σ_{j<c} j π_j = c R_{c−1} π_c.
  const logBusyIdle = logRcMinus1 - logScale;
  const utilisation =
    logIdle < 700
      ? (Math.exp(logBusyIdle) + sumT.value) * k
      : Math.exp(logAddExp(logBusyIdle, logQueued) - logAddExp(logIdle, logQueued));
  return {
    p_wait_gt0: logistic(logQueued - logIdle),
    mean_wait_all: (sumQ.value * k) / lambda, // Little: E[queue] / λ
    mean_wait_served: (sumWaitServed.value * k) / pServed,
    p_abandon: pAbandon,
    p_blocked: 0,
    sl_answered_within_t_over_offered: slOffered,
    sl_within_t_over_answered: slOffered / pServed,
    utilisation,
  };
}
