// How the reception handles the phone: one schema per policy kind. The mechanics of each live
// in src/model/policies/, one module per kind.

import { z } from 'zod';
import { INTERRUPT_CHOICES, UNANSWERED_ROUTES } from '../domain.js';
import { clockTime, probability } from './common.js';

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

/** Every policy kind's section: the one list a new policy joins. */
const POLICY_SECTIONS = [answerAll, divert, phoneDesk, threshold] as const;

/** One phone policy, by `kind`. */
export const singlePolicySchema = z.discriminatedUnion('kind', POLICY_SECTIONS).describe('one way of handling the phone, all day');

const window = {
  from: clockTime.describe('when this policy starts to hold (the first window: opening time)'),
  to: clockTime.describe('when it stops holding (the next window starts then; the last: closing time)'),
};

/** One phone policy and the hours it holds. */
export const policyWindowSchema = z
  .discriminatedUnion('kind', POLICY_SECTIONS.map((section) => section.extend(window)) as unknown as WithHours<typeof POLICY_SECTIONS>)
  .describe('a phone policy and the hours it holds, from–to');

/** Each section of a tuple with the window's hours added, as `extend` makes it. */
type WithHours<T extends readonly z.ZodObject[]> = {
  -readonly [K in keyof T]: T[K] extends z.ZodObject<infer Shape, infer Config> ? z.ZodObject<Shape & typeof window, Config> : never;
};

/** The phone policy: one all day, or a list of policies by time of day. */
export const policySchema = z
  .union([singlePolicySchema, z.array(policyWindowSchema).min(1)])
  .describe(
    'how the reception handles the phone: one policy all day, or a list of policies by time of day ({ from, to, kind, … } each, in order, from opening to closing with no gap or overlap); a call keeps the rules of the policy it rang under',
  );

/** A validated policy section of one kind. */
export type PolicySpec = z.output<typeof singlePolicySchema>;

/** A validated policy window. */
export type PolicyWindowSpec = z.output<typeof policyWindowSchema>;

/** A validated `policy`: one policy, or windows. */
export type PolicyPlanSpec = z.output<typeof policySchema>;

/** Each window's policy without its hours, in order (the policy itself when it holds all day). */
export function policyWindowsOf(plan: PolicyPlanSpec): readonly PolicySpec[] {
  if (!Array.isArray(plan)) return [plan];
  return plan.map(({ from: _from, to: _to, ...policy }) => policy as PolicySpec);
}

/** The kind of each window's policy, in order. */
export function policyKinds(plan: PolicyPlanSpec): PolicyKind[] {
  return policyWindowsOf(plan).map((policy) => policy.kind);
}

/** "answer-all", or for a policy by the hour "phone-desk 08:00–11:00, answer-all 11:00–19:00". */
export function describePolicy(plan: PolicyPlanSpec): string {
  return Array.isArray(plan) ? plan.map((window) => `${window.kind} ${window.from}–${window.to}`).join(', ') : plan.kind;
}

/** Name of a phone policy. */
export type PolicyKind = PolicySpec['kind'];

/** Every policy kind, in POLICY_SECTIONS order: the list messages, menus and --policy name. */
export const POLICY_KINDS: readonly PolicyKind[] = POLICY_SECTIONS.map((section) => section.shape.kind.value);
