import { describe, expect, it } from 'vitest';
import { KEY_FIGURES, keyFigure, keyFigureOf } from '../../../src/analysis/key-figures.js';
import { pairedDifference, unpairedDifference } from '../../../src/analysis/paired.js';
import { summarise } from '../../../src/metrics/summary/index.js';
import { runVariant } from '../../support/variant-runs.js';

const REPS = 12;
const DAYS = 4;
const baseRun = runVariant('medium-dealership.yaml', [], REPS, DAYS);
const moreRun = runVariant('medium-dealership.yaml', ['advisors=+1'], REPS, DAYS);
const base = { settings: baseRun.config, runs: baseRun.runs };
const more = { settings: moreRun.config, runs: moreRun.runs };

describe('key figures', () => {
  it.each(KEY_FIGURES.map((figure) => [figure.path, figure] as const))('%s pooled from each replication is the summary’s own figure', (path, figure) => {
    for (const variant of [base, more]) {
      const summary = summarise(variant.settings, variant.runs);
      const parts = variant.runs.map((run) => figure.perReplication(variant.settings, run));
      const pooled =
        parts[0].kind === 'ratio'
          ? parts.reduce((sum, part) => sum + (part as { numerator: number }).numerator, 0) /
            parts.reduce((sum, part) => sum + (part as { denominator: number }).denominator, 0)
          : parts.reduce((sum, part) => sum + (part as { value: number }).value, 0) / parts.length;
      // Money per replication is read from that replication's own money section, to the
      // summary's 6 significant digits; ratios are exact.
      const relative = Math.abs(keyFigureOf(figure, summary, variant.runs).value! - pooled) / Math.abs(pooled);
      expect(relative).toBeLessThan(1e-5);
    }
  });
});

describe('paired differences', () => {
  it('estimate the difference of the two summaries’ figures', () => {
    for (const figure of KEY_FIGURES) {
      const difference = pairedDifference(figure, base, more);
      const a = keyFigureOf(figure, summarise(base.settings, base.runs), base.runs).value!;
      const b = keyFigureOf(figure, summarise(more.settings, more.runs), more.runs).value!;
      expect(Math.abs(difference.value! - (b - a))).toBeLessThan(1e-5 * Math.max(1, Math.abs(a), Math.abs(b)));
    }
  });

  it('on common random numbers are narrower than unpaired intervals (one more advisor, same customers)', () => {
    // The customers lost (and so the money) move together most: the same callers ring out.
    const atMost = { 'calls.sl_answered_within_t_over_offered': 0.95, 'visits.all.mean_wait_all': 0.95, 'money.netCostPerDay': 0.7 };
    for (const [path, share] of Object.entries(atMost)) {
      const figure = keyFigure(path);
      const paired = pairedDifference(figure, base, more);
      const unpaired = unpairedDifference(figure, base, more);
      const width = (d: typeof paired) => d.ci95![1] - d.ci95![0];
      expect(width(paired), path).toBeLessThan(share * width(unpaired));
      // Both intervals are about the same difference.
      expect(paired.value).toBe(unpaired.value);
    }
  });

  it('a variant against itself differs by exactly nothing', () => {
    const difference = pairedDifference(keyFigure('money.netCostPerDay'), base, base);
    expect(difference).toEqual({ value: 0, ci95: [0, 0], real: false });
  });

  it('marks a difference real only when its interval excludes 0', () => {
    const difference = pairedDifference(keyFigure('visits.all.mean_wait_all'), base, more);
    expect(difference.real).toBe(true);
    expect(difference.ci95![1]).toBeLessThan(0);
  });
});
