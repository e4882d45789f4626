// Runs a calls-only (or calls-plus-visitors) scenario in steady-state mode through the product's
// own pipeline (schema → normalise → replicate → summarise) and compares figures with theory,
// with tolerances from the run's own confidence intervals.

import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';
import { replicate } from '../../src/analysis/replicate.js';
import type { EngineName } from '../../src/engine/engines.js';
import { t95 } from '../../src/metrics/confidence.js';
import { type Figure, type Summary, summarise } from '../../src/metrics/summary/index.js';
import { WarningList } from '../../src/model/issues.js';
import { normaliseScenario } from '../../src/model/normalise.js';
import { type ScenarioInput, scenarioSchema } from '../../src/model/schema/index.js';
import { maxStandardError, RUN_SCALE } from './precision.js';

/** A steady-state reception answering calls of one reason with exponential handling. */
export interface SteadyCalls {
  readonly servers: number;
  readonly lambdaPerMin: number;
  readonly meanServiceMin: number;
  readonly slThresholdSec?: number;
  /** Mean exponential patience, minutes; absent: callers never hang up. */
  readonly patienceMeanMin?: number;
  readonly policy: ScenarioInput['policy'];
  readonly redial?: { p: number; delayMeanMin: number };
  readonly voicemail?: number;
  /** Visitors at the same advisors (walk-ins per hour and mean write-up minutes). */
  readonly walkIns?: { perHour: number; writeUpMeanMin: number };
  /** Calls answered by a phone desk of this size instead (policy phone-desk). */
  readonly deskSize?: number;
  /** Arrivals to simulate over all replications (before RUN_SCALE). */
  readonly arrivals: number;
  readonly replications?: number;
  readonly seed?: number;
  readonly engine?: EngineName;
}

/** The scenario of a steady-state calls case. */
export function steadyScenario(spec: SteadyCalls): ScenarioInput {
  const replications = spec.replications ?? 20;
  const hours = (spec.arrivals * RUN_SCALE) / replications / spec.lambdaPerMin / 60;
  // Warm-up: many mean service times and patience times, at least an hour.
  const warmupHours = Math.max(1, (50 * Math.max(spec.meanServiceMin, spec.patienceMeanMin ?? 0, spec.redial?.delayMeanMin ?? 0)) / 60);
  const handle = { dist: 'exponential' as const, mean: spec.meanServiceMin };
  return {
    name: 'steady calls',
    day: { open: '08:00', close: '19:00' },
    steadyState: { hours: hours + warmupHours, warmupHours },
    replications,
    seed: spec.seed ?? 11,
    staff: spec.deskSize ? { advisors: 1, phoneDesk: spec.deskSize } : { advisors: spec.servers },
    policy: spec.policy,
    calls: {
      perHour: spec.lambdaPerMin * 60,
      reasons: [{ name: 'any', share: 1, handle }],
      ...(spec.patienceMeanMin ? { patience: { dist: 'exponential', mean: spec.patienceMeanMin } } : {}),
      ...(spec.redial
        ? { redial: { p: spec.redial.p, delay: { dist: 'exponential', mean: spec.redial.delayMeanMin }, maxAttempts: null } }
        : {}),
      ...(spec.voicemail !== undefined ? { voicemail: { leavesMessage: spec.voicemail } } : {}),
    },
    ...(spec.walkIns
      ? { walkIns: { perHour: spec.walkIns.perHour, writeUp: { dist: 'exponential', mean: spec.walkIns.writeUpMeanMin } } }
      : {}),
    targets: { calls: { answeredWithinSec: spec.slThresholdSec ?? 20 } },
  };
}

/** Runs a steady-state case and returns its summary. */
export async function runSteady(spec: SteadyCalls): Promise<Summary> {
  return runScenario(steadyScenario(spec), spec.engine);
}

/** Runs a scenario (which must draw no warning) through the product's pipeline and returns its summary. */
export async function runScenario(input: ScenarioInput, engine: EngineName = 'recepsim'): Promise<Summary> {
  const scenario = scenarioSchema.parse(input);
  const warnings = new WarningList();
  const config = normaliseScenario(scenario, warnings);
  expect(warnings.issues).toEqual([]);
  const results = await replicate(scenario, config, { engine, workers: 1 });
  return summarise(config, results.map((result) => result.totals));
}

/** Standard error of a summary figure, from its 95% interval over `replications`. */
export function standardErrorOf(figure: Figure, replications: number): number {
  if (!figure.ci95) throw new Error('figure has no confidence interval');
  return (figure.ci95[1] - figure.ci95[0]) / 2 / t95(replications);
}

/**
 * Asserts the simulated figure is within four of its standard errors of the exact value, and
 * that the run was precise enough for that to mean something.
 */
export function expectNearTheory(metric: string, figure: Figure, exact: number, replications: number): void {
  const standardError = standardErrorOf(figure, replications);
  const message = `${metric}: simulated ${figure.value} (SE ${standardError.toPrecision(3)}) vs exact ${exact}`;
  logComparison(metric, figure, exact, standardError);
  expect(figure.value, message).not.toBeNull();
  expect(Math.abs((figure.value as number) - exact), message).toBeLessThanOrEqual(4 * standardError + 1e-12);
  expect(standardError, `${message}: run too short for a meaningful check`).toBeLessThanOrEqual(maxStandardError(exact, metric));
}

/**
 * RECEPSIM_VALIDATION_LOG=<file> keeps every comparison (one JSON line each), to review how far
 * from theory, in standard errors, a whole validation run landed.
 */
export function logComparison(metric: string, figure: Figure, exact: number, standardError: number): void {
  const log = process.env.RECEPSIM_VALIDATION_LOG;
  if (log) appendFileSync(log, `${JSON.stringify({ test: expect.getState().currentTestName, metric, simulated: figure.value, exact, standardError })}\n`);
}
