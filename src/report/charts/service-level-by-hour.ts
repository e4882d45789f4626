// Service level by hour of arrival, one panel per channel: calls answered within their threshold
// ÷ offered, and visitors attended within theirs ÷ arrivals, with 95% bands. Each panel draws its
// own target as a dashed rule labelled with its value, so two equal targets stay two. Hours with
// no arrivals of a channel are gaps.

import type { TopLevelSpec } from 'vega-lite';
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { Figure, HourSummary, Summary } from '../../metrics/summary/index.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { formatDuration } from '../format.js';
import { boundText } from '../sections.js';
import type { ChartModule } from './chart.js';
import { COLOURS, HEIGHT, MID_HOUR, VEGA_LITE_SCHEMA, WIDTH, chartConfig, hourAxis, hourRange, hourSeries, shareScale, type HourPoint } from './common.js';

const PANEL_HEIGHT = Math.round(HEIGHT / 2);

interface Channel {
  readonly label: string;
  readonly colour: string;
  /** The TargetResult name of this channel's service-level target. */
  readonly target: string;
  readonly figure: (hour: HourSummary) => Figure;
}

/** Service level of calls and visitors by hour of arrival (shares), each panel with its target. */
export const serviceLevelByHour: ChartModule<'service-level-by-hour'> = {
  id: 'service-level-by-hour',
  title: (language) => language.text.chartTitles['service-level-by-hour'],
  spec(summary: Summary, language: ReportLanguage): TopLevelSpec | null {
    const { text } = language;
    const channels: Channel[] = [
      {
        label: text.callsAnsweredWithin(formatDuration(summary.thresholds.callAnsweredWithinMin, language)),
        colour: COLOURS.calls,
        target: 'callServiceLevel',
        figure: (hour) => hour.calls.sl_answered_within_t_over_offered,
      },
      {
        label: text.visitorsAttendedWithin(formatDuration(summary.thresholds.visitorAttendedWithinMin, language)),
        colour: COLOURS.visitors,
        target: 'visitorServiceLevel',
        figure: (hour) => hour.visits.sl_attended_within_t_over_arrivals,
      },
    ];
    const all = hourRange(0, summary.hourly.length - 1);
    const drawn = channels
      .map((channel) => ({ channel, points: hourSeries(channel.label, all, (hour) => channel.figure(summary.hourly[hour])) }))
      .filter(({ points }) => points.length > 0);
    if (drawn.length === 0) return null;
    const x = hourAxis(drawn.flatMap(({ points }) => points.map((p) => p.hour)), text.axisHourOfArrival);
    return {
      $schema: VEGA_LITE_SCHEMA,
      config: chartConfig(language),
      title: text.chartTitles['service-level-by-hour'],
      vconcat: drawn.map(({ channel, points }) => panel(summary, channel, points, x, language)),
      spacing: 16,
    };
  },
};

/** One channel: its band, its line and its target. */
function panel(
  summary: Summary,
  channel: Channel,
  points: readonly HourPoint[],
  x: ReturnType<typeof hourAxis>,
  language: ReportLanguage,
): LayerSpec<Field> {
  const y = shareScale(language.text.axisServiceLevel);
  const target = summary.targets.find((t) => t.name === channel.target);
  const layers: LayerSpec<Field>['layer'] = [
    {
      data: { values: [...points] },
      transform: [MID_HOUR],
      layer: [
        { mark: { type: 'area', opacity: 0.2, color: channel.colour }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } },
        { mark: { type: 'line', point: { color: channel.colour }, color: channel.colour }, encoding: { x, y: { ...y, field: 'value' } } },
      ],
    },
  ];
  if (target !== undefined) {
    const label = language.text.targetRule(boundText(target, language));
    layers.push({
      data: { values: [{ target: target.target, label }] },
      layer: [
        { mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 1.5, color: channel.colour }, encoding: { y: { ...y, field: 'target' } } },
        {
          // Beside the plot, where no data point can hide it.
          mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, x: 'width', color: channel.colour, fontWeight: 'bold' },
          encoding: { y: { ...y, field: 'target' }, text: { field: 'label', type: 'nominal' } },
        },
      ],
    });
  }
  return {
    title: { text: channel.label, fontSize: 12, color: channel.colour },
    width: WIDTH,
    height: PANEL_HEIGHT,
    layer: layers,
  };
}
