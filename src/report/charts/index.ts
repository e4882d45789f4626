// The chart registry: every chart kind, by id. A ChartId without a module here does not compile.

import type { Summary } from '../../metrics/summary/index.js';
import type { TopLevelSpec } from 'vega-lite';
import { CHART_IDS, type ChartId, type ChartModule } from './chart.js';
import { lostCustomers } from './lost-customers.js';
import { queueByHour } from './queue-by-hour.js';
import { serviceLevelByHour } from './service-level-by-hour.js';
import { utilisation } from './utilisation.js';
import { waitsByHour } from './waits-by-hour.js';

export { CHART_IDS, type ChartId, type ChartModule } from './chart.js';

/** Every chart, by id. */
export const charts: { readonly [Id in ChartId]: ChartModule<Id> } = {
  'waits-by-hour': waitsByHour,
  'queue-by-hour': queueByHour,
  'service-level-by-hour': serviceLevelByHour,
  'utilisation': utilisation,
  'lost-customers': lostCustomers,
};

/** The Vega-Lite spec of every chart for a summary, in report order. */
export function chartSpecs(summary: Summary): { readonly id: ChartId; readonly title: string; readonly spec: TopLevelSpec }[] {
  return CHART_IDS.map((id) => ({ id, title: charts[id].title, spec: charts[id].spec(summary) }));
}
