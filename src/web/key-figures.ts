// The key figures each column shows, with their intervals, read from the run's summary (and, for
// the one count the summary gives only by segment, from the replications' totals with the
// summary's own per-day estimator). Plain data, so a worker can make them; `keyFigureLabel` words
// them in the page's language.

import { perDay, type Runs } from '../metrics/summary/figure.js';
import type { Figure, Summary } from '../metrics/summary/index.js';
import { formatDuration, type Format } from '../report/format.js';
import type { ReportLanguage } from '../text/report/index.js';
import type { WhatIfText } from '../text/whatif/index.js';

/** The key figures, in the order the page lists them; each id is also the figure's place in summary.json where it has one. */
export const KEY_FIGURE_IDS = [
  'callers.lostPerDay.total',
  'calls.sl_answered_within_t_over_offered',
  'calls.p_abandon',
  'visits.all.mean_wait_all',
  'visits.all.sl_attended_within_t_over_arrivals',
  'visits.all.interruptedShare',
  'money.customersLostPerDay.total',
  'money.lostMarginPerDay.total',
  'money.staffCostPerDay.total',
  'money.netCostPerDay',
] as const;

/** A key figure's id. */
export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

/** One key figure of a column. */
export interface KeyFigure {
  readonly id: KeyFigureId;
  readonly format: Format;
  readonly figure: Figure;
}

/** The key figures of a run. */
export function keyFigures(summary: Summary, runs: Runs): KeyFigure[] {
  const money: Format = { money: summary.money.currency };
  const all = summary.visits.all;
  const figures: Record<KeyFigureId, [Format, Figure]> = {
    'callers.lostPerDay.total': ['count', perDay(runs, (r) => r.callers.whole.lost)],
    'calls.sl_answered_within_t_over_offered': ['share', summary.calls.sl_answered_within_t_over_offered],
    'calls.p_abandon': ['share', summary.calls.p_abandon],
    'visits.all.mean_wait_all': ['minutes', all.mean_wait_all],
    'visits.all.sl_attended_within_t_over_arrivals': ['share', all.sl_attended_within_t_over_arrivals],
    'visits.all.interruptedShare': ['share', all.interruptedShare],
    'money.customersLostPerDay.total': ['count', summary.money.customersLostPerDay.total],
    'money.lostMarginPerDay.total': [money, summary.money.lostMarginPerDay.total],
    'money.staffCostPerDay.total': [money, summary.money.staffCostPerDay.total],
    'money.netCostPerDay': [money, summary.money.netCostPerDay],
  };
  return KEY_FIGURE_IDS.map((id) => ({ id, format: figures[id][0], figure: figures[id][1] }));
}

/** A key figure's name, in the page's language (the report's words where it has them). */
export function keyFigureLabel(id: KeyFigureId, summary: Summary, language: ReportLanguage, words: WhatIfText): string {
  const { text } = language;
  switch (id) {
    case 'callers.lostPerDay.total':
      return words.callersLostPerDay;
    case 'calls.sl_answered_within_t_over_offered':
      return words.callsAnsweredWithin(formatDuration(summary.thresholds.callAnsweredWithinMin, language));
    case 'calls.p_abandon':
      return words.callsAbandoned;
    case 'visits.all.mean_wait_all':
      return words.visitorMeanWait;
    case 'visits.all.sl_attended_within_t_over_arrivals':
      return words.visitorsAttendedWithin(formatDuration(summary.thresholds.visitorAttendedWithinMin, language));
    case 'visits.all.interruptedShare':
      return words.visitsInterrupted;
    case 'money.customersLostPerDay.total':
      return text.customersLostPerDay;
    case 'money.lostMarginPerDay.total':
      return text.lostMarginPerDay;
    case 'money.staffCostPerDay.total':
      return text.staffCostPerDay;
    case 'money.netCostPerDay':
      return text.netCostPerDay;
  }
}
