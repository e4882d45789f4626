// The textbook estimators calibration needs, each with its 95% interval: a proportion (Wilson),
// a Poisson count (Garwood), a lognormal fitted to positive durations, a normal, an exponential
// mean under censoring. Pure functions, usable in the browser.

import jStat from 'jstat';

/** A point estimate with its 95% confidence interval, in the unit of the quantity. */
export interface Interval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** Two-sided 95% normal quantile. */
export const Z95 = 1.959963984540054;

/** A share k/n with Wilson's 95% interval (good near 0 and 1, and for small n). */
export function proportion(successes: number, trials: number): Interval {
  if (trials <= 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const p = successes / trials;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * A rate from `count` events over `exposure` (days, say): count/exposure with Garwood's exact
 * Poisson interval, widened by √dispersion when the counts vary more than Poisson's (quasi-Poisson).
 */
export function poissonRate(count: number, exposure: number, dispersion = 1): Interval {
  const value = count / exposure;
  const low = count === 0 ? 0 : jStat.chisquare.inv(0.025, 2 * count) / 2 / exposure;
  const high = jStat.chisquare.inv(0.975, 2 * count + 2) / 2 / exposure;
  const widen = Math.sqrt(Math.max(1, dispersion));
  return { value, low: Math.max(0, value - (value - low) * widen), high: value + (high - value) * widen };
}

/** Running sums of positive values and of their logarithms: enough for lognormal and normal fits. */
export class Moments {
  count = 0;
  sum = 0;
  sumSquares = 0;
  logSum = 0;
  logSumSquares = 0;

  /** Adds one value (> 0 for the lognormal fit to mean anything). */
  add(value: number): void {
    this.count++;
    this.sum += value;
    this.sumSquares += value * value;
    if (value > 0) {
      const log = Math.log(value);
      this.logSum += log;
      this.logSumSquares += log * log;
    }
  }

  /** The mean of the values. */
  get mean(): number {
    return this.sum / this.count;
  }

  /** The sample standard deviation of the values. */
  get sd(): number {
    const n = this.count;
    return Math.sqrt(Math.max(0, (this.sumSquares - (this.sum * this.sum) / n) / (n - 1)));
  }
}

/** A lognormal fitted by maximum likelihood: mean and cv with 95% intervals, and μ, σ of the logarithms. */
export interface LognormalFit {
  readonly count: number;
  readonly mean: Interval;
  readonly cv: Interval;
  readonly mu: number;
  readonly sigma: number;
}

/** Fits a lognormal to values (all > 0) from their log-moments; undefined with fewer than 3 values. */
export function fitLognormal(moments: Moments): LognormalFit | undefined {
  const n = moments.count;
  if (n < 3) return undefined;
  const mu = moments.logSum / n;
  const s2 = Math.max(1e-12, (moments.logSumSquares - n * mu * mu) / (n - 1));
  // Cox's interval for the mean of a lognormal: μ + σ²/2 ± z √(σ²/n + σ⁴/(2(n−1))).
  const centre = mu + s2 / 2;
  const half = Z95 * Math.sqrt(s2 / n + (s2 * s2) / (2 * (n - 1)));
  // σ² has a chi-square interval; cv = √(exp σ² − 1) is monotone in it.
  const s2Low = ((n - 1) * s2) / jStat.chisquare.inv(0.975, n - 1);
  const s2High = ((n - 1) * s2) / jStat.chisquare.inv(0.025, n - 1);
  const cvOf = (variance: number) => Math.sqrt(Math.expm1(variance));
  return {
    count: n,
    mean: { value: Math.exp(centre), low: Math.exp(centre - half), high: Math.exp(centre + half) },
    cv: { value: cvOf(s2), low: cvOf(s2Low), high: cvOf(s2High) },
    mu,
    sigma: Math.sqrt(s2),
  };
}

/** P(X ≤ x) of the lognormal with log-mean μ and log-sd σ. */
export function lognormalCdf(x: number, mu: number, sigma: number): number {
  return x <= 0 ? 0 : jStat.normal.cdf((Math.log(x) - mu) / sigma, 0, 1);
}

/** A normal fitted to values: mean (t interval) and sd. */
export interface NormalFit {
  readonly count: number;
  readonly mean: Interval;
  readonly sd: number;
}

/** Fits a normal from moments; undefined with fewer than 3 values. */
export function fitNormal(moments: Moments): NormalFit | undefined {
  const n = moments.count;
  if (n < 3) return undefined;
  const mean = moments.mean;
  const sd = moments.sd;
  const half = (jStat.studentt.inv(0.975, n - 1) * sd) / Math.sqrt(n);
  return { count: n, mean: { value: mean, low: mean - half, high: mean + half }, sd };
}

/** P(X ≤ x) of a normal. */
export function normalCdf(x: number, mean: number, sd: number): number {
  return jStat.normal.cdf(x, mean, sd);
}

/**
 * The mean of an exponential from censored observations: total time observed ÷ events (the
 * maximum likelihood estimate), with the chi-square interval [2T/χ²(.975; 2k), 2T/χ²(.025; 2k)].
 * Undefined without events: the data cannot bound the mean.
 */
export function censoredExponentialMean(totalTime: number, events: number): Interval | undefined {
  if (events <= 0) return undefined;
  return {
    value: totalTime / events,
    low: (2 * totalTime) / jStat.chisquare.inv(0.975, 2 * events),
    high: (2 * totalTime) / jStat.chisquare.inv(0.025, 2 * events),
  };
}

/**
 * Lilliefors' 5% critical value of the Kolmogorov–Smirnov distance for a normal (or, on the
 * logarithms, a lognormal) whose parameters were estimated from the same n values (large-n form).
 */
export function lillieforsCritical5(count: number): number {
  return 0.886 / Math.sqrt(count);
}

/** P(χ² with `degreesOfFreedom` ≥ statistic): the p-value of a chi-square test. */
export function chiSquarePValue(statistic: number, degreesOfFreedom: number): number {
  return degreesOfFreedom <= 0 ? 1 : 1 - jStat.chisquare.cdf(statistic, degreesOfFreedom);
}
