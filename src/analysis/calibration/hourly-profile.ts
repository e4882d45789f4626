// Arrivals by day and hour of the day → the scenario's rate shape: an average day's rate per hour
// (`perHour`) times a factor per weekday (`weekdayFactors`). That product is the Poisson
// maximum-likelihood fit of "hour shape × weekday level"; whether every weekday really has the
// same hourly shape is tested, and the cells where it does not are named.

import { meanEstimate } from '../../metrics/confidence.js';
import { chiSquarePValue, type Interval, poissonRate, Z95 } from './statistics.js';

const HOURS = 24;
const WEEKDAYS = 7;

/** Arrivals counted by day (days since 1970-01-01) and hour of the day. */
export class DayHourCounts {
  private readonly byDay = new Map<number, Float64Array>();

  /** Counts one arrival on `day` in `hour` (0–23). */
  add(day: number, hour: number): void {
    let counts = this.byDay.get(day);
    if (counts === undefined) {
      counts = new Float64Array(HOURS);
      this.byDay.set(day, counts);
    }
    counts[hour]++;
  }

  /** The 24 hourly counts of `day` (zeros for a day without arrivals). */
  countsOf(day: number): Float64Array {
    return this.byDay.get(day) ?? new Float64Array(HOURS);
  }
}

/** A weekday-and-hour cell where the weekday's own hourly shape differs from the common one. */
export interface ShapeMisfit {
  readonly weekday: number;
  readonly hour: number;
  /** Arrivals per hour observed on that weekday at that hour, and as the product model has them. */
  readonly observedPerHour: number;
  readonly modelPerHour: number;
}

/** The estimated rate shape. Weekdays are Monday 0 … Sunday 6; hours 0–23. */
export interface ProfileEstimate {
  /** Days observed, in all and by weekday. */
  readonly days: number;
  readonly daysByWeekday: readonly number[];
  /** Arrivals in all. */
  readonly total: number;
  /** Arrivals per hour on an average observed day, by hour, with 95% intervals. */
  readonly perHour: readonly Interval[];
  /** Each weekday's level against the average day (null: weekday not observed). */
  readonly weekdayFactors: readonly (Interval | null)[];
  /** Arrivals per hour observed on each weekday (null: weekday not observed). */
  readonly byWeekday: readonly (readonly number[] | null)[];
  /** Arrivals per day, average over the observed days. */
  readonly perDay: Interval;
  /** Day-to-day variance ÷ Poisson variance (≥ 1 widens the intervals). */
  readonly dispersion: number;
  /** Test that every weekday has the same hourly shape; null with a single weekday or hour. */
  readonly shape: { readonly statistic: number; readonly degreesOfFreedom: number; readonly pValue: number; readonly misfits: readonly ShapeMisfit[] } | null;
}

