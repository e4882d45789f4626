// Reports of a run, as text: the files a run writes, by relative path. The report never touches
// files or the process; cli/ and io/ write what this returns.
//
// 1. summary.csv, hourly.csv      csv.ts: every figure, found by walking the summary
// 2. charts/<id>.vl.json          charts/: one module per chart, registered in charts/index.ts
// 3. charts/<id>.svg              render-svg.ts: vega-lite → vega, headless
// 4. report.html                  html.ts: the key figures as tables, the same SVGs inline, footnotes
// The terminal table is table.ts (renderSummaryTable); it shares its content with the HTML tables.

import type { Summary } from '../metrics/summary/index.js';
import type { ReportContext } from './context.js';
import { hourlyCsv, summaryCsv } from './csv.js';
import { renderCharts, renderReportHtml } from './html.js';

export { reportContext, type ReportContext } from './context.js';
export { renderSummaryTable } from './table.js';
export { summaryCsv, hourlyCsv } from './csv.js';
export { charts, chartSpecs, CHART_IDS, type ChartId, type ChartModule } from './charts/index.js';
export { renderChartSvg, type RenderOptions } from './render-svg.js';
export { renderCharts, renderReportHtml, type RenderedChart } from './html.js';

/**
 * The files of a run's report, by path relative to the results folder, in this order:
 * summary.csv, hourly.csv, charts/<id>.vl.json and charts/<id>.svg for every chart, report.html.
 * Chart warnings go to `warnings` when given.
 */
export async function buildReport(
  summary: Summary,
  context: ReportContext,
  warnings?: string[],
): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    'summary.csv': summaryCsv(summary),
    'hourly.csv': hourlyCsv(summary),
  };
  const rendered = await renderCharts(summary, warnings);
  for (const { id, spec, svg } of rendered) {
    files[`charts/${id}.vl.json`] = `${JSON.stringify(spec, null, 2)}\n`;
    files[`charts/${id}.svg`] = svg;
  }
  files['report.html'] = await renderReportHtml(summary, context, rendered);
  return files;
}
