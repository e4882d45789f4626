// Beyond single-channel Erlang: redials (against the retrial Markov chain solved exactly), calls
// sharing advisors with visitors under answer-all (the calls alone must still be Erlang A), and
// a phone desk (an M/M/k+M queue of its own).

import { describe, expect, it } from 'vitest';
import { erlangAMetrics, retrialMetrics } from '../../src/analysis/queueing/index.js';
import { expectNearTheory, runSteady } from '../support/steady-run.js';

const REPLICATIONS = 20;

describe('redials', () => {
  it('impatient callers who redial: per-attempt and per-caller figures match the retrial chain', async () => {
    const summary = await runSteady({
      servers: 3,
      lambdaPerMin: 0.9,
      meanServiceMin: 3,
      patienceMeanMin: 1,
      redial: { p: 0.5, delayMeanMin: 5 },
      policy: { kind: 'answer-all' },
      arrivals: 800_000,
      replications: REPLICATIONS,
    });
    const exact = retrialMetrics({
      servers: 3,
      lambdaPerMin: 0.9,
      meanServiceMin: 3,
      abandonRatePerMin: 1,
      redialProbability: 0.5,
      redialDelayMeanMin: 5,
      queueCapacity: 60,
    });
    expect(exact.p_blocked).toBeLessThan(1e-12);
    expectNearTheory('p_abandon', summary.calls.p_abandon, exact.p_abandon, REPLICATIONS);
    expectNearTheory('p_wait_gt0', summary.calls.p_wait_gt0, exact.p_wait_gt0, REPLICATIONS);
    expectNearTheory('mean_wait_all', summary.calls.mean_wait_all, exact.mean_wait_all, REPLICATIONS);
    expectNearTheory('lostForGoodShare', summary.callers.lostForGoodShare, exact.p_lost_for_good, REPLICATIONS);
    expectNearTheory('redialsPerCaller', summary.callers.redialsPerCaller, exact.mean_attempts_per_caller - 1, REPLICATIONS);
    expectNearTheory('utilisation', summary.staff.advisors.utilisation, exact.utilisation, REPLICATIONS);
  });

  it('callers blocked at once (divert, no ring time) who redial: the retrial chain with no waiting room', async () => {
    const summary = await runSteady({
      servers: 2,
      lambdaPerMin: 0.5,
      meanServiceMin: 3,
      redial: { p: 0.6, delayMeanMin: 3 },
      policy: { kind: 'divert', ringSec: 0 },
      arrivals: 800_000,
      replications: REPLICATIONS,
    });
    const exact = retrialMetrics({
      servers: 2,
      lambdaPerMin: 0.5,
      meanServiceMin: 3,
      abandonRatePerMin: 0,
      redialProbability: 0.6,
      redialDelayMeanMin: 3,
      queueCapacity: 0,
    });
    expectNearTheory('p_blocked', summary.calls.outcomeShare.rangOut, exact.p_blocked, REPLICATIONS);
    expectNearTheory('lostForGoodShare', summary.callers.lostForGoodShare, exact.p_lost_for_good, REPLICATIONS);
    expectNearTheory('redialsPerCaller', summary.callers.redialsPerCaller, exact.mean_attempts_per_caller - 1, REPLICATIONS);
    expectNearTheory('utilisation', summary.staff.advisors.utilisation, exact.utilisation, REPLICATIONS);
  });
});

describe('calls sharing advisors with visitors under answer-all', () => {
  it('calls alone still form an M/M/c+M queue, and visits are interrupted', async () => {
    const base = { servers: 3, lambdaPerMin: 0.5, meanServiceMin: 3.5, patienceMeanMin: 1.2, policy: { kind: 'answer-all' as const } };
    const summary = await runSteady({
      ...base,
      walkIns: { perHour: 4, writeUpMeanMin: 20 },
      arrivals: 800_000,
      replications: REPLICATIONS,
    });
    const exact = erlangAMetrics({ ...base, slThresholdMin: 1 / 3 });
    expectNearTheory('p_wait_gt0', summary.calls.p_wait_gt0, exact.p_wait_gt0, REPLICATIONS);
    expectNearTheory('p_abandon', summary.calls.p_abandon, exact.p_abandon, REPLICATIONS);
    expectNearTheory('mean_wait_all', summary.calls.mean_wait_all, exact.mean_wait_all, REPLICATIONS);
    expectNearTheory('sl', summary.calls.sl_answered_within_t_over_offered, exact.sl_answered_within_t_over_offered, REPLICATIONS);
    expect(summary.visits.walkIn.interruptedShare.value).toBeGreaterThan(0.1);
    expect(summary.visits.walkIn.holdMinPerVisit.value).toBeGreaterThan(0);
  });
});

describe('phone desk', () => {
  it('a desk of k people answering calls is an M/M/k+M queue', async () => {
    const base = { servers: 2, lambdaPerMin: 0.45, meanServiceMin: 3, patienceMeanMin: 1 };
    const summary = await runSteady({
      ...base,
      deskSize: 2,
      policy: { kind: 'phone-desk' },
      arrivals: 800_000,
      replications: REPLICATIONS,
    });
    const exact = erlangAMetrics({ ...base, slThresholdMin: 1 / 3 });
    expectNearTheory('p_wait_gt0', summary.calls.p_wait_gt0, exact.p_wait_gt0, REPLICATIONS);
    expectNearTheory('p_abandon', summary.calls.p_abandon, exact.p_abandon, REPLICATIONS);
    expectNearTheory('mean_wait_all', summary.calls.mean_wait_all, exact.mean_wait_all, REPLICATIONS);
    expectNearTheory('utilisation', summary.staff.phoneDesk.utilisation, exact.utilisation, REPLICATIONS);
    expect(summary.calls.answeredByShare.phoneDesk.value).toBe(1);
  });
});
