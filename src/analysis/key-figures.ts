// The key figures a manager compares between variants — declared once, for every table that
// shows them (compare, sweep, size, the what-if page) — and how each is read from one
// replication's totals, so that differences can be paired replication by replication.
//
// Each figure is the summary's own (its path in summary.json says which), read per replication
// through the summary's figure table: a pooled ratio as numerator and denominator, a count per
// day as that replication's daily value. The one the summary gives only by segment (callers lost
// per day) is made from the replications with the summary's own estimator (`fromRuns`).
// tests/unit/analysis/paired.test.ts checks that pooling these gives exactly the summary's value.

import { perDay, type Runs } from '../metrics/summary/figure.js';
import { type Figure, figureParts, type FigureParts, type Summary } from '../metrics/summary/index.js';
import { moneySummary } from '../metrics/summary/money.js';
import type { SummarySettings } from '../metrics/summary/settings.js';
import type { RunTotals } from '../metrics/tally.js';

/** How a figure reads: a share (shown in %), minutes, minutes shown as seconds, a count, or money. */
export type KeyFigureFormat = 'share' | 'minutes' | 'seconds' | 'count' | 'money';

/** One replication's contribution to a figure. */
export type PerReplication = FigureParts;

/** A figure compared between variants. */
export interface KeyFigure {
  /** Path of the figure in summary.json, e.g. 'calls.sl_answered_within_t_over_offered' (or, with `fromRuns`, the path it would have). */
  readonly path: string;
  readonly format: KeyFigureFormat;
  /** Which way is better, for marking a difference as a gain or a loss. */
  readonly better: 'higher' | 'lower';
  /** Its contribution from one replication's totals. */
  readonly perReplication: (settings: SummarySettings, run: RunTotals) => PerReplication;
  /** For a figure summary.json gives only by segment: the figure with its interval, from the replications. */
  readonly fromRuns?: (runs: Runs) => Figure;
}

/** Read through the summary's own figure table (its numerator and denominator, or its count). */
const fromTable = (path: string) => (_: SummarySettings, run: RunTotals) => figureParts(path, run);
const moneyOf = (settings: SummarySettings, run: RunTotals) => moneySummary(settings, [run]);

/** The key figures, in the order tables show them. */
export const KEY_FIGURES = [
  {
    path: 'calls.sl_answered_within_t_over_offered',
    format: 'share',
    better: 'higher',
    perReplication: fromTable('calls.sl_answered_within_t_over_offered'),
  },
  {
    path: 'calls.p_abandon',
    format: 'share',
    better: 'lower',
    perReplication: fromTable('calls.p_abandon'),
  },
  {
    path: 'calls.mean_wait_all',
    format: 'seconds',
    better: 'lower',
    perReplication: fromTable('calls.mean_wait_all'),
  },
  {
    path: 'callers.lostForGoodShare',
    format: 'share',
    better: 'lower',
    perReplication: fromTable('callers.lostForGoodShare'),
  },
  {
    path: 'callers.lostPerDay.total',
    format: 'count',
    better: 'lower',
    perReplication: (_, run) => ({ kind: 'perDay', value: run.callers.whole.lost / run.daysSimulated }),
    fromRuns: (runs) => perDay(runs, (run) => run.callers.whole.lost),
  },
  {
    path: 'visits.all.sl_attended_within_t_over_arrivals',
    format: 'share',
    better: 'higher',
    perReplication: fromTable('visits.all.sl_attended_within_t_over_arrivals'),
  },
  {
    path: 'visits.all.mean_wait_all',
    format: 'minutes',
    better: 'lower',
    perReplication: fromTable('visits.all.mean_wait_all'),
  },
  {
    path: 'visits.all.interruptedShare',
    format: 'share',
    better: 'lower',
    perReplication: fromTable('visits.all.interruptedShare'),
  },
  {
    path: 'money.staffCostPerDay.total',
    format: 'money',
    better: 'lower',
    perReplication: (settings, run) => ({ kind: 'perDay', value: moneyOf(settings, run).staffCostPerDay.total.value ?? 0 }),
  },
  {
    path: 'money.customersLostPerDay.total',
    format: 'count',
    better: 'lower',
    perReplication: (settings, run) => ({ kind: 'perDay', value: moneyOf(settings, run).customersLostPerDay.total.value ?? 0 }),
  },
  {
    path: 'money.lostMarginPerDay.total',
    format: 'money',
    better: 'lower',
    perReplication: (settings, run) => ({ kind: 'perDay', value: moneyOf(settings, run).lostMarginPerDay.total.value ?? 0 }),
  },
  {
    path: 'money.netCostPerDay',
    format: 'money',
    better: 'lower',
    perReplication: (settings, run) => ({ kind: 'perDay', value: moneyOf(settings, run).netCostPerDay.value ?? 0 }),
  },
] as const satisfies readonly KeyFigure[];

/** The path of a key figure: also its id in tables and on the page. */
export type KeyFigurePath = (typeof KEY_FIGURES)[number]['path'];

/** How a figure of that format is written, money in `currency` (the report's Format, structurally). */
export function figureFormat(format: KeyFigureFormat, currency: string): Exclude<KeyFigureFormat, 'money'> | { readonly money: string } {
  return format === 'money' ? { money: currency } : format;
}

/** The key figure at `path`. */
export function keyFigure(path: string): KeyFigure {
  const found = (KEY_FIGURES as readonly KeyFigure[]).find((figure) => figure.path === path);
  if (found === undefined) throw new RangeError(`key figure: unknown path ${JSON.stringify(path)}`);
  return found;
}

/** A key figure of a run with its interval: the summary's own, or made from the runs (`fromRuns`). */
export function keyFigureOf(figure: KeyFigure, summary: Summary, runs: Runs): Figure {
  return figure.fromRuns ? figure.fromRuns(runs) : figureAt(summary, figure.path);
}

/** The summary's figure at a dotted path ('visits.all.mean_wait_all'). */
export function figureAt(summary: Summary, path: string): { readonly value: number | null; readonly ci95: readonly [number, number] | null } {
  let node: unknown = summary;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node as { value: number | null; ci95: readonly [number, number] | null };
}
