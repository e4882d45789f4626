// Mean number waiting by hour of the day, one panel per queue (visitors and calls, and callbacks
// and messages when the scenario has them), each on its own scale with its 95% band: a queue of
// a few calls is not flattened under a queue of visitors, and no line hides another.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';
import { QUEUES, type QueueName } from '../../model/domain.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { hasTraffic } from '../sections.js';
import type { ChartModule } from './chart.js';
import { COLOURS, HEIGHT, hourAxis, hourlyPanels, hourRange, hourSeries } from './common.js';

const PANEL_HEIGHT = Math.round(HEIGHT / 3);

/** Mean number waiting in each queue by hour of the day. */
export const queueByHour: ChartModule<'queue-by-hour'> = {
  id: 'queue-by-hour',
  title: (language) => language.text.chartTitles['queue-by-hour'],
  spec(summary: Summary, language: ReportLanguage): TopLevelSpec | null {
    const { text } = language;
    const traffic: Readonly<Record<QueueName, boolean>> = {
      visitors: hasTraffic(summary.visits.all.arrivalsPerDay),
      calls: hasTraffic(summary.calls.offeredPerDay),
      callbacks: hasTraffic(summary.callbacks.createdPerDay),
      messages: hasTraffic(summary.messages.arrivalsPerDay),
    };
    // An hour is shown when someone arrived in it or someone was still waiting.
    const busy = summary.hourly
      .filter(
        (hour) =>
          hasTraffic(hour.calls.offeredPerDay) ||
          hasTraffic(hour.visits.arrivalsPerDay) ||
          QUEUES.some((queue) => traffic[queue] && hasTraffic(hour.meanQueueLength[queue])),
      )
      .map((hour) => hour.hour);
    if (busy.length === 0) return null;
    const hours = hourRange(Math.min(...busy), Math.max(...busy));
    const queues = QUEUES.filter((queue) => traffic[queue])
      .map((queue) => ({
        label: text.queues[queue],
        colour: COLOURS[queue],
        points: hourSeries(text.queues[queue], hours, (hour) => summary.hourly[hour].meanQueueLength[queue]),
      }))
      .filter((queue) => queue.points.length > 0);
    if (queues.length === 0) return null;
    return hourlyPanels({
      title: text.chartTitles['queue-by-hour'],
      subtitle: text.axisMeanWaiting,
      series: queues,
      x: hourAxis(hours, text.axisHourOfDay),
      panelHeight: PANEL_HEIGHT,
      language,
    });
  },
};
