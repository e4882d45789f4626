// The two interfaces every distribution kind implements; the registry in index.ts lists them.
import type { z } from 'zod';
import type { RandomStream } from '../random.js';

/** A sampled random quantity with known moments. */
export interface Distribution {
  /** Expected value, in the unit of the samples. */
  readonly mean: number;
  /** Variance, in the unit of the samples squared. */
  readonly variance: number;
  /** Draws one value using the given uniform stream; in the unit of the samples. */
  sample(random: RandomStream): number;
}

/** One family of distributions: its parameter schema and its constructor. */
export interface DistributionKind<K extends string, P extends { readonly dist: K }> {
  /** The `dist` discriminant of this family's parameter objects. */
  readonly kind: K;
  /** zod schema of the parameters object, including `dist: K`; strict (unknown keys are errors). */
  readonly schema: z.ZodType<P>;
  /** Builds the distribution; throws RangeError naming the parameter and the value when parameters are invalid. */
  create(params: P): Distribution;
}
