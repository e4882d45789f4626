import { describe, expect, it } from 'vitest';
import { ksBound } from '../../../support/intervals.js';
import { createStream } from '../../../../src/engine/random.js';
import { LogHistogram } from '../../../../src/analysis/calibration/log-histogram.js';
import {
  censoredExponentialMean,
  fitLognormal,
  lognormalCdf,
  Moments,
  poissonRate,
  proportion,
} from '../../../../src/analysis/calibration/statistics.js';

const random = createStream(11, ['calibration-statistics']);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

describe('intervals', () => {
  it('Wilson intervals for a proportion match published values', () => {
    const half = proportion(5, 10);
    expect(half.value).toBe(0.5);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    const none = proportion(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
  });

  it("Garwood's exact Poisson interval, widened by the dispersion", () => {
    const ten = poissonRate(10, 1);
    expect(ten.low).toBeCloseTo(4.795, 3);
    expect(ten.high).toBeCloseTo(18.39, 2);
    expect(poissonRate(0, 2)).toMatchObject({ value: 0, low: 0 });
    expect(poissonRate(0, 2).high).toBeCloseTo(3.689 / 2, 3);
    const wide = poissonRate(10, 1, 4);
    expect(wide.high - 10).toBeCloseTo(2 * (ten.high - 10), 9);
  });

  it('the censored exponential mean is total time ÷ events, with its chi-square interval; none without events', () => {
    const mean = censoredExponentialMean(100, 10)!;
    expect(mean.value).toBe(10);
    expect(mean.low).toBeCloseTo(200 / 34.17, 2);
    expect(mean.high).toBeCloseTo(200 / 9.591, 2);
    expect(censoredExponentialMean(100, 0)).toBeUndefined();
  });

  it('the censored exponential interval covers the true mean about 95 % of the time', () => {
    const trueMean = 60;
    let covered = 0;
    const trials = 400;
    for (let trial = 0; trial < trials; trial++) {
      // 200 callers; each is answered (censored) after an exponential time of mean 40 s, or hangs up first.
      let total = 0;
      let events = 0;
      for (let i = 0; i < 200; i++) {
        const patience = -trueMean * Math.log(1 - random());
        const answer = -40 * Math.log(1 - random());
        total += Math.min(patience, answer);
        if (patience < answer) events++;
      }
      const interval = censoredExponentialMean(total, events)!;
      if (interval.low <= trueMean && trueMean <= interval.high) covered++;
    }
    // Binomial(400, 0.95): 95 % ± 3 standard deviations is 0.917 to 0.983.
    expect(covered / trials).toBeGreaterThan(0.917);
    expect(covered / trials).toBeLessThan(0.983);
  });

  it("the lognormal fit's mean and cv intervals cover the truth about 95 % of the time", () => {
    const [mu, sigma] = [Math.log(180), 0.55];
    const trueMean = Math.exp(mu + (sigma * sigma) / 2);
    const trueCv = Math.sqrt(Math.expm1(sigma * sigma));
    let meanCovered = 0;
    let cvCovered = 0;
    const trials = 400;
    for (let trial = 0; trial < trials; trial++) {
      const moments = new Moments();
      for (let i = 0; i < 150; i++) moments.add(Math.exp(mu + sigma * normal()));
      const fit = fitLognormal(moments)!;
      if (fit.mean.low <= trueMean && trueMean <= fit.mean.high) meanCovered++;
      if (fit.cv.low <= trueCv && trueCv <= fit.cv.high) cvCovered++;
    }
    for (const covered of [meanCovered, cvCovered]) {
      expect(covered / trials).toBeGreaterThan(0.917);
      expect(covered / trials).toBeLessThan(0.983);
    }
  });
});

describe('LogHistogram', () => {
  it('gives quantiles within 1 % and a small KS distance to the true curve, large to a wrong one', () => {
    const histogram = new LogHistogram();
    const moments = new Moments();
    for (let i = 0; i < 20_000; i++) {
      const value = Math.exp(Math.log(200) + 0.6 * normal());
      histogram.add(value);
      moments.add(value);
    }
    expect(histogram.quantile(0.5) / 200).toBeGreaterThan(0.97);
    expect(histogram.quantile(0.5) / 200).toBeLessThan(1.03);
    const fit = fitLognormal(moments)!;
    expect(histogram.ksDistance((x) => lognormalCdf(x, fit.mu, fit.sigma))).toBeLessThan(ksBound(20_000));
    expect(histogram.ksDistance((x) => 1 - Math.exp(-x / fit.mean.value))).toBeGreaterThan(0.05);
  });

  it('compares whole-second logs with the curve rounded the same way', () => {
    const rounded = new LogHistogram();
    const moments = new Moments();
    for (let i = 0; i < 50_000; i++) {
      const value = Math.max(1, Math.round(Math.exp(Math.log(40) + 0.5 * normal())));
      rounded.add(value);
      moments.add(value);
    }
    const fit = fitLognormal(moments)!;
    expect(rounded.ksDistance((x) => lognormalCdf(x, fit.mu, fit.sigma))).toBeLessThan(ksBound(50_000));
  });
});
