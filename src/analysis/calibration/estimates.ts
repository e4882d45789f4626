// What an estimate is when the data cannot support it, and the fit every duration gets (a
// lognormal with its goodness of fit). Shared by the estimators of calls, books and visits.

import type { LogHistogram } from './log-histogram.js';
import { fitLognormal, lillieforsCritical5, lognormalCdf, type LognormalFit, type Moments } from './statistics.js';

/** Why an estimate could not be made from the data. */
export type Missing =
  | { readonly missing: 'noColumn'; readonly field: string }
  | { readonly missing: 'tooFew'; readonly count: number }
  | { readonly missing: 'noAbandonments'; readonly waited: number; readonly totalWaitSec: number }
  | { readonly missing: 'noKnownCallers' }
  | { readonly missing: 'noRedials'; readonly failures: number; readonly upper: number };

/** A duration distribution fitted as a lognormal, with its goodness of fit. */
export interface DurationFit {
  readonly fit: LognormalFit;
  /** Kolmogorov–Smirnov distance between the data and the fitted curve, and Lilliefors' 5% critical value. */
  readonly ks: number;
  readonly ksCritical: number;
  readonly medianSec: number;
  readonly p90Sec: number;
}

/** A lognormal fitted to positive durations (seconds), with its KS distance; too few values: Missing. */
export function fitDurations(moments: Moments, histogram: LogHistogram): DurationFit | Missing {
  const fit = fitLognormal(moments);
  if (fit === undefined || moments.count < 10) return { missing: 'tooFew', count: moments.count };
  return {
    fit,
    ks: histogram.ksDistance((sec) => lognormalCdf(sec, fit.mu, fit.sigma)),
    ksCritical: lillieforsCritical5(fit.count),
    medianSec: histogram.quantile(0.5),
    p90Sec: histogram.quantile(0.9),
  };
}

/** True for an estimate the data could not support. */
export function isMissing<T extends object>(estimate: T | Missing): estimate is Missing {
  return 'missing' in estimate;
}
