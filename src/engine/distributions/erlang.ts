// Erlang-k: the sum of k exponential phases; a positive duration with cv 1/√k.
import { z } from 'zod';
import type { Distribution, DistributionKind } from './distribution.js';
import { requirePositive, requirePositiveInteger } from './checks.js';

const schema = z.strictObject({
  dist: z.literal('erlang'),
  /** Number of exponential phases (dimensionless), an integer ≥ 1. */
  k: z.number().int().min(1),
  /** Expected value of the sum, in the unit of the samples. */
  mean: z.number().positive(),
});

/** Parameters of an Erlang-k distribution; `k` a count, `mean` in the unit of the samples. */
export type ErlangParams = z.infer<typeof schema>;

// The product of the phases' uniforms is folded into a log before it can underflow.
const UNDERFLOW_GUARD = 1e-280;

/** The Erlang kind: k uniforms per sample, as −(mean/k)·ln Π(1 − uᵢ), one log per sample. */
export const erlang = {
  kind: 'erlang',
  schema,
  create({ k, mean }: ErlangParams): Distribution {
    requirePositiveInteger('erlang', 'k', k);
    requirePositive('erlang', 'mean', mean);
    const phaseMean = mean / k;
    return {
      mean,
      variance: (mean * mean) / k,
      sample(random) {
        let logSum = 0;
        let product = 1;
        for (let i = 0; i < k; i++) {
          product *= 1 - random(); // each factor in (0, 1]
          if (product < UNDERFLOW_GUARD) {
            logSum += Math.log(product);
            product = 1;
          }
        }
        return -phaseMean * (logSum + Math.log(product));
      },
    };
  },
} as const satisfies DistributionKind<'erlang', ErlangParams>;
