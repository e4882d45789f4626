// Mean number waiting by hour of the day, per queue, with 95% bands: visitors and calls, and
// callbacks and messages when the scenario has them.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';
import { QUEUES, type QueueName } from '../../model/domain.js';
import { report } from '../../text/messages.js';
import { hasTraffic } from '../sections.js';
import type { ChartModule } from './chart.js';
import { CHART_CONFIG, COLOURS, HEIGHT, LINE_LEGEND, MID_HOUR, VEGA_LITE_SCHEMA, WIDTH, colourScale, hourAxis, hourPoint, type HourPoint } from './common.js';

/** Mean number waiting in each queue by hour of the day. */
export const queueByHour: ChartModule<'queue-by-hour'> = {
  id: 'queue-by-hour',
  title: report.chartTitle('queue-by-hour'),
  spec(summary: Summary): TopLevelSpec {
    const traffic: Readonly<Record<QueueName, boolean>> = {
      visitors: hasTraffic(summary.visits.all.arrivalsPerDay),
      calls: hasTraffic(summary.calls.offeredPerDay),
      callbacks: hasTraffic(summary.callbacks.createdPerDay),
      messages: hasTraffic(summary.messages.arrivalsPerDay),
    };
    const queues = QUEUES.filter((queue) => traffic[queue])
      .map((queue) => ({ queue, label: report.queue(queue), colour: COLOURS[queue] }));
    // An hour is shown when someone arrived in it or someone was still waiting.
    const points: HourPoint[] = [];
    for (const hour of summary.hourly) {
      const arrived = hasTraffic(hour.calls.offeredPerDay) || hasTraffic(hour.visits.arrivalsPerDay);
      const waiting = queues.some(({ queue }) => hasTraffic(hour.meanQueueLength[queue]));
      if (!arrived && !waiting) continue;
      for (const { queue, label } of queues) {
        const point = hourPoint(hour.hour, label, hour.meanQueueLength[queue]);
        if (point !== null) points.push(point);
      }
    }
    const x = hourAxis(points.map((p) => p.hour), report.axisHourOfDay());
    const colour = {
      field: 'series',
      type: 'nominal',
      scale: colourScale(queues),
      legend: { title: report.legendQueue(), ...LINE_LEGEND },
    } as const;
    return {
      $schema: VEGA_LITE_SCHEMA,
      config: CHART_CONFIG,
      title: report.chartTitle('queue-by-hour'),
      width: WIDTH,
      height: HEIGHT,
      data: { values: points },
      transform: [MID_HOUR],
      layer: [
        {
          mark: { type: 'area', opacity: 0.2 },
          encoding: { x, y: { field: 'low', type: 'quantitative', title: report.axisMeanWaiting() }, y2: { field: 'high' }, color: colour },
        },
        {
          mark: { type: 'line', point: true },
          encoding: { x, y: { field: 'value', type: 'quantitative', title: report.axisMeanWaiting() }, color: colour },
        },
      ],
    };
  },
};
