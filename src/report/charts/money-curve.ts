// The money curve: staff cost, lost margin and net cost per day against team size, one panel per
// policy, each with its 95% band; the recommended team ringed on its net cost. Staff cost rises
// with the team and lost margin falls: the net cost's lowest point is the cheapest team. Drawn by
// the team-size chart (the measures as its series, the policies as its panels).

import type { TopLevelSpec } from 'vega-lite';
import type { ReportLanguage } from '../../text/report/index.js';
import { teamSizeSpec } from './team-size.js';

/** The money of one team: each measure's value and 95% interval (nulls: nothing to show). */
export interface MoneyPoint {
  readonly advisors: number;
  readonly staff: { value: number | null; low: number | null; high: number | null };
  readonly lost: { value: number | null; low: number | null; high: number | null };
  readonly net: { value: number | null; low: number | null; high: number | null };
}

/** What the chart shows: one panel per policy. */
export interface MoneyCurveChart {
  readonly policies: readonly { readonly title: string; readonly points: readonly MoneyPoint[] }[];
  /** The team to ring on its net cost: the panel (policy title) and its advisors; null for none. */
  readonly recommended: { readonly policy: string; readonly advisors: number; readonly label: string } | null;
  readonly currency: string;
}

/** Measures drawn, in legend order, with their colours: staff cost grey, lost margin red, net cost black. */
const MEASURES = ['staff', 'lost', 'net'] as const;
const MEASURE_COLOURS = ['#7f7f7f', '#e45756', '#1d1d1b'];

/** The money curve as a Vega-Lite spec; null when no team has money figures. */
export function moneyCurveSpec(chart: MoneyCurveChart, language: ReportLanguage): TopLevelSpec | null {
  const { planning } = language.text;
  const names = MEASURES.map((measure) => planning.moneyMeasures[measure]);
  return teamSizeSpec(
    {
      title: planning.chartTitles['money-curve'],
      xTitle: planning.axisAdvisors,
      series: names,
      colours: MEASURE_COLOURS,
      currency: chart.currency,
      panels: chart.policies.map((policy) => ({
        title: policy.title,
        format: 'money',
        target: null,
        points: policy.points.flatMap((point) => MEASURES.map((measure, i) => ({ series: names[i], advisors: point.advisors, ...point[measure] }))),
      })),
      recommended:
        chart.recommended === null
          ? null
          : { series: planning.moneyMeasures.net, advisors: chart.recommended.advisors, label: chart.recommended.label, panel: chart.recommended.policy },
    },
    language,
  );
}
