// The scenario schema: the single source of truth for the Scenario type, its validation, the
// JSON Schema editors use (`recepsim schema`) and the field documentation. Unknown keys are errors.

import { z } from 'zod';
import { limits } from '../../text/messages.js';
import { clockTime, weekdays } from './common.js';
import { appointmentsSchema, callsSchema, messagesSchema, pickupsSchema, walkInsSchema } from './demand.js';
import { economicsSchema, targetsSchema } from './outcomes.js';
import { policySchema } from './policy.js';
import { checkSourcePaths, sourcesSchema } from './sources.js';
import { REPORT_LANGUAGES } from '../../text/report/index.js';
import { staffSchema } from './staff.js';

/** Most working days per replication. */
export const MAX_DAYS = 10_000;
/** Most replications. */
export const MAX_REPLICATIONS = 10_000;
/** Fewest replications: an interval is made from the spread between them. */
export const MIN_REPLICATIONS = 2;
/** Longest steady-state period, hours. */
export const MAX_STEADY_HOURS = 100_000;

/** Long-run mode for checking against queueing theory: one constant-rate period per replication. */
export const steadyStateSchema = z
  .strictObject({
    hours: z
      .number()
      .positive()
      .max(MAX_STEADY_HOURS, { error: () => limits.steadyHours(MAX_STEADY_HOURS) })
      .describe('length of each replication, hours'),
    warmupHours: z.number().min(0).default(0).describe('hours discarded at the start'),
  })
  .describe('steady-state mode: constant rates, one long period, warm-up discarded (for validation)');

/**
 * One seed, one meaning: a seed written as a whole number is that number, quoted or not ("42",
 * " 42", "+42" and "042" are 42); any other text is a seed of its own.
 */
export function canonicalSeed(seed: number | string): number | string {
  if (typeof seed === 'number') return seed;
  const text = seed.trim();
  if (!/^[-+]?\d+$/.test(text)) return seed;
  const number = Number(text);
  return Number.isSafeInteger(number) ? number : seed;
}

/** A whole scenario file. */
export const scenarioSchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    day: z
      .strictObject({ open: clockTime, close: clockTime })
      .describe('opening hours: doors open and close (visitors inside at closing are still served)'),
    week: z
      .array(z.enum(weekdays))
      .min(1)
      .default(['mon', 'tue', 'wed', 'thu', 'fri'])
      .describe('working days, in order; simulated days cycle through them'),
    days: z
      .number()
      .int()
      .min(1)
      .max(MAX_DAYS, { error: () => limits.days(MAX_DAYS) })
      .default(20)
      .describe('working days per replication'),
    replications: z
      .number()
      .int()
      .min(MIN_REPLICATIONS, { error: () => limits.fewReplications(MIN_REPLICATIONS) })
      .max(MAX_REPLICATIONS, { error: () => limits.replications(MAX_REPLICATIONS) })
      .default(50)
      .describe('independent replications (at least 2 for intervals)'),
    seed: z
      .union([z.number().int(), z.string().min(1)])
      .default(1)
      .transform(canonicalSeed)
      .describe('master seed: same seed, same results (42 and "42" are the same seed)'),
    steadyState: steadyStateSchema.optional(),
    staff: staffSchema,
    policy: policySchema,
    appointments: appointmentsSchema.optional(),
    walkIns: walkInsSchema.optional(),
    pickups: pickupsSchema.optional(),
    calls: callsSchema.optional(),
    messages: messagesSchema.optional(),
    targets: targetsSchema,
    economics: economicsSchema,
    locale: z.enum(REPORT_LANGUAGES).optional().describe('language of reports: es or en (default: from the LANG environment variable)'),
    sources: sourcesSchema.optional(),
  })
  .superRefine(checkSourcePaths)
  .describe('a recepsim scenario');

/** A scenario as written in a file (defaults not yet filled). */
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;

/** The JSON Schema of scenario files, for editor completion and validation. */
export function scenarioJsonSchema(): object {
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' });
}
