// `recepsim report` on a compare, sweep, size or merge results folder: the command's CSV and its
// report written again from the folder's own files (no simulation), in the language asked for.

import { join } from 'node:path';
import type { CompareResult } from '../analysis/compare.js';
import type { PointEntry } from '../analysis/evaluate.js';
import { InputError } from '../model/issues.js';
import { messagesIn, resultsInput } from '../text/messages.js';
import { reportLanguage } from '../text/report/index.js';
import { compareCsv } from './compare.js';
import { reportChoice, type ReportOptions } from './planning-report.js';
import { version } from './outputs.js';
import { pointsCsv } from './points.js';

/**
 * The report of a compare, sweep, size or merge results folder written again from its files (no
 * simulation): the command's CSV and the report, in the language chosen given the scenario's
 * locale; the recommendation's sentences for the terminal. InputError naming the file when the
 * folder is not one recepsim wrote.
 */
export async function rewritePlanningReport(
  folder: string,
  files: Readonly<Record<string, string>>,
  options: ReportOptions,
): Promise<{ readonly files: Record<string, string>; readonly sentences: readonly string[] }> {
  const { buildPlanningReport, planningContext, planningInput, planningRecommendation, withReferenceLabel } = await import('../report/planning/index.js');
  const { input: read, problems } = planningInput(files, version());
  if (read === null) throw new InputError(problems.map((problem) => ({ path: [], file: join(folder, problem.file), message: resultsInput.planningFile(problem.problem) })));
  const shard = (read.results as { readonly shard?: unknown }).shard;
  if (shard !== undefined && shard !== null) throw new InputError([{ path: [], message: resultsInput.shardFolder(folder) }]);
  const scenario = planningContext(read, reportLanguage('en')).scenario;
  const { language, csvLocale } = reportChoice(options, scenario.locale);
  const input = withReferenceLabel(read, messagesIn(language.code).variantText.asWritten());
  const currency = scenario.economics.currency;
  const { results } = input;
  const csv: Record<string, string> = {};
  // The result files are this version's own shapes: the report read them, the CSV writers take them as written.
  if (results.kind === 'compare') csv['compare.csv'] = compareCsv(results as unknown as CompareResult, language, csvLocale, currency);
  else csv[`${results.kind}.csv`] = pointsCsv((results.kind === 'size' ? results.searches.flatMap((search) => search.points) : results.points) as unknown as PointEntry[], language, csvLocale, currency);
  const report = await buildPlanningReport(input, language, { csvLocale });
  return { files: { ...csv, ...report }, sentences: planningRecommendation(input, language) };
}
