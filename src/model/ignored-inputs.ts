// Inputs that change nothing: written in a scenario, valid, but not used by the run as written.
// Each gets a warning at its place, so a manager does not read figures believing it counted.
// Judged on the input as written (after --set), since a default filled in is not "written".

import { warning } from '../text/messages.js';
import type { FieldPath, WarningSink } from './issues.js';
import { clockToMin, type Weekday } from './schema/common.js';
import type { Scenario } from './schema/index.js';
import { policyWindowsOf } from './schema/policy.js';

const MIN_PER_HOUR = 60;
const MIN_PER_DAY = 24 * MIN_PER_HOUR;

/** Warns about every part of `written` (the scenario input) that the validated `scenario` will not use. */
export function warnIgnoredInputs(written: unknown, scenario: Scenario, warnings: WarningSink): void {
  const warn = (path: FieldPath, message: string) => warnings.warn({ path, message });
  const steady = scenario.steadyState !== undefined;
  const windowed = Array.isArray(scenario.policy);
  const windows = policyWindowsOf(scenario.policy);
  const writtenPolicy = isObject(written) ? written.policy : undefined;
  const writtenWindow = (index: number): Record<string, unknown> => {
    const policy = windowed && Array.isArray(writtenPolicy) ? writtenPolicy[index] : writtenPolicy;
    return isObject(policy) ? policy : {};
  };

  // An overflow team only takes calls the policy sends it after the ring limit.
  if (scenario.staff.overflow && !windows.some((policy) => policy.unanswered === 'overflow')) {
    warn(['staff', 'overflow'], warning.overflowUnused(windows[0].unanswered));
  }
  // A phone desk is given calls only by policy phone-desk; under another it keeps its other work.
  const kinds = windows.map((policy) => policy.kind);
  const desk = scenario.staff.phoneDesk;
  if (!kinds.includes('phone-desk') && (Array.isArray(desk) ? desk.length : (desk ?? 0)) > 0) {
    warn(['staff', 'phoneDesk'], windowed ? warning.deskWithoutDeskWindow(kinds) : warning.deskWithoutPolicy(kinds[0]));
  }
  // Which visit a call interrupts matters only if a call may interrupt one.
  windows.forEach((policy, index) => {
    if (policy.kind === 'answer-all' && policy.interruptProbability === 0 && 'interruptChoice' in writtenWindow(index)) {
      warn(windowed ? ['policy', index, 'interruptChoice'] : ['policy', 'interruptChoice'], warning.interruptChoiceUnused());
    }
  });
  // Redials: nobody calls again when every probability is 0, or one attempt is all a caller makes.
  const redial = scenario.calls?.redial;
  if (redial !== undefined) {
    if ((typeof redial.p === 'number' ? [redial.p] : redial.p).every((p) => p === 0)) warn(['calls', 'redial', 'p'], warning.redialNever());
    else if (redial.maxAttempts === 1) warn(['calls', 'redial', 'maxAttempts'], warning.redialOneAttempt());
  }
  // Bookings that never come.
  if (scenario.appointments?.noShow === 1) warn(['appointments', 'noShow'], warning.everyBookingNoShow());
  // Where an unanswered call goes matters only once it has rung for ringSec.
  windows.forEach((policy, index) => {
    if ('unanswered' in writtenWindow(index) && policy.ringSec === undefined) {
      warn(windowed ? ['policy', index, 'unanswered'] : ['policy', 'unanswered'], warning.unansweredWithoutRingLimit(policy.unanswered));
    }
  });

  // Targets of contacts the scenario never has.
  const writtenTargets = isObject(written) && isObject(written.targets) ? written.targets : {};
  if ('calls' in writtenTargets && scenario.calls === undefined) warn(['targets', 'calls'], warning.targetsWithoutContacts('calls'));
  const visitors = scenario.appointments ?? scenario.walkIns ?? scenario.pickups;
  if ('visitors' in writtenTargets && visitors === undefined) warn(['targets', 'visitors'], warning.targetsWithoutContacts('visitors'));
  // The parts line answers only calls for parts.
  if (scenario.staff.parts && !(scenario.calls?.reasons ?? []).some((reason) => reason.skill === 'parts')) {
    warn(['staff', 'parts'], warning.partsLineIdle());
  }

  // A stream that brings nobody: the rest of its section (reasons, patience, redials…) changes nothing.
  for (const section of ['walkIns', 'calls', 'messages'] as const) {
    const demand = scenario[section];
    if (demand === undefined) continue;
    const rates = typeof demand.perHour === 'number' ? [demand.perHour] : Object.values(demand.perHour);
    const factors = demand.weekdayFactors ?? {};
    const noDay = !steady && scenario.week.every((day) => factors[day] === 0);
    if (rates.every((rate) => rate === 0)) warn([section, 'perHour'], warning.noArrivals(section));
    else if (noDay) warn([section, 'weekdayFactors'], warning.noArrivalsInWeek(section, scenario.week));
  }

  if (steady) {
    // One long period per replication: no days, no week.
    for (const key of ['days', 'week'] as const) {
      if (isObject(written) && key in written) warn([key], warning.ignoredInSteadyState(key));
    }
    return;
  }

  // Weekday factors of days the reception does not work.
  for (const section of ['walkIns', 'calls', 'messages'] as const) {
    const factors = scenario[section]?.weekdayFactors ?? {};
    for (const day of Object.keys(factors) as Weekday[]) {
      if (factors[day] !== undefined && !scenario.week.includes(day)) {
        warn([section, 'weekdayFactors', day], warning.factorOutsideWeek(day, scenario.week));
      }
    }
  }

  // Arrivals in hours when the doors are closed all hour long.
  const openMin = clockToMin(scenario.day.open);
  const closeMin = clockToMin(scenario.day.close);
  const closedHours = (perHour: number | Record<string, number>): [string, number][] =>
    typeof perHour === 'number'
      ? []
      : Object.entries(perHour)
          .filter(([hour, rate]) => {
            const startMin = Number(hour) * MIN_PER_HOUR;
            return rate > 0 && (startMin + MIN_PER_HOUR <= openMin || startMin >= closeMin);
          })
          // In hour order ("19" would come before "07" in an object's own order).
          .sort(([a], [b]) => Number(a) - Number(b));
  if (scenario.walkIns) {
    for (const [hour] of closedHours(scenario.walkIns.perHour)) warn(['walkIns', 'perHour', hour], warning.visitorsOutsideOpening(hour));
  }
  if (scenario.calls) {
    const voicemail = scenario.calls.voicemail !== undefined;
    for (const [hour] of closedHours(scenario.calls.perHour)) warn(['calls', 'perHour', hour], warning.callsOutsideOpening(hour, voicemail));
    // One number is a rate for all 24 hours: on a day not open round the clock, calls ring while nobody is there.
    if (typeof scenario.calls.perHour === 'number' && scenario.calls.perHour > 0 && (openMin > 0 || closeMin < MIN_PER_DAY)) {
      const closedBefore = openMin > 0 ? scenario.day.open : null;
      const closedFrom = closeMin < MIN_PER_DAY ? scenario.day.close : null;
      warn(['calls', 'perHour'], warning.constantCallsOutsideOpening(closedBefore, closedFrom, voicemail));
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
