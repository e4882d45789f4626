// Scaling a duration distribution so its mean changes and its shape (cv) stays: how calibrate
// brings several call reasons' handling times to the mean a log shows without a reason column.

import { createDistribution, type DistributionSpec } from '../../engine/distributions/index.js';
import { minutes } from './rounding.js';

/** The expected value of a distribution spec, in its unit. */
export function meanOf(spec: DistributionSpec): number {
  return createDistribution(spec).mean;
}

/** The distribution of `factor` × X (factor > 0), parameters rounded as scenarios write them. */
export function scaleDistribution(spec: DistributionSpec, factor: number): DistributionSpec {
  const scale = (value: number) => minutes(value * factor);
  switch (spec.dist) {
    case 'exponential':
    case 'lognormal':
    case 'gamma':
    case 'erlang':
      return { ...spec, mean: scale(spec.mean) };
    case 'normal':
      return {
        ...spec,
        mean: scale(spec.mean),
        sd: scale(spec.sd),
        ...(spec.min === undefined ? {} : { min: scale(spec.min) }),
        ...(spec.max === undefined ? {} : { max: scale(spec.max) }),
      };
    case 'triangular':
      return { ...spec, min: scale(spec.min), mode: scale(spec.mode), max: scale(spec.max) };
    case 'uniform':
      return { ...spec, min: scale(spec.min), max: scale(spec.max) };
    case 'deterministic':
      return { ...spec, value: scale(spec.value) };
    case 'empirical':
      return { ...spec, values: spec.values.map(scale) };
  }
}
