// Each phone policy answers its small questions from a read-only view, with no calendar.

import { describe, expect, it } from 'vitest';
import { createPolicy, normalisePolicy, policies, type ReceptionView } from '../../../src/model/policies/index.js';
import { POLICY_KINDS, singlePolicySchema } from '../../../src/model/schema/policy.js';

const view = (overrides: Partial<ReceptionView> = {}): ReceptionView => ({
  nowMin: 600,
  visitorsWaiting: 0,
  callsWaiting: 1,
  advisors: [
    { doing: 'visit', sinceMin: 590, untilMin: 630 },
    { doing: 'phone', sinceMin: 598, untilMin: 603 },
    { doing: 'visit', sinceMin: 595, untilMin: 610 },
  ],
  ...overrides,
});

const policy = (spec: unknown) => createPolicy(normalisePolicy(singlePolicySchema.parse(spec)));
const never = () => {
  throw new Error('a policy drew a random number it did not need');
};

describe('phone policies', () => {
  it('has one module per kind of the schema, in the schema\'s order, each knowing its kind', () => {
    expect(Object.keys(policies)).toEqual(POLICY_KINDS);
    for (const [kind, module] of Object.entries(policies)) expect(module.kind).toBe(kind);
  });

  it('answer-all: the advisor whose visit started last interrupts, calls come first', () => {
    const answerAll = policy({ kind: 'answer-all' });
    expect(answerAll.chooseInterruption(view(), never)).toBe(2);
    expect(answerAll.chooseInterruption(view({ advisors: [{ doing: 'phone', sinceMin: 0, untilMin: 5 }, { doing: 'break', sinceMin: 0, untilMin: 30 }] }), never)).toBe(-1);
    expect(answerAll.advisorPriorities(view())[0]).toBe('calls');
  });

  it('answer-all with probability p interrupts only when the draw falls below p', () => {
    const half = policy({ kind: 'answer-all', interruptProbability: 0.5 });
    expect(half.chooseInterruption(view(), () => 0.49)).toBe(2);
    expect(half.chooseInterruption(view(), () => 0.5)).toBe(-1);
    expect(policy({ kind: 'answer-all', interruptProbability: 0 }).chooseInterruption(view(), never)).toBe(-1);
  });

  it('divert never interrupts and serves visitors before ringing calls', () => {
    const divert = policy({ kind: 'divert' });
    expect(divert.chooseInterruption(view(), never)).toBe(-1);
    expect(divert.advisorPriorities(view())[0]).toBe('visitors');
    expect(divert.advisorsMayAnswer(view({ visitorsWaiting: 3 }))).toBe(true);
  });

  it('phone-desk routes calls to the desk; advisors help only if allowed and no visitor waits', () => {
    const desk = policy({ kind: 'phone-desk', overflowToAdvisors: true });
    expect(desk.firstLine).toBe('desk');
    expect(desk.advisorsHelpDesk).toBe(true);
    expect(desk.advisorsMayAnswer(view({ visitorsWaiting: 0 }))).toBe(true);
    expect(desk.advisorsMayAnswer(view({ visitorsWaiting: 1 }))).toBe(false);
    expect(policy({ kind: 'phone-desk' }).advisorsHelpDesk).toBe(false);
  });

  it('threshold: calls only while at most T visitors wait, and calls first below it', () => {
    const blend = policy({ kind: 'threshold', maxWaitingVisitors: 2 });
    expect(blend.advisorsMayAnswer(view({ visitorsWaiting: 2 }))).toBe(true);
    expect(blend.advisorsMayAnswer(view({ visitorsWaiting: 3 }))).toBe(false);
    expect(blend.advisorPriorities(view({ visitorsWaiting: 2 }))[0]).toBe('calls');
    expect(blend.advisorPriorities(view({ visitorsWaiting: 3 }))[0]).toBe('visitors');
    expect(blend.chooseInterruption(view(), never)).toBe(-1);
  });

  it('normalises each section once: seconds to minutes, defaults filled', () => {
    expect(normalisePolicy(singlePolicySchema.parse({ kind: 'answer-all' }))).toEqual({
      kind: 'answer-all',
      ringMin: Infinity,
      unanswered: 'ring-out',
      interruptProbability: 1,
      interruptChoice: 'latest-start',
    });
    expect(normalisePolicy(singlePolicySchema.parse({ kind: 'divert' })).ringMin).toBeCloseTo(20 / 60, 12);
    expect(normalisePolicy(singlePolicySchema.parse({ kind: 'phone-desk', transferRingSec: 45 }))).toMatchObject({
      transferRingMin: 0.75,
      triageMin: 1,
      advisorCalls: 'callback',
    });
  });

  it('owns what follows an answered call and the ring limit', () => {
    const desk = policy({ kind: 'phone-desk', advisorCalls: 'transfer', transferRingSec: 30, triageMin: 2, ringSec: 90, unanswered: 'ring-out' });
    expect(desk.answeredCall('phoneDesk', 'advisor', false)).toBe('triage');
    expect(desk.answeredCall('advisors', 'advisor', true)).toBe('resolve');
    expect(desk.answeredCall('phoneDesk', 'any', false)).toBe('resolve');
    expect(desk.answeredCall('phoneDesk', 'parts', false)).toBe('transfer-to-parts');
    expect(desk.answeredCall('overflow', 'advisor', false)).toBe('take-message');
    expect(desk.answeredCall('parts', 'parts', false)).toBe('resolve');
    expect([desk.afterTriage, desk.triageMin, desk.transferRingMin, desk.ringMin, desk.unanswered]).toEqual(['transfer', 2, 0.5, 1.5, 'ring-out']);
    expect(policy({ kind: 'phone-desk' }).afterTriage).toBe('callback');
    const divert = policy({ kind: 'divert', ringSec: 0, unanswered: 'voicemail' });
    expect([divert.ringMin, divert.unanswered]).toEqual([0, 'voicemail']);
  });

  it('answer-all interrupts the visit its interruptChoice names', () => {
    expect(policy({ kind: 'answer-all', interruptChoice: 'latest-start' }).chooseInterruption(view(), never)).toBe(2);
    expect(policy({ kind: 'answer-all', interruptChoice: 'most-work-left' }).chooseInterruption(view(), never)).toBe(0);
    const random = policy({ kind: 'answer-all', interruptChoice: 'random' });
    // Two advisors serve visitors (indexes 0 and 2): a draw below 1/2 picks the first.
    expect(random.chooseInterruption(view(), () => 0.49)).toBe(0);
    expect(random.chooseInterruption(view(), () => 0.5)).toBe(2);
    expect(random.chooseInterruption(view({ advisors: [{ doing: 'phone', sinceMin: 0, untilMin: 1 }] }), never)).toBe(-1);
  });
});