/** Estimates the shape from counts over the observed days (day → weekday), including days without arrivals. */
export function estimateProfile(counts: DayHourCounts, dayWeekdays: ReadonlyMap<number, number>): ProfileEstimate {
  const daysByWeekday = new Array<number>(WEEKDAYS).fill(0);
  // Observed counts by weekday and hour, and their square sums for the day-to-day dispersion.
  const observed = Array.from({ length: WEEKDAYS }, () => new Float64Array(HOURS));
  const squares = Array.from({ length: WEEKDAYS }, () => new Float64Array(HOURS));
  const dailyTotals: number[] = [];
  for (const [day, weekday] of dayWeekdays) {
    daysByWeekday[weekday]++;
    const row = counts.countsOf(day);
    let total = 0;
    for (let hour = 0; hour < HOURS; hour++) {
      observed[weekday][hour] += row[hour];
      squares[weekday][hour] += row[hour] * row[hour];
      total += row[hour];
    }
    dailyTotals.push(total);
  }
  const days = dayWeekdays.size;
  const byHour = new Float64Array(HOURS);
  const byWeekdayTotal = new Float64Array(WEEKDAYS);
  for (let weekday = 0; weekday < WEEKDAYS; weekday++) {
    for (let hour = 0; hour < HOURS; hour++) {
      byHour[hour] += observed[weekday][hour];
      byWeekdayTotal[weekday] += observed[weekday][hour];
    }
  }
  const total = byHour.reduce((sum, count) => sum + count, 0);

  // Day-to-day dispersion within each weekday-and-hour cell (Pearson, against the cell's mean).
  let pearson = 0;
  let freedom = 0;
  for (let weekday = 0; weekday < WEEKDAYS; weekday++) {
    const n = daysByWeekday[weekday];
    for (let hour = 0; hour < HOURS; hour++) {
      const sum = observed[weekday][hour];
      if (n < 2 || sum === 0) continue;
      const mean = sum / n;
      pearson += (squares[weekday][hour] - n * mean * mean) / mean;
      freedom += n - 1;
    }
  }
  const dispersion = freedom > 0 ? Math.max(1, pearson / freedom) : 1;

  const perHour = Array.from(byHour, (count) => poissonRate(count, days, dispersion));
  const averagePerDay = total / days;
  const weekdayFactors = daysByWeekday.map((n, weekday): Interval | null => {
    if (n === 0 || total === 0) return null;
    const value = byWeekdayTotal[weekday] / n / averagePerDay;
    // Log-scale interval of a ratio of Poisson totals (the weekday's part of the total included).
    const count = Math.max(byWeekdayTotal[weekday], 0.5);
    const half = Z95 * Math.sqrt(dispersion * (1 / count + 1 / total));
    return { value, low: value * Math.exp(-half), high: value * Math.exp(half) };
  });
  const byWeekday = daysByWeekday.map((n, weekday) => (n === 0 ? null : Array.from(observed[weekday], (count) => count / n)));

  return {
    days,
    daysByWeekday,
    total,
    perHour,
    weekdayFactors,
    byWeekday,
    perDay: dayMean(dailyTotals),
    dispersion,
    shape: shapeTest(observed, daysByWeekday, byHour, byWeekdayTotal, total, dispersion),
  };
}

function shapeTest(
  observed: readonly Float64Array[],
  daysByWeekday: readonly number[],
  byHour: Float64Array,
  byWeekdayTotal: Float64Array,
  total: number,
  dispersion: number,
): ProfileEstimate['shape'] {
  const weekdays = daysByWeekday.filter((n) => n > 0).length;
  const hours = byHour.filter((count) => count > 0).length;
  if (weekdays < 2 || hours < 2) return null;
  let statistic = 0;
  const residuals: { weekday: number; hour: number; z: number; observed: number; expected: number }[] = [];
  for (let weekday = 0; weekday < WEEKDAYS; weekday++) {
    if (daysByWeekday[weekday] === 0) continue;
    for (let hour = 0; hour < HOURS; hour++) {
      const expected = (byWeekdayTotal[weekday] * byHour[hour]) / total;
      if (expected <= 0) continue;
      const difference = observed[weekday][hour] - expected;
      statistic += (difference * difference) / expected / dispersion;
      residuals.push({ weekday, hour, z: difference / Math.sqrt(expected * dispersion), observed: observed[weekday][hour], expected });
    }
  }
  const degreesOfFreedom = (weekdays - 1) * (hours - 1);
  const misfits = residuals
    .filter((cell) => Math.abs(cell.z) > 3)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
    .slice(0, 3)
    .map((cell) => ({
      weekday: cell.weekday,
      hour: cell.hour,
      observedPerHour: cell.observed / daysByWeekday[cell.weekday],
      modelPerHour: cell.expected / daysByWeekday[cell.weekday],
    }));
  return { statistic, degreesOfFreedom, pValue: chiSquarePValue(statistic, degreesOfFreedom), misfits };
}

/** Mean of daily counts with its t interval, clipped at 0: a day has no fewer than no arrivals. */
function dayMean(values: readonly number[]): Interval {
  const { value, halfWidth95 } = meanEstimate(values);
  return { value, low: Math.max(0, value - halfWidth95), high: value + halfWidth95 };
}
