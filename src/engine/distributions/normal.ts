// Normal, optionally truncated to [min, max] (e.g. min 0 for a duration). Truncation is by
// rejection: a draw outside the bounds is drawn again.
import { z } from 'zod';
import type { Distribution, DistributionKind } from './distribution.js';
import { type CrossProblem, lessThan, reportIf, requireFinite, requirePositive, throwIf } from './checks.js';
import { normalIntervalProbability, normalPdf, standardNormal } from './gaussian.js';

/**
 * Smallest probability the bounds may keep. Rejection needs 1/p draws per sample on average,
 * so this bounds the work per sample and guarantees sampling never loops forever.
 */
export const MIN_TRUNCATED_PROBABILITY = 1e-6;

const schema = z
  .strictObject({
    dist: z.literal('normal'),
    /** Mean of the untruncated normal, in the unit of the samples. */
    mean: z.number(),
    /** Standard deviation of the untruncated normal, in the unit of the samples. */
    sd: z.number().positive(),
    /** Optional lower bound, in the unit of the samples. */
    min: z.number().optional(),
    /** Optional upper bound, in the unit of the samples. */
    max: z.number().optional(),
  })
  .superRefine((p, ctx) => reportIf(truncation(p).problem, ctx));

/** Parameters of a (truncated) normal distribution, all in the unit of the samples. */
export type NormalParams = z.infer<typeof schema>;

/** Standardised bounds and kept probability of a truncation, or the problem with it. */
interface Truncation {
  /** Lower bound in standard deviations from the mean (−∞ if none). */
  readonly lowZ: number;
  /** Upper bound in standard deviations from the mean (+∞ if none). */
  readonly highZ: number;
  /** P(min < X < max) for the untruncated normal (dimensionless). */
  readonly probability: number;
  /** What is wrong with the bounds, if anything. */
  readonly problem: CrossProblem | undefined;
}

/** Standardises the bounds and checks min < max and a kept probability ≥ MIN_TRUNCATED_PROBABILITY. */
function truncation({ mean, sd, min, max }: NormalParams): Truncation {
  const lowZ = min === undefined ? -Infinity : (min - mean) / sd;
  const highZ = max === undefined ? Infinity : (max - mean) / sd;
  if (min !== undefined && max !== undefined) {
    const problem = lessThan('normal', 'min', min, 'max', max);
    if (problem !== undefined) return { lowZ, highZ, probability: 0, problem };
  }
  const probability = normalIntervalProbability(lowZ, highZ);
  if (probability >= MIN_TRUNCATED_PROBABILITY) return { lowZ, highZ, probability, problem: undefined };
  const bounds = `[${min ?? '-Infinity'}, ${max ?? 'Infinity'}]`;
  return {
    lowZ,
    highZ,
    probability,
    problem: {
      param: min !== undefined && lowZ > 0 ? 'min' : 'max',
      message:
        `normal: min and max must keep a probability of at least ${MIN_TRUNCATED_PROBABILITY} of ` +
        `normal(mean ${mean}, sd ${sd}), got ${probability.toPrecision(3)} for ${bounds}`,
      detail: { rule: 'normalTruncation', minProbability: MIN_TRUNCATED_PROBABILITY, mean, sd, probability, bounds },
    },
  };
}

/** The normal kind: Box–Muller (two uniforms per draw), redrawn until inside [min, max]. */
export const normal = {
  kind: 'normal',
  schema,
  create(params: NormalParams): Distribution {
    const { mean, sd, min, max } = params;
    requireFinite('normal', 'mean', mean);
    requirePositive('normal', 'sd', sd);
    if (min !== undefined) requireFinite('normal', 'min', min);
    if (max !== undefined) requireFinite('normal', 'max', max);
    const { lowZ, highZ, probability, problem } = truncation(params);
    throwIf(problem);
    // Exact moments of the truncated normal: with φ the density and p the kept probability,
    // E = μ + σ·(φ(a) − φ(b))/p and Var = σ²·[1 + (a·φ(a) − b·φ(b))/p − ((φ(a) − φ(b))/p)²].
    const pdfLow = normalPdf(lowZ);
    const pdfHigh = normalPdf(highZ);
    const shift = (pdfLow - pdfHigh) / probability;
    const zPdfLow = Number.isFinite(lowZ) ? lowZ * pdfLow : 0;
    const zPdfHigh = Number.isFinite(highZ) ? highZ * pdfHigh : 0;
    const varianceFactor = 1 + (zPdfLow - zPdfHigh) / probability - shift * shift;
    const low = min ?? -Infinity;
    const high = max ?? Infinity;
    return {
      mean: mean + sd * shift,
      variance: sd * sd * varianceFactor,
      sample(random) {
        for (;;) {
          const x = mean + sd * standardNormal(random);
          if (x >= low && x <= high) return x;
        }
      },
    };
  },
} as const satisfies DistributionKind<'normal', NormalParams>;
