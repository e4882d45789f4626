// The goal-seek chart: the key figures of the teams around the answer, drawn by the report's
// team-size chart (src/report/charts/team-size.ts), with each figure's target and the answer
// ringed. Plain data in, plain data out, so the chart worker can draw it.

import type { PointEntry } from '../analysis/evaluate.js';
import { KEY_FIGURES, type KeyFigurePath } from '../analysis/key-figures.js';
import type { TeamSizeChart, TeamSizeFormat } from '../report/charts/team-size.js';
import { formatValue } from '../report/format.js';
import type { Summary } from '../metrics/summary/index.js';
import type { PolicyKind } from '../model/schema/policy.js';
import type { ReportLanguage } from '../text/report/index.js';
import type { WhatIfText } from '../text/whatif/index.js';
import type { GoalSeekAnswer } from './goal-seek.js';
import { keyFigureLabel } from './key-figures.js';

/**
 * The figures the chart and the table beside it show, in the key figures' order: the figure of
 * each target the search judged (so the one that stops a smaller team is always there, calls
 * abandoned too), then the net cost.
 */
export function curveFigures(seek: GoalSeekAnswer): KeyFigurePath[] {
  const targeted = new Set(seek.curve.flatMap((point) => point.targets.map((target) => target.metric)));
  const net: KeyFigurePath = 'money.netCostPerDay';
  return [...KEY_FIGURES.map((figure) => figure.path).filter((path) => path !== net && targeted.has(path)), net];
}

/** The chart's input for a goal-seek answer; `summary` (the column's) names the figures and their thresholds. */
export function goalSeekChart(seek: GoalSeekAnswer, summary: Summary, language: ReportLanguage, words: WhatIfText): TeamSizeChart {
  const series = words.goalSeekSeries(words.policies[seek.policy.split(':')[0] as PolicyKind]?.menu ?? seek.policy, seek.desk);
  const formatOf = (path: KeyFigurePath): TeamSizeFormat => (path === 'money.netCostPerDay' ? 'money' : 'share');
  return {
    title: words.goalSeekCurveCaption,
    xTitle: words.goalSeekAxis,
    series: [series],
    currency: summary.money.currency,
    panels: curveFigures(seek).map((path) => {
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
