// Pieces the charts share: the size, the look and number locale, the hour axis, the colours of each
// channel, and the rows of a line with its confidence band — with explicit gaps, so that a line
// never bridges hours with nothing to measure.

import type { TopLevelSpec } from 'vega-lite';
import type { Field, PositionDef } from 'vega-lite/types_unstable/channeldef.js';
import type { Config } from 'vega-lite/types_unstable/config.js';
import type { Figure } from '../../metrics/summary/index.js';
import { chartNumberLocale, type ReportLanguage } from '../../text/report/index.js';

/** The Vega-Lite version the specs are written for (editors and the online editor read it). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Plot size in pixels, axes and legends apart. */
export const WIDTH = 600;
export const HEIGHT = 250;

/** Looks shared by every chart, and numbers on axes written as the report's locale writes them. */
export function chartConfig(language: ReportLanguage, currency = 'EUR'): Config {
  return {
    title: { anchor: 'start', fontSize: 14 },
    legend: { labelLimit: 320 },
    locale: { number: { ...chartNumberLocale(language.numbers, currency) } },
  };
}

/** One colour per channel, the same in every chart (an activity takes its channel's colour). */
export const COLOURS = {
  calls: '#4c78a8',
  visitors: '#f58518',
  callbacks: '#54a24b',
  messages: '#b279a2',
  neutral: '#7f7f7f',
} as const;

/**
 * A point of a line by hour, with its 95% band (the point itself when there is no interval); all
 * null at an hour with nothing to measure, which breaks the line there.
 */
export interface HourPoint {
  readonly hour: number;
  readonly series: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

/** The point of a series at an hour (null figure: a gap), values times `scale`. */
export function hourPoint(hour: number, series: string, figure: Figure, scale = 1): HourPoint {
  if (figure.value === null) return { hour, series, value: null, low: null, high: null };
  const [low, high] = figure.ci95 ?? [figure.value, figure.value];
  return { hour, series, value: figure.value * scale, low: low * scale, high: high * scale };
}

/**
 * A series by hour over the hours shown: from the first to the last hour with a value, every hour
 * in between present, those without a value as gaps. Empty when no hour has a value.
 */
export function hourSeries(
  series: string,
  hours: readonly number[],
  figureAt: (hour: number) => Figure,
  scale = 1,
): HourPoint[] {
  const points = hours.map((hour) => hourPoint(hour, series, figureAt(hour), scale));
  const first = points.findIndex((point) => point.value !== null);
  if (first < 0) return [];
  const last = points.length - 1 - [...points].reverse().findIndex((point) => point.value !== null);
  return points.slice(first, last + 1);
}

/** Every hour from `first` to `last`, inclusive. */
export function hourRange(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Computes `mid`, the middle of each hour, where the hour's point is drawn. */
export const MID_HOUR = { calculate: 'datum.hour + 0.5', as: 'mid' } as const;

/** The x axis of hourly charts: from the first hour shown to the end of the last, ticks at "08:00". */
export function hourAxis(hours: readonly number[], title: string, field = 'mid'): PositionDef<Field> {
  const first = hours.length === 0 ? 0 : Math.min(...hours);
  const last = hours.length === 0 ? 23 : Math.max(...hours);
  const ticks = Array.from({ length: last - first + 2 }, (_, i) => first + i);
  return {
    field,
    type: 'quantitative',
    title,
    scale: { domain: [first, last + 1], nice: false, zero: false },
    axis: { values: ticks, labelExpr: "pad(datum.value, 2, '0', 'left') + ':00'", grid: false },
  };
}

/** A colour scale over the series present, each with its fixed colour. */
export function colourScale(series: readonly { readonly label: string; readonly colour: string }[]): {
  domain: string[];
  range: string[];
} {
  return { domain: series.map((s) => s.label), range: series.map((s) => s.colour) };
}

/** A quantitative scale of shares from 0 to 100 %, for x or y (add the field). */
export function shareScale(title: string) {
  return { type: 'quantitative' as const, title, scale: { domain: [0, 1] }, axis: { format: '.0%' } };
}

/**
 * Axis labels as Vega writes them, but "0" where a scale with nothing but zeros (no wait at any
 * hour) would have Vega write its only tick with six decimals, "0.000000".
 */
export const PLAIN_ZERO_LABEL = "test(/^-?0[.,]0{6}$/, datum.label) ? '0' : datum.label";

/** A legend above the plot whose symbols are lines, not the pale fill of the bands. */
export const LINE_LEGEND = { orient: 'top', symbolType: 'stroke', symbolStrokeWidth: 2, symbolOpacity: 1 } as const;

/** A series drawn in its own panel: its label (the panel's header), colour and points. */
export interface PanelSeries {
  readonly label: string;
  readonly colour: string;
  readonly points: readonly HourPoint[];
}

/**
 * One panel per series, stacked, each a line with its 95% band on its own y scale (a small series
 * is not flattened under a large one); `subtitle` says what the y axes measure, so that no long
 * rotated axis title stretches the short panels.
 */
export function hourlyPanels(options: {
  readonly title: string;
  readonly subtitle: string;
  readonly series: readonly PanelSeries[];
  readonly x: PositionDef<Field>;
  readonly panelHeight: number;
  readonly language: ReportLanguage;
}): TopLevelSpec {
  const { series, x } = options;
  const colour = { field: 'series', type: 'nominal', scale: colourScale(series), legend: null } as const;
  const y = { type: 'quantitative', title: null, axis: { tickCount: 4, labelExpr: PLAIN_ZERO_LABEL } } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(options.language),
    title: { text: options.title, subtitle: options.subtitle },
    data: { values: series.flatMap((s) => s.points) },
    transform: [MID_HOUR],
    facet: {
      row: {
        field: 'series',
        type: 'nominal',
        sort: series.map((s) => s.label),
        header: { title: null, labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelFontWeight: 'bold' },
      },
    },
    spec: {
      width: WIDTH,
      height: options.panelHeight,
      layer: [
        { mark: { type: 'area', opacity: 0.25 }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' }, color: colour } },
        { mark: { type: 'line', point: true }, encoding: { x, y: { ...y, field: 'value' }, color: colour } },
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
}
