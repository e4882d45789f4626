// The key figures each column shows, with their intervals: the planning commands' own list
// (src/analysis/key-figures.ts), read from the run's summary (or from its replications, for the
// figures the summary gives only by segment), and a variant's difference from the baseline,
// paired replication by replication (src/analysis/paired.ts, as `recepsim compare` pairs them).
// Plain data, so a worker can make them; `keyFigureLabel` words them in the page's language.

import { figureFormat, KEY_FIGURES, type KeyFigure, keyFigureOf, type KeyFigurePath, type PerReplication } from '../analysis/key-figures.js';
import type { SummarySettings } from '../metrics/summary/settings.js';
import type { RunTotals } from '../metrics/tally.js';
import { type Difference, pairedDifference, type VariantRuns } from '../analysis/paired.js';
import type { Figure, Summary } from '../metrics/summary/index.js';
import { formatDuration, type Format } from '../report/format.js';
import type { ReportLanguage } from '../text/report/index.js';
import type { WhatIfText } from '../text/whatif/index.js';

export type { KeyFigurePath } from '../analysis/key-figures.js';

/** One key figure of a column, ready to show. */
export interface ShownFigure {
  /** The figure's path in the one list (and in summary.json where it has one). */
  readonly id: KeyFigurePath;
  readonly format: Format;
  /** Which way is better. */
  readonly better: 'higher' | 'lower';
  readonly figure: Figure;
  /** This column minus the baseline, paired (null for the baseline itself). */
  readonly difference: Difference | null;
}

/**
 * The key figures of a run, in the list's order; with `baseline` (its replications and settings),
 * each with its difference from it, over the replications both have (pairedDifference pairs the first n of each).
 */
export function keyFigures(summary: Summary, mine: VariantRuns, baseline: VariantRuns | null): ShownFigure[] {
  return KEY_FIGURES.map((figure) => ({
    id: figure.path,
    format: figureFormat(figure.format, summary.money.currency),
    better: figure.better,
    figure: keyFigureOf(figure, summary, mine.runs),
    difference: baseline === null ? null : pairedDifference(remembered(figure), baseline, mine),
  }));
}

// Each replication's part of each figure, kept while the replication is: the baseline's are
// paired again with every summary of every variant, and some parts take a while to read.
// (A replication belongs to one job, so it is always read with the same settings.)
const partsOfRun = new WeakMap<RunTotals, Map<string, PerReplication>>();

/** Reads every figure's part of a replication now (while the summary worker waits for the next). */
export function readPartsAhead(settings: SummarySettings, run: RunTotals): void {
  for (const figure of KEY_FIGURES) remembered(figure).perReplication(settings, run);
}

/** `figure` reading each replication's part once. */
function remembered(figure: KeyFigure): KeyFigure {
  return {
    ...figure,
    perReplication: (settings, run) => {
      let parts = partsOfRun.get(run);
      if (parts === undefined) partsOfRun.set(run, (parts = new Map()));
      let part = parts.get(figure.path);
      if (part === undefined) parts.set(figure.path, (part = figure.perReplication(settings, run)));
      return part;
    },
  };
}

/** A key figure's name, in the page's language (the report's words where it has them). */
export function keyFigureLabel(id: KeyFigurePath, summary: Summary, language: ReportLanguage, words: WhatIfText): string {
  const { text } = language;
  const labels: Record<KeyFigurePath, () => string> = {
    'calls.sl_answered_within_t_over_offered': () => words.callsAnsweredWithin(formatDuration(summary.thresholds.callAnsweredWithinMin, language)),
    'calls.p_abandon': () => words.callsAbandoned,
    'calls.mean_wait_all': () => words.callMeanWait,
    'callers.lostForGoodShare': () => words.callersLostForGoodShare,
    'callers.lostPerDay.total': () => words.callersLostPerDay,
    'visits.all.sl_attended_within_t_over_arrivals': () => words.visitorsAttendedWithin(formatDuration(summary.thresholds.visitorAttendedWithinMin, language)),
    'visits.all.mean_wait_all': () => words.visitorMeanWait,
    'visits.all.interruptedShare': () => words.visitsInterrupted,
    'money.staffCostPerDay.total': () => text.staffCostPerDay,
    'money.customersLostPerDay.total': () => text.customersLostPerDay,
    'money.lostMarginPerDay.total': () => text.lostMarginPerDay,
    'money.netCostPerDay': () => text.netCostPerDay,
  };
  return labels[id]();
}
