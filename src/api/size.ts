// `size`: the smallest team per policy meeting every target with 95% confidence, and the
// cheapest. Load the scenario → search every (policy, desk) of this shard at once on one pool
// (src/analysis/size.ts) → files.

import { type GridPolicy } from '../analysis/grid.js';
import type { Shard } from '../analysis/shards.js';
import { DEFAULT_INITIAL_REPS, defaultMaxAdvisors, type SizeHeader, type SizeResult, searchSpecs, sizeTeams } from '../analysis/size.js';
import { DEFAULT_ENGINE } from '../engine/engines.js';
import type { OverrideFlag } from '../io/overrides.js';
import { InputError, type InputIssue } from '../model/issues.js';
import { POLICY_KINDS } from '../model/schema/policy.js';
import { sizeText, sweepText } from '../text/messages.js';
import { planningReportFiles, preloadPlanningReport, reportChoice, type ReportOptions } from './planning-report.js';
import { type ExecutionOptions, resultsFolderFor, withRunner, writeFiles } from './execution.js';
import { type LoadedVariant, loadVariant, readScenarioSource } from './load.js';
import { jsonText, type PlanningOutcome, scenarioDigest, version, warningsInEveryLanguage } from './outputs.js';
import { gridOptionIssues, nowFiles, planningWarnings, pointFiles, pointFilesAsEvaluated, pointFolder, pointResolver, pointsCsv, simulateNow } from './points.js';

export { DEFAULT_INITIAL_REPS, DEFAULT_MAX_ADVISORS } from '../analysis/size.js';
/** Desk sizes tried under phone-desk, by default: 1 to this. */
export const DEFAULT_MAX_DESK = 2;

/** What to size. */
export interface SizeOptions extends ExecutionOptions, ReportOptions {
  readonly scenario: string;
  /** Policies to size (default: every policy, POLICY_KINDS). */
  readonly policies?: readonly GridPolicy[];
  /** The largest team tried (default: 8, or twice the file's advisors if more). */
  readonly maxAdvisors?: number;
  /** Desk sizes under phone-desk (default: 1 to 2). */
  readonly desk?: readonly number[];
  /** Replications of a point's first look (default 10). */
  readonly initialReps?: number;
  /** Changes applied to every team first (`--set`, `--days`, `--seed`; `--reps` sets the cap). */
  readonly common?: readonly OverrideFlag[];
  readonly shard?: Shard | null;
}

/** What `size` found and wrote. */
export type SizeOutcome = PlanningOutcome<SizeResult>;

/** Runs the size searches; InputError (before anything is simulated) for bad input. */
export async function size(options: SizeOptions): Promise<SizeOutcome> {
  const startedAt = options.startedAt ?? new Date();
  const started = performance.now();
  const optionIssues = gridOptionIssues(options);
  if (optionIssues.length > 0) throw new InputError(optionIssues);

  // 1. The scenario with the common changes: its problems are reported once, here.
  const source = readScenarioSource(options.scenario);
  const common = options.common ?? [];
  const base = loadVariant({ source, common });
  const policies = options.policies ?? POLICY_KINDS.map((kind) => ({ kind }));
  const deskUnused = options.desk !== undefined && !policies.some((policy) => policy.kind === 'phone-desk');
  const searchWarnings = (loaded: LoadedVariant) => planningWarnings(loaded, deskUnused);
  const warnings: InputIssue[] = searchWarnings(base);
  const maxReps = base.config.replications;
  if (options.initialReps !== undefined && options.initialReps > maxReps) warnings.push({ path: [], message: sizeText.initialRepsCapped(options.initialReps, maxReps) });
  const header: SizeHeader = {
    scenario: base.fileScenarioName,
    scenarioDigest: scenarioDigest(base.scenario),
    seed: base.config.seed,
    days: base.config.days,
    precision: { initialReps: Math.min(maxReps, options.initialReps ?? DEFAULT_INITIAL_REPS), maxReps },
    maxAdvisors: options.maxAdvisors ?? defaultMaxAdvisors(base.config.advisors.length),
    policies,
    desk: options.desk ?? Array.from({ length: DEFAULT_MAX_DESK }, (_, i) => i + 1),
  };
  const folder = resultsFolderFor({ ...options, startedAt }, `${base.fileScenarioName} size`);
  // A team gets at most the scenario's replications: the file's own team says how big a team's run is.
  options.checkSize?.([base.config]);

  // 2. Search, every (policy, desk) of this shard at once on one pool.
  const shard = options.shard ?? null;
  const searches = searchSpecs(header.policies, header.desk).length;
  if (shard !== null && shard.index > searches) warnings.push({ path: [], message: sweepText.shardEmpty(`${shard.index}/${shard.count}`, searches, 'searches') });
  const resolve = pointResolver(source, common);
  const evaluatedFiles = pointFilesAsEvaluated();
  // A shard holds part of the answer: its report is written by merge, from every shard.
  const report = (options.report ?? true) && shard === null;
  if (report) preloadPlanningReport();
  // The scenario as written ("now") runs beside the teams, on the same random numbers, with a
  // team's first look of replications: the report says what each team changes against it.
  const { results: [searched, now], workers, events } = await withRunner(options, header.precision.initialReps * 9, (runner) =>
    Promise.all([
      sizeTeams(header, { resolve, runner, precision: { kind: 'sequential', initial: header.precision.initialReps, max: maxReps }, maxAdvisors: header.maxAdvisors, folderOf: pointFolder, onEvaluated: evaluatedFiles.add }, shard),
      simulateNow(base, header.precision.initialReps, runner),
    ]),
  );

  // 3. Files, and the report.
  const { language, csvLocale } = reportChoice(options, base.scenario.locale);
  const { result, evaluated } = searched;
  const files: Record<string, string> = {
    'size.json': jsonText(result),
    'size.csv': pointsCsv(result.searches.flatMap((search) => search.points), language, csvLocale, base.scenario.economics.currency),
    ...pointFiles(evaluated, evaluatedFiles.made),
    ...nowFiles(base, now),
    'run.json': jsonText({
      recepsim: version(),
      command: 'size',
      scenarioFile: options.scenario,
      common: base.overrides,
      shard,
      engine: options.engine ?? DEFAULT_ENGINE,
      workers,
      startedAt: startedAt.toISOString(),
      seconds: (performance.now() - started) / 1000,
      events,
      // The warnings in every language (the same load words them there), for the report.
      scenarioWarnings: warningsInEveryLanguage(searchWarnings(base), () => searchWarnings(loadVariant({ source, common }))),
    }),
  };
  if (report) Object.assign(files, await planningReportFiles(files, language, csvLocale));
  writeFiles(folder, files);
  return { result, warnings, files, folder, language };
}
