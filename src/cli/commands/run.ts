// `recepsim run <scenario>`: load → validate → replicate → summarise → report → write, each a
// call into the module of that name. Prints the summary table (or JSON) and writes a results
// folder atomically.

import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { defaultWorkers, replicate } from '../../analysis/replicate.js';
import { DEFAULT_ENGINE, type EngineName, engines } from '../../engine/engines.js';
import { loadScenario } from '../../io/load-scenario.js';
import { defaultResultsPath, refuseExistingFolder, writeResultsFolder } from '../../io/results-folder.js';
import { summarise } from '../../metrics/summary/index.js';
import { TraceRecorder } from '../../metrics/trace.js';
import { WarningList } from '../../model/issues.js';
import { cli } from '../../text/messages.js';
import { reportLanguage } from '../../text/report/index.js';
import { checkFlags, flag } from '../flags.js';
import { languageFlagChecks, languageOptions, resolveLanguage, type LanguageArgs } from '../report-language.js';
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
}

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
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar' }) as unknown as Argv<RunArgs>,
  handler: (args) => runScenario(args),
};

async function runScenario(args: RunArgs): Promise<void> {
  const startedAt = new Date();
  const startNs = process.hrtime.bigint();

  // 1. Check the flags; run options become overrides of the scenario, checked like its fields.
  const { engine, workers, overrides } = readRunFlags(args);
  if (args.out !== undefined) refuseExistingFolder(args.out);

  // 2. Load and validate the scenario.
  const warnings = new WarningList();
  const { scenario, config } = loadScenario(args.scenario, { overrides, warnings });
  printWarnings(warnings.issues, process.stderr);

  // 3. Replicate.
  const trace = args.trace ? new TraceRecorder(config.calls?.reasons.map((reason) => reason.name) ?? []) : null;
  const progress = progressBar(process.stderr, !args.quiet && !args.json);
  const results = await replicate(scenario, config, {
    engine,
    workers: workers ?? defaultWorkers(config.replications),
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
    'summary.json': `${JSON.stringify(summary, null, 2)}\n`,
    'scenario.json': `${JSON.stringify(scenario, null, 2)}\n`,
    ...report,
    // Facts about this execution (time, engine, threads) stay out of summary.json, which must
    // be identical for the same scenario and seed whatever the engine or worker count.
    'run.json': `${JSON.stringify({ recepsim: version(), scenarioFile: args.scenario, changes: args.set, engine, workers: workers ?? defaultWorkers(config.replications), startedAt: startedAt.toISOString(), seconds, events, eventsPerSec: events / seconds }, null, 2)}\n`,
  };
  if (trace) files['trace.csv'] = trace.csv();

  // 6. Write the results folder, all or nothing.
  const folder = args.out ?? defaultResultsPath(resolve('results'), scenario.name, startedAt);
  writeResultsFolder(folder, files);

  if (args.json) process.stdout.write(files['summary.json']);
  else process.stdout.write(`${renderSummaryTable(summary, context)}\n`);
  process.stderr.write(`${cli.wrote(folder)}\n`);
}

function readRunFlags(args: RunArgs): { engine: EngineName; workers: number | undefined; overrides: string[] } {
  const overrides = [...args.set];
  checkFlags([
    flag('--reps', args.reps, (v) => isWholeAtLeast(v, 2), 'a whole number of at least 2'),
    flag('--days', args.days, (v) => isWholeAtLeast(v, 1), 'a whole number of at least 1'),
    flag('--workers', args.workers, (v) => isWholeAtLeast(v, 1), 'a whole number of at least 1'),
    flag('--engine', args.engine, (v) => Object.hasOwn(engines, v), `one of ${Object.keys(engines).join(', ')}`),
    flag('--seed', args.seed, (v) => v.trim().length > 0, 'a number or a word'),
    ...languageFlagChecks(args),
  ]);
  if (args.reps !== undefined) overrides.push(`replications=${args.reps}`);
  if (args.days !== undefined) overrides.push(`days=${args.days}`);
  if (args.seed !== undefined) {
    overrides.push(`seed=${/^-?\d+$/.test(args.seed) ? args.seed : JSON.stringify(args.seed)}`);
  }
  return { engine: args.engine as EngineName, workers: args.workers === undefined ? undefined : Number(args.workers), overrides };
}

/** True if `text` is a whole number ≥ `least`, written plainly ("4", not "4.0" or "0x4"). */
function isWholeAtLeast(text: string, least: number): boolean {
  return /^\d+$/.test(text.trim()) && Number(text) >= least;
}
