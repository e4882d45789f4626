// Invariants that must hold exactly, over many random scenarios and on both calendars.

import { describe, expect, it } from 'vitest';
import { engines } from '../../src/engine/engines.js';
import type { ModelConfig } from '../../src/model/config.js';
import { WarningList } from '../../src/model/issues.js';
import { normaliseScenario } from '../../src/model/normalise.js';
import type { DayObserver } from '../../src/model/observer.js';
import { type ScenarioInput, scenarioSchema } from '../../src/model/schema/index.js';
import { simulateReplication } from '../../src/model/simulate.js';
import { runReplication } from '../../src/analysis/replication.js';
import { summarise } from '../../src/metrics/summary/index.js';
import { InvariantObserver } from '../support/invariant-observer.js';
import { randomScenario } from '../support/random-scenario.js';

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

function configOf(input: ScenarioInput): ModelConfig {
  return normaliseScenario(scenarioSchema.parse(input), new WarningList());
}

function observe(config: ModelConfig, engine: keyof typeof engines = 'recepsim'): InvariantObserver {
  const observer = new InvariantObserver();
  for (let replication = 0; replication < config.replications; replication++) {
    simulateReplication(config, replication, engines[engine], observer);
  }
  return observer;
}

/** Everything the model reports, as text, to compare runs exactly. */
function recording(config: ModelConfig, engine: keyof typeof engines): string[] {
  const lines: string[] = [];
  const record = (name: string) => (...args: unknown[]) => lines.push(`${name} ${JSON.stringify(args)}`);
  const observer = Object.fromEntries(
    ['dayStarted', 'arrival', 'callAttempt', 'caller', 'visit', 'callback', 'message', 'activity', 'queueLength', 'duty', 'dayEnded'].map(
      (name) => [name, record(name)],
    ),
  ) as unknown as DayObserver;
  simulateReplication(config, 0, engines[engine], observer);
  return lines;
}

describe('over random scenarios', () => {
  it.each(SEEDS)('scenario %i: every contact ends exactly once, times are sane, nobody does two things at once', (seed) => {
    const observer = observe(configOf(randomScenario(seed)));
    expect(observer.violations).toEqual([]);
    const c = observer.counts;
    // Conservation: every arrival has exactly one record (served, abandoned, balked, reneged…).
    expect(c.attempts).toBe(c.callArrivals);
    expect(c.visits).toBe(c.visitArrivals);
    expect(c.messages).toBe(c.messageArrivals);
    expect(c.callArrivals).toBeGreaterThan(0);
  });

  it.each(SEEDS.slice(0, 20))('scenario %i: utilisations and shares lie in [0, 1]', (seed) => {
    const config = configOf(randomScenario(seed));
    const runs = [0, 1].map((replication) => runReplication(config, replication, engines.recepsim).totals);
    const summary = summarise(config, runs);
    const shares: [string, number | null][] = [];
    for (const [team, figures] of Object.entries(summary.staff)) {
      shares.push([`${team} utilisation`, figures.utilisation.value]);
      for (const [activity, figure] of Object.entries(figures.utilisationByActivity)) shares.push([`${team} ${activity}`, figure.value]);
    }
    shares.push(['calls p_abandon', summary.calls.p_abandon.value], ['calls sl', summary.calls.sl_answered_within_t_over_offered.value]);
    shares.push(['visits interrupted', summary.visits.all.interruptedShare.value], ['lost for good', summary.callers.lostForGoodShare.value]);
    for (const [name, value] of shares) {
      if (value === null) continue;
      expect(value, name).toBeGreaterThanOrEqual(0);
      expect(value, name).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it.each([3, 17, 29, 44])('scenario %i gives the same record stream on both calendars', (seed) => {
    const config = configOf(randomScenario(seed));
    expect(recording(config, 'simjs')).toEqual(recording(config, 'recepsim'));
  });
});

describe('policies', () => {
  it('with far more advisors than demand, nobody waits', () => {
    for (const seed of [5, 6, 7]) {
      const input = randomScenario(seed);
      const observer = observe(
        configOf({
          ...input,
          staff: { ...input.staff, advisors: 60, phoneDesk: 0 },
          policy: { kind: 'answer-all' },
          walkIns: input.walkIns ? { ...input.walkIns, balkAt: undefined } : undefined,
        }),
      );
      expect(observer.violations).toEqual([]);
      expect(observer.counts.waited).toBe(0);
    }
  });

  it.each(['divert', 'phone-desk', 'threshold'] as const)('under %s no visit is ever interrupted', (kind) => {
    for (const seed of SEEDS.slice(0, 15)) {
      const input = randomScenario(seed);
      const policy = kind === 'threshold' ? { kind, maxWaitingVisitors: 1 } : { kind };
      const staff = { ...input.staff, phoneDesk: kind === 'phone-desk' ? 2 : 0 };
      const observer = observe(configOf({ ...input, policy, staff }));
      expect(observer.violations).toEqual([]);
      expect(observer.counts.interrupted).toBe(0);
    }
  });

  it('under answer-all with one advisor and calls present, visits are interrupted', () => {
    const observer = observe(
      configOf({
        name: 'one advisor',
        day: { open: '08:00', close: '18:00' },
        days: 5,
        replications: 2,
        staff: { advisors: 1 },
        policy: { kind: 'answer-all' },
        walkIns: { perHour: 2, writeUp: { dist: 'exponential', mean: 15 } },
        calls: { perHour: 6, reasons: [{ name: 'any', share: 1, handle: { dist: 'exponential', mean: 3 } }] },
      }),
    );
    expect(observer.violations).toEqual([]);
    expect(observer.counts.interrupted).toBeGreaterThan(0);
  });
});
