// The report of a planning command (compare, sweep, size, merge): the language and CSV dialect it
// is written in, and its files, made from the command's own result files as written (so that
// `recepsim report` on the folder writes the same bytes again).

import { reportLanguage, type ReportLanguage, type ReportLanguageCode } from '../text/report/index.js';
import type { CsvLocale } from '../text/csv.js';
import { InputError } from '../model/issues.js';
import { resultsInput } from '../text/messages.js';
import { version } from './outputs.js';

/** How a command's report is written. */
export interface ReportOptions {
  /**
   * The report's language and the dialect of its CSV files, given the scenario's `locale` (if it
   * has one); default: the scenario's locale, else English, CSV in the language's dialect.
   */
  readonly language?: (scenarioLocale: ReportLanguageCode | undefined) => { readonly language: ReportLanguageCode; readonly csvLocale: CsvLocale };
  /** Write the report (report.html, charts, summaries as CSV in the language); default true. */
  readonly report?: boolean;
}

/** The language and CSV dialect of a report, from the options and the scenario's locale. */
export function reportChoice(options: ReportOptions, scenarioLocale: ReportLanguageCode | undefined): { readonly language: ReportLanguage; readonly csvLocale: CsvLocale } {
  const chosen = options.language?.(scenarioLocale) ?? { language: scenarioLocale ?? 'en', csvLocale: scenarioLocale ?? 'en' };
  return { language: reportLanguage(chosen.language), csvLocale: chosen.csvLocale };
}

/**
 * Starts loading the report's modules (the chart renderer is slow to load) while the simulation
 * runs, so the report does not wait for them after it; a failure shows at planningReportFiles.
 */
export function preloadPlanningReport(): void {
  import('../report/planning/index.js').catch(() => undefined);
}

/** The report files of a planning results folder's files (added to them by the caller). */
export async function planningReportFiles(files: Readonly<Record<string, string>>, language: ReportLanguage, csvLocale: CsvLocale): Promise<Record<string, string>> {
  // The chart renderer is slow to load: only now, and only for a report.
  const { buildPlanningReport, planningInput } = await import('../report/planning/index.js');
  const { input, problems } = planningInput(files, version());
  // The files were just made here: a problem is a bug, not bad input.
  if (input === null) throw new InputError(problems.map((problem) => ({ path: [], file: problem.file, message: resultsInput.planningFile(problem.problem) })));
  return buildPlanningReport(input, language, { csvLocale });
}
