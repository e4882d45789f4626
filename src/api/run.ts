// `run`: one scenario, as written or changed. Load → check the results folder and the run's size
// → replicate → summarise → report → write, each a call into the module of that name; `recepsim
// run` is a thin wrapper that reads flags and prints what this returns.

import type { CallEstimateJson } from '../analysis/compare.js';
import { defaultWorkers, replicate } from '../analysis/replicate.js';
import { DEFAULT_ENGINE } from '../engine/engines.js';
import { issueRecord, sortIssues } from '../io/format-issues.js';
import type { OverrideFlag } from '../io/overrides.js';
import { resultsFolderIssues } from '../io/results-folder-check.js';
import { writeResultsFolder } from '../io/results-folder.js';
import { summarise, type Summary } from '../metrics/summary/index.js';
import { InputError, type InputIssue } from '../model/issues.js';
import type { ReportContext } from '../report/context.js';
import type { CsvLocale } from '../text/csv.js';
import { cli } from '../text/messages.js';
import { reportLanguage, type ReportLanguageCode } from '../text/report/index.js';
import { defaultFolderFor, type ExecutionOptions } from './execution.js';
import { loadVariant, readScenarioSource, type LoadedVariant, type ScenarioSource } from './load.js';
import { jsonText, variantFacts, version, warningsInEveryLanguage } from './outputs.js';

/** What to run. */
export interface RunOptions extends ExecutionOptions {
  readonly scenario: string;
  /** Changes to the scenario, in order (`--set`, then `--reps`, `--days`, `--seed`). */
  readonly common?: readonly OverrideFlag[];
  /** Also keep every contact, for trace.csv (runs in this thread). */
  readonly trace?: boolean;
  /**
   * The report's language and the dialect of its CSV files, given the scenario's `locale` (if it
   * has one); default: the scenario's locale, else English, CSV in the language's dialect.
   */
  readonly language?: (scenarioLocale: ReportLanguageCode | undefined) => { readonly language: ReportLanguageCode; readonly csvLocale: CsvLocale };
  /** Build the report (CSV, charts, HTML); default true. Without it the folder holds the JSON files. */
  readonly report?: boolean;
}

/** What `run` found and wrote. */
export interface RunOutcome {
  readonly loaded: LoadedVariant;
  readonly summary: Summary;
  /** The formula's estimate of the calls alone, beside the simulated figures. */
  readonly callEstimate: CallEstimateJson;
  /** Warnings about the scenario (also in summary.json). */
  readonly warnings: readonly InputIssue[];
  /** Warnings about how it ran (in run.json only). */
  readonly runWarnings: readonly InputIssue[];
  /** The report's context, for printing its table; null without a report. */
  readonly context: ReportContext | null;
  readonly files: Readonly<Record<string, string>>;
  readonly folder: string | null;
  /** Threads that ran. */
  readonly workers: number;
  readonly events: number;
  readonly seconds: number;
}

