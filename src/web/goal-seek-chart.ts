// The goal-seek chart: the key figures of the teams around the answer, drawn by the report's
// team-size chart (src/report/charts/team-size.ts), with each figure's target and the answer
// ringed. Plain data in, plain data out, so the chart worker can draw it.

import type { PointEntry } from '../analysis/evaluate.js';
import type { TeamSizeChart, TeamSizeFormat } from '../report/charts/team-size.js';
import { formatValue } from '../report/format.js';
import type { Summary } from '../metrics/summary/index.js';
import type { PolicyKind } from '../model/schema/policy.js';
import type { ReportLanguage } from '../text/report/index.js';
import type { WhatIfText } from '../text/whatif/index.js';
import type { GoalSeekAnswer } from './goal-seek.js';
import { keyFigureLabel, type KeyFigurePath } from './key-figures.js';

/** The figures the chart and the table beside it show, in order. */
export const CURVE_FIGURES = [
  'calls.sl_answered_within_t_over_offered',
  'visits.all.sl_attended_within_t_over_arrivals',
  'visits.all.interruptedShare',
  'money.netCostPerDay',
] as const satisfies readonly KeyFigurePath[];

/** The chart's input for a goal-seek answer; `summary` (the column's) names the figures and their thresholds. */
export function goalSeekChart(seek: GoalSeekAnswer, summary: Summary, language: ReportLanguage, words: WhatIfText): TeamSizeChart {
  const series = words.goalSeekSeries(words.policies[seek.policy.split(':')[0] as PolicyKind]?.menu ?? seek.policy, seek.desk);
  const formatOf = (path: (typeof CURVE_FIGURES)[number]): TeamSizeFormat => (path === 'money.netCostPerDay' ? 'money' : 'share');
  return {
    title: words.goalSeekCurveCaption,
    xTitle: words.goalSeekAxis,
    series: [series],
    currency: summary.money.currency,
    panels: CURVE_FIGURES.map((path) => {
      // The figure's target, where the scenario has one on exactly this figure.
      const target = seek.curve.flatMap((point) => point.targets).find((candidate) => candidate.metric === path);
      return {
        title: keyFigureLabel(path, summary, language, words),
        format: formatOf(path),
        target:
          target === undefined
            ? null
            : { value: target.target, label: words.goalSeekTarget(target.kind, formatValue(target.target, formatOf(path) === 'share' ? 'share' : { money: summary.money.currency }, language)) },
        points: seek.curve.map((point: PointEntry) => {
          const figure = point.figures[path];
          return {
            series,
            advisors: point.advisors,
            value: figure?.value ?? null,
            low: figure?.ci95?.[0] ?? figure?.value ?? null,
            high: figure?.ci95?.[1] ?? figure?.value ?? null,
          };
        }),
      };
    }),
    recommended: seek.answer === null ? null : { series, advisors: seek.answer.advisors, label: words.goalSeekRecommended(seek.answer.advisors) },
  };
}
