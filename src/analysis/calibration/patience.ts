// How long callers wait before hanging up, from a call log where most callers never show it: an
// answered (or rung-out) call's wait is only a lower bound on its caller's patience. The standard
// estimator under this censoring is the exponential's maximum likelihood, total time waited by
// everybody ÷ number of abandonments; the Kaplan–Meier curve shows the shape without assuming one.

import { censoredExponentialMean, type Interval } from './statistics.js';

// Waits are grouped by whole seconds up to an hour (a call log's own resolution); longer waits
// share the last group.
const MAX_SEC = 3600;

/** A point of the Kaplan–Meier curve: the share of callers still waiting after `sec` seconds. */
export interface SurvivalPoint {
  readonly sec: number;
  readonly stillWaiting: number;
  /** Callers still waiting (at risk) at that time. */
  readonly atRisk: number;
}

/** What a call log says about patience. */
export interface PatienceEstimate {
  /** Attempts that waited at all, abandonments among them, and the total wait of every attempt, seconds. */
  readonly waited: number;
  readonly abandoned: number;
  readonly totalWaitSec: number;
  /** Exponential mean patience, seconds; null without abandonments (the data cannot bound it). */
  readonly meanSec: Interval | null;
  /** Kaplan–Meier curve at a few times (only where enough callers were still waiting). */
  readonly curve: readonly SurvivalPoint[];
  /** Median patience read on the Kaplan–Meier curve, seconds; null if it never falls to one half. */
  readonly medianSec: number | null;
  /** Largest gap between the Kaplan–Meier curve and the fitted exponential while ≥ 20 callers were at risk. */
  readonly exponentialGap: number | null;
}

/** Times (seconds) the curve is reported at. */
export const SURVIVAL_TIMES_SEC = [15, 30, 60, 120, 180, 300, 600] as const;

/** Accumulates call waits, each ending in an abandonment or not (answered, rung out, voicemail: censored). */
export class PatienceTally {
  private readonly events = new Float64Array(MAX_SEC + 1);
  private readonly censored = new Float64Array(MAX_SEC + 1);
  private count = 0;
  private abandoned = 0;
  private waited = 0;
  private totalWaitSec = 0;

  /** One attempt's wait, seconds, and whether the caller hung up at its end. */
  add(waitSec: number, abandoned: boolean): void {
    const bin = Math.min(MAX_SEC, Math.floor(waitSec));
    if (abandoned) {
      this.events[bin]++;
      this.abandoned++;
    } else this.censored[bin]++;
    this.count++;
    if (waitSec > 0) this.waited++;
    this.totalWaitSec += waitSec;
  }

  /** The estimate from what was added. */
  estimate(): PatienceEstimate {
    const mean = censoredExponentialMean(this.totalWaitSec, this.abandoned) ?? null;
    // Kaplan–Meier on whole seconds: at each second, abandonments leave before censored waits.
    let atRisk = this.count;
    let survival = 1;
    let medianSec: number | null = null;
    let gap: number | null = null;
    const curve: SurvivalPoint[] = [];
    let next = 0;
    for (let sec = 0; sec <= MAX_SEC; sec++) {
      while (next < SURVIVAL_TIMES_SEC.length && SURVIVAL_TIMES_SEC[next] <= sec) {
        if (atRisk >= 20) curve.push({ sec: SURVIVAL_TIMES_SEC[next], stillWaiting: survival, atRisk });
        next++;
      }
      if (atRisk <= 0) break;
      if (this.events[sec] > 0) {
        survival *= 1 - this.events[sec] / atRisk;
        if (medianSec === null && survival <= 0.5) medianSec = sec + 1;
      }
      if (mean !== null && atRisk >= 20) {
        gap = Math.max(gap ?? 0, Math.abs(survival - Math.exp(-(sec + 1) / mean.value)));
      }
      atRisk -= this.events[sec] + this.censored[sec];
    }
    return { waited: this.waited, abandoned: this.abandoned, totalWaitSec: this.totalWaitSec, meanSec: mean, curve, medianSec, exponentialGap: gap };
  }
}
