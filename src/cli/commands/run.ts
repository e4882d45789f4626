// `recepsim run <scenario>`: reads the flags, runs the pipeline (src/api/run.ts: load → check →
// replicate → summarise → report → write) and prints the summary table (or JSON), what the
// changes did, the formula's estimate for the calls and the warnings.

import { availableParallelism } from 'node:os';
import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { run } from '../../api/run.js';
import { cli } from '../../text/messages.js';
import { checkFlags } from '../flags.js';
import { estimateLine } from '../render/figures.js';
import { languageFlagChecks, languageOptions, resolveLanguage, speakScenarioLanguage, type LanguageArgs } from '../report-language.js';
import { flagReader, readSimulationFlags, simulationOptions } from '../simulation-flags.js';
import { checkRunSize } from '../run-size-check.js';
import { printNotes, printWarnings, progressBar } from '../terminal.js';

interface RunArgs extends LanguageArgs {
  readonly scenario: string;
  readonly set: readonly string[];
  readonly json: boolean;
  readonly trace: boolean;
  readonly quiet: boolean;
  readonly force: boolean;
}

/** The `run` command. */
export const runCommand: DescribedCommand<RunArgs> = {
  command: 'run <scenario>',
  describe: 'simulate a scenario: summary table, summary.json, CSVs and an HTML report in results/',
  builder: (yargs: Argv) =>
    simulationOptions(
      languageOptions(yargs)
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (.yaml, .yml or .json)' })
        .option('trace', { type: 'boolean', default: false, describe: 'also write trace.csv, one row per contact (runs in one thread)' })
        .example('$0 run scenarios/medium-dealership.yaml', 'the medium example: table, summary.json, CSVs and report.html in results/')
        .example('$0 run scenarios/medium-dealership.yaml --set advisors=+1 --reps 50', 'one more advisor on the file\'s shift pattern, 50 replications')
        .example('$0 run scenarios/small-dealership.yaml --set policy=divert --json --out divert', 'another phone policy, summary.json printed, results in ./divert'),
    ) as unknown as Argv<RunArgs>,
  arguments: {
    positionals: { scenario: { expects: cli.expectedScenarioFile, file: 'input' } },
    fileFlags: { out: { expects: cli.folderExpected, file: 'output' } },
  },
  handler: async (args) => {
    // Messages speak the scenario's locale (unless --lang), from its own problems on.
    speakScenarioLanguage(args, args.scenario, process.env);
    // 1. Flags, as typed: every problem at once.
    const flags = flagReader();
    const shared = readSimulationFlags(flags, args);
    flags.done();
    checkFlags(languageFlagChecks(args));

    // 2. The pipeline, with a progress bar on a terminal.
    const showProgress = !args.quiet && !args.json;
    const progress = progressBar(process.stderr, showProgress);
    const outcome = await run({
      scenario: args.scenario,
      common: shared.common,
      engine: shared.engine,
      workers: shared.workers,
      out: shared.out,
      trace: args.trace,
      // A trace is kept in this thread, and its size counts too.
      checkSize: (configs) => checkRunSize(configs, { workers: args.trace ? 1 : (shared.workers ?? availableParallelism()), trace: args.trace }, args.force),
      onProgress: progress.update,
      language: (scenarioLocale) => resolveLanguage(args, scenarioLocale, process.env),
    });
    progress.stop();

    // 3. What it found.
    const { renderSummaryTable } = await import('../../report/index.js');
    if (args.json) process.stdout.write(outcome.files['summary.json']);
    else {
      process.stdout.write(`${renderSummaryTable(outcome.summary, outcome.context!)}\n`);
      const formula = estimateLine(outcome.callEstimate, outcome.summary, outcome.context!.language);
      if (formula !== null) process.stdout.write(`\n${formula.line}\n${formula.footnote === null ? '' : `${formula.footnote}\n`}`);
    }
    printNotes(outcome.loaded.notes, process.stderr);
    printWarnings([...outcome.warnings, ...outcome.runWarnings], process.stderr);
    if (outcome.folder !== null) process.stderr.write(`${cli.wrote(outcome.folder)}\n`);
  },
};
