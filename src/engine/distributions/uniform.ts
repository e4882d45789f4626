// Uniform: every value between min and max equally likely.
import { z } from 'zod';
import type { Distribution, DistributionKind } from './distribution.js';
import { lessThan, reportIf, requireFinite, throwIf } from './checks.js';

const schema = z
  .strictObject({
    dist: z.literal('uniform'),
    /** Lower bound, in the unit of the samples. */
    min: z.number(),
    /** Upper bound (excluded), in the unit of the samples. */
    max: z.number(),
  })
  .superRefine((p, ctx) => reportIf(lessThan('uniform', 'min', p.min, 'max', p.max), ctx));

/** Parameters of a uniform distribution on [min, max), in the unit of the samples. */
export type UniformParams = z.infer<typeof schema>;

/** The uniform kind: one uniform per sample, scaled. */
export const uniform = {
  kind: 'uniform',
  schema,
  create({ min, max }: UniformParams): Distribution {
    requireFinite('uniform', 'min', min);
    requireFinite('uniform', 'max', max);
    throwIf(lessThan('uniform', 'min', min, 'max', max));
    const width = max - min;
    return {
      mean: (min + max) / 2,
      variance: (width * width) / 12,
      sample: (random) => min + width * random(),
    };
  },
} as const satisfies DistributionKind<'uniform', UniformParams>;
