import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/analysis/replication.js';
import { estimateRunSize, judgeRunSize, type RunSizeEstimate, totalRunSize } from '../../../src/analysis/run-size.js';
import { engines } from '../../../src/engine/engines.js';
import { loadScenario } from '../../../src/io/load-scenario.js';
import { WarningList } from '../../../src/model/issues.js';
import { normaliseScenario } from '../../../src/model/normalise.js';
import { type ScenarioInput, scenarioSchema } from '../../../src/model/schema/index.js';
import { ROOT } from '../../support/cli.js';

const configOf = (input: ScenarioInput) => normaliseScenario(scenarioSchema.parse(input), new WarningList());

function callsScenario(redial?: Record<string, unknown>): ScenarioInput {
  return {
    name: 'calls',
    day: { open: '08:00', close: '18:00' },
    days: 10,
    replications: 4,
    staff: { advisors: 2 },
    policy: { kind: 'answer-all' },
    calls: {
      perHour: { '08': 10, '09': 20 },
      reasons: [{ name: 'a', share: 1, handle: { dist: 'exponential', mean: 3 } }],
      ...(redial ? { redial } : {}),
    },
  } as ScenarioInput;
}

describe('estimateRunSize', () => {
  it.each(['small-dealership', 'medium-dealership', 'large-dealership-phone-desk'])(
    'on %s errs on the high side, within a small factor of the events run',
    (name) => {
      const { config } = loadScenario(`${ROOT}/scenarios/${name}.yaml`, { overrides: ['replications=2', 'days=5'], warnings: new WarningList() });
      const events = [0, 1].reduce((sum, replication) => sum + runReplication(config, replication, engines.recepsim).events, 0);
      const estimate = estimateRunSize(config, { workers: 1, trace: false });
      expect(estimate.days).toBe(10);
      expect(estimate.events).toBeGreaterThanOrEqual(events);
      expect(estimate.events).toBeLessThan(6 * events);
    },
  );

  it('counts the most redials a caller may make', () => {
    const perDay = (redial?: Record<string, unknown>) => estimateRunSize(configOf(callsScenario(redial)), { workers: 1, trace: false }).contacts / 40;
    const callers = 30;
    const delay = { dist: 'exponential', mean: 15 };
    // Each attempt may leave a callback: two contacts per attempt at most.
    expect(perDay()).toBeCloseTo(2 * callers, 9);
    expect(perDay({ p: 0.5, delay, maxAttempts: 3 })).toBeCloseTo(2 * callers * (1 + 0.5 + 0.25), 9);
    expect(perDay({ p: [0.5, 0.2], delay, maxAttempts: 4 })).toBeCloseTo(2 * callers * (1 + 0.5 + 0.1 + 0.02), 9);
    expect(perDay({ p: 0.5, delay, maxAttempts: null })).toBeCloseTo(2 * callers * 2, 9);
    // Always redialling: one delay apart until the day ends.
    expect(perDay({ p: 1, delay, maxAttempts: null })).toBeCloseTo(2 * callers * (1 + 1440 / 15), 9);
    expect(perDay({ p: 1, delay, maxAttempts: 1_000_000_000 })).toBeCloseTo(2 * callers * (1 + 1440 / 15), 9);
    expect(perDay({ p: 1, delay: { dist: 'deterministic', value: 0 }, maxAttempts: null })).toBe(Infinity);
  });

  it('runs a trace in one thread, and never more threads than replications', () => {
    const config = configOf(callsScenario());
    expect(estimateRunSize(config, { workers: 8, trace: true }).threads).toBe(1);
    expect(estimateRunSize(config, { workers: 8, trace: false }).threads).toBe(4);
    const one = estimateRunSize(config, { workers: 1, trace: false });
    const four = estimateRunSize(config, { workers: 4, trace: false });
    expect(four.seconds).toBeLessThan(one.seconds);
    const traced = estimateRunSize(config, { workers: 1, trace: true });
    expect(traced.traceBytes).toBeGreaterThan(0);
    expect(traced.memoryBytes).toBeGreaterThan(one.memoryBytes);
  });
});

describe('totalRunSize', () => {
  it('adds up configurations run together, counting the base memory once', () => {
    const one = estimateRunSize(configOf(callsScenario()), { workers: 2, trace: false });
    const three = totalRunSize([one, one, one]);
    expect(three.seconds).toBeCloseTo(3 * one.seconds, 9);
    expect(three.events).toBe(3 * one.events);
    expect(three.days).toBe(3 * one.days);
    expect(three.threads).toBe(one.threads);
    expect(three.memoryBytes - one.memoryBytes).toBe(2 * (one.memoryBytes - totalRunSize([]).memoryBytes));
    expect(totalRunSize([one])).toEqual(one);
  });
});

describe('judgeRunSize', () => {
  const limits = { memoryBytes: 1e9, textBytes: 5e8, confirmAfterSec: 3600 };
  const size = (changes: Partial<RunSizeEstimate>): RunSizeEstimate => ({
    days: 10,
    contacts: 1000,
    events: 3000,
    threads: 2,
    memoryBytes: 1e8,
    traceBytes: 0,
    seconds: 1,
    ...changes,
  });

  it('lets a run start, asks to confirm a long one, refuses one the machine cannot hold', () => {
    expect(judgeRunSize(size({}), limits)).toEqual({ verdict: 'ok' });
    expect(judgeRunSize(size({ seconds: 7200 }), limits)).toEqual({ verdict: 'confirm', why: 'long' });
    expect(judgeRunSize(size({ memoryBytes: 2e9, seconds: 7200 }), limits)).toEqual({ verdict: 'refuse', why: 'memory' });
    expect(judgeRunSize(size({ traceBytes: 6e8 }), limits)).toEqual({ verdict: 'refuse', why: 'trace' });
    expect(judgeRunSize(size({ contacts: Infinity, events: Infinity }), limits)).toEqual({ verdict: 'refuse', why: 'endless' });
  });
});
