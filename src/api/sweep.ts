// `sweep`: every combination of the axes, each point with the scenario's replications on common
// random numbers. Load the scenario → resolve every point (all problems before anything runs) →
// simulate the points of this shard on one pool → assemble (src/analysis/sweep.ts) → files.

import { evaluatePoint } from '../analysis/evaluate.js';
import { type GridAxes, type GridPolicy, gridPoints } from '../analysis/grid.js';
import { inShard, type Shard } from '../analysis/shards.js';
import { assembleSweep, type SweepResult } from '../analysis/sweep.js';
import { DEFAULT_ENGINE } from '../engine/engines.js';
import type { OverrideFlag } from '../io/overrides.js';
import { InputError, type InputIssue } from '../model/issues.js';
import { describePolicy, policyKinds } from '../model/schema/policy.js';
import { sweepText } from '../text/messages.js';
import { planningReportFiles, reportChoice, type ReportOptions } from './planning-report.js';
import { type ExecutionOptions, resultsFolderFor, withRunner, writeFiles } from './execution.js';
import { type LoadedVariant, loadVariant, readScenarioSource } from './load.js';
import { jsonText, type PlanningOutcome, scenarioDigest, variantFacts, version, warningsInEveryLanguage } from './outputs.js';
import { gridOptionIssues, nowFiles, planningWarnings, pointFiles, pointFolder, pointResolver, pointsCsv, simulateNow } from './points.js';

/** What to sweep. */
export interface SweepOptions extends ExecutionOptions, ReportOptions {
  readonly scenario: string;
  /** Advisors to try (whole numbers ≥ 1). */
  readonly advisors: readonly number[];
  /** Policies to try (default: the scenario's). */
  readonly policies?: readonly GridPolicy[];
  /** Desk sizes for phone-desk (default: the scenario's desk, or 1). */
  readonly desk?: readonly number[];
  /** Changes applied to every point first (`--set`, `--reps`, `--days`, `--seed`). */
  readonly common?: readonly OverrideFlag[];
  /** Run only this shard of the grid (default: all of it). */
  readonly shard?: Shard | null;
}

/** What `sweep` found and wrote. */
export type SweepOutcome = PlanningOutcome<SweepResult>;

/** Runs a sweep; InputError (before anything is simulated) for bad input. */
export async function sweep(options: SweepOptions): Promise<SweepOutcome> {
  const startedAt = options.startedAt ?? new Date();
  const started = performance.now();
  const optionIssues = gridOptionIssues(options);
  if (optionIssues.length > 0) throw new InputError(optionIssues);

  // 1. The scenario as written with the common changes: its problems are reported once, here.
  const source = readScenarioSource(options.scenario);
  const common = options.common ?? [];
  const base = loadVariant({ source, common });
  const filePolicy = base.scenario.policy;
  // A grid point holds one policy all day: a file's policy by the hour is replaced, and said so.
  if (Array.isArray(filePolicy) && options.policies === undefined) {
    throw new InputError([{ path: ['policy'], message: sweepText.policyByHourNeedsPolicy(describePolicy(filePolicy)) }]);
  }
  const fileDesk = policyKinds(filePolicy).includes('phone-desk') ? base.config.phoneDesk.length : 0;
  const axes: GridAxes = {
    policies: options.policies ?? [{ kind: policyKinds(filePolicy)[0] }],
    advisors: options.advisors,
    desk: options.desk ?? [Math.max(1, fileDesk)],
  };
  const deskUnused = options.desk !== undefined && !axes.policies.some((policy) => policy.kind === 'phone-desk');
  const gridWarnings = (loaded: LoadedVariant) => planningWarnings(loaded, deskUnused);
  const warnings: InputIssue[] = gridWarnings(base);

  // 2. Every point of this shard, resolved before anything runs.
  const resolve = pointResolver(source, common);
  const shard = options.shard ?? null;
  const grid = gridPoints(axes);
  const points = grid
    .map((point, index) => ({ point, index }))
    .filter(({ index }) => inShard(index, shard))
    .map(({ point, index }) => ({ point, index, resolved: resolve(point) }));
  if (shard !== null && points.length === 0) warnings.push({ path: [], message: sweepText.shardEmpty(`${shard.index}/${shard.count}`, grid.length, 'points') });
  if (points.length > 0 && points.every(({ resolved }) => !resolved.ok)) {
    throw new InputError(points.flatMap(({ resolved }) => (resolved.ok ? [] : resolved.problems.map((message) => ({ path: [], message })))));
  }
  const folder = resultsFolderFor({ ...options, startedAt }, `${base.fileScenarioName} sweep`);
  // The points and the scenario as written run together: their sizes add up.
  options.checkSize?.([base.config, ...points.flatMap(({ resolved }) => (resolved.ok ? [resolved.configuration.config] : []))]);

  // 3. Simulate every point on one pool.
  const planned = points.reduce((sum, { resolved }) => sum + (resolved.ok ? resolved.configuration.config.replications : 0), 0);
  // The scenario as written ("now") runs beside the points, on the same random numbers: the
  // report says what each point changes against it.
  const { results: [evaluated, now], workers, events } = await withRunner(options, Math.max(1, planned + base.config.replications), (runner) =>
    Promise.all([
      Promise.all(points.map(({ point, resolved }) => evaluatePoint(point, resolved, runner, { kind: 'fixed' }, pointFolder(point)))),
      simulateNow(base, base.config.replications, runner),
    ]),
  );

  // 4. Assemble, report and write.
  const { language, csvLocale } = reportChoice(options, base.scenario.locale);
  const result = assembleSweep(
    { scenario: base.fileScenarioName, scenarioDigest: scenarioDigest(base.scenario), seed: base.config.seed, days: base.config.days, replications: base.config.replications, axes },
    evaluated.map((point, k) => ({ ...point.entry, index: points[k].index })),
    shard,
  );
  const files: Record<string, string> = {
    'sweep.json': jsonText(result),
    'sweep.csv': pointsCsv(result.points, language, csvLocale, base.scenario.economics.currency),
    ...pointFiles(evaluated),
    ...nowFiles(base, now),
    'run.json': jsonText({
      recepsim: version(),
      command: 'sweep',
      scenarioFile: options.scenario,
      common: variantFacts(base).overrides,
      shard,
      engine: options.engine ?? DEFAULT_ENGINE,
      workers,
      startedAt: startedAt.toISOString(),
      seconds: (performance.now() - started) / 1000,
      events,
      // The warnings in every language (the same load words them there), for the report.
      scenarioWarnings: warningsInEveryLanguage(gridWarnings(base), () => gridWarnings(loadVariant({ source, common }))),
    }),
  };
  // A shard holds part of the answer: its report is written by merge, from every shard.
  if ((options.report ?? true) && shard === null) Object.assign(files, await planningReportFiles(files, language, csvLocale));
  writeFiles(folder, files);
  return { result, warnings, files, folder, language };
}
