// The reception model, reduced to one call channel in steady-state mode, is an M/M/c queue:
// it must reproduce Erlang C (callers wait), Erlang A (exponential patience), Erlang B (divert
// with no ring time), M/M/c+D (divert after a ring time), and the retrial model (redials) —
// the published cases and others computed exactly by src/analysis/queueing/.

import { describe, it } from 'vitest';
import {
  erlangAMetrics,
  erlangBMetrics,
  erlangC,
  erlangCMetrics,
  mmcgMetrics,
  type QueueMetrics,
} from '../../src/analysis/queueing/index.js';
import type { Summary } from '../../src/metrics/summary/index.js';
import { offeredWaitOver } from '../support/offered-wait.js';
import { referenceCases } from '../support/reference.js';
import { expectNearTheory, runSteady, type SteadyCalls } from '../support/steady-run.js';

const REPLICATIONS = 20;

/** The summary's figure for each theory metric. */
function simulated(summary: Summary, team: 'advisors' | 'phoneDesk' = 'advisors') {
  return {
    p_wait_gt0: summary.calls.p_wait_gt0,
    mean_wait_all: summary.calls.mean_wait_all,
    mean_wait_served: summary.calls.mean_wait_served,
    p_abandon: summary.calls.p_abandon,
    p_blocked: summary.calls.p_blocked,
    p_ring_out: summary.calls.outcomeShare.rangOut,
    sl_answered_within_t_over_offered: summary.calls.sl_answered_within_t_over_offered,
    sl_within_t_over_answered: summary.calls.sl_within_t_over_answered,
    utilisation: summary.staff[team].utilisation,
    mean_calls_waiting: summary.meanQueueLength.calls,
    mean_wait_delayed: summary.calls.mean_wait_delayed,
    first_p_wait_gt0: summary.calls.firstAttempts.p_wait_gt0,
    p_offered_wait_gt_t: summary.calls.p_offered_wait_gt_t,
  };
}

function compare(
  summary: Summary,
  exact: Partial<QueueMetrics> & { p_ring_out?: number; mean_calls_waiting?: number; mean_wait_delayed?: number; p_offered_wait_gt_t?: number },
  team?: 'advisors' | 'phoneDesk',
): void {
  const figures = simulated(summary, team);
  for (const [metric, value] of Object.entries(exact)) {
    expectNearTheory(metric, figures[metric as keyof typeof figures], value, REPLICATIONS);
  }
}

describe('published cases', () => {
  it.each(referenceCases().map((c) => [c.id, c] as const))('%s', async (_id, reference) => {
    const { lambda_per_min: lambdaPerMin, mean_service_min: meanServiceMin, c: servers } = reference.params;
    const spec: SteadyCalls = {
      servers,
      lambdaPerMin,
      meanServiceMin,
      slThresholdSec: (reference.params.sl_threshold_min ?? 1 / 3) * 60,
      patienceMeanMin: reference.params.patience_mean_min,
      policy: reference.model === 'erlang-b' ? { kind: 'divert', ringSec: 0 } : { kind: 'answer-all' },
      // Heavy load and many servers both slow the convergence of mean waits.
      arrivals: (lambdaPerMin * meanServiceMin) / servers > 0.9 || servers > 40 ? 3_000_000 : 1_500_000,
      replications: REPLICATIONS,
    };
    const summary = await runSteady(spec);
    const exact = { ...reference.expected };
    compare(summary, exact);
  });
});

