// Can the reception keep up? Work that never leaves (callers who never hang up and meet no ring
// limit, visitors who never give up, messages) must all be done by somebody. When it comes in
// faster than the people who may do it can work, the queues grow for as long as the run lasts:
// in steady state there is no steady state to measure, and a working day cannot be cleared before
// the next one opens (the simulation starts each day empty, so it would not show the overlap).
// These are sufficient conditions from the means alone, checked before the run; a reception that
// passes them may still be overloaded, and the figures will say so.

import { warning } from '../text/messages.js';
import type { ModelConfig, ShiftConfig } from './config.js';
import type { WarningSink } from './issues.js';
import { callPhaseMinutes, createPolicy } from './policies/index.js';

const MIN_PER_HOUR = 60;
const MIN_PER_DAY = 24 * MIN_PER_HOUR;

/** Work that never leaves, in people's worth (erlangs), by what brings it. */
export interface UnsheddableLoad {
  readonly calls: number;
  readonly walkIns: number;
  readonly messages: number;
}

/** Warns when the scenario brings more work that never leaves than its people can do. */
export function warnOverload(config: ModelConfig, warnings: WarningSink): void {
  if (config.horizon.mode === 'steady') warnSteadyOverload(config, warnings);
  else warnDayCannotClear(config, warnings);
}

/**
 * Steady state: the calls against the people who may answer them, the walk-ins against the
 * advisors (only they serve visitors), and all of it against everyone. The first that cannot
 * keep up is warned; the wider pools are not, since they would repeat it.
 */
function warnSteadyOverload(config: ModelConfig, warnings: WarningSink): void {
  const calls = callLoad(config);
  const walkIns = walkInLoad(config, 0, 0, Infinity);
  const messages = config.messages ? config.messages.ratePerMin[0][0] * config.messages.handleMin.mean : 0;
  const path = ['steadyState'];
  if (calls !== null && calls.erlangs > 0 && calls.erlangs >= calls.people) {
    warnings.warn({ path, message: warning.steadyOverload({ calls: calls.erlangs, walkIns: 0, messages: 0 }, calls.people, calls.team) });
    return;
  }
  const advisors = config.advisors.length;
  if (walkIns > 0 && walkIns >= advisors) {
    warnings.warn({ path, message: warning.steadyOverload({ calls: 0, walkIns, messages: 0 }, advisors, 'advisors') });
    return;
  }
  const everyone = advisors + config.phoneDesk.length + (config.parts?.agents.length ?? 0) + (config.overflow?.agents ?? 0);
  const load = { calls: calls?.erlangs ?? 0, walkIns, messages };
  const total = load.calls + load.walkIns + load.messages;
  if (total > 0 && total >= everyone) warnings.warn({ path, message: warning.steadyOverload(load, everyone, 'everyone') });
}

/**
 * The calls' work for the people who may answer them, when no call can leave unanswered (no
 * patience, no ring limit): the first part of each call, which is the least any call costs them.
 */
function callLoad(config: ModelConfig): { erlangs: number; people: number; team: 'advisors' | 'phoneDesk' } | null {
  const calls = config.calls;
  if (calls === null || calls.patienceMin !== null) return null;
  if (config.policies.some((window) => Number.isFinite(window.policy.ringMin))) return null;
  const policy = createPolicy(config.policies[0].policy);
  const team = policy.firstLine === 'desk' ? 'phoneDesk' : 'advisors';
  const answering = team === 'phoneDesk' && policy.advisorsHelpDesk ? (['phoneDesk', 'advisors'] as const) : ([team] as const);
  let minutesPerCall = 0;
  calls.reasons.forEach((reason, index) => {
    const least = Math.min(...answering.map((who) => callPhaseMinutes(policy.answeredCall(who, reason.skill, false), reason.handleMin.mean, policy, config)));
    minutesPerCall += calls.reasonChoice.shares[index] * least;
  });
  const people = answering.reduce((sum, who) => sum + (who === 'advisors' ? config.advisors.length : config.phoneDesk.length), 0);
  return { erlangs: calls.ratePerMin[0][0] * minutesPerCall, people, team };
}

/**
 * Mean minutes of write-up the walk-ins who never give up bring in [fromMin, toMin) of
 * `weekday` (per minute when the span is infinite, as in steady state).
 */
function walkInLoad(config: ModelConfig, weekday: number, fromMin: number, toMin: number): number {
  const walkIns = config.walkIns;
  if (walkIns === null || walkIns.patienceMin !== null || Number.isFinite(walkIns.balkAtWaiting)) return 0;
  const rates = walkIns.ratePerMin[weekday];
  if (!Number.isFinite(toMin)) return rates[0] * walkIns.writeUpMin.mean;
  let arrivals = 0;
  for (let hour = Math.floor(fromMin / MIN_PER_HOUR); hour * MIN_PER_HOUR < toMin; hour++) {
    const overlapMin = Math.min(toMin, (hour + 1) * MIN_PER_HOUR) - Math.max(fromMin, hour * MIN_PER_HOUR);
    arrivals += rates[hour % 24] * overlapMin;
  }
  return arrivals * walkIns.writeUpMin.mean;
}

/**
 * Working days: the visits that are always served (bookings that show up, walk-ins who never give
 * up) against what the advisors can do from the start of their shifts to the next day's opening.
 * Calls and messages left at closing end with the day, so only visitors keep people past it.
 */
function warnDayCannotClear(config: ModelConfig, warnings: WarningSink): void {
  const { openMin, closeMin } = config.horizon;
  const capacityMin = config.advisors.reduce((sum, shift) => sum + minutesUntil(shift, openMin + MIN_PER_DAY), 0);
  const bookings = config.appointments;
  const bookedMin = bookings
    ? bookings.bookingsMin.length *
      (1 - bookings.noShowProbability) *
      (bookings.writeUpMin.mean + bookings.extraRequestProbability * (bookings.extraRequestMin?.mean ?? 0))
    : 0;
  const workMin = config.week.map((_, weekday) => bookedMin + walkInLoad(config, weekday, openMin, closeMin));
  const most = Math.max(...workMin);
  if (!(most > 0 && most >= capacityMin)) return;
  // A weekday is named only when the days differ; otherwise every day is like it.
  const worst = workMin.indexOf(most);
  const alike = workMin.every((minutes) => Math.abs(minutes - most) <= 1e-9 * most);
  warnings.warn({
    path: ['staff', 'advisors'],
    message: warning.visitsRunIntoNextDay(alike ? null : config.week[worst], most / MIN_PER_HOUR, config.advisors.length, capacityMin / MIN_PER_HOUR),
  });
}

/** Minutes a person can work from the start of `shift` to `untilMin`, breaks taken out. */
function minutesUntil(shift: ShiftConfig, untilMin: number): number {
  const breakMin = shift.breaks.reduce((sum, pause) => sum + Math.max(0, Math.min(pause.toMin, untilMin) - pause.fromMin), 0);
  return Math.max(0, untilMin - shift.fromMin - breakMin);
}
