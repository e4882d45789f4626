// The analytic estimate of a scenario's calls, where the formula has no sensible answer.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateCalls } from '../../../src/analysis/call-estimate.js';
import { loadScenario } from '../../../src/io/load-scenario.js';
import { WarningList } from '../../../src/model/issues.js';
import { ROOT } from '../../support/cli.js';

const SMALL = join(ROOT, 'scenarios/small-dealership.yaml');

const estimateWith = (overrides: Record<string, string>) => {
  const loaded = loadScenario(SMALL, { warnings: new WarningList(), overrides: Object.entries(overrides).map(([path, value]) => `${path}=${value}`) });
  return estimateCalls(loaded.scenario, loaded.config);
};

describe('estimateCalls', () => {
  it('gives Erlang A for the small example as written', () => {
    const result = estimateWith({});
    expect(result.ok && result.estimate.model).toBe('erlang-a');
  });

  it('calls an overloaded hour with callers who almost never hang up overloaded, instead of summing a billion queue states', () => {
    // Before, the sum ran past its limit and the run ended on a stack trace after simulating.
    expect(estimateWith({ 'calls.patience.mean': '1e9', 'calls.perHour': '200' })).toEqual({ ok: false, why: { reason: 'overloaded', hour: 8 } });
  });

  it('still answers for an overloaded hour with impatient callers (Erlang A has an answer there)', () => {
    const result = estimateWith({ 'calls.perHour': '200' });
    expect(result.ok).toBe(true);
    expect(result.ok && result.estimate.p_abandon).toBeGreaterThan(0.3);
  });
});
