// The report's charts for the selected column, drawn by the chart worker (the same chart
// modules and renderer as `recepsim run`). One drawing at a time: while one is being drawn only
// the newest summary waits, so a stream of summaries never queues up work.

import type { Summary } from '../../metrics/summary/index.js';
import type { ChartContext, ChartRequest, ChartResponse } from '../protocol.js';
import { h, replaceChildren } from './dom.js';

/** The charts card. */
export class ChartView {
  readonly element = h('section', { class: 'card', id: 'charts' });
  private readonly heading = h('h2', {});
  private readonly figures = h('div', { class: 'charts' });
  private drawing: { id: number; summary: Summary } | null = null;
  private waiting: { summary: Summary; context: ChartContext } | null = null;
  private shown: Summary | null = null;
  private shownLanguage: string | null = null;
  private requests = 0;

  /** `failed` words a failure of the worker (a bug). */
  constructor(
    private readonly worker: Worker,
    private readonly failed: (message: string) => string,
  ) {
    replaceChildren(this.element, this.heading, this.figures);
    worker.addEventListener('message', (event: MessageEvent<ChartResponse>) => this.received(event.data));
  }

  /** Draws the charts of `summary` (soon: after the drawing in progress). */
  show(heading: string, summary: Summary, context: ChartContext): void {
    this.heading.textContent = heading;
    if (summary === this.shown && context.language === this.shownLanguage) return;
    this.shown = summary;
    this.shownLanguage = context.language;
    this.waiting = { summary, context };
    this.next();
  }

  /** Stops the drawing in progress (it resumes with the next `show`): a new answer needs the core. */
  pause(): void {
    if (this.drawing === null) return;
    this.worker.postMessage({ kind: 'stop' });
    // What was being drawn is drawn again when asked.
    this.shown = null;
    this.drawing = null;
  }

  private next(): void {
    if (this.drawing !== null || this.waiting === null) return;
    const request: ChartRequest = { kind: 'charts', id: ++this.requests, ...this.waiting };
    this.drawing = { id: request.id, summary: this.waiting.summary };
    this.waiting = null;
    this.worker.postMessage(request);
  }

  private received(response: ChartResponse): void {
    const isChart = response.kind === 'charts' || (response.kind === 'failed' && response.request === 'charts');
    if (!isChart || this.drawing === null || response.id !== this.drawing.id) return;
    const drawn = this.drawing.summary;
    this.drawing = null;
    if (response.kind === 'charts') {
      replaceChildren(
        this.figures,
        response.charts.map((chart) => {
          const figure = h('figure', { id: `chart-${chart.id}`, 'aria-label': chart.title });
          // The SVG comes from our own renderer (text escaped by vega), not from user input.
          figure.innerHTML = chart.svg;
          return figure;
        }),
      );
      // How many replications the charts show, for whoever needs to know they are up to date.
      this.element.dataset.replications = String(drawn.replications);
    } else if (response.kind === 'failed') {
      replaceChildren(this.figures, h('p', { class: 'problems' }, this.failed(response.message)));
    }
    this.next();
  }
}
