// Differences between variants and the reference, with their paired 95% intervals: one panel per
// key figure (its own x scale and unit), one row per variant, the interval as a bar and the
// estimate as a dot, zero as a rule. A difference whose interval excludes zero is drawn in colour
// (beyond noise), one whose interval holds zero in grey (noise). A figure with nothing to measure
// is left out of its panel, not drawn as zero.

import type { TopLevelSpec } from 'vega-lite';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { VEGA_LITE_SCHEMA, WIDTH, chartConfig } from './common.js';

/** One variant's difference from the reference on one figure, in the unit shown. */
export interface DifferenceRow {
  readonly variant: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly real: boolean;
}

/** One key figure: its name (with its unit), how its axis reads, and every variant's difference. */
export interface DifferencePanel {
  readonly title: string;
  readonly format: 'share' | 'money' | 'number';
  readonly rows: readonly DifferenceRow[];
}

/** What the chart shows. */
export interface PairedDifferencesChart {
  readonly title: string;
  /** Variants in order (the reference apart). */
  readonly variants: readonly string[];
  readonly panels: readonly DifferencePanel[];
  readonly currency: string;
}

const ROW_STEP = 22;
const REAL_COLOUR = '#4c78a8';
const NOISE_COLOUR = '#bab0ac';

/** The chart as a Vega-Lite spec; null when no figure has a difference. */
export function pairedDifferencesSpec(chart: PairedDifferencesChart, language: ReportLanguage): TopLevelSpec | null {
  const panels = chart.panels.map((panel) => ({ ...panel, rows: panel.rows.filter((row) => row.value !== null) })).filter((panel) => panel.rows.length > 0);
  if (panels.length === 0) return null;
  const { legendDifference } = language.text.planning;
  const colour = {
    field: 'kind',
    type: 'nominal',
    scale: { domain: [legendDifference.real, legendDifference.noise], range: [REAL_COLOUR, NOISE_COLOUR] },
    legend: { title: null, orient: 'top' },
  } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(language, chart.currency),
    title: chart.title,
    vconcat: panels.map((panel): LayerSpec<Field> => {
      const format = panel.format === 'share' ? '+.1%' : panel.format === 'money' ? '+$,.0f' : '+,.3~f';
      // Zero in view on every panel, so the reader sees how far from it each interval lies.
      const values = panel.rows.flatMap((row) => [row.low ?? row.value!, row.high ?? row.value!]);
      const domain = [Math.min(0, ...values), Math.max(0, ...values)];
      const x = { type: 'quantitative', title: null, scale: { domain, nice: true }, axis: { format, tickCount: 5 } } as const;
      const y = { field: 'variant', type: 'nominal', title: null, sort: [...chart.variants], axis: { labelLimit: 220 } } as const;
      const rows = panel.rows.map((row) => ({ ...row, low: row.low ?? row.value, high: row.high ?? row.value, kind: row.real ? legendDifference.real : legendDifference.noise }));
      return {
        title: { text: panel.title, fontSize: 12, anchor: 'start' },
        width: WIDTH,
        height: { step: ROW_STEP },
        layer: [
          { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: 'black', strokeDash: [4, 3] }, encoding: { x: { ...x, field: 'zero' } } },
          { data: { values: rows }, mark: { type: 'rule', strokeWidth: 4, opacity: 0.6 }, encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' }, color: colour } },
          { data: { values: rows }, mark: { type: 'point', filled: true, size: 60 }, encoding: { y, x: { ...x, field: 'value' }, color: colour } },
        ],
      };
    }),
    resolve: { scale: { color: 'shared', x: 'independent' } },
  };
}
