// Who works at the reception: advisors, an optional phone desk, the parts line and an external
// overflow team.

import { z } from 'zod';
import { clockRange, clockTime, headcount, MAX_TEAM_SIZE } from './common.js';

/** One person's working time: from, to, and breaks (a break starts when the current contact ends). */
export const shiftSchema = z
  .strictObject({
    from: clockTime,
    to: clockTime,
    breaks: z
      .array(clockRange)
      .default([])
      .describe('breaks "HH:MM-HH:MM", not overlapping; each starts when the current contact ends and ends at its written end'),
  })
  .describe('one person: working hours and breaks');

/** A team: a number of people working the whole opening hours, or one shift per person. */
export const teamSchema = z
  .union([headcount, z.array(shiftSchema).min(1).max(MAX_TEAM_SIZE)])
  .describe('a number of people working all opening hours, or a list of shifts (one per person)');

/** The parts line, which takes calls about parts after a transfer from the reception. */
export const partsLineSchema = z
  .strictObject({
    agents: teamSchema.describe('people answering the parts line (0: nobody, every transfer rings out)'),
    ringSec: z.number().min(0).default(30).describe('seconds a transferred call rings before it rings out'),
    transferMin: z.number().min(0).default(0.5).describe('minutes the reception spends before transferring'),
    costPerHour: z.number().min(0).default(0).describe('cost of one parts-line person per hour'),
  })
  .describe('parts line: its own small team, reached by a transfer that can ring out');

/** An external call centre that answers diverted calls. */
export const overflowSchema = z
  .strictObject({
    agents: headcount.describe('agents available to this dealership at once'),
    costPerCall: z.number().min(0).default(0).describe('price per call answered'),
    takeMessageMin: z
      .number()
      .min(0)
      .default(1)
      .describe('minutes to take a message for a call it cannot resolve (it becomes a callback)'),
  })
  .describe('overflow team: external call centre with its own capacity and cost');

/** All staff groups. */
export const staffSchema = z
  .strictObject({
    advisors: teamSchema.describe('service advisors: serve visitors, and calls as the policy says'),
    phoneDesk: teamSchema.default(0).describe('phone desk: people who only answer the phone (policy phone-desk)'),
    parts: partsLineSchema.optional(),
    overflow: overflowSchema.optional(),
  })
  .describe('who works at the reception');
