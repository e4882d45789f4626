// What every chart module exports. One chart kind per module, listed in ./index.ts; a chart
// without a module does not compile.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';
import type { ReportLanguage } from '../../text/report/index.js';

/** The charts of a report, in report order (the heat strip of targets first, under the verdict). */
export const CHART_IDS = [
  'target-hours',
  'waits-by-hour',
  'queue-by-hour',
  'service-level-by-hour',
  'utilisation',
  'lost-customers',
] as const;

/** A chart's name; also its file name (`charts/<id>.svg`, `charts/<id>.vl.json`). */
export type ChartId = (typeof CHART_IDS)[number];

/** One chart: a Vega-Lite spec with its data inlined, built from a summary, in one language. */
export interface ChartModule<Id extends ChartId = ChartId> {
  readonly id: Id;
  title(language: ReportLanguage): string;
  /** The Vega-Lite spec, data inlined, about 600 × 250 pixels; null when the run has nothing for it to show. */
  spec(summary: Summary, language: ReportLanguage): TopLevelSpec | null;
}
