// Reports of a run, as text, in one language: the files a run writes, by relative path. The
// report never touches files or the process; cli/ and io/ write what this returns.
//
// 1. summary.csv, hourly.csv      csv.ts: every figure with its unit, found by walking the summary
// 2. charts/<id>.vl.json          charts/: one module per chart, registered in charts/index.ts
// 3. charts/<id>.svg              render-svg.ts: vega-lite → vega, headless
// 4. report.html                  html.ts: the verdict (verdict.ts, verdict-text.ts), the key figures
//                                 as tables, the same SVGs inline, the assumptions and the run
// The terminal table is table.ts (renderSummaryTable); it shares its content with the HTML tables.

import type { Summary } from '../metrics/summary/index.js';
import type { CsvLocale } from '../text/csv.js';
import type { ReportContext } from './context.js';
import { hourlyCsv, summaryCsv } from './csv.js';
import { renderCharts, renderReportHtml } from './html.js';

export { reportContext, type ReportContext, type RunFacts } from './context.js';
export { renderSummaryTable } from './table.js';
export { summaryCsv, hourlyCsv } from './csv.js';
export { charts, chartSpecs, CHART_IDS, type ChartId, type ChartModule } from './charts/index.js';
export { renderChartSvg, type RenderOptions } from './render-svg.js';
export { renderCharts, renderReportHtml, type RenderedChart } from './html.js';

/** The files a report writes, besides the summary: the report files of a results folder. */
export const REPORT_FILES = ['summary.csv', 'hourly.csv', 'report.html'] as const;

/** The folder of the chart files. */
export const CHARTS_FOLDER = 'charts';

/** Options of buildReport. */
export interface BuildOptions {
  /** The CSV dialect (default: the report's language). */
  readonly csvLocale?: CsvLocale;
  /** Collects chart warnings; without it they are dropped. */
  readonly warnings?: string[];
}

/**
 * The files of a run's report, by path relative to the results folder, in this order:
 * summary.csv, hourly.csv, charts/<id>.vl.json and charts/<id>.svg for every chart, report.html.
 */
export async function buildReport(summary: Summary, context: ReportContext, options: BuildOptions = {}): Promise<Record<string, string>> {
  const csvLocale = options.csvLocale ?? context.language.code;
  const files: Record<string, string> = {
    'summary.csv': summaryCsv(summary, context.language, csvLocale),
    'hourly.csv': hourlyCsv(summary, context.language, csvLocale),
  };
  const rendered = await renderCharts(summary, context.language, options.warnings);
  for (const { id, spec, svg } of rendered) {
    files[`${CHARTS_FOLDER}/${id}.vl.json`] = `${JSON.stringify(spec, null, 2)}\n`;
    files[`${CHARTS_FOLDER}/${id}.svg`] = svg;
  }
  files['report.html'] = await renderReportHtml(summary, context, rendered);
  return files;
}
