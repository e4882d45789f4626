// Mean wait of calls and of visitors by hour of arrival, with 95% bands. One panel per channel,
// each in its natural unit: calls wait seconds, visitors minutes.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';
import { report } from '../../text/messages.js';
import type { ChartModule } from './chart.js';
import { CHART_CONFIG, COLOURS, HEIGHT, MID_HOUR, VEGA_LITE_SCHEMA, WIDTH, colourScale, hourAxis, hourPoint, type HourPoint } from './common.js';

const PANEL_HEIGHT = Math.round(HEIGHT / 2.5);

/** Mean wait of calls (seconds) and visitors (minutes) by hour of arrival, one panel each. */
export const waitsByHour: ChartModule<'waits-by-hour'> = {
  id: 'waits-by-hour',
  title: report.chartTitle('waits-by-hour'),
  spec(summary: Summary): TopLevelSpec {
    const series = [
      { label: report.callsWaitPanel(), colour: COLOURS.calls },
      { label: report.visitorsWaitPanel(), colour: COLOURS.visitors },
    ];
    const points: HourPoint[] = [];
    for (const hour of summary.hourly) {
      const calls = hourPoint(hour.hour, series[0].label, hour.calls.mean_wait_all, 60);
      const visitors = hourPoint(hour.hour, series[1].label, hour.visits.mean_wait_all);
      if (calls !== null) points.push(calls);
      if (visitors !== null) points.push(visitors);
    }
    const present = series.filter((s) => points.some((p) => p.series === s.label));
    const x = hourAxis(points.map((p) => p.hour), report.axisHourOfArrival());
    const colour = { field: 'series', type: 'nominal', scale: colourScale(present), legend: null } as const;
    return {
      $schema: VEGA_LITE_SCHEMA,
      config: CHART_CONFIG,
      title: report.chartTitle('waits-by-hour'),
      data: { values: points },
      transform: [MID_HOUR],
      facet: {
        row: {
          field: 'series',
          type: 'nominal',
          sort: present.map((s) => s.label),
          header: { title: null, labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelFontWeight: 'bold' },
        },
      },
      spec: {
        width: WIDTH,
        height: PANEL_HEIGHT,
        layer: [
          {
            mark: { type: 'area', opacity: 0.25 },
            encoding: { x, y: { field: 'low', type: 'quantitative', title: report.axisMeanWait() }, y2: { field: 'high' }, color: colour },
          },
          {
            mark: { type: 'line', point: true },
            encoding: { x, y: { field: 'value', type: 'quantitative', title: report.axisMeanWait() }, color: colour },
          },
        ],
      },
      resolve: { scale: { y: 'independent' } },
    };
  },
};
