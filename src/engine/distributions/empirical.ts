// Empirical: resamples recorded observations, e.g. measured write-up times.
import { z } from 'zod';
import type { Distribution, DistributionKind } from './distribution.js';
import { requireFinite } from './checks.js';

const schema = z.strictObject({
  dist: z.literal('empirical'),
  /** The observations, in the unit of the samples; at least one. */
  values: z.array(z.number()).min(1),
});

/** Parameters of an empirical distribution; `values` in the unit of the samples. */
export type EmpiricalParams = z.infer<typeof schema>;

/** The empirical kind: each sample is one observation picked uniformly (one uniform). */
export const empirical = {
  kind: 'empirical',
  schema,
  create({ values }: EmpiricalParams): Distribution {
    if (values.length === 0) throw new RangeError('empirical: values must hold at least one number, got []');
    values.forEach((v, i) => requireFinite('empirical', `values[${i}]`, v));
    const observations = Float64Array.from(values); // a private copy: later edits cannot leak in
    const n = observations.length;
    let sum = 0;
    for (const v of observations) sum += v;
    const mean = sum / n;
    let squares = 0;
    for (const v of observations) squares += (v - mean) * (v - mean);
    return {
      mean,
      variance: squares / n, // population moments: the distribution is the observations
      sample: (random) => observations[Math.floor(random() * n)],
    };
  },
} as const satisfies DistributionKind<'empirical', EmpiricalParams>;
