// The charts of a planning report, built from its input: for size and sweep the key figures
// (each target's figure) and the money against team size, per policy; for compare the paired
// differences against the reference. One Vega-Lite module each in ../charts/.

import type { TopLevelSpec } from 'vega-lite';
import type { Figure, Summary } from '../../metrics/summary/index.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { moneyCurveSpec, type MoneyPoint } from '../charts/money-curve.js';
import { pairedDifferencesSpec, type DifferencePanel } from '../charts/paired-differences.js';
import { teamSizeSpec, type TeamSizePanel } from '../charts/team-size.js';
import { boundText, formatOfMetric, targetLabel } from '../sections.js';
import { NOW_FOLDER, type CompareResults, type PlanningPoint, type PlanningReportInput, type SizeResults, type SweepResults } from './input.js';
import { keyFigureName, pointName, pointsOf, policyLabel, recommendedLabel } from './recommend.js';

/** The charts of planning reports, in report order. */
export const PLANNING_CHART_IDS = ['team-size', 'money-curve', 'paired-differences'] as const;

/** A planning chart's name; also its file name. */
export type PlanningChartId = (typeof PLANNING_CHART_IDS)[number];

/** A planning chart's spec with its id and title. */
export interface PlanningChartSpec {
  readonly id: PlanningChartId;
  readonly title: string;
  readonly spec: TopLevelSpec;
}

/** Every chart with something to show, in report order. */
export function planningChartSpecs(input: PlanningReportInput, language: ReportLanguage): PlanningChartSpec[] {
  const { chartTitles } = language.text.planning;
  const charts: { id: PlanningChartId; title: string; spec: TopLevelSpec | null }[] = [];
  const { results } = input;
  if (results.kind === 'compare') {
    const reference = results.variants[0].label;
    charts.push({ id: 'paired-differences', title: chartTitles['paired-differences'](reference), spec: differencesSpec(results, input, language) });
  } else {
    charts.push({ id: 'team-size', title: chartTitles['team-size'], spec: teamSize(results, input, language) });
    charts.push({ id: 'money-curve', title: chartTitles['money-curve'], spec: moneyCurve(results, input, language) });
  }
  return charts.flatMap((chart) => (chart.spec === null ? [] : [{ id: chart.id, title: chart.title, spec: chart.spec }]));
}

/** Valid points with their summaries, in order. */
function ranPoints(results: SizeResults | SweepResults, input: PlanningReportInput): { point: PlanningPoint; summary: Summary }[] {
  return pointsOf(results).flatMap((point) => {
    const ran = point.folder === null ? undefined : input.configurations.get(point.folder);
    return ran === undefined ? [] : [{ point, summary: ran.summary }];
  });
}

/** The series (policies, with the desk size) in the run's order. */
function seriesOf(points: readonly { point: PlanningPoint }[], language: ReportLanguage): string[] {
  return [...new Set(points.map(({ point }) => policyLabel(point, language)))];
}

function recommendedPoint(results: SizeResults | SweepResults): PlanningPoint | undefined {
  const label = recommendedLabel(results);
  return label === null ? undefined : pointsOf(results).find((point) => point.label === label);
}

function interval(figure: Pick<Figure, 'value' | 'ci95'>, scale = 1): { value: number | null; low: number | null; high: number | null } {
  if (figure.value === null) return { value: null, low: null, high: null };
  const [low, high] = figure.ci95 ?? [figure.value, figure.value];
  return { value: figure.value * scale, low: low * scale, high: high * scale };
}

function teamSize(results: SizeResults | SweepResults, input: PlanningReportInput, language: ReportLanguage): TopLevelSpec | null {
  const { planning } = language.text;
  const points = ranPoints(results, input);
  if (points.length === 0) return null;
  const reference = input.configurations.get(NOW_FOLDER)?.summary ?? points[0].summary;
  const panels: TeamSizePanel[] = reference.targets.map((target) => ({
    title: targetLabel(reference, target, language),
    format: formatOfMetric(target.metric) === 'share' ? 'share' : 'number',
    target: { value: target.target, label: planning.targetLine(boundText(target, language)) },
    points: points.map(({ point, summary }) => {
      const own = summary.targets.find((candidate) => candidate.name === target.name);
      return { series: policyLabel(point, language), advisors: point.advisors, ...interval(own ?? { value: null, ci95: null }) };
    }),
  }));
  const recommended = recommendedPoint(results);
  return teamSizeSpec(
    {
      title: planning.chartTitles['team-size'],
      xTitle: planning.axisAdvisors,
      series: seriesOf(points, language),
      panels,
      recommended: recommended === undefined ? null : { series: policyLabel(recommended, language), advisors: recommended.advisors, label: planning.recommendedLabel(pointName(recommended, language)) },
    },
    language,
  );
}

function moneyCurve(results: SizeResults | SweepResults, input: PlanningReportInput, language: ReportLanguage): TopLevelSpec | null {
  const points = ranPoints(results, input);
  if (points.length === 0) return null;
  const policies = seriesOf(points, language).map((title) => ({
    title,
    points: points
      .filter(({ point }) => policyLabel(point, language) === title)
      .map(({ point, summary }): MoneyPoint => ({
        advisors: point.advisors,
        staff: interval(summary.money.staffCostPerDay.total),
        lost: interval(summary.money.lostMarginPerDay.total),
        net: interval(summary.money.netCostPerDay),
      })),
  }));
  const recommended = recommendedPoint(results);
  return moneyCurveSpec(
    {
      policies,
      recommended:
        recommended === undefined
          ? null
          : { policy: policyLabel(recommended, language), advisors: recommended.advisors, label: language.text.planning.recommendedLabel(pointName(recommended, language)) },
      currency: points[0].summary.money.currency,
    },
    language,
  );
}

function differencesSpec(results: CompareResults, input: PlanningReportInput, language: ReportLanguage): TopLevelSpec | null {
  const { planning, unitSeconds, unitMinutes } = language.text;
  const reference = input.configurations.get(results.variants[0].folder)?.summary;
  const currency = reference?.money.currency ?? 'EUR';
  const panels: DifferencePanel[] = results.figures.map((figure) => {
    // Shares differ in percentage points, call waits are shown in seconds.
    const scale = figure.format === 'seconds' ? 60 : figure.format === 'share' ? 100 : 1;
    const unit = { seconds: unitSeconds, minutes: unitMinutes, share: planning.percentagePoints, count: null, money: null }[figure.format];
    return {
      title: `${keyFigureName(figure.path, reference, language)}${unit === null ? '' : ` (${unit})`}`,
      format: figure.format === 'money' ? 'money' : 'number',
      rows: results.variants.flatMap((variant, index) => {
        const difference = figure.differences[index];
        if (index === 0 || difference === null || difference === undefined) return [];
        return [{ variant: variant.label, ...interval(difference, scale), real: difference.real }];
      }),
    };
  });
  return pairedDifferencesSpec(
    { title: planning.chartTitles['paired-differences'](results.variants[0].label), variants: results.variants.slice(1).map((variant) => variant.label), panels, currency },
    language,
  );
}
