// Calls and walk-ins sharing the advisors: the policies' own rules, checked against the exact
// steady state of the whole reception (tests/support/blended-chain.ts), visitors included — not
// only the calls alone. answer-all with interruptions (the visitors' waits, minutes on hold and
// interruptions per visit, the advisors' time on calls with and without a visitor on hold),
// threshold (calls only while at most T visitors wait) and divert (visitors first; with no ring
// time, since a ring limit of fixed length is not memoryless).

import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/metrics/summary/index.js';
import { type BlendedPolicy, type BlendedReception, solveBlendedReception } from '../support/blended-chain.js';
import { expectNearTheory, runSteady, type SteadyCalls } from '../support/steady-run.js';

const REPLICATIONS = 20;

/** 3 advisors; calls 24 an hour of 3 min, callers hanging up after 1.5 min on average; walk-ins 3 an hour of 20 min. */
const RECEPTION = { servers: 3, lambdaPerMin: 0.4, meanServiceMin: 3, patienceMeanMin: 1.5, walkIns: { perHour: 3, writeUpMeanMin: 20 } };

const ANSWER_ALL: BlendedPolicy = { callsFirst: () => true, mayAnswer: () => true, interrupts: true };

interface PolicyCase {
  readonly name: string;
  readonly policy: SteadyCalls['policy'];
  readonly chain: BlendedPolicy;
  /** Calls are lost at once when nobody takes them (a ring limit of 0). */
  readonly loss?: boolean;
}

const CASES: readonly PolicyCase[] = [
  // Which visit is interrupted changes who waits on hold, not how many: latest-start and random
  // choose without regard to the work left, so the chain (memoryless work) holds for both.
  { name: 'answer-all, interrupting the visit started last', policy: { kind: 'answer-all' }, chain: ANSWER_ALL },
  { name: 'answer-all, interrupting a visit at random', policy: { kind: 'answer-all', interruptChoice: 'random' }, chain: ANSWER_ALL },
  {
    name: 'threshold: calls only while at most 1 visitor waits',
    policy: { kind: 'threshold', maxWaitingVisitors: 1 },
    chain: { callsFirst: (waiting) => waiting <= 1, mayAnswer: (waiting) => waiting <= 1, interrupts: false },
  },
  {
    name: 'divert with no ring time: visitors first, a call nobody is free for is lost',
    policy: { kind: 'divert', ringSec: 0 },
    chain: { callsFirst: () => false, mayAnswer: () => true, interrupts: false },
    loss: true,
  },
];

function chainOf(policy: BlendedPolicy, loss: boolean): BlendedReception {
  return {
    advisors: RECEPTION.servers,
    callsPerMin: RECEPTION.lambdaPerMin,
    callMeanMin: RECEPTION.meanServiceMin,
    callPatienceMeanMin: RECEPTION.patienceMeanMin,
    visitorsPerMin: RECEPTION.walkIns.perHour / 60,
    visitMeanMin: RECEPTION.walkIns.writeUpMeanMin,
    policy,
    maxVisitorsWaiting: 40,
    maxCallsWaiting: loss ? 0 : 30,
  };
}

function compare(summary: Summary, exact: ReturnType<typeof solveBlendedReception>): void {
  const near = (metric: string, figure: Parameters<typeof expectNearTheory>[1], value: number) =>
    expectNearTheory(metric, figure, value, REPLICATIONS);
  const { calls } = summary;
  const visits = summary.visits.walkIn;
  const advisors = summary.staff.advisors;
  near('p_wait_gt0 (calls)', calls.p_wait_gt0, exact.calls.p_wait_gt0);
  near('p_blocked', calls.p_blocked, exact.calls.p_blocked);
  near('p_abandon', calls.p_abandon, exact.calls.p_abandon);
  near('mean_wait_all (calls)', calls.mean_wait_all, exact.calls.mean_wait_all);
  near('p_wait_gt0 (visitors)', visits.p_wait_gt0, exact.visits.p_wait_gt0);
  near('mean_wait_all (visitors)', visits.mean_wait_all, exact.visits.mean_wait_all);
  near('holdMinPerVisit', visits.holdMinPerVisit, exact.visits.holdMinPerVisit);
  near('interruptionsPerVisit', visits.interruptionsPerVisit, exact.visits.interruptionsPerVisit);
  near('utilisation', advisors.utilisation, exact.utilisation);
  near('utilisation on visits', advisors.utilisationByActivity.visit, exact.utilisationByActivity.visit);
  near('utilisation on calls', advisors.utilisationByActivity.call, exact.utilisationByActivity.call);
  near('on calls, no visitor on hold', advisors.utilisationOnCalls.noVisitorOnHold, exact.utilisationOnCalls.noVisitorOnHold);
  near('on calls, own visitor on hold', advisors.utilisationOnCalls.visitorOnHold, exact.utilisationOnCalls.visitorOnHold);
}

describe('calls and visitors at the same advisors, against the whole reception as a Markov chain', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, { policy, chain, loss }) => {
    const exact = solveBlendedReception(chainOf(chain, loss ?? false));
    if (exact.truncationMass > 1e-9) throw new Error(`the chain's queues are cut too short: ${exact.truncationMass}`);
    const summary = await runSteady({ ...RECEPTION, policy, arrivals: 800_000, replications: REPLICATIONS });
    compare(summary, exact);
  });
});

describe('answer-all interrupting the visit with the most work left', () => {
  it('keeps the calls of the chain, but frees advisors sooner: fewer interruptions, and visitors wait less than the chain says', async () => {
    // The chain's visits are memoryless, which a choice by the work left is not: the visits left
    // running are the ones nearest their end.
    const exact = solveBlendedReception(chainOf(ANSWER_ALL, false));
    const summary = await runSteady({ ...RECEPTION, policy: { kind: 'answer-all', interruptChoice: 'most-work-left' }, arrivals: 800_000, replications: REPLICATIONS });
    expectNearTheory('p_wait_gt0 (calls)', summary.calls.p_wait_gt0, exact.calls.p_wait_gt0, REPLICATIONS);
    expectNearTheory('mean_wait_all (calls)', summary.calls.mean_wait_all, exact.calls.mean_wait_all, REPLICATIONS);
    const visits = summary.visits.walkIn;
    expect(visits.mean_wait_all.ci95![1]).toBeLessThan(exact.visits.mean_wait_all);
    expect(visits.interruptionsPerVisit.value).toBeLessThan(exact.visits.interruptionsPerVisit);
  });
});
