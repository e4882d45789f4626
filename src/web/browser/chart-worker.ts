// Chart worker: draws the report's charts (the same chart modules and SVG renderer as
// `recepsim run`) and writes the HTML report, off the page's thread so the page never freezes.

import { reportContext } from '../../report/context.js';
import { renderCharts, renderReportHtml } from '../../report/html.js';
import { reportLanguage } from '../../text/report/index.js';
import type { ChartRequest, ChartResponse } from '../protocol.js';

/** The part of a dedicated worker's global scope this file uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ChartRequest>) => void) | null;
  postMessage(message: ChartResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const request = event.data;
  const { scenario, language, run } = request.context;
  const context = reportContext(scenario, run, reportLanguage(language));
  try {
    if (request.kind === 'charts') {
      const charts = await renderCharts(request.summary, context.language);
      scope.postMessage({ kind: 'charts', id: request.id, charts: charts.map(({ id, title, svg }) => ({ id, title, svg })) });
    } else {
      scope.postMessage({ kind: 'report', id: request.id, html: await renderReportHtml(request.summary, context) });
    }
  } catch (error) {
    scope.postMessage({ kind: 'failed', request: request.kind, id: request.id, message: (error as Error).message });
  }
};
