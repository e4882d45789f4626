// `recepsim report <results-folder>`: writes the report again from a results folder — of run,
// compare, sweep, size or merge: report.html, the CSV files and the charts — in the language asked
// for, without simulating again. The folder is read and checked first (results-input.ts, or the
// planning report's own reader); the files are swapped in all at once.

import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readResultsFiles } from '../../io/results-reader.js';
import { rewriteResultsFiles } from '../../io/rewrite-results.js';
import { cli, resultsInput } from '../../text/messages.js';
import { reportLanguage } from '../../text/report/index.js';
import { checkFlags } from '../flags.js';
import { languageFlagChecks, languageOptions, resolveLanguage, speakScenarioLanguage, type LanguageArgs } from '../report-language.js';
import { readResultsRun } from '../results-input.js';
import { version } from '../version.js';

interface ReportArgs extends LanguageArgs {
  readonly folder: string;
  readonly quiet: boolean;
}

/** The `report` command. */
export const reportCommand: DescribedCommand<ReportArgs> = {
  command: 'report <folder>',
  describe: 'write the report of a results folder (run, compare, sweep, size) again, e.g. in another language (no new simulation)',
  builder: (yargs: Argv) =>
    languageOptions(yargs)
      .positional('folder', { type: 'string', demandOption: true, describe: 'a results folder written by recepsim run, compare, sweep, size or merge' })
      .option('quiet', { type: 'boolean', default: false, describe: 'do not print the summary table (or the recommendation)' })
      .example('$0 report results/medium-dealership-status-quo-20250301-101500 --lang es', 'the report in Spanish, CSV for Spanish Excel') as unknown as Argv<ReportArgs>,
  arguments: { positionals: { folder: { expects: cli.expectedResultsFolder, file: 'input' } } },
  handler: (args) => rewriteReport(args),
};

async function rewriteReport(args: ReportArgs): Promise<void> {
  // 1. Check the flags and read the folder back: bad input stops here, with nothing written.
  // Messages speak the run's locale (unless --lang); a planning folder keeps --lang or LANG.
  speakScenarioLanguage(args, join(args.folder, 'scenario.json'), process.env);
  checkFlags(languageFlagChecks(args));
  if (isPlanningFolder(args.folder)) return rewritePlanning(args);
  const { summary, scenario, run, warningsIn } = readResultsRun(args.folder, version());
  const { language, csvLocale } = resolveLanguage(args, scenario.locale, process.env);

  // 2. Render, as `run` does. (The chart renderer is slow to load: only now.)
  const { buildReport, CHARTS_FOLDER, reportContext, renderSummaryTable } = await import('../../report/index.js');
  // The warnings as the run worded them in this language, where it did (else as summary.json has them).
  const context = reportContext(scenario, { ...run, warnings: warningsIn[language] ?? run.warnings }, reportLanguage(language));
  const files = await buildReport(summary, context, { csvLocale });

  // 3. Swap the new files in, all at once.
  rewriteResultsFiles(args.folder, files, [CHARTS_FOLDER]);
  if (!args.quiet) process.stdout.write(renderSummaryTable(summary, context));
  process.stderr.write(`${resultsInput.rewrote(args.folder)}\n`);
}

/** True when the folder holds a compare, sweep or size result (a merged folder is one too). */
function isPlanningFolder(folder: string): boolean {
  return ['compare.json', 'sweep.json', 'size.json'].some((name) => existsSync(join(folder, name)));
}

async function rewritePlanning(args: ReportArgs): Promise<void> {
  const { rewritePlanningReport } = await import('../../api/rewrite-report.js');
  // Only the JSON files are read: the report is made from them alone.
  const files = Object.fromEntries(Object.entries(readResultsFiles(args.folder)).filter(([name]) => name.endsWith('.json')));
  const { files: rewritten, sentences } = await rewritePlanningReport(args.folder, files, {
    language: (scenarioLocale) => resolveLanguage(args, scenarioLocale, process.env),
  });
  rewriteResultsFiles(args.folder, rewritten, ['charts']);
  if (!args.quiet) process.stdout.write(`${sentences.join('\n')}\n`);
  process.stderr.write(`${resultsInput.rewrote(args.folder)}\n`);
}
