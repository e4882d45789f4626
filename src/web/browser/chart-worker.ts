// Chart worker: draws the report's charts (the same chart modules and SVG renderer as
// `recepsim run`), goal-seek's chart of key figures against team size, and writes the HTML report, off the page's thread so the page never freezes.
// Charts are drawn one at a time and a newer request (or a "stop") ends an older drawing between
// two charts, so a drawing never holds a core the simulation of a new answer needs.

import { chartSpecs } from '../../report/charts/index.js';
import { teamSizeSpec } from '../../report/charts/team-size.js';
import { reportContext } from '../../report/context.js';
import { renderReportHtml } from '../../report/html.js';
import { renderChartSvg } from '../../report/render-svg.js';
import { reportLanguage } from '../../text/report/index.js';
import type { ChartRequest, ChartResponse, TeamSizeRequest } from '../protocol.js';

/** The part of a dedicated worker's global scope this file uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ChartRequest | TeamSizeRequest | { readonly kind: 'stop' }>) => void) | null;
  postMessage(message: ChartResponse): void;
}

const scope = self as unknown as WorkerScope;
// The drawing wanted now; an older one stops at its next chart.
let latestDrawing = 0;

scope.onmessage = async (event) => {
  const request = event.data;
  if (request.kind === 'stop') {
    latestDrawing = -1;
    return;
  }
  if (request.kind === 'team-size') {
    try {
      const spec = teamSizeSpec(request.chart, reportLanguage(request.language));
      scope.postMessage({ kind: 'team-size', id: request.id, svg: spec === null ? null : await renderChartSvg(spec, { idPrefix: 'team-size' }) });
    } catch (error) {
      scope.postMessage({ kind: 'failed', request: request.kind, id: request.id, message: (error as Error).message });
    }
    return;
  }
  const { scenario, language, run } = request.context;
  const context = reportContext(scenario, run, reportLanguage(language));
  try {
    if (request.kind === 'charts') {
      latestDrawing = request.id;
      const charts: { id: string; title: string; svg: string }[] = [];
      for (const { id, title, spec } of chartSpecs(request.summary, context.language)) {
        // Messages that arrived meanwhile are handled between two charts.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (latestDrawing !== request.id) return;
        charts.push({ id, title, svg: await renderChartSvg(spec, { idPrefix: id }) });
      }
      scope.postMessage({ kind: 'charts', id: request.id, charts });
    } else {
      scope.postMessage({ kind: 'report', id: request.id, html: await renderReportHtml(request.summary, context) });
    }
  } catch (error) {
    scope.postMessage({ kind: 'failed', request: request.kind, id: request.id, message: (error as Error).message });
  }
};
