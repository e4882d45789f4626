// The standard normal: a sampler shared by the normal, lognormal and gamma kinds, and an
// accurate CDF for the truncated normal's moments. No kind of its own.
import type { RandomStream } from '../random.js';

const TWO_PI = 2 * Math.PI;
const SQRT_PI = Math.sqrt(Math.PI);
const SQRT_2 = Math.SQRT2;
const INV_SQRT_2PI = 1 / Math.sqrt(TWO_PI);

/**
 * Draws a standard normal value (dimensionless) with Box–Muller, using exactly two uniforms.
 * NOTE: the second value of the pair is thrown away rather than cached, so a value depends
 * on the stream alone and not on what an earlier call left behind.
 */
export function standardNormal(random: RandomStream): number {
  const radius = Math.sqrt(-2 * Math.log(1 - random())); // 1 − u lies in (0, 1]: log is finite
  return radius * Math.cos(TWO_PI * random());
}

/** The standard normal density at `z` (dimensionless). */
export function normalPdf(z: number): number {
  return Number.isFinite(z) ? INV_SQRT_2PI * Math.exp(-0.5 * z * z) : 0;
}

/** P(Z > z) for a standard normal Z, with full relative precision far into both tails. */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / SQRT_2);
}

/** P(Z ≤ z) for a standard normal Z, with full relative precision far into the lower tail. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / SQRT_2);
}

/** P(a < Z < b) for a standard normal Z and a < b, computed in whichever tail keeps the digits. */
export function normalIntervalProbability(a: number, b: number): number {
  if (a >= 0) return normalUpperTail(a) - normalUpperTail(b); // both in the upper tail
  if (b <= 0) return normalCdf(b) - normalCdf(a); // both in the lower tail
  return 1 - normalCdf(a) - normalUpperTail(b);
}

/**
 * The complementary error function (dimensionless); relative error below 1e-14 for |x| < 10.
 * NOTE: no coefficient tables to get wrong: below 1, 1 − erf from a series with positive terms
 * only (erfc > 0.15 there, so the subtraction keeps its digits); from 1 up, a continued fraction
 * (Lentz), under 200 iterations. Cheap enough for construction time, not for a sampling loop.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 1) return 1 - erfSeries(x);
  if (x > 27) return 0; // erfc(27) ≈ 5e-319: below the smallest double
  return (Math.exp(-x * x) / SQRT_PI) * erfcContinuedFraction(x);
}

/** erf(x) for 0 ≤ x < 1 as (2/√π)·e^(−x²)·Σ 2ⁿx^(2n+1)/(1·3···(2n+1)). */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return ((2 / SQRT_PI) * Math.exp(-x2)) * sum;
}

/** The continued fraction 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), for x ≥ 1, by modified Lentz. */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / f;
}
