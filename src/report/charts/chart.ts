// What every chart module exports. One chart kind per module, listed in ./index.ts; a chart
// without a module does not compile.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';

/** The charts of a report, in report order. */
export const CHART_IDS = ['waits-by-hour', 'queue-by-hour', 'service-level-by-hour', 'utilisation', 'lost-customers'] as const;

/** A chart's name; also its file name (`charts/<id>.svg`, `charts/<id>.vl.json`). */
export type ChartId = (typeof CHART_IDS)[number];

/** One chart: a Vega-Lite spec with its data inlined, built from a summary. */
export interface ChartModule<Id extends ChartId = ChartId> {
  readonly id: Id;
  readonly title: string;
  /** The Vega-Lite spec, data inlined, about 600 × 250 pixels. */
  spec(summary: Summary): TopLevelSpec;
}
