// What the manager wants (targets) and what things are worth (economics).

import { z } from 'zod';
import { probability } from './common.js';

/** Targets that turn measures into pass/fail; the thresholds also define the service levels. */
export const targetsSchema = z
  .strictObject({
    calls: z
      .strictObject({
        answeredWithinSec: z.number().min(0).default(20).describe('service-level threshold for calls, seconds'),
        serviceLevel: probability.optional().describe('answered within the threshold ÷ offered, at least'),
        maxAbandon: probability.optional().describe('share of call attempts that hang up, at most'),
        maxLostForGood: probability.optional().describe('share of callers who give up for good, at most'),
      })
      .prefault({}),
    visitors: z
      .strictObject({
        attendedWithinMin: z.number().min(0).default(5).describe('service-level threshold for visitors, minutes'),
        serviceLevel: probability.optional().describe('visitors attended within the threshold, at least'),
        maxInterruptedShare: probability.optional().describe('share of visits interrupted by a call, at most'),
        maxMeanWaitMin: z.number().min(0).optional().describe('mean wait of visitors, minutes, at most'),
      })
      .prefault({}),
  })
  .prefault({})
  .describe('targets; the thresholds define the service levels even without a target');

const perSegment = (what: string, simple: number, forced: number) =>
  z
    .strictObject({ simple: z.number().min(0).default(simple), forced: z.number().min(0).default(forced) })
    .prefault({})
    .describe(`${what}, by segment`);

/** Money: staff cost and the margin lost with customers who go elsewhere. */
export const economicsSchema = z
  .strictObject({
    currency: z.string().default('EUR'),
    staffCostPerHour: z
      .union([
        z.number().min(0),
        z.strictObject({ advisor: z.number().min(0), phoneDesk: z.number().min(0).optional() }),
      ])
      .default(25)
      .describe('cost of one person per paid hour (a number, or { advisor, phoneDesk })'),
    marginPerJob: perSegment('gross margin of one job', 120, 400),
    churnAfterLostContact: z
      .strictObject({ simple: probability.default(0.6), forced: probability.default(0.1) })
      .prefault({})
      .describe('probability a customer goes elsewhere after failing to reach us, by segment'),
    // Grade C assumption (domain-data.md 1.3: "goodwill loss 10 % per interruption").
    churnPerInterruption: probability
      .default(0.1)
      .describe('assumption: probability a visitor goes elsewhere because of each interruption'),
  })
  .prefault({})
  .describe('money');
