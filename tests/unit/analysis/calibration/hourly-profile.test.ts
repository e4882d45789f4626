import { describe, expect, it } from 'vitest';
import { withinFourSe } from '../../../support/intervals.js';
import { createStream } from '../../../../src/engine/random.js';
import { DayHourCounts, estimateProfile } from '../../../../src/analysis/calibration/hourly-profile.js';

const random = createStream(5, ['hourly-profile']);
function poisson(mean: number): number {
  // Knuth's method: fine for the small means of one hour.
  let count = 0;
  let product = random();
  const limit = Math.exp(-mean);
  while (product > limit) {
    count++;
    product *= random();
  }
  return count;
}

/** Days 0… of a Monday-to-Friday calendar with Poisson counts rate(weekday, hour). */
function simulate(days: number, rate: (weekday: number, hour: number) => number) {
  const counts = new DayHourCounts();
  const weekdays = new Map<number, number>();
  for (let day = 0; day < days; day++) {
    const weekday = day % 5;
    weekdays.set(day, weekday);
    for (let hour = 0; hour < 24; hour++) {
      const n = poisson(rate(weekday, hour));
      for (let k = 0; k < n; k++) counts.add(day, hour);
    }
  }
  return estimateProfile(counts, weekdays);
}

describe('estimateProfile', () => {
  it('is the product of column and row totals on a small table worked by hand', () => {
    const counts = new DayHourCounts();
    const add = (day: number, hour: number, n: number) => {
      for (let k = 0; k < n; k++) counts.add(day, hour);
    };
    // Monday (day 0): 6 at 9h, 2 at 10h; Tuesday (day 1): 3 at 9h, 1 at 10h.
    add(0, 9, 6);
    add(0, 10, 2);
    add(1, 9, 3);
    add(1, 10, 1);
    const profile = estimateProfile(counts, new Map([[0, 0], [1, 1]]));
    expect(profile.perHour[9].value).toBe(4.5);
    expect(profile.perHour[10].value).toBe(1.5);
    expect(profile.weekdayFactors[0]!.value).toBeCloseTo(8 / 6, 12);
    expect(profile.weekdayFactors[1]!.value).toBeCloseTo(4 / 6, 12);
    expect(profile.weekdayFactors[2]).toBeNull();
    expect(profile.byWeekday[0]![9]).toBe(6);
    expect(profile.perDay.value).toBe(6);
  });

  it('recovers a profile × weekday factors within its intervals, and finds no shape difference', () => {
    const perHour = [0, 0, 0, 0, 0, 0, 0, 0, 6, 10, 12, 12, 8, 4, 4, 7, 9, 8, 5, 0, 0, 0, 0, 0];
    const factors = [1.3, 1, 1, 1, 0.7];
    const profile = simulate(200, (weekday, hour) => perHour[hour] * factors[weekday]);
    let within = 0;
    for (let hour = 0; hour < 24; hour++) {
      const { low, high } = profile.perHour[hour];
      if (low <= perHour[hour] && perHour[hour] <= high) within++;
    }
    expect(within).toBeGreaterThanOrEqual(21);
    for (let weekday = 0; weekday < 5; weekday++) {
      expect(withinFourSe(profile.weekdayFactors[weekday]!, factors[weekday]), `weekday ${weekday}`).toBe(true);
    }
    expect(profile.shape!.pValue).toBeGreaterThan(0.001);
    expect(profile.dispersion).toBeLessThan(1.2);
  });

  it('finds and names a weekday whose hourly shape differs', () => {
    // Fridays peak in the afternoon, the other days in the morning.
    const profile = simulate(100, (weekday, hour) => (hour < 8 || hour > 18 ? 0 : weekday === 4 ? (hour >= 15 ? 14 : 4) : hour < 12 ? 12 : 5));
    expect(profile.shape!.pValue).toBeLessThan(0.001);
    expect(profile.shape!.misfits.length).toBeGreaterThan(0);
    expect(profile.shape!.misfits.every((misfit) => misfit.weekday === 4 || misfit.hour < 12 || misfit.hour >= 15)).toBe(true);
  });

  it('widens the intervals when days vary more than Poisson', () => {
    // Each day's level is random (busy and quiet days), on top of Poisson counts.
    const counts = new DayHourCounts();
    const weekdays = new Map<number, number>();
    for (let day = 0; day < 100; day++) {
      weekdays.set(day, day % 5);
      const level = random() < 0.5 ? 0.5 : 1.5;
      for (let hour = 8; hour < 18; hour++) for (let k = poisson(10 * level); k > 0; k--) counts.add(day, hour);
    }
    const profile = estimateProfile(counts, weekdays);
    expect(profile.dispersion).toBeGreaterThan(2);
  });
});
