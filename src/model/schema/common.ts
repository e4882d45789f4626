// Building blocks shared by the scenario schema's sections: clock times, probabilities,
// hourly rate profiles, weekday factors and duration distributions.

import { z } from 'zod';
import { distributionSpecSchema, type DistributionSpec } from '../../engine/distributions/index.js';
import { limits, validation } from '../../text/messages.js';

const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const RANGE_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d)-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** A clock time written "HH:MM" (24-hour). */
export const clockTime = z
  .string()
  .regex(CLOCK_PATTERN, { error: () => validation.clockTimeRule() })
  .describe('clock time "HH:MM", 24-hour');

/** A span of the day written "HH:MM-HH:MM". */
export const clockRange = z
  .string()
  .regex(RANGE_PATTERN, { error: () => validation.timeRangeRule() })
  .describe('time range "HH:MM-HH:MM"');

/** Minutes after midnight of a "HH:MM" clock time (assumed already validated). */
export function clockToMin(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** A probability in [0, 1]. */
export const probability = z.number().min(0).max(1).describe('probability, between 0 and 1');

/** Most people in one team. */
export const MAX_TEAM_SIZE = 1000;

/** Most arrivals per hour of any stream. */
export const MAX_ARRIVALS_PER_HOUR = 10_000;

/** A whole number of people ≥ 0. */
export const headcount = z.number().int().min(0).max(MAX_TEAM_SIZE, { error: () => limits.people(MAX_TEAM_SIZE) });

/** Arrivals per hour during one hour: ≥ 0, bounded. */
const arrivalRate = z.number().min(0).max(MAX_ARRIVALS_PER_HOUR, { error: () => limits.arrivalsPerHour(MAX_ARRIVALS_PER_HOUR) });

/** Two-digit hour of the day, "00" to "23", as a key of an hourly profile. */
const hourKey = z.string().regex(/^([01]\d|2[0-3])$/, { error: () => validation.hourKeyRule() });

/**
 * Arrivals per hour: one number for a constant rate, or a map from hour of the day ("08") to the
 * rate during that hour; hours not listed have no arrivals.
 */
export const ratePerHour = z
  .union([arrivalRate, z.record(hourKey, arrivalRate)])
  .describe('arrivals per hour: a number (constant rate) or { "HH": rate } (unlisted hours: 0)');

/** Weekday names, as used by weekday factors and the working week. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A weekday name. */
export type Weekday = (typeof weekdays)[number];

/** Multipliers of a rate by weekday (e.g. { mon: 1.25 }); unlisted days: 1. */
export const weekdayFactors = z
  .strictObject(Object.fromEntries(weekdays.map((day) => [day, z.number().min(0).optional()])) as Record<
    Weekday,
    z.ZodOptional<z.ZodNumber>
  >)
  .describe('rate multiplier per weekday, e.g. { mon: 1.25 }; unlisted days: 1');

/** Smallest value a distribution can produce, or -Infinity when it is unbounded below. */
function lowestValue(spec: DistributionSpec): number {
  switch (spec.dist) {
    case 'exponential':
    case 'lognormal':
    case 'gamma':
    case 'erlang':
      return 0;
    case 'normal':
      return spec.min ?? Number.NEGATIVE_INFINITY;
    case 'triangular':
    case 'uniform':
      return spec.min;
    case 'deterministic':
      return spec.value;
    case 'empirical':
      return Math.min(...spec.values);
  }
}

/** Any distribution, in minutes (e.g. an arrival offset that may be negative). */
export const offsetMin = distributionSpecSchema.describe('distribution in minutes: { dist: …, … }');

/** A distribution of a duration in minutes: it must never produce a negative value. */
export const durationMin = distributionSpecSchema
  .superRefine((spec, ctx) => {
    if (lowestValue(spec) < 0) {
      ctx.addIssue({
        code: 'custom',
        input: spec,
        message: validation.negativeDuration(),
      });
    }
  })
  .describe('duration distribution in minutes: { dist: …, … }, never negative');
