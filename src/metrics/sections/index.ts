// Every section of the tally, and the breakdowns each keeps, derived from the figures reported
// by hour or by reason.

import type { AnySection, Breakdowns } from '../measures.js';
import { breakdownsOf, type FigureTree } from '../summary/table.js';
import { AFTER_HOURS } from './after-hours.js';
import { CALLBACK_FIGURES, CALLBACKS } from './callbacks.js';
import { CALLER_FIGURES, CALLERS } from './callers.js';
import { CALL_FIGURES, CALLS } from './calls.js';
import { MESSAGE_FIGURES, MESSAGES } from './messages.js';
import { HOURLY_QUEUE_FIGURES, QUEUE_FIGURES, QUEUE_TIME } from './queues.js';
import { STAFF, TEAM_FIGURES } from './staff.js';
import { VISIT_FIGURES, VISITS } from './visits.js';

/** Every section, by its name in the run totals. */
export const SECTIONS = {
  calls: CALLS,
  afterHours: AFTER_HOURS,
  callers: CALLERS,
  visits: VISITS,
  callbacks: CALLBACKS,
  messages: MESSAGES,
  staff: STAFF,
  queues: QUEUE_TIME,
} as const;

/** Every figure tree (a figure may read another section's measures: calls.afterHours, callbacksCreatedPerDay). */
export const FIGURE_TREES: readonly FigureTree[] = [CALL_FIGURES, CALLER_FIGURES, VISIT_FIGURES, CALLBACK_FIGURES, MESSAGE_FIGURES, QUEUE_FIGURES, HOURLY_QUEUE_FIGURES, TEAM_FIGURES];

const BREAKDOWNS = new Map<AnySection, Breakdowns>(Object.values(SECTIONS).map((spec) => [spec as AnySection, breakdownsOf(spec as AnySection, FIGURE_TREES)]));

/** The measures `spec` keeps by hour and by reason. */
export function breakdowns(spec: AnySection): Breakdowns {
  return BREAKDOWNS.get(spec)!;
}

export { CALL_FIGURES, CALLER_FIGURES, VISIT_FIGURES, CALLBACK_FIGURES, MESSAGE_FIGURES, QUEUE_FIGURES, HOURLY_QUEUE_FIGURES, TEAM_FIGURES };
