// The shapes of summary.json's sections, derived from the figure tables (src/metrics/sections/):
// a figure declared there is a field here, with no second spelling.

import type { Team, VisitorKind } from '../../model/domain.js';
import type {
  CALLBACK_FIGURES,
  CALLER_FIGURES,
  CALL_FIGURES,
  HOURLY_QUEUE_FIGURES,
  MESSAGE_FIGURES,
  QUEUE_FIGURES,
  TEAM_FIGURES,
  VISIT_FIGURES,
} from '../sections/index.js';
import type { Figure } from './figure.js';
import type { ByReasonOf, HourlyOf, Summarised } from './table.js';

/** Offered call attempts, then one entry per call reason. */
export type CallSummary = Summarised<typeof CALL_FIGURES> & { readonly byReason: readonly ReasonSummary[] };

/** Offered call attempts of one reason: the call figures reported by reason. */
export type ReasonSummary = { readonly reason: string } & ByReasonOf<typeof CALL_FIGURES>;

/** Callers (all attempts of one person). */
export type CallerSummary = Summarised<typeof CALLER_FIGURES>;

/** Visitors of one kind, or all together. */
export type VisitSummary = Summarised<typeof VISIT_FIGURES>;

/** A visit summary for all visitors together, then one per visitor kind. */
export type VisitSummaries = Readonly<Record<'all' | VisitorKind, VisitSummary>>;

/** Callbacks. */
export type CallbackSummary = Summarised<typeof CALLBACK_FIGURES>;

/** Messages. */
export type MessageSummary = Summarised<typeof MESSAGE_FIGURES>;

/** Mean number waiting in each queue while the reception is open (queue-minutes ÷ minutes open). */
export type MeanQueueLength = Summarised<typeof QUEUE_FIGURES>;

/** One team's time. */
export type TeamSummary = Summarised<typeof TEAM_FIGURES>;

/** A summary per team, in TEAMS order. */
export type StaffSummary = Readonly<Record<Team, TeamSummary>>;

/** One hour of the day (by hour of arrival): the figures reported by hour. */
export interface HourSummary {
  readonly hour: number;
  readonly calls: HourlyOf<typeof CALL_FIGURES>;
  readonly visits: HourlyOf<typeof VISIT_FIGURES>;
  readonly meanQueueLength: HourlyOf<typeof HOURLY_QUEUE_FIGURES>;
  /** Each team's hourly figures (its utilisation). */
  readonly utilisation: Readonly<Record<Team, Figure>>;
}
