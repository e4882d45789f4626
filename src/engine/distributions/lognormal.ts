// Lognormal: positive, right-skewed durations such as service times, given by mean and cv.
import { z } from 'zod';
import type { Distribution, DistributionKind } from './distribution.js';
import { requirePositive } from './checks.js';
import { standardNormal } from './gaussian.js';

const schema = z.strictObject({
  dist: z.literal('lognormal'),
  /** Expected value, in the unit of the samples. */
  mean: z.number().positive(),
  /** Coefficient of variation: standard deviation / mean (dimensionless). */
  cv: z.number().positive(),
});

/** Parameters of a lognormal distribution; `mean` in the unit of the samples, `cv` dimensionless. */
export type LognormalParams = z.infer<typeof schema>;

/** The lognormal kind: exp of a normal whose μ and σ reproduce the given mean and cv. */
export const lognormal = {
  kind: 'lognormal',
  schema,
  create({ mean, cv }: LognormalParams): Distribution {
    requirePositive('lognormal', 'mean', mean);
    requirePositive('lognormal', 'cv', cv);
    const sigma2 = Math.log1p(cv * cv);
    const sigma = Math.sqrt(sigma2);
    const mu = Math.log(mean) - sigma2 / 2;
    return {
      // Moments from μ and σ, not echoed from the parameters, so tests check the mapping.
      mean: Math.exp(mu + sigma2 / 2),
      variance: Math.expm1(sigma2) * Math.exp(2 * mu + sigma2),
      sample: (random) => Math.exp(mu + sigma * standardNormal(random)),
    };
  },
} as const satisfies DistributionKind<'lognormal', LognormalParams>;