describe('Erlang C, A and B beyond the published cases', () => {
  const cases: {
    name: string;
    spec: SteadyCalls;
    exact: () => Partial<QueueMetrics> & { p_ring_out?: number; mean_calls_waiting?: number; mean_wait_delayed?: number; p_offered_wait_gt_t?: number };
  }[] = [
    {
      name: 'Erlang C, 3 advisors at 80 % load',
      spec: { servers: 3, lambdaPerMin: 0.8, meanServiceMin: 3, policy: { kind: 'answer-all' }, arrivals: 1_500_000 },
      // A delayed call waits an exponential time of rate cμ − λ: mean 1 / (3/3 − 0.8) = 5 minutes,
      // and P(W > t) = C(c, a)·e^{−(cμ − λ)t}; nobody hangs up, so the offered wait is the wait.
      exact: () => ({
        ...erlangCMetrics({ servers: 3, lambdaPerMin: 0.8, meanServiceMin: 3, slThresholdMin: 1 / 3 }),
        mean_wait_delayed: 5,
        p_offered_wait_gt_t: erlangC(3, 2.4) * Math.exp(-(1 - 0.8) / 3),
      }),
    },
    {
      name: 'Erlang A, 2 advisors overloaded (ρ = 1.2), impatient callers',
      spec: { servers: 2, lambdaPerMin: 0.6, meanServiceMin: 4, patienceMeanMin: 1, policy: { kind: 'answer-all' }, arrivals: 1_000_000 },
      exact: () => erlangAMetrics({ servers: 2, lambdaPerMin: 0.6, meanServiceMin: 4, slThresholdMin: 1 / 3, patienceMeanMin: 1 }),
    },
    {
      name: 'Erlang A, 5 advisors, patience 1.2 min (the dealership default)',
      spec: { servers: 5, lambdaPerMin: 1.2, meanServiceMin: 3.5, patienceMeanMin: 1.2, slThresholdSec: 30, policy: { kind: 'answer-all' }, arrivals: 1_000_000 },
      // Callers hang up: the offered wait is censored, and Kaplan–Meier must still find it.
      exact: () => ({
        ...erlangAMetrics({ servers: 5, lambdaPerMin: 1.2, meanServiceMin: 3.5, slThresholdMin: 0.5, patienceMeanMin: 1.2 }),
        p_offered_wait_gt_t: offeredWaitOver(5, 1.2, 3.5, 1.2, 0.5),
      }),
    },
    {
      name: 'Erlang B, 3 advisors, 2 erlangs, divert with no ring time',
      spec: { servers: 3, lambdaPerMin: 0.5, meanServiceMin: 4, policy: { kind: 'divert', ringSec: 0 }, arrivals: 1_000_000 },
      // A loss system: nobody ever waits, so the time-average number of calls waiting is exactly 0;
      // utilisation is the mean number of busy advisors a(1 − B) over c.
      exact: () => ({ ...erlangBMetrics({ servers: 3, lambdaPerMin: 0.5, meanServiceMin: 4 }), mean_calls_waiting: 0 }),
    },
    {
      name: 'M/M/c+D: divert after 30 s of ringing, patient callers',
      spec: { servers: 3, lambdaPerMin: 0.7, meanServiceMin: 3.5, slThresholdSec: 20, policy: { kind: 'divert', ringSec: 30 }, arrivals: 1_000_000 },
      exact: () => {
        const m = mmcgMetrics({ servers: 3, lambdaPerMin: 0.7, meanServiceMin: 3.5, slThresholdMin: 1 / 3, patience: { kind: 'deterministic', valueMin: 0.5 } });
        // Theory's "abandoned" callers are the ones whose ring time ran out: the model's ring-outs.
        return { p_wait_gt0: m.p_wait_gt0, p_ring_out: m.p_abandon, p_blocked: 0, mean_wait_all: m.mean_wait_all, sl_answered_within_t_over_offered: m.sl_answered_within_t_over_offered, utilisation: m.utilisation };
      },
    },
    {
      name: 'M/M/c+G: impatient callers and a 45 s ring limit together',
      spec: { servers: 4, lambdaPerMin: 1.1, meanServiceMin: 3, patienceMeanMin: 1, policy: { kind: 'divert', ringSec: 45 }, arrivals: 1_000_000 },
      exact: () => {
        const m = mmcgMetrics({ servers: 4, lambdaPerMin: 1.1, meanServiceMin: 3, slThresholdMin: 1 / 3, patience: { kind: 'exponential-capped', meanMin: 1, capMin: 0.75 } });
        return { p_wait_gt0: m.p_wait_gt0, mean_wait_all: m.mean_wait_all, p_abandon_or_ring_out: m.p_abandon, utilisation: m.utilisation } as Partial<QueueMetrics> & { p_abandon_or_ring_out: number };
      },
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, { spec, exact }) => {
    const summary = await runSteady({ ...spec, replications: REPLICATIONS });
    const expected = exact() as Partial<QueueMetrics> & { p_abandon_or_ring_out?: number };
    if (expected.p_abandon_or_ring_out !== undefined) {
      const { p_abandon_or_ring_out: either, ...rest } = expected;
      compare(summary, rest);
      // Hang-ups and ring-outs are told apart in the model; theory counts them together.
      const abandoned = summary.calls.p_abandon;
      const rangOut = summary.calls.outcomeShare.rangOut;
      const combined = {
        value: (abandoned.value ?? 0) + (rangOut.value ?? 0),
        ci95: [abandoned.ci95![0] + rangOut.ci95![0], abandoned.ci95![1] + rangOut.ci95![1]] as [number, number],
      };
      expectNearTheory('p_abandon + ring-out', combined, either, REPLICATIONS);
    } else {
      compare(summary, expected);
    }
  });
});
