// Key figures against team size: one panel per figure (its own y scale), one line per policy with
// its 95% band, the figure's target as a dashed rule and the recommended team ringed (and named
// under the title). Teams not evaluated are gaps, not bridges: a line joins only neighbouring
// team sizes.
//
// The module takes plain numbers, not a results file, so that any caller can draw it: the size
// and sweep reports (planning-charts.ts builds the input from their points) and the what-if
// page's goal-seek. Words come from the caller (already in the report's language); numbers on
// the axes are written by the language's locale.
//
//   teamSizeSpec({
//     title: 'Key figures by team size',
//     xTitle: 'advisors',
//     series: ['answer-all', 'divert'],            // the order of the legend and the colours
//     panels: [{ title: 'calls answered within 20 s', format: 'share',
//                target: { value: 0.8, label: 'target ≥ 80%' },
//                points: [{ series: 'answer-all', advisors: 3, value: 0.71, low: 0.69, high: 0.73 }, …] }],
//     recommended: { series: 'divert', advisors: 4, label: 'recommended: divert, 4 advisors' },
//   }, reportLanguage('es'))

import type { TopLevelSpec } from 'vega-lite';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import type { UnitSpec } from 'vega-lite/types_unstable/spec/unit.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { VEGA_LITE_SCHEMA, WIDTH, chartConfig } from './common.js';

/** One team size of one series: the value (null: nothing to measure) and its 95% interval (the value itself when there is none). */
export interface TeamSizePoint {
  readonly series: string;
  readonly advisors: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

/** How a panel's values read on its axis: shares as percentages, money in the currency, or plain numbers. */
export type TeamSizeFormat = 'share' | 'money' | 'number';

/** One figure: its name, how it reads, its target (or none) and its points. */
export interface TeamSizePanel {
  readonly title: string;
  readonly format: TeamSizeFormat;
  readonly target: { readonly value: number; readonly label: string } | null;
  readonly points: readonly TeamSizePoint[];
}

/** What the chart shows. */
export interface TeamSizeChart {
  readonly title: string;
  /** The x axis's title (the team size, e.g. "advisors"). */
  readonly xTitle: string;
  /** Series names in legend order; each keeps its colour in every panel. */
  readonly series: readonly string[];
  readonly panels: readonly TeamSizePanel[];
  /** The team to mark: in every panel, or only in the panel of that title; null for none. */
  readonly recommended: { readonly series: string; readonly advisors: number; readonly label: string; readonly panel?: string } | null;
  /** Colours of the series, in order (default: SERIES_COLOURS). */
  readonly colours?: readonly string[];
  /** Currency of money panels (default EUR). */
  readonly currency?: string;
}

/**
 * A colour per series, in order: Tableau 10 (Vega's default) with its red and pink last, so that
 * no policy of a sweep or a size search reads as the red dashed target line.
 */
export const SERIES_COLOURS = ['#4c78a8', '#f58518', '#54a24b', '#b279a2', '#72b7b2', '#9d755d', '#eeca3b', '#bab0ac', '#ff9da6', '#e45756'];

const PANEL_HEIGHT = 150;
/** The target lines' colour. */
export const TARGET_COLOUR = '#c62828';

/** The chart as a Vega-Lite spec, data inlined; null when no panel has a value. */
export function teamSizeSpec(chart: TeamSizeChart, language: ReportLanguage): TopLevelSpec | null {
  const panels = chart.panels.filter((panel) => panel.points.some((point) => point.value !== null));
  if (panels.length === 0) return null;
  const allAdvisors = panels.flatMap((panel) => panel.points.map((point) => point.advisors));
  const domain = [Math.min(...allAdvisors) - 0.5, Math.max(...allAdvisors) + 0.5];
  const ticks = Array.from({ length: domain[1] - domain[0] }, (_, i) => domain[0] + 0.5 + i);
  const x = {
    field: 'advisors',
    type: 'quantitative',
    title: chart.xTitle,
    scale: { domain, nice: false, zero: false },
    axis: { values: ticks, format: 'd', grid: false },
  } as const;
  const colour = {
    field: 'series',
    type: 'nominal',
    scale: { domain: [...chart.series], range: chart.series.map((_, i) => (chart.colours ?? SERIES_COLOURS)[i % (chart.colours ?? SERIES_COLOURS).length]) },
    // Names are never cut: the what-if page's goal-seek names its one series by the policy's menu entry,
    // "se cogen todas las llamadas (interrumpiendo visitas)", which the default limit cut in the middle.
    legend: { title: null, orient: 'top', symbolType: 'stroke', symbolStrokeWidth: 2, symbolOpacity: 1, labelLimit: 0 },
  } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(language, chart.currency),
    // The recommended team is named once, under the title, and ringed in the panels: a label in
    // every panel was written over the lines and the target's own label.
    title: chart.recommended === null ? chart.title : { text: chart.title, subtitle: `○ ${chart.recommended.label}` },
    vconcat: panels.map((panel) => panelSpec(panel, chart, x, colour)),
    resolve: { scale: { color: 'shared' } },
  };
}

