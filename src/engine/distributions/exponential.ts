// Exponential: memoryless durations, e.g. times between Poisson arrivals.
import { z } from 'zod';
import type { Distribution, DistributionKind } from './distribution.js';
import { requirePositive } from './checks.js';

const schema = z.strictObject({
  dist: z.literal('exponential'),
  /** Expected value, in the unit of the samples. */
  mean: z.number().positive(),
});

/** Parameters of an exponential distribution; `mean` in the unit of the samples. */
export type ExponentialParams = z.infer<typeof schema>;

/** The exponential kind: one uniform per sample, by inversion. */
export const exponential = {
  kind: 'exponential',
  schema,
  create({ mean }: ExponentialParams): Distribution {
    requirePositive('exponential', 'mean', mean);
    return {
      mean,
      variance: mean * mean,
      sample: (random) => -mean * Math.log(1 - random()), // 1 − u lies in (0, 1]: log is finite
    };
  },
} as const satisfies DistributionKind<'exponential', ExponentialParams>;
