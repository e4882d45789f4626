// Differences between two variants run on common random numbers, paired replication by
// replication: replication r of both variants saw the same customers, so most of the noise
// cancels in the difference and its interval is far narrower than the two intervals suggest.
//
// A count per day: the mean of the per-replication differences, with a t interval. A pooled ratio
// (Σy/Σx): the difference of the two pooled ratios — the same numbers the summaries show — with
// its delta-method standard error, from each replication's linearised difference
// z_r = (y_Br − R_B x_Br)/x̄_B − (y_Ar − R_A x_Ar)/x̄_A; this is the ratio estimator's standard
// error (src/metrics/confidence.ts) applied to the difference, and it keeps the pairing.
// (Differences of per-replication ratios would pair as well, but estimate a different mean:
// the average of daily-ish ratios, not the pooled ratio every table shows.)

import { meanEstimate, t95 } from '../metrics/confidence.js';
import { round } from '../metrics/summary/figure.js';
import type { SummarySettings } from '../metrics/summary/settings.js';
import type { RunTotals } from '../metrics/tally.js';
import type { KeyFigure, PerReplication } from './key-figures.js';

/** The replications of one variant, in replication order, and the settings that summarise them. */
export interface VariantRuns {
  readonly settings: SummarySettings;
  readonly runs: readonly RunTotals[];
}

/** B − A for one figure: estimate and 95% interval (null when undefined), and whether the interval excludes 0. */
export interface Difference {
  readonly value: number | null;
  readonly ci95: readonly [number, number] | null;
  /** The interval lies wholly on one side of 0: the difference is not noise. */
  readonly real: boolean;
}

/** B − A paired by replication, over the replications both have. */
export function pairedDifference(figure: KeyFigure, a: VariantRuns, b: VariantRuns): Difference {
  const n = Math.min(a.runs.length, b.runs.length);
  const pa = a.runs.slice(0, n).map((run) => figure.perReplication(a.settings, run));
  const pb = b.runs.slice(0, n).map((run) => figure.perReplication(b.settings, run));
  const la = linearised(pa);
  const lb = linearised(pb);
  if (la === null || lb === null) return undefinedDifference();
  const estimate = meanEstimate(la.residuals.map((residual, r) => lb.residuals[r] - residual));
  return difference(lb.value - la.value, estimate.halfWidth95);
}

/** B − A as if the variants were independent (the two standard errors combined): for contrast and tests. */
export function unpairedDifference(figure: KeyFigure, a: VariantRuns, b: VariantRuns): Difference {
  const la = linearised(a.runs.map((run) => figure.perReplication(a.settings, run)));
  const lb = linearised(b.runs.map((run) => figure.perReplication(b.settings, run)));
  if (la === null || lb === null) return undefinedDifference();
  const seA = meanEstimate(la.residuals).standardError;
  const seB = meanEstimate(lb.residuals).standardError;
  // Welch–Satterthwaite degrees of freedom for the t quantile.
  const va = seA ** 2;
  const vb = seB ** 2;
  const dof = (va + vb) ** 2 / (va ** 2 / (la.residuals.length - 1) + vb ** 2 / (lb.residuals.length - 1));
  const observations = Number.isFinite(dof) ? Math.max(2, Math.round(dof) + 1) : Math.min(la.residuals.length, lb.residuals.length);
  return difference(lb.value - la.value, t95(observations) * Math.sqrt(va + vb));
}

/**
 * The estimate of one variant, and each replication's linearised contribution: the value itself
 * for a count per day; (y − R x)/x̄ for a pooled ratio, whose mean is 0 and whose standard error
 * is the ratio's. Null when the figure is undefined (nothing to divide by).
 */
function linearised(parts: readonly PerReplication[]): { value: number; residuals: number[] } | null {
  if (parts.length === 0) return null;
  if (parts[0].kind === 'perDay') {
    const values = parts.map((part) => (part as { value: number }).value);
    return { value: meanEstimate(values).value, residuals: values };
  }
  const ratios = parts as readonly Extract<PerReplication, { kind: 'ratio' }>[];
  let sumY = 0;
  let sumX = 0;
  for (const part of ratios) {
    sumY += part.numerator;
    sumX += part.denominator;
  }
  if (sumX === 0) return null;
  const value = sumY / sumX;
  const meanX = sumX / ratios.length;
  return { value, residuals: ratios.map((part) => (part.numerator - value * part.denominator) / meanX) };
}

function difference(value: number, halfWidth: number): Difference {
  const rounded = round(value);
  if (rounded === null) return undefinedDifference();
  if (!Number.isFinite(halfWidth)) return { value: rounded, ci95: null, real: false };
  const low = round(value - halfWidth)!;
  const high = round(value + halfWidth)!;
  return { value: rounded, ci95: [low, high], real: low > 0 || high < 0 };
}

function undefinedDifference(): Difference {
  return { value: null, ci95: null, real: false };
}
