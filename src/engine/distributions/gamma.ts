// Gamma: positive durations with any cv, from exponential-like (cv 1) to nearly fixed (cv → 0).
import { z } from 'zod';
import type { RandomStream } from '../random.js';
import type { Distribution, DistributionKind } from './distribution.js';
import { requirePositive } from './checks.js';
import { standardNormal } from './gaussian.js';

const schema = z.strictObject({
  dist: z.literal('gamma'),
  /** Expected value, in the unit of the samples. */
  mean: z.number().positive(),
  /** Coefficient of variation: standard deviation / mean (dimensionless). */
  cv: z.number().positive(),
});

/** Parameters of a gamma distribution; `mean` in the unit of the samples, `cv` dimensionless. */
export type GammaParams = z.infer<typeof schema>;

/** The gamma kind: shape 1/cv², scale mean·cv², sampled by Marsaglia–Tsang (2000). */
export const gamma = {
  kind: 'gamma',
  schema,
  create({ mean, cv }: GammaParams): Distribution {
    requirePositive('gamma', 'mean', mean);
    requirePositive('gamma', 'cv', cv);
    const shape = 1 / (cv * cv);
    const scale = mean * cv * cv;
    // Marsaglia–Tsang needs shape ≥ 1; for shape < 1, Gamma(a) = Gamma(a + 1) · U^(1/a).
    const boosted = shape < 1;
    const d = (boosted ? shape + 1 : shape) - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    const invShape = 1 / shape;
    const standardGamma = (random: RandomStream): number => {
      for (;;) {
        const x = standardNormal(random);
        const t = 1 + c * x;
        if (t <= 0) continue;
        const v = t * t * t;
        const u = 1 - random(); // in (0, 1]: log is finite
        const x2 = x * x;
        if (u < 1 - 0.0331 * x2 * x2) return d * v; // cheap squeeze, accepts ~98%
        if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
      }
    };
    return {
      mean: shape * scale,
      variance: shape * scale * scale,
      sample: boosted
        ? (random) => scale * standardGamma(random) * Math.pow(1 - random(), invShape)
        : (random) => scale * standardGamma(random),
    };
  },
} as const satisfies DistributionKind<'gamma', GammaParams>;
