// Where the targets fail, hour by hour: one row per target that has an hourly figure, one cell per
// hour of arrival with traffic, coloured like the verdict (met, borderline, missed by where the
// hour's 95% interval lies) and labelled with the hour's value. An hour between with nothing to
// measure for a target is grey (not applicable), so the strip has no blank band.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';
import { joinQuantity, type ReportLanguage } from '../../text/report/index.js';
import { formatParts } from '../format.js';
import { formatOfMetric, targetLabel } from '../sections.js';
import { STATUS_COLOURS, STATUS_TEXT_COLOURS, STATUSES } from '../verdict.js';
import { summaryVerdict } from '../verdict-text.js';
import type { ChartModule } from './chart.js';
import { MID_HOUR, VEGA_LITE_SCHEMA, WIDTH, chartConfig, hourAxis, hourRange } from './common.js';

const ROW_STEP = 28;

/** The heat strip of targets by hour of arrival. */
export const targetHours: ChartModule<'target-hours'> = {
  id: 'target-hours',
  title: (language) => language.text.chartTitles['target-hours'],
  spec(summary: Summary, language: ReportLanguage): TopLevelSpec | null {
    const { text } = language;
    const rows = summaryVerdict(summary).targets.filter((target) => target.hours !== null && target.hours.length > 0);
    if (rows.length === 0) return null;
    const labels = rows.map((row) => targetLabel(summary, row.target, language));
    const cells = rows.flatMap((row, i) =>
      row.hours!.map((hour) => {
        const format = formatOfMetric(row.target.metric);
        // Whole percentages in the cells: a cell is an hour wide.
        const value = format === 'share' ? language.numbers.percentParts(hour.figure.value!, 0) : formatParts(hour.figure.value!, format, language);
        return {
          target: labels[i],
          hour: hour.hour,
          end: hour.hour + 1,
          status: text.statuses[hour.status],
          label: joinQuantity(value),
        };
      }),
    );
    // An hour inside the strip with nothing to measure for a target (no visitors at lunch) is a
    // grey "not applicable" cell, not a blank band that reads as missing data.
    const hours = hourRange(Math.min(...cells.map((cell) => cell.hour)), Math.max(...cells.map((cell) => cell.hour)));
    rows.forEach((row, i) => {
      const measured = new Set(row.hours!.map((hour) => hour.hour));
      for (const hour of hours) {
        if (!measured.has(hour)) cells.push({ target: labels[i], hour, end: hour + 1, status: text.statuses.notApplicable, label: text.noValue });
      }
    });
    const notMeasured = cells.length > rows.reduce((sum, row) => sum + row.hours!.length, 0);
    const present = STATUSES.filter((status) => (status === 'notApplicable' && notMeasured) || rows.some((row) => row.hours!.some((hour) => hour.status === status)));
    const x = hourAxis(cells.map((cell) => cell.hour), text.axisHourOfArrival, 'hour');
    const y = { field: 'target', type: 'nominal', title: null, sort: labels, axis: { labelLimit: 400 } } as const;
    return {
      $schema: VEGA_LITE_SCHEMA,
      config: chartConfig(language),
      title: text.chartTitles['target-hours'],
      width: WIDTH,
      height: { step: ROW_STEP },
      data: { values: cells },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 1.5 },
          encoding: {
            x,
            x2: { field: 'end' },
            y,
            color: {
              field: 'status',
              type: 'nominal',
              scale: { domain: present.map((status) => text.statuses[status]), range: present.map((status) => STATUS_COLOURS[status]) },
              legend: { title: null, orient: 'top' },
            },
          },
        },
        {
          mark: { type: 'text', fontSize: 9, fontWeight: 'bold' },
          transform: [MID_HOUR],
          encoding: {
            x: { ...x, field: 'mid' },
            y,
            text: { field: 'label', type: 'nominal' },
            // The verdict's text colour on each status's colour (dark on amber and grey): readable in print too.
            color: {
              field: 'status',
              type: 'nominal',
              scale: { domain: present.map((status) => text.statuses[status]), range: present.map((status) => STATUS_TEXT_COLOURS[status]) },
              legend: null,
            },
          },
        },
      ],
      // The cells' colours and their text colours are two scales of the status.
      resolve: { scale: { color: 'independent' } },
    };
  },
};
