// Patience laws for M/M/c+G: one entry per kind of `Patience`, reduced to what the integrals need.
// Separate so a new law is one entry here and the M/M/c+G integrals do not change.

import { checkNonNegative, checkPositive, fail } from './checks.js';
import type { Patience } from './types.js';

/** A patience law reduced to what the M/M/c+G integrals need; x in minutes. */
export interface PatienceLaw {
  /** Ḡ(x) = P(patience > x). */
  survival(x: number): number;
  /** G(x) = P(patience ≤ x), computed without cancellation for small x. */
  cdf(x: number): number;
  /** ∫_a^b Ḡ(u) du (signed), minutes; H(x) is integralSurvival(0, x). */
  integralSurvival(a: number, b: number): number;
  /**
   * ∫_a^{a+u} G(y) dy (signed; u may be negative), minutes, without cancellation when G is
   * small. Takes the length u, not the end, because a + u would round u away near a far peak.
   */
  integralCdfFrom(a: number, u: number): number;
  /** Argmax over x ≥ 0 of λH(x) − cμx: where λḠ(x) drops to cμ, minutes. */
  peakMin(lambdaPerMin: number, drainPerMin: number): number;
  /** Points where Ḡ jumps (the integrator splits there), minutes. */
  jumpsMin: number[];
  /** Length over which Ḡ changes smoothly (Infinity if it never does), minutes. */
  scaleMin: number;
}

/** ∫_a^b e^{−u/m} du for a ≤ b, as m e^{−a/m}(1 − e^{−(b−a)/m}) to avoid cancellation. */
function expIntegral(meanMin: number, a: number, b: number): number {
  if (b < a) return -expIntegral(meanMin, b, a);
  return meanMin * Math.exp(-a / meanMin) * -Math.expm1(-(b - a) / meanMin);
}

/**
 * ∫_a^{a+u} (1 − e^{−y/m}) dy = u G(a) + m e^{−a/m} f(u/m), f(z) = z − 1 + e^{−z}: two
 * nonnegative terms for u ≥ 0, and f by its series for small z, where z − (1 − e^{−z}) cancels.
 */
function expIntegralCdfFrom(meanMin: number, a: number, u: number): number {
  if (u < 0) return -expIntegralCdfFrom(meanMin, Math.max(0, a + u), -u);
  const z = u / meanMin;
  let f: number;
  if (z < 0.1) {
    // z²/2 − z³/6 + z⁴/24 − …, alternating and fast: 12 terms reach 1e-17 relative at z = 0.1.
    let termZ = (z * z) / 2;
    f = 0;
    for (let k = 3; k <= 14; k++) {
      f += termZ;
      termZ *= -z / k;
    }
  } else {
    f = Math.expm1(-z) + z;
  }
  return u * -Math.expm1(-a / meanMin) + meanMin * Math.exp(-a / meanMin) * f;
}

/** ∫_a^{a+u} 1{y ≥ d} dy, from offsets to d so that a = d gives exactly max(u, 0). */
function stepIntegralFrom(d: number, a: number, u: number): number {
  const offset = a - d;
  return Math.max(0, offset + u) - Math.max(0, offset);
}

const PATIENCE_LAWS: { [K in Patience['kind']]: (fn: string, p: Extract<Patience, { kind: K }>) => PatienceLaw } = {
  none: () => ({
    survival: () => 1,
    cdf: () => 0,
    integralSurvival: (a, b) => b - a,
    integralCdfFrom: () => 0,
    peakMin: () => 0,
    jumpsMin: [],
    scaleMin: Infinity,
  }),
  exponential: (fn, p) => {
    checkPositive(fn, 'patience.meanMin', p.meanMin);
    const m = p.meanMin;
    return {
      survival: (x) => Math.exp(-x / m),
      cdf: (x) => -Math.expm1(-x / m),
      integralSurvival: (a, b) => expIntegral(m, a, b),
      integralCdfFrom: (a, u) => expIntegralCdfFrom(m, a, u),
      peakMin: (lambda, drain) => (lambda > drain ? m * Math.log(lambda / drain) : 0),
      jumpsMin: [],
      scaleMin: m,
    };
  },
  deterministic: (fn, p) => {
    checkNonNegative(fn, 'patience.valueMin', p.valueMin);
    const d = p.valueMin;
    return {
      survival: (x) => (x < d ? 1 : 0),
      cdf: (x) => (x < d ? 0 : 1),
      integralSurvival: (a, b) => Math.min(b, d) - Math.min(a, d),
      integralCdfFrom: (a, u) => stepIntegralFrom(d, a, u),
      peakMin: (lambda, drain) => (lambda > drain ? d : 0),
      jumpsMin: [d],
      scaleMin: Infinity,
    };
  },
  'exponential-capped': (fn, p) => {
    checkPositive(fn, 'patience.meanMin', p.meanMin);
    checkNonNegative(fn, 'patience.capMin', p.capMin);
    const m = p.meanMin;
    const cap = p.capMin;
    return {
      survival: (x) => (x < cap ? Math.exp(-x / m) : 0),
      cdf: (x) => (x < cap ? -Math.expm1(-x / m) : 1),
      integralSurvival: (a, b) => expIntegral(m, Math.min(a, cap), Math.min(b, cap)),
      integralCdfFrom: (a, u) => {
        // The exponential part over [a, a+u] ∩ [0, cap), then the part beyond the cap.
        let below = 0;
        if (u >= 0) below = a < cap ? expIntegralCdfFrom(m, a, Math.min(u, cap - a)) : 0;
        else if (a <= cap) below = expIntegralCdfFrom(m, a, u);
        else if (a - cap + u < 0) below = expIntegralCdfFrom(m, cap, a - cap + u);
        return below + stepIntegralFrom(cap, a, u);
      },
      peakMin: (lambda, drain) => (lambda > drain ? Math.min(cap, m * Math.log(lambda / drain)) : 0),
      jumpsMin: [cap],
      scaleMin: m,
    };
  },
};

/** The law of `patience` (minutes), its parameters checked; errors name the function `fn`. */
export function patienceLaw(fn: string, patience: Patience): PatienceLaw {
  const build = PATIENCE_LAWS[patience?.kind] as ((fn: string, p: Patience) => PatienceLaw) | undefined;
  if (build === undefined) {
    fail(fn, 'patience.kind', patience?.kind, `one of ${Object.keys(PATIENCE_LAWS).join(', ')}`);
  }
  return build(fn, patience);
}
