// Service level by hour of arrival: calls answered within the threshold ÷ offered, and visitors
// attended within theirs ÷ arrivals, with 95% bands; configured targets as dashed rules.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';
import { report } from '../../text/messages.js';
import { formatDuration } from '../format.js';
import type { ChartModule } from './chart.js';
import { CHART_CONFIG, COLOURS, HEIGHT, LINE_LEGEND, MID_HOUR, VEGA_LITE_SCHEMA, WIDTH, colourScale, hourAxis, hourPoint, shareScale, type HourPoint } from './common.js';

/** Service level of calls and visitors by hour of arrival (shares), targets as rules. */
export const serviceLevelByHour: ChartModule<'service-level-by-hour'> = {
  id: 'service-level-by-hour',
  title: report.chartTitle('service-level-by-hour'),
  spec(summary: Summary): TopLevelSpec {
    const calls = {
      label: report.callsAnsweredWithin(formatDuration(summary.thresholds.callAnsweredWithinMin)),
      colour: COLOURS.calls,
      target: 'callServiceLevel',
    };
    const visitors = {
      label: report.visitorsAttendedWithin(formatDuration(summary.thresholds.visitorAttendedWithinMin)),
      colour: COLOURS.visitors,
      target: 'visitorServiceLevel',
    };
    const points: HourPoint[] = [];
    for (const hour of summary.hourly) {
      const call = hourPoint(hour.hour, calls.label, hour.calls.sl_answered_within_t_over_offered);
      const visitor = hourPoint(hour.hour, visitors.label, hour.visits.sl_attended_within_t_over_arrivals);
      if (call !== null) points.push(call);
      if (visitor !== null) points.push(visitor);
    }
    const present = [calls, visitors].filter((s) => points.some((p) => p.series === s.label));
    const targets = present.flatMap((s) => {
      const target = summary.targets.find((t) => t.name === s.target);
      return target === undefined ? [] : [{ series: s.label, target: target.target }];
    });
    const x = hourAxis(points.map((p) => p.hour), report.axisHourOfArrival());
    const y = shareScale(report.axisServiceLevel());
    const colour = {
      field: 'series',
      type: 'nominal',
      scale: colourScale(present),
      legend: { title: null, ...LINE_LEGEND },
    } as const;
    return {
      $schema: VEGA_LITE_SCHEMA,
      config: CHART_CONFIG,
      title: targets.length === 0
        ? report.chartTitle('service-level-by-hour')
        : { text: report.chartTitle('service-level-by-hour'), subtitle: report.dashedTarget() },
      width: WIDTH,
      height: HEIGHT,
      layer: [
        {
          data: { values: points },
          transform: [MID_HOUR],
          layer: [
            {
              mark: { type: 'area', opacity: 0.2 },
              encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' }, color: colour },
            },
            {
              mark: { type: 'line', point: true },
              encoding: { x, y: { ...y, field: 'value' }, color: colour },
            },
          ],
        },
        {
          data: { values: targets },
          mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 1.5 },
          encoding: { y: { ...y, field: 'target' }, color: colour },
        },
      ],
    };
  },
};
