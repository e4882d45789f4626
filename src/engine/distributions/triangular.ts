// Triangular: a bounded duration from three guesses (shortest, most likely, longest).
import { z } from 'zod';
import type { Distribution, DistributionKind } from './distribution.js';
import { type CrossProblem, lessThan, reportIf, requireFinite, throwIf } from './checks.js';

/** The problem with min ≤ mode ≤ max and min < max, if any. */
function orderProblem(min: number, mode: number, max: number): CrossProblem | undefined {
  const problem = lessThan('triangular', 'min', min, 'max', max);
  if (problem !== undefined) return problem;
  if (mode < min || mode > max) {
    return {
      param: 'mode',
      message: `triangular: mode must lie between min ${min} and max ${max}, got ${mode}`,
      detail: { rule: 'triangularMode', min, max, mode },
    };
  }
  return undefined;
}

const schema = z
  .strictObject({
    dist: z.literal('triangular'),
    /** Smallest value, in the unit of the samples. */
    min: z.number(),
    /** Most likely value, in the unit of the samples. */
    mode: z.number(),
    /** Largest value, in the unit of the samples. */
    max: z.number(),
  })
  .superRefine((p, ctx) => reportIf(orderProblem(p.min, p.mode, p.max), ctx));

/** Parameters of a triangular distribution, all in the unit of the samples. */
export type TriangularParams = z.infer<typeof schema>;

/** The triangular kind: one uniform per sample, by inversion. */
export const triangular = {
  kind: 'triangular',
  schema,
  create({ min, mode, max }: TriangularParams): Distribution {
    requireFinite('triangular', 'min', min);
    requireFinite('triangular', 'mode', mode);
    requireFinite('triangular', 'max', max);
    throwIf(orderProblem(min, mode, max));
    const width = max - min;
    const modeCdf = (mode - min) / width;
    const lowerArea = width * (mode - min);
    const upperArea = width * (max - mode);
    return {
      mean: (min + mode + max) / 3,
      variance: (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
      sample(random) {
        const u = random();
        return u < modeCdf ? min + Math.sqrt(u * lowerArea) : max - Math.sqrt((1 - u) * upperArea);
      },
    };
  },
} as const satisfies DistributionKind<'triangular', TriangularParams>;
