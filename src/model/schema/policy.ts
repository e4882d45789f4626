// How the reception handles the phone: one schema per policy kind. The mechanics of each live
// in src/model/policies/, one module per kind.

import { z } from 'zod';
import { INTERRUPT_CHOICES, UNANSWERED_ROUTES } from '../domain.js';
import { probability } from './common.js';

/** Where a call goes when its ring limit is reached. */
export const unansweredSchema = z
  .enum(UNANSWERED_ROUTES)
  .describe('what happens to a call not answered within ringSec: ring-out, voicemail (needs calls.voicemail) or overflow (needs staff.overflow)');

const ringSec = z
  .number()
  .min(0)
  .describe('seconds a call rings before it goes where `unanswered` says (absent: it rings until the caller hangs up)');

const answerAll = z
  .strictObject({
    kind: z.literal('answer-all'),
    interruptProbability: probability
      .default(1)
      .describe('when every advisor is busy with visitors, probability that one interrupts a visit to answer'),
    interruptChoice: z
      .enum(INTERRUPT_CHOICES)
      .default('latest-start')
      .describe(
        'which visit a call interrupts: latest-start (the one whose current stretch began last; a visit resumed after a call counts as just started), most-work-left, or random',
      ),
    ringSec: ringSec.optional(),
    unanswered: unansweredSchema.default('ring-out'),
  })
  .describe('every call is answered; an advisor interrupts a visit when nobody is free');

const divert = z
  .strictObject({
    kind: z.literal('divert'),
    ringSec: ringSec.default(20),
    unanswered: unansweredSchema.default('ring-out'),
  })
  .describe('only free advisors answer; after ringSec the call goes to voicemail, overflow or rings out');

const phoneDesk = z
  .strictObject({
    kind: z.literal('phone-desk'),
    advisorCalls: z
      .enum(['callback', 'transfer'])
      .default('callback')
      .describe('calls that need an advisor: logged as a callback, or transferred to the advisors'),
    triageMin: z.number().min(0).default(1).describe('minutes the desk spends on a call it passes on'),
    transferRingSec: z
      .number()
      .min(0)
      .default(30)
      .describe('seconds a transferred call rings at the advisors before it becomes a callback'),
    overflowToAdvisors: z
      .boolean()
      .default(false)
      .describe('free advisors (no visitor waiting) may pick up calls waiting for the desk'),
    ringSec: ringSec.optional(),
    unanswered: unansweredSchema.default('ring-out'),
  })
  .describe('a phone desk answers calls; advisors serve visitors');

const threshold = z
  .strictObject({
    kind: z.literal('threshold'),
    maxWaitingVisitors: z
      .number()
      .int()
      .min(0)
      .describe('advisors take calls only while at most this many visitors wait (T)'),
    ringSec: ringSec.optional(),
    unanswered: unansweredSchema.default('ring-out'),
  })
  .describe('call blending: advisors take calls only while the visitor queue is short');

/** The phone policy, by `kind`. */
export const policySchema = z
  .discriminatedUnion('kind', [answerAll, divert, phoneDesk, threshold])
  .describe('how the reception handles the phone');

/** A validated policy section. */
export type PolicySpec = z.output<typeof policySchema>;

/** Name of a phone policy. */
export type PolicyKind = PolicySpec['kind'];
