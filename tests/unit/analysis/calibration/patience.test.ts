import { describe, expect, it } from 'vitest';
import { PatienceTally } from '../../../../src/analysis/calibration/patience.js';

describe('PatienceTally', () => {
  it('estimates total wait ÷ abandonments, and the Kaplan–Meier curve under censoring', () => {
    const tally = new PatienceTally();
    // 50 callers answered after 5 s (censored), 50 hang up after 10 s, 100 answered at once.
    for (let i = 0; i < 50; i++) tally.add(5, false);
    for (let i = 0; i < 50; i++) tally.add(10, true);
    for (let i = 0; i < 100; i++) tally.add(0, false);
    const estimate = tally.estimate();
    expect(estimate.meanSec!.value).toBe((50 * 5 + 50 * 10) / 50);
    expect(estimate.abandoned).toBe(50);
    expect(estimate.waited).toBe(100);
    // Only the 50 who hang up are still at risk at 10 s: nobody waits longer.
    expect(estimate.medianSec).toBe(11);
    expect(estimate.curve).toEqual([]);
  });

  it('follows the exponential when patience is exponential, within a small gap', () => {
    const tally = new PatienceTally();
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 20_000; i++) {
      const patience = -60 * Math.log(1 - random());
      const answer = -45 * Math.log(1 - random());
      tally.add(Math.min(patience, answer), patience < answer);
    }
    const estimate = tally.estimate();
    expect(Math.abs(estimate.meanSec!.value - 60)).toBeLessThan(3);
    expect(estimate.exponentialGap!).toBeLessThan(0.02);
    const at60 = estimate.curve.find((point) => point.sec === 60)!;
    expect(Math.abs(at60.stillWaiting - Math.exp(-1))).toBeLessThan(0.02);
    expect(Math.abs(estimate.medianSec! - 60 * Math.LN2)).toBeLessThan(3);
  });

  it('gives no mean without an abandonment', () => {
    const tally = new PatienceTally();
    tally.add(30, false);
    expect(tally.estimate().meanSec).toBeNull();
  });
});
