// `recepsim report <results-folder>`: writes a run's report again from its results folder —
// report.html, the CSV files and the charts — in the language asked for, without simulating again.
// The folder is read and checked first (results-input.ts); the files are swapped in all at once.

import type { Argv, CommandModule } from 'yargs';
import { rewriteResultsFiles } from '../../io/rewrite-results.js';
import { resultsInput } from '../../text/messages.js';
import { reportLanguage } from '../../text/report/index.js';
import { checkFlags } from '../flags.js';
import { languageFlagChecks, languageOptions, resolveLanguage, type LanguageArgs } from '../report-language.js';
import { readResultsRun } from '../results-input.js';
import { version } from '../version.js';

interface ReportArgs extends LanguageArgs {
  readonly folder: string;
  readonly quiet: boolean;
}

/** The `report` command. */
export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report <folder>',
  describe: "write a run's report again from its results folder, e.g. in another language (no new simulation)",
  builder: (yargs: Argv) =>
    languageOptions(yargs)
      .positional('folder', { type: 'string', demandOption: true, describe: 'a results folder written by recepsim run' })
      .option('quiet', { type: 'boolean', default: false, describe: 'do not print the summary table' })
      .example('$0 report results/medium-dealership-status-quo-20250301-101500 --lang es', 'the report in Spanish, CSV for Spanish Excel') as unknown as Argv<ReportArgs>,
  handler: (args) => rewriteReport(args),
};

async function rewriteReport(args: ReportArgs): Promise<void> {
  // 1. Check the flags and read the folder back: bad input stops here, with nothing written.
  checkFlags(languageFlagChecks(args));
  const { summary, scenario, run } = readResultsRun(args.folder, version());
  const { language, csvLocale } = resolveLanguage(args, scenario.locale, process.env);

  // 2. Render, as `run` does. (The chart renderer is slow to load: only now.)
  const { buildReport, CHARTS_FOLDER, reportContext, renderSummaryTable } = await import('../../report/index.js');
  const context = reportContext(scenario, run, reportLanguage(language));
  const files = await buildReport(summary, context, { csvLocale });

  // 3. Swap the new files in, all at once.
  rewriteResultsFiles(args.folder, files, [CHARTS_FOLDER]);
  if (!args.quiet) process.stdout.write(renderSummaryTable(summary, context));
  process.stderr.write(`${resultsInput.rewrote(args.folder)}\n`);
}
