// The report of a planning command's results folder (size, sweep, compare): report.html, the
// charts (charts/<id>.vl.json and .svg), and every configuration's summary.csv in the report's
// language and CSV dialect. Made from the folder's JSON files only (input.ts): the report never
// simulates, and the report a command writes is the one `recepsim report` writes again.

import type { CsvLocale } from '../../text/csv.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { reportContext, type ReportContext } from '../context.js';
import { summaryCsv } from '../csv.js';
import { renderChartSvg } from '../render-svg.js';
import { planningChartSpecs } from './charts.js';
import { renderPlanningHtml } from './html.js';
import { NOW_FOLDER, type PlanningReportInput } from './input.js';

export { planningInput, planningKindOf, withReferenceLabel, AS_WRITTEN_FOLDER, NOW_FOLDER, type PlanningKind, type PlanningReportInput, type PlanningResults } from './input.js';
export { planningChartSpecs, PLANNING_CHART_IDS, type PlanningChartId } from './charts.js';
export { planningRecommendation } from './recommend.js';

/** The folder of the chart files. */
const CHARTS_FOLDER = 'charts';

/** The context the report prints its assumptions and run from: the scenario as written (or the reference variant). */
export function planningContext(input: PlanningReportInput, language: ReportLanguage): ReportContext {
  const { results, configurations, run } = input;
  const folder = results.kind === 'compare' ? results.variants[0].folder : configurations.has(NOW_FOLDER) ? NOW_FOLDER : [...configurations.keys()][0];
  const scenario = configurations.get(folder)!.scenario;
  const changes = results.kind === 'compare' ? results.variants[0].overrides : run.changes;
  // The warnings the command printed about the scenario (each configuration's own are in its folder).
  const warnings = run.warningsIn[language.code] ?? [];
  return reportContext(scenario, { version: run.version, scenarioFile: run.scenarioFiles[0] ?? null, changes, warnings }, language);
}

/** The report files of a planning results folder, by relative path; chart warnings go to `warnings` when given. */
export async function buildPlanningReport(
  input: PlanningReportInput,
  language: ReportLanguage,
  options: { readonly csvLocale?: CsvLocale; readonly warnings?: string[] } = {},
): Promise<Record<string, string>> {
  const csvLocale = options.csvLocale ?? language.code;
  const files: Record<string, string> = {};
  for (const [folder, ran] of input.configurations) files[`${folder}/summary.csv`] = summaryCsv(ran.summary, language, csvLocale);
  const rendered = [];
  for (const { id, title, spec } of planningChartSpecs(input, language)) {
    const svg = await renderChartSvg(spec, { idPrefix: id, warnings: options.warnings });
    files[`${CHARTS_FOLDER}/${id}.vl.json`] = `${JSON.stringify(spec, null, 2)}\n`;
    files[`${CHARTS_FOLDER}/${id}.svg`] = svg;
    rendered.push({ id, title, svg });
  }
  files['report.html'] = renderPlanningHtml(input, planningContext(input, language), rendered);
  return files;
}
