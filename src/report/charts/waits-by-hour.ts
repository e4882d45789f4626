// Mean wait of calls and of visitors by hour of arrival, with 95% bands. One panel per channel,
// each in its natural unit: calls wait seconds, visitors minutes. Hours with no arrivals of a
// channel are gaps in its line.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';
import type { ReportLanguage } from '../../text/report/index.js';
import type { ChartModule } from './chart.js';
import { COLOURS, HEIGHT, hourAxis, hourlyPanels, hourRange, hourSeries } from './common.js';

const PANEL_HEIGHT = Math.round(HEIGHT / 2.5);

/** Mean wait of calls (seconds) and visitors (minutes) by hour of arrival, one panel each. */
export const waitsByHour: ChartModule<'waits-by-hour'> = {
  id: 'waits-by-hour',
  title: (language) => language.text.chartTitles['waits-by-hour'],
  spec(summary: Summary, language: ReportLanguage): TopLevelSpec | null {
    const { text } = language;
    const at = (hour: number) => summary.hourly[hour];
    const hours = hourRange(0, summary.hourly.length - 1);
    const series = [
      { label: text.callsWaitPanel, colour: COLOURS.calls, points: hourSeries(text.callsWaitPanel, hours, (h) => at(h).calls.mean_wait_all, 60) },
      { label: text.visitorsWaitPanel, colour: COLOURS.visitors, points: hourSeries(text.visitorsWaitPanel, hours, (h) => at(h).visits.mean_wait_all) },
    ].filter((s) => s.points.length > 0);
    if (series.length === 0) return null;
    return hourlyPanels({
      title: text.chartTitles['waits-by-hour'],
      subtitle: text.axisMeanWait,
      series,
      x: hourAxis(series.flatMap((s) => s.points.map((p) => p.hour)), text.axisHourOfArrival),
      panelHeight: PANEL_HEIGHT,
      language,
    });
  },
};
