// M/M/c+G (Baccelli–Hébuterne; Zeltyn–Mandelbaum 2005): exact metrics for any patience law, by
// adaptive quadrature of the offered-wait density.

import { checkNonNegative, checkPool, checkStable } from './checks.js';
import { integrate, type VectorIntegrand } from './gauss-kronrod.js';
import { logIdleRatios, logistic, softplus } from './log-math.js';
import { patienceLaw } from './patience.js';
import type { MmcgParams, QueueMetrics } from './types.js';

/** Exponent drop below the peak where the offered-wait density is cut: e^-60 ≈ 1e-26. */
const DENSITY_CUT = 60;

/**
 * M/M/c+G metrics, exactly (by adaptive quadrature), for any patience law in `Patience`.
 * Nobody is blocked here: with zero patience (Erlang B) the calls that find every server busy
 * count in `p_wait_gt0` and `p_abandon` (they ring out at once), and `p_blocked` is 0.
 *
 * The offered wait V (time until a server would take the call) has an atom P(V = 0) and, for
 * x > 0, density v(x) = λ π_{c−1} exp(λH(x) − cμx), H(x) = ∫₀ˣ Ḡ; an arrival with V = x is served
 * after x if its patience exceeds x, else it hangs up at its patience. The exponent is concave
 * (Ḡ decreases), so it is integrated relative to its peak and cut where it has fallen by 60.
 */
export function mmcgMetrics(p: MmcgParams): QueueMetrics {
  const fn = 'mmcgMetrics';
  checkPool(fn, p);
  checkNonNegative(fn, 'slThresholdMin', p.slThresholdMin);
  const law = patienceLaw(fn, p.patience);
  if (p.patience.kind === 'none') checkStable(fn, p);
  const c = p.servers;
  const lambda = p.lambdaPerMin;
  const drain = c / p.meanServiceMin;
  const t = p.slThresholdMin;

  // λH(x) − cμx = (λ − cμ)x − λ∫₀ˣ G: when λ ≈ cμ and patience is long, λH and cμx are huge and
  // nearly equal, while both terms of this form stay small. We integrate over u = x − peak, so
  // that near a far peak (long deterministic patience, heavy load) the nodes keep full
  // precision: e^{787(x − 3000)} evaluated at a rounded x would be off by 1e-10.
  const peak = law.peakMin(lambda, drain);
  const excess = lambda - drain;
  const logPeak = excess * peak - lambda * law.integralCdfFrom(0, peak);
  const exponent = (u: number): number => excess * u - lambda * law.integralCdfFrom(peak, u);

  // Past the peak the exponent is concave and falling: once it is 60 below, the rest of the
  // integral is below e^-60 of the part already covered.
  let end = 1 / drain;
  while (exponent(end) > -DENSITY_CUT) {
    end *= 2;
    if (!Number.isFinite(end)) throw new Error(`${fn}: could not bound the offered-wait density`);
  }
  // Besides the kinks, split on a grid graded geometrically away from 0 and from the peak,
  // starting at the finest scale present (the slopes λ, cμ and the patience scale): a spike
  // narrower than a piece can slip between all 21 nodes, and no error estimate would see it.
  const finest = Math.min(1 / (lambda + drain), law.scaleMin) / 4;
  const tFromPeak = t - peak;
  const splits = [0, tFromPeak, ...law.jumpsMin.map((x) => x - peak)];
  for (let h = finest; h < peak + end; h *= 4) splits.push(h - peak, -h, h);
  const points = [...new Set([-peak, ...splits.filter((u) => u > -peak && u < end), end])].sort((a, b) => a - b);

  // Components: ∫w, ∫wG, ∫wH, ∫w x Ḡ, ∫₀ᵗ wḠ, ∫wḠ with w = e^{exponent}. Served (∫wḠ) and
  // abandoned (∫wG) are integrated apart so each keeps its relative accuracy when it is small.
  const integrand: VectorIntegrand = (u, out) => {
    const x = Math.max(0, peak + u);
    const w = Math.exp(exponent(u));
    const survival = law.survival(x);
    out[0] = w;
    out[1] = w * law.cdf(x);
    out[2] = w * law.integralSurvival(0, x);
    out[3] = w * x * survival;
    out[4] = u < tFromPeak ? w * survival : 0;
    out[5] = w * survival;
  };
  // Absolute floors for components that vanish; waits are floored on the shortest time scale
  // (a service, the patience), else a wait of 1e-9 min would only get 1e-7 relative accuracy.
  const timeScale = Math.min(4 * finest, ...law.jumpsMin.filter((x) => x > 0));
  const [mass, abandon, waitAll, waitServed, answeredInT, served] = integrate(integrand, points, 6, 1e-12, (total) => {
    const floor = 1e-16 * total[0]!;
    return Float64Array.of(floor, floor, floor * timeScale, floor * timeScale, floor, floor);
  }) as unknown as [number, number, number, number, number, number];

  // Normalisation in units of π_{c−1}: Σ_{j<c} π_j = 1/B_{c−1} = 1 + R_{c−1}; ∫v = λ e^{peak} mass.
  const { logRcMinus1 } = logIdleRatios(c, lambda * p.meanServiceMin);
  const pWait = logistic(Math.log(lambda) + logPeak + Math.log(mass) - softplus(logRcMinus1));
  const pAbandon = (pWait * abandon) / mass;
  const pServed = 1 - pWait + (pWait * served) / mass;
  const slOffered = 1 - pWait + (pWait * answeredInT) / mass;
  return {
    p_wait_gt0: pWait,
    mean_wait_all: (pWait * waitAll) / mass,
    mean_wait_served: (pWait * waitServed) / mass / pServed,
    p_abandon: pAbandon,
    p_blocked: 0,
    sl_answered_within_t_over_offered: slOffered,
    sl_within_t_over_answered: slOffered / pServed,
    utilisation: (lambda * pServed) / drain,
  };
}
