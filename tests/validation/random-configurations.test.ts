// The model against exact results in general, not only at the parameters the other validation
// tests chose: receptions drawn at random from fixed seeds (tests/support/random-reception.ts) —
// 1 to 6 advisors under answer-all (interrupting the visit started last or one at random, always
// or with a probability), threshold, divert with no ring time, or a phone desk; calls with and
// without patience, walk-ins or none, walk-ins who give up or balk; steady state, redials, or
// working days — each simulated and compared, figure by figure, with every figure its exact model
// gives (waits, hang-ups and their times, service levels, the offered wait, wait percentiles,
// visitors' waits, holds and time in the building, utilisation by activity, per-day counts).
//
// Many figures of many receptions are checked at once, so the tolerance is widened for all of
// them together (Bonferroni): with N comparisons in the run, each allows the Student t quantile
// at 1 − α/(2N) of its standard error (the replications' spread, hence t with replications − 1
// degrees of freedom), so that a correct model fails the whole file with probability at most
// α = 0.001. About 6 standard errors in CI; the long run's larger N widens it a little more.

import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { SKETCH_RELATIVE_ACCURACY } from '../../src/metrics/sketch.js';
import { LONG_VALIDATION } from '../support/precision.js';
import { drawCase, figureAt, type RunSize } from '../support/random-reception.js';
import { logComparison, runScenario, standardErrorOf } from '../support/steady-run.js';

/** Seeds run in CI: receptions of every kind (see the labels), cheap to solve and to simulate. */
const CI_SEEDS = [1, 4, 7, 25, 31, 36, 49, 50, 55, 61, 67, 75, 99, 157];
const SEEDS = LONG_VALIDATION ? Array.from({ length: 80 }, (_, i) => i + 1) : CI_SEEDS;
const RUN: RunSize = LONG_VALIDATION ? { arrivals: 1_500_000, replications: 30 } : { arrivals: 250_000, replications: 30 };
/** Chance that a correct model fails any comparison of the file. */
const FAMILY_ALPHA = 0.001;

/** Chance of an event too rare to be seen in a run of a few hundred thousand arrivals. */
const RARE = 1e-4;

const CASES = SEEDS.map((seed) => drawCase(seed, RUN));
const COMPARISONS = CASES.reduce((count, drawn) => count + Object.keys(drawn.exact).length, 0);
const STANDARD_ERRORS = jStat.studentt.inv(1 - FAMILY_ALPHA / (2 * COMPARISONS), RUN.replications - 1);

/**
 * Largest standard error that still makes a comparison mean something: a share of the exact
 * value (tighter in long runs), never below an absolute floor for values near 0.
 */
function precisionBound(exact: number): number {
  return Math.max((LONG_VALIDATION ? 0.03 : 0.08) * Math.abs(exact), 0.002);
}

describe(`random receptions against exact models (${COMPARISONS} figures, each within ${STANDARD_ERRORS.toFixed(2)} standard errors)`, () => {
  it.each(CASES.map((drawn) => [drawn.seed, drawn.label, drawn] as const))('seed %i: %s', async (_seed, _label, drawn) => {
    const summary = await runScenario(drawn.scenario);
    const misses: string[] = [];
    for (const [path, exact] of Object.entries(drawn.exact)) {
      const figure = figureAt(summary, path);
      const standardError = standardErrorOf(figure, RUN.replications);
      logComparison(path, figure, exact, standardError);
      // Percentiles come from sketches of bounded relative accuracy: off by that much besides chance.
      const slack = path.includes('.waitMin.') ? SKETCH_RELATIVE_ACCURACY * exact : 0;
      const where = `${path}: simulated ${figure.value} (SE ${standardError.toPrecision(3)}) vs exact ${exact.toPrecision(6)}`;
      if (figure.value === null) {
        misses.push(where);
        continue;
      }
      // Every replication alike (nothing happened) is right for an event rarer than this: it may not happen at all in a run.
      if (standardError === 0 && Math.abs(figure.value - exact) < RARE) continue;
      if (Math.abs(figure.value - exact) > STANDARD_ERRORS * standardError + slack + 1e-9) misses.push(where);
      if (standardError > precisionBound(exact)) misses.push(`${where}: run too short for a meaningful check`);
    }
    expect(misses).toEqual([]);
  });
});
