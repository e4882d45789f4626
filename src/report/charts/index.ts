// The chart registry: every chart kind, by id. A ChartId without a module here does not compile.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { CHART_IDS, type ChartId, type ChartModule } from './chart.js';
import { lostCustomers } from './lost-customers.js';
import { queueByHour } from './queue-by-hour.js';
import { serviceLevelByHour } from './service-level-by-hour.js';
import { targetHours } from './target-hours.js';
import { utilisation } from './utilisation.js';
import { waitsByHour } from './waits-by-hour.js';

export { CHART_IDS, type ChartId, type ChartModule } from './chart.js';

/** Every chart, by id. */
export const charts: { readonly [Id in ChartId]: ChartModule<Id> } = {
  'target-hours': targetHours,
  'waits-by-hour': waitsByHour,
  'queue-by-hour': queueByHour,
  'service-level-by-hour': serviceLevelByHour,
  'utilisation': utilisation,
  'lost-customers': lostCustomers,
};

/** A chart's spec with its id and title. */
export interface ChartSpec {
  readonly id: ChartId;
  readonly title: string;
  readonly spec: TopLevelSpec;
}

/** The Vega-Lite spec of every chart with something to show for a summary, in report order. */
export function chartSpecs(summary: Summary, language: ReportLanguage): ChartSpec[] {
  return CHART_IDS.flatMap((id) => {
    const spec = charts[id].spec(summary, language);
    return spec === null ? [] : [{ id, title: charts[id].title(language), spec }];
  });
}
