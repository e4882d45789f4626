// The key figures a manager compares between variants, and how each is read from one
// replication's totals, so that differences can be paired replication by replication.
//
// Each figure is the summary's own (its path in summary.json says which); a pooled ratio is read
// as numerator and denominator per replication, a count per day as that replication's daily
// value. tests/unit/analysis/key-figures.test.ts checks that pooling these gives exactly the
// summary's value, so the two cannot drift apart.

import type { Summary } from '../metrics/summary/index.js';
import { moneySummary } from '../metrics/summary/money.js';
import type { SummarySettings } from '../metrics/summary/settings.js';
import type { RunTotals, VisitTotals } from '../metrics/tally.js';
import { VISITOR_KINDS } from '../model/domain.js';

/** How a figure reads: a share (shown in %), minutes, minutes shown as seconds, or money. */
export type KeyFigureFormat = 'share' | 'minutes' | 'seconds' | 'money';

/** One replication's contribution to a figure. */
export type PerReplication =
  | { readonly kind: 'ratio'; readonly numerator: number; readonly denominator: number }
  | { readonly kind: 'perDay'; readonly value: number };

/** A figure compared between variants. */
export interface KeyFigure {
  /** Path of the figure in summary.json, e.g. 'calls.sl_answered_within_t_over_offered'. */
  readonly path: string;
  readonly format: KeyFigureFormat;
  /** Which way is better, for marking a difference as a gain or a loss. */
  readonly better: 'higher' | 'lower';
  /** Its contribution from one replication's totals. */
  readonly perReplication: (settings: SummarySettings, run: RunTotals) => PerReplication;
}

const ratio = (numerator: number, denominator: number): PerReplication => ({ kind: 'ratio', numerator, denominator });
const visitsOf = (run: RunTotals, pick: (visits: VisitTotals) => number) =>
  VISITOR_KINDS.reduce((sum, kind) => sum + pick(run.visits[kind]), 0);
const moneyOf = (settings: SummarySettings, run: RunTotals) => moneySummary(settings, [run]);

/** The key figures, in the order tables show them. */
export const KEY_FIGURES: readonly KeyFigure[] = [
  {
    path: 'calls.sl_answered_within_t_over_offered',
    format: 'share',
    better: 'higher',
    perReplication: (_, run) => ratio(run.calls.answeredWithin, run.calls.offered.attempts),
  },
  {
    path: 'calls.p_abandon',
    format: 'share',
    better: 'lower',
    perReplication: (_, run) => ratio(run.calls.offered.abandoned, run.calls.offered.attempts),
  },
  {
    path: 'calls.mean_wait_all',
    format: 'seconds',
    better: 'lower',
    perReplication: (_, run) => ratio(run.calls.waitSumMin, run.calls.offered.attempts),
  },
  {
    path: 'callers.lostForGoodShare',
    format: 'share',
    better: 'lower',
    perReplication: (_, run) => ratio(run.callers.lost, run.callers.callers),
  },
  {
    path: 'visits.all.sl_attended_within_t_over_arrivals',
    format: 'share',
    better: 'higher',
    perReplication: (_, run) => ratio(visitsOf(run, (v) => v.attendedWithin), visitsOf(run, (v) => v.arrivals)),
  },
  {
    path: 'visits.all.mean_wait_all',
    format: 'minutes',
    better: 'lower',
    perReplication: (_, run) => ratio(visitsOf(run, (v) => v.waitSumMin), visitsOf(run, (v) => v.arrivals)),
  },
  {
    path: 'visits.all.interruptedShare',
    format: 'share',
    better: 'lower',
    perReplication: (_, run) => ratio(visitsOf(run, (v) => v.interrupted), visitsOf(run, (v) => v.served)),
  },
  {
    path: 'money.staffCostPerDay.total',
    format: 'money',
    better: 'lower',
    perReplication: (settings, run) => ({ kind: 'perDay', value: moneyOf(settings, run).staffCostPerDay.total.value ?? 0 }),
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
];

/** The key figure at `path`. */
export function keyFigure(path: string): KeyFigure {
  const found = KEY_FIGURES.find((figure) => figure.path === path);
  if (found === undefined) throw new RangeError(`key figure: unknown path ${JSON.stringify(path)}`);
  return found;
}

/** The summary's figure at a dotted path ('visits.all.mean_wait_all'). */
export function figureAt(summary: Summary, path: string): { readonly value: number | null; readonly ci95: readonly [number, number] | null } {
  let node: unknown = summary;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node as { value: number | null; ci95: readonly [number, number] | null };
}
