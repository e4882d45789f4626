// Arrival times of time-varying Poisson streams with rates constant within each hour.

import type { RandomStream } from '../../engine/random.js';

const MIN_PER_HOUR = 60;

/**
 * The next arrival after `fromMin` and before `endMin` of a Poisson process whose rate (per
 * minute) is `ratePerMin[hour]` during each hour of the day, or Infinity if none comes.
 * Exact: within an hour the gap is exponential; at an hour boundary the process restarts
 * (memorylessness), drawing afresh at the new rate.
 */
export function nextArrivalMin(
  ratePerMin: readonly number[],
  fromMin: number,
  endMin: number,
  random: RandomStream,
  steady: boolean,
): number {
  if (steady) {
    // One constant rate, no hour boundaries: a long horizon is not split into hours.
    const rate = ratePerMin[0];
    if (!(rate > 0)) return Infinity;
    const next = fromMin - Math.log(1 - random()) / rate;
    return next < endMin ? next : Infinity;
  }
  let time = fromMin;
  while (time < endMin) {
    const hour = Math.floor(time / MIN_PER_HOUR);
    if (hour >= ratePerMin.length) return Infinity;
    const hourEndMin = Math.min((hour + 1) * MIN_PER_HOUR, endMin);
    const rate = ratePerMin[hour];
    if (rate > 0) {
      const next = time - Math.log(1 - random()) / rate;
      if (next < hourEndMin) return next;
    }
    time = hourEndMin;
  }
  return Infinity;
}
