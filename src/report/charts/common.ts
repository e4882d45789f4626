// Pieces the charts share: the size, the hour axis, the colours of each channel and the rows of
// a line with its confidence band.

import type { Field, PositionDef } from 'vega-lite/types_unstable/channeldef.js';
import type { Config } from 'vega-lite/types_unstable/config.js';
import type { Figure } from '../../metrics/summary/index.js';

/** The Vega-Lite version the specs are written for (editors and the online editor read it). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Plot size in pixels, axes and legends apart. */
export const WIDTH = 600;
export const HEIGHT = 250;

/** Looks shared by every chart: titles on the left, legend labels long enough for thresholds. */
export const CHART_CONFIG: Config = {
  title: { anchor: 'start', fontSize: 14 },
  legend: { labelLimit: 320 },
};

/** One colour per channel, the same in every chart (an activity takes its channel's colour). */
export const COLOURS = {
  calls: '#4c78a8',
  visitors: '#f58518',
  callbacks: '#54a24b',
  messages: '#b279a2',
  neutral: '#7f7f7f',
} as const;

/** A point of a line by hour, with its 95% band (the point itself when there is no interval). */
export interface HourPoint {
  readonly hour: number;
  readonly series: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** The point of a series at an hour, or null when the figure is undefined (no traffic that hour). */
export function hourPoint(hour: number, series: string, figure: Figure, scale = 1): HourPoint | null {
  if (figure.value === null) return null;
  const [low, high] = figure.ci95 ?? [figure.value, figure.value];
  return { hour, series, value: figure.value * scale, low: low * scale, high: high * scale };
}

/** Computes `mid`, the middle of each hour, where the hour's point is drawn. */
export const MID_HOUR = { calculate: 'datum.hour + 0.5', as: 'mid' } as const;

/** The x axis of hourly charts: from the first hour shown to the end of the last, ticks at "08:00". */
export function hourAxis(hours: readonly number[], title: string): PositionDef<Field> {
  const first = hours.length === 0 ? 0 : Math.min(...hours);
  const last = hours.length === 0 ? 23 : Math.max(...hours);
  const ticks = Array.from({ length: last - first + 2 }, (_, i) => first + i);
  return {
    field: 'mid',
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

/** A legend above the plot whose symbols are lines, not the pale fill of the bands. */
export const LINE_LEGEND = { orient: 'top', symbolType: 'stroke', symbolStrokeWidth: 2, symbolOpacity: 1 } as const;
