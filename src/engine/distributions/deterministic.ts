// Deterministic: a fixed value, for what-if runs and for tests that need no randomness.
import { z } from 'zod';
import type { Distribution, DistributionKind } from './distribution.js';
import { requireFinite } from './checks.js';

const schema = z.strictObject({
  dist: z.literal('deterministic'),
  /** The value every sample takes, in the unit of the samples. */
  value: z.number(),
});

/** Parameters of a deterministic distribution; `value` in the unit of the samples. */
export type DeterministicParams = z.infer<typeof schema>;

/** The deterministic kind: always `value`, consuming no uniform. */
export const deterministic = {
  kind: 'deterministic',
  schema,
  create({ value }: DeterministicParams): Distribution {
    requireFinite('deterministic', 'value', value);
    return { mean: value, variance: 0, sample: () => value };
  },
} as const satisfies DistributionKind<'deterministic', DeterministicParams>;
