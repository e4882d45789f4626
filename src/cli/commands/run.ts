// `recepsim run <scenario>`: load → validate → replicate → summarise → report → write, each a
// call into the module of that name. Prints the summary table (or JSON) and writes a results
// folder atomically.

import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { defaultWorkers, replicate } from '../../analysis/replicate.js';
import { DEFAULT_ENGINE, type EngineName, engines } from '../../engine/engines.js';
import { loadScenario } from '../../io/load-scenario.js';
import { issueRecord, sortIssues } from '../../io/format-issues.js';
import type { OverrideFlag } from '../../io/overrides.js';
import { resultsFolderIssues } from '../../io/results-folder-check.js';
import { defaultResultsPath, writeResultsFolder } from '../../io/results-folder.js';
import { summarise } from '../../metrics/summary/index.js';
import { TraceRecorder } from '../../metrics/trace.js';
import { InputError, type InputIssue, WarningList } from '../../model/issues.js';
import { cli } from '../../text/messages.js';
import { reportLanguage } from '../../text/report/index.js';
import { checkFlags, checkGivenOnce, flag } from '../flags.js';
import { languageFlagChecks, languageOptions, resolveLanguage, type LanguageArgs } from '../report-language.js';
import { checkRunSize } from '../run-size-check.js';
import { printWarnings, progressBar } from '../terminal.js';
import { version } from '../version.js';

interface RunArgs extends LanguageArgs {
  readonly scenario: string;
  // Numbers arrive as typed, so a bad value is reported as the user wrote it (not as NaN).
  readonly reps?: string;
  readonly seed?: string;
  readonly days?: string;
  readonly out?: string;
  readonly json: boolean;
  readonly set: readonly string[];
  readonly engine: string;
  readonly workers?: string;
  readonly trace: boolean;
  readonly quiet: boolean;
  readonly force: boolean;
}

/** Flags that take one value: given twice, they are refused rather than guessed. */
const SINGLE_VALUED = ['reps', 'seed', 'days', 'out', 'engine', 'workers', 'lang', 'csv-locale'] as const;

/** Most worker threads a run may ask for. */
const MAX_WORKERS = 256;

/** The `run` command. */
export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <scenario>',
  describe: 'simulate a scenario: summary table, summary.json, CSVs and an HTML report in results/',
  builder: (yargs: Argv) =>
    languageOptions(yargs)
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (.yaml, .yml or .json)' })
      .option('reps', { type: 'string', describe: 'replications (overrides the scenario)' })
      .option('seed', { type: 'string', describe: 'master seed (overrides the scenario)' })
      .option('days', { type: 'string', describe: 'working days per replication (overrides the scenario)' })
      .option('out', { type: 'string', describe: 'results folder to create (default: results/<scenario>-<time>)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the summary as JSON instead of the table' })
      .option('set', { type: 'string', array: true, default: [], describe: 'override a field: --set staff.advisors=4' })
      .option('engine', { type: 'string', default: DEFAULT_ENGINE, describe: `event calendar: ${Object.keys(engines).join(' or ')}` })
      .option('workers', { type: 'string', describe: 'worker threads (default: one per core); results do not depend on it' })
      .option('trace', { type: 'boolean', default: false, describe: 'also write trace.csv, one row per contact (runs in one thread)' })
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar' })
      .option('force', { type: 'boolean', default: false, describe: 'run even if the run is estimated to take more than an hour' }) as unknown as Argv<RunArgs>,
  handler: (args) => runScenario(args),
};