function axisFormat(format: TeamSizeFormat): { format: string } | Record<string, never> {
  if (format === 'share') return { format: '.0%' };
  if (format === 'money') return { format: '$,.0f' };
  return {};
}

type Layer = LayerSpec<Field> | UnitSpec<Field>;

function panelSpec(panel: TeamSizePanel, chart: TeamSizeChart, x: object, colour: object): LayerSpec<Field> {
  const y = { type: 'quantitative', title: null, axis: { tickCount: 4, ...axisFormat(panel.format) }, scale: { zero: panel.format === 'money' } } as const;
  const rows = withGaps(panel.points, chart.series);
  const marked = chart.recommended !== null && (chart.recommended.panel === undefined || chart.recommended.panel === panel.title);
  const recommended = !marked ? [] : rows.filter((row) => row.series === chart.recommended!.series && row.advisors === chart.recommended!.advisors && row.value !== null);
  const layers = [
    { data: { values: rows }, mark: { type: 'area', opacity: 0.2 }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' }, color: colour } },
    { data: { values: rows }, mark: { type: 'line', point: true }, encoding: { x, y: { ...y, field: 'value' }, color: colour } },
  ] as Layer[];
  if (panel.target !== null) {
    layers.push(<Layer>{
      data: { values: [{ target: panel.target.value, label: panel.target.label }] },
      layer: [
        { mark: { type: 'rule', color: TARGET_COLOUR, strokeDash: [6, 4], strokeWidth: 1.5 }, encoding: { y: { ...y, field: 'target' } } },
        {
          mark: { type: 'text', color: TARGET_COLOUR, align: 'right', baseline: 'bottom', dy: -2, x: 'width' },
          encoding: { y: { ...y, field: 'target' }, text: { field: 'label', type: 'nominal' } },
        },
      ],
    });
  }
  if (recommended.length > 0) {
    layers.push(<Layer>{
      data: { values: recommended },
      mark: { type: 'point', shape: 'circle', size: 260, filled: false, strokeWidth: 2.5, color: 'black' },
      encoding: { x, y: { ...y, field: 'value' } },
    });
  }
  return { title: { text: panel.title, fontSize: 12, anchor: 'start' }, width: WIDTH, height: PANEL_HEIGHT, layer: layers };
}

/**
 * The points of every series sorted by team size, a null row between two team sizes not next to
 * each other (a team not evaluated breaks the line), and invalid values kept as gaps.
 */
export function withGaps(points: readonly TeamSizePoint[], series: readonly string[]): TeamSizePoint[] {
  return series.flatMap((name) => {
    const own = points.filter((point) => point.series === name).sort((a, b) => a.advisors - b.advisors);
    const rows: TeamSizePoint[] = [];
    for (const point of own) {
      const last = rows[rows.length - 1];
      if (last !== undefined && point.advisors - last.advisors > 1) rows.push({ series: name, advisors: last.advisors + 1, value: null, low: null, high: null });
      rows.push(point);
    }
    return rows;
  });
}