/** Runs a scenario; InputError (before anything is simulated) for bad input. */
export async function run(options: RunOptions): Promise<RunOutcome> {
  const startedAt = options.startedAt ?? new Date();
  const started = performance.now();
  const common = options.common ?? [];

  // 1. Load the scenario and check the results folder: every problem at once.
  const outIssues = options.out === undefined || options.out === null ? [] : resultsFolderIssues(options.out);
  let loaded: LoadedVariant;
  let source: ScenarioSource;
  try {
    source = readScenarioSource(options.scenario);
    loaded = loadVariant({ source, common });
  } catch (error) {
    if (error instanceof InputError) throw new InputError([...outIssues, ...error.issues]);
    throw error;
  }
  if (outIssues.length > 0) throw new InputError(outIssues);
  const { scenario, config } = loaded;
  const folder = options.out === null ? null : (options.out ?? defaultFolderFor({ ...options, startedAt }, scenario.name));
  if (options.out === undefined && folder !== null) {
    const issues = resultsFolderIssues(folder);
    if (issues.length > 0) throw new InputError(issues);
  }

  // 2. How it runs: a trace is kept in this thread; never more threads than replications.
  const trace = options.trace ?? false;
  const workers = trace ? 1 : Math.min(options.workers ?? defaultWorkers(config.replications), config.replications);
  const runWarnings: InputIssue[] = [];
  if (trace && options.workers !== undefined && options.workers > 1) {
    runWarnings.push({ path: [], file: `--workers ${options.workers}`, message: cli.workersWithTrace() });
  }
  options.checkSize?.([config]);

  // 3. Replicate.
  // The trace's writer is loaded only for a trace.
  const recorder = trace ? new (await import('../metrics/trace.js')).TraceRecorder(config.calls?.reasons.map((reason) => reason.name) ?? []) : null;
  const engine = options.engine ?? DEFAULT_ENGINE;
  const results = await replicate(scenario, config, {
    engine,
    workers,
    onProgress: options.onProgress,
    observerFor: recorder
      ? (replication) => {
          recorder.startReplication(replication);
          return recorder;
        }
      : undefined,
  });

  // 4. Summarise, and the formula beside it.
  const summary = summarise(config, results.map((result) => result.totals));
  // The formulas are loaded only now: a run refused before simulating never needs them.
  const [{ estimateCalls }, { callEstimateJson }] = await Promise.all([import('../analysis/call-estimate.js'), import('../analysis/compare.js')]);
  const callEstimate = callEstimateJson(estimateCalls(scenario, config));

  // 5. Report. (Loaded only now: the chart renderer is slow to load, and bad input never needs it.)
  // The report and run.json list the --set changes (plain texts); run options (--reps…) are named flags.
  const changes = common.filter((flag): flag is string => typeof flag === 'string');
  let context: ReportContext | null = null;
  let report: Record<string, string> = {};
  const { language, csvLocale } = options.language?.(scenario.locale) ?? { language: scenario.locale ?? 'en', csvLocale: scenario.locale ?? 'en' };
  if (options.report ?? true) {
    const { buildReport, reportContext } = await import('../report/index.js');
    const run = { version: version(), scenarioFile: options.scenario, changes, warnings: sortIssues(loaded.warnings).map(issueRecord) };
    context = reportContext(scenario, run, reportLanguage(language));
    report = await buildReport(summary, context, { csvLocale });
  }
  const events = results.reduce((sum, result) => sum + result.events, 0);
  const seconds = (performance.now() - started) / 1000;
  const warnings = loaded.warnings;
  // Warnings (and compare's notes and labels) are kept in the language of the run, as printed: a
  // results folder speaks one language throughout, like its report and CSV files. Scripts should
  // read `where` and `field`, which are the same in every language.
  const files: Record<string, string> = {
    'summary.json': jsonText({ ...summary, warnings: sortIssues(warnings).map(issueRecord) }),
    'scenario.json': jsonText(scenario),
    'call-estimate.json': jsonText(callEstimate),
    ...report,
    // Facts about this execution (time, engine, threads) stay out of summary.json, which must
    // be identical for the same scenario and seed whatever the engine or worker count.
    'run.json': jsonText({
      recepsim: version(),
      scenarioFile: options.scenario,
      changes,
      variant: variantFacts(loaded),
      engine,
      workers,
      startedAt: startedAt.toISOString(),
      seconds,
      events,
      eventsPerSec: events / seconds,
      warnings: sortIssues([...warnings, ...runWarnings]).map(issueRecord),
      // The scenario's warnings in every language (the same load words them there), for its
      // report written again in another.
      scenarioWarnings: warningsInEveryLanguage(warnings, () => loadVariant({ source, common }).warnings),
    }),
  };
  if (recorder) files['trace.csv'] = recorder.csv(csvLocale);

  // 6. Write the results folder, all or nothing.
  if (folder !== null) writeResultsFolder(folder, files);
  return { loaded, summary, callEstimate, warnings, runWarnings, context, files, folder, workers, events, seconds };
}