async function runScenario(args: RunArgs): Promise<void> {
  const startedAt = new Date();
  const startNs = process.hrtime.bigint();

  // 1. Check the flags; run options become overrides of the scenario, checked like its fields.
  const { engine, workers, overrides } = readRunFlags(args);

  // 2. Load and validate the scenario, and check the results folder can be created: every
  // problem at once, before anything is simulated.
  const warnings = new WarningList();
  const outIssues = args.out === undefined ? [] : resultsFolderIssues(args.out);
  const { scenario, config } = withIssues(outIssues, () => loadScenario(args.scenario, { overrides, warnings }));
  const folder = args.out ?? defaultResultsPath(resolve('results'), scenario.name, startedAt);
  const folderIssues = args.out === undefined ? resultsFolderIssues(folder) : [];
  if (folderIssues.length > 0) throw new InputError(folderIssues);
  // The threads that will run: a trace is kept in this thread; never more than replications.
  const threads = args.trace ? 1 : Math.min(workers ?? defaultWorkers(config.replications), config.replications);
  // Warnings about how the run is executed (not about the scenario) stay out of summary.json.
  const runWarnings = new WarningList();
  if (args.trace && workers !== undefined && workers > 1) {
    runWarnings.warn({ path: [], file: `--workers ${args.workers}`, message: cli.workersWithTrace() });
  }
  checkRunSize(config, { workers: threads, trace: args.trace }, args.force);
  const allWarnings = [...warnings.issues, ...runWarnings.issues];
  const showProgress = !args.quiet && !args.json;
  // Before a run watched on a terminal, so it can be stopped; always again with the result.
  if (showProgress && process.stderr.isTTY) printWarnings(allWarnings, process.stderr);

  // 3. Replicate.
  const trace = args.trace ? new TraceRecorder(config.calls?.reasons.map((reason) => reason.name) ?? []) : null;
  const progress = progressBar(process.stderr, showProgress);
  const results = await replicate(scenario, config, {
    engine,
    workers: threads,
    onProgress: progress.update,
    observerFor: trace
      ? (replication) => {
          trace.startReplication(replication);
          return trace;
        }
      : undefined,
  });
  progress.stop();

  // 4. Summarise.
  const summary = summarise(config, results.map((result) => result.totals));

  // 5. Report. (Loaded only now: the chart renderer is slow to load, and bad input never needs it.)
  const { buildReport, reportContext, renderSummaryTable } = await import('../../report/index.js');
  const { language, csvLocale } = resolveLanguage(args, scenario.locale, process.env);
  const context = reportContext(scenario, { version: version(), scenarioFile: args.scenario, changes: args.set }, reportLanguage(language));
  const report = await buildReport(summary, context, { csvLocale });
  const events = results.reduce((sum, result) => sum + result.events, 0);
  const seconds = Number(process.hrtime.bigint() - startNs) / 1e9;
  const files: Record<string, string> = {
    'summary.json': `${JSON.stringify({ ...summary, warnings: sortIssues(warnings.issues).map(issueRecord) }, null, 2)}\n`,
    'scenario.json': `${JSON.stringify(scenario, null, 2)}\n`,
    ...report,
    // Facts about this execution (time, engine, threads) stay out of summary.json, which must
    // be identical for the same scenario and seed whatever the engine or worker count.
    'run.json': `${JSON.stringify({ recepsim: version(), scenarioFile: args.scenario, changes: args.set, engine, workers: threads, startedAt: startedAt.toISOString(), seconds, events, eventsPerSec: events / seconds, warnings: sortIssues(allWarnings).map(issueRecord) }, null, 2)}\n`,
  };
  if (trace) files['trace.csv'] = trace.csv();

  // 6. Write the results folder, all or nothing.
  writeResultsFolder(folder, files);

  if (args.json) process.stdout.write(files['summary.json']);
  else process.stdout.write(`${renderSummaryTable(summary, context)}\n`);
  printWarnings(allWarnings, process.stderr);
  process.stderr.write(`${cli.wrote(folder)}\n`);
}

function readRunFlags(args: RunArgs): { engine: EngineName; workers: number | undefined; overrides: OverrideFlag[] } {
  checkGivenOnce(args as unknown as Record<string, unknown>, SINGLE_VALUED);
  checkFlags([
    flag('--reps', args.reps, (v) => isWholeAtLeast(v, 2), 'a whole number of at least 2'),
    flag('--days', args.days, (v) => isWholeAtLeast(v, 1), 'a whole number of at least 1'),
    flag('--workers', args.workers, (v) => isWholeAtLeast(v, 1) && Number(v) <= MAX_WORKERS, `a whole number from 1 to ${MAX_WORKERS}`),
    flag('--engine', args.engine, (v) => Object.hasOwn(engines, v), `one of ${Object.keys(engines).join(', ')}`),
    flag('--seed', args.seed, (v) => v.trim().length > 0, 'a number or a word'),
    ...languageFlagChecks(args),
    flag('--out', args.out, (v) => v.trim().length > 0, 'a folder path'),
  ]);
  // Run options are overrides applied after every --set, named by their flag in messages.
  const overrides: OverrideFlag[] = [...args.set];
  const option = (name: string, value: string | undefined, assignment: (value: string) => string) => {
    if (value !== undefined) overrides.push({ assignment: assignment(value), label: `--${name} ${value}` });
  };
  option('reps', args.reps, (v) => `replications=${v}`);
  option('days', args.days, (v) => `days=${v}`);
  // Quoted: the schema reads a seed written as a whole number as that number, quoted or not.
  option('seed', args.seed, (v) => `seed=${JSON.stringify(v)}`);
  return { engine: args.engine as EngineName, workers: args.workers === undefined ? undefined : Number(args.workers), overrides };
}

/** Runs `load`; if it or `issues` has problems, throws one InputError with all of them. */
function withIssues<T>(issues: readonly InputIssue[], load: () => T): T {
  let loaded: T;
  try {
    loaded = load();
  } catch (error) {
    if (error instanceof InputError) throw new InputError([...issues, ...error.issues]);
    throw error;
  }
  if (issues.length > 0) throw new InputError(issues);
  return loaded;
}

/** True if `text` is a whole number ≥ `least`, written plainly ("4", not "4.0" or "0x4"). */
function isWholeAtLeast(text: string, least: number): boolean {
  return /^\d+$/.test(text.trim()) && Number(text) >= least;
}
