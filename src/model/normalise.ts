// Validated Scenario → frozen ModelConfig. Resolves shorthands and units once (clock times to
// minutes, rates to per minute by weekday and hour, counts of people to shifts, distributions
// built), cross-checks what the schema alone cannot see, and collects every problem before
// failing with one InputError.

import { Choice, createDistribution, type Distribution, type DistributionSpec } from '../engine/distributions/index.js';
import { crossCheck, warning } from '../text/messages.js';
import type {
  AppointmentsConfig,
  CallsConfig,
  HorizonConfig,
  MessagesConfig,
  ModelConfig,
  PickupsConfig,
  RateTable,
  PolicyWindowConfig,
  ShiftConfig,
  WalkInsConfig,
} from './config.js';
import { warnOverload } from './capacity-check.js';
import { normalisePolicy } from './policies/index.js';
import { type FieldPath, type InputIssue, InputError, type WarningSink } from './issues.js';
import type { Team } from './observer.js';
import { clockToMin, type Weekday } from './schema/common.js';
import type { Scenario } from './schema/index.js';
import { policyWindowsOf } from './schema/policy.js';

const MIN_PER_HOUR = 60;
const MIN_PER_DAY = 24 * MIN_PER_HOUR;

type RateInput = number | Record<string, number>;
type TeamInput = Scenario['staff']['advisors'];

/** Builds the ModelConfig of a validated scenario; throws InputError listing every problem. */
export function normaliseScenario(scenario: Scenario, warnings: WarningSink): ModelConfig {
  const issues: InputIssue[] = [];
  const problem = (path: FieldPath, message: string): void => {
    issues.push({ path, message });
  };
  const horizon = normaliseHorizon(scenario, problem);
  const steady = horizon.mode === 'steady';
  const context: Context = { scenario, horizon, steady, problem, warnings };

  const advisors = normaliseTeam(scenario.staff.advisors, ['staff', 'advisors'], context);
  if (advisors.length === 0) problem(['staff', 'advisors'], crossCheck.noAdvisors());
  else checkCoverage(advisors, horizon, problem);
  warnBreaksLeaveNobody('advisors', advisors, ['staff', 'advisors'], context);
  warnShiftsOutsideOpening('advisors', advisors, ['staff', 'advisors'], context);
  const phoneDesk = normaliseTeam(scenario.staff.phoneDesk, ['staff', 'phoneDesk'], context);
  warnBreaksLeaveNobody('phoneDesk', phoneDesk, ['staff', 'phoneDesk'], context);
  warnShiftsOutsideOpening('phoneDesk', phoneDesk, ['staff', 'phoneDesk'], context);
  checkPolicies(scenario, phoneDesk.length, problem);
  // Days cycle through the week in order: a day written twice would come round twice as often.
  scenario.week.forEach((day, index) => {
    if (scenario.week.indexOf(day) < index) problem(['week', index], crossCheck.duplicateWeekday(day));
  });

  const config: ModelConfig = {
    name: scenario.name,
    horizon,
    week: scenario.week,
    days: steady ? 1 : scenario.days,
    replications: scenario.replications,
    seed: scenario.seed,
    advisors,
    phoneDesk,
    parts: scenario.staff.parts
      ? {
          agents: normaliseTeam(scenario.staff.parts.agents, ['staff', 'parts', 'agents'], context),
          ringMin: scenario.staff.parts.ringSec / 60,
          transferMin: scenario.staff.parts.transferMin,
          costPerHour: scenario.staff.parts.costPerHour,
        }
      : null,
    overflow: scenario.staff.overflow ?? null,
    policies: normalisePolicies(scenario, horizon, problem),
    appointments: scenario.appointments ? normaliseAppointments(scenario.appointments, context) : null,
    walkIns: scenario.walkIns ? normaliseWalkIns(scenario.walkIns, context) : null,
    pickups: scenario.pickups ? normalisePickups(scenario.pickups, context) : null,
    calls: scenario.calls ? normaliseCalls(scenario.calls, context) : null,
    messages: scenario.messages ? normaliseMessages(scenario.messages, context) : null,
    targets: {
      callAnsweredWithinMin: scenario.targets.calls.answeredWithinSec / 60,
      callServiceLevel: scenario.targets.calls.serviceLevel ?? null,
      callMaxAbandon: scenario.targets.calls.maxAbandon ?? null,
      callMaxLostForGood: scenario.targets.calls.maxLostForGood ?? null,
      visitorAttendedWithinMin: scenario.targets.visitors.attendedWithinMin,
      visitorServiceLevel: scenario.targets.visitors.serviceLevel ?? null,
      visitorMaxInterruptedShare: scenario.targets.visitors.maxInterruptedShare ?? null,
      visitorMaxMeanWaitMin: scenario.targets.visitors.maxMeanWaitMin ?? null,
    },
    economics: normaliseEconomics(scenario.economics),
  };
  if (!config.appointments && !config.walkIns && !config.pickups && !config.calls && !config.messages) {
    problem([], crossCheck.noDemand());
  }
  if (config.pickups && !config.appointments && !config.walkIns) {
    problem(['pickups'], crossCheck.pickupsWithoutDropOffs());
  }
  if (config.parts) {
    warnBreaksLeaveNobody('parts', config.parts.agents, ['staff', 'parts', 'agents'], context);
    warnShiftsOutsideOpening('parts', config.parts.agents, ['staff', 'parts', 'agents'], context);
  }
  if (issues.length > 0) throw new InputError(issues);
  warnOverload(config, warnings);
  return deepFreeze(config);
}

interface Context {
  readonly scenario: Scenario;
  readonly horizon: HorizonConfig;
  readonly steady: boolean;
  readonly problem: (path: FieldPath, message: string) => void;
  readonly warnings: WarningSink;
}

function normaliseHorizon(scenario: Scenario, problem: Context['problem']): HorizonConfig {
  const steady = scenario.steadyState;
  if (steady) {
    if (steady.warmupHours >= steady.hours) {
      problem(['steadyState', 'warmupHours'], crossCheck.warmupNotShorter(steady.warmupHours, steady.hours));
    }
    const endMin = steady.hours * MIN_PER_HOUR;
    return {
      mode: 'steady',
      openMin: 0,
      closeMin: endMin,
      measureFromMin: steady.warmupHours * MIN_PER_HOUR,
      measureToMin: endMin,
      staffToMin: endMin,
      lastRedialMin: Infinity,
    };
  }
  const openMin = clockToMin(scenario.day.open);
  const closeMin = clockToMin(scenario.day.close);
  if (closeMin <= openMin) problem(['day', 'close'], crossCheck.closeNotAfterOpen(scenario.day.open, scenario.day.close));
  return { mode: 'days', openMin, closeMin, measureFromMin: 0, measureToMin: MIN_PER_DAY, staffToMin: Infinity, lastRedialMin: MIN_PER_DAY };
}

/** Someone must be on shift from opening to closing, or visitors could wait for nobody. */
function checkCoverage(shifts: readonly ShiftConfig[], horizon: HorizonConfig, problem: Context['problem']): void {
  let coveredUntilMin = horizon.openMin;
  for (const shift of [...shifts].sort((a, b) => a.fromMin - b.fromMin)) {
    if (shift.fromMin > coveredUntilMin) break;
    coveredUntilMin = Math.max(coveredUntilMin, shift.toMin);
  }
  if (coveredUntilMin < horizon.closeMin) {
    problem(['staff', 'advisors'], crossCheck.advisorsDoNotCover(minToClock(coveredUntilMin)));
  }
}

/** "HH:MM" of minutes after midnight. */
function minToClock(minutes: number): string {
  const hours = Math.floor(minutes / MIN_PER_HOUR);
  return `${String(hours).padStart(2, '0')}:${String(Math.round(minutes - hours * MIN_PER_HOUR)).padStart(2, '0')}`;
}

/**
 * The policy of each time window, in minutes. Windows are checked as inputs: in time order,
 * from opening to closing with no gap or overlap, and not in steady state (no time of day).
 */
function normalisePolicies(scenario: Scenario, horizon: HorizonConfig, problem: Context['problem']): PolicyWindowConfig[] {
  const plan = scenario.policy;
  if (!Array.isArray(plan)) return [{ fromMin: 0, toMin: Infinity, policy: normalisePolicy(plan) }];
  if (horizon.mode === 'steady') {
    problem(['policy'], crossCheck.policyWindowsInSteadyState());
    return [];
  }
  const windows = plan.map(({ from, to, ...policy }) => ({ from, to, fromMin: clockToMin(from), toMin: clockToMin(to), policy: normalisePolicy(policy) }));
  windows.forEach((window, index) => {
    if (window.toMin <= window.fromMin) problem(['policy', index, 'to'], crossCheck.policyWindowNotIncreasing(window.from, window.to));
    const before = windows[index - 1];
    if (before === undefined) return;
    if (window.fromMin > before.toMin) problem(['policy', index, 'from'], crossCheck.policyWindowsGap(before.to, window.from));
    if (window.fromMin < before.toMin) problem(['policy', index, 'from'], crossCheck.policyWindowsOverlap(window.from, before.to));
  });
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (first.fromMin !== horizon.openMin) problem(['policy', 0, 'from'], crossCheck.policyWindowsStart(first.from, minToClock(horizon.openMin)));
  if (last.toMin !== horizon.closeMin) problem(['policy', windows.length - 1, 'to'], crossCheck.policyWindowsEnd(last.to, minToClock(horizon.closeMin)));
  return windows.map(({ fromMin, toMin, policy }) => ({ fromMin, toMin, policy }));
}

/** What each window's policy needs from the rest of the scenario (a desk, voicemail, an overflow team). */
function checkPolicies(scenario: Scenario, deskSize: number, problem: Context['problem']): void {
  const windowed = Array.isArray(scenario.policy);
  const windows = policyWindowsOf(scenario.policy);
  const at = (index: number, field: string): FieldPath => (windowed ? ['policy', index, field] : ['policy', field]);
  const kinds = windows.map((policy) => policy.kind);
  if (kinds.includes('phone-desk') && deskSize === 0) problem(['staff', 'phoneDesk'], crossCheck.phoneDeskWithoutDesk());
  windows.forEach((policy, index) => {
    if (policy.unanswered === 'voicemail' && !scenario.calls?.voicemail) problem(at(index, 'unanswered'), crossCheck.voicemailMissing());
    if (policy.unanswered === 'overflow' && !scenario.staff.overflow) problem(at(index, 'unanswered'), crossCheck.overflowMissing());
  });
  if (windows.some((policy) => policy.unanswered === 'overflow') && scenario.staff.overflow?.agents === 0) {
    problem(['staff', 'overflow', 'agents'], crossCheck.overflowEmpty());
  }
}

function normaliseTeam(team: TeamInput, path: FieldPath, context: Context): ShiftConfig[] {
  const { horizon } = context;
  if (typeof team === 'number') {
    return Array.from({ length: team }, () => ({ fromMin: horizon.openMin, toMin: horizon.closeMin, breaks: [] }));
  }
  if (context.steady) {
    context.problem(path, crossCheck.steadyNeedsHeadcount());
    return [];
  }
  return team.map((shift, index) => {
    const fromMin = clockToMin(shift.from);
    const toMin = clockToMin(shift.to);
    if (toMin <= fromMin) context.problem([...path, index, 'to'], crossCheck.shiftNotIncreasing(shift.from, shift.to));
    const breaks = shiftBreaks(shift, fromMin, toMin, [...path, index, 'breaks'], context);
    return { fromMin, toMin, breaks };
  });
}

/**
 * A shift's breaks, sorted; each must lie inside the shift, none may overlap another, and
 * together they must leave some of the shift to work.
 */
function shiftBreaks(
  shift: Exclude<TeamInput, number>[number],
  fromMin: number,
  toMin: number,
  path: FieldPath,
  context: Context,
): ShiftConfig['breaks'] {
  const written = shift.breaks.map((range, index) => {
    const [start, end] = range.split('-').map(clockToMin);
    return { range, index, fromMin: start, toMin: end };
  });
  const valid = written.filter(({ range, index, fromMin: start, toMin: end }) => {
    if (end <= start) context.problem([...path, index], crossCheck.rangeNotIncreasing(range));
    else if (start < fromMin || end > toMin) context.problem([...path, index], crossCheck.breakOutsideShift(range));
    else return true;
    return false;
  });
  const sorted = [...valid].sort((a, b) => a.fromMin - b.fromMin || a.index - b.index);
  for (let k = 1; k < sorted.length; k++) {
    const [earlier, later] = [sorted[k - 1], sorted[k]];
    if (later.fromMin < earlier.toMin) {
      // Reported at the one written second, naming the one it overlaps.
      const [first, second] = earlier.index < later.index ? [earlier, later] : [later, earlier];
      context.problem([...path, second.index], crossCheck.breaksOverlap(second.range, first.range));
    }
  }
  const breaks = sorted.map((pause) => ({ fromMin: pause.fromMin, toMin: pause.toMin }));
  if (toMin > fromMin && sorted.length === written.length && breaksFill(breaks, fromMin, toMin)) {
    context.problem(path, crossCheck.breaksFillShift(shift.from, shift.to));
  }
  return breaks;
}

/** True if sorted breaks leave no minute of [fromMin, toMin) to work. */
function breaksFill(breaks: ShiftConfig['breaks'], fromMin: number, toMin: number): boolean {
  let coveredUntilMin = fromMin;
  for (const pause of breaks) {
    if (pause.fromMin > coveredUntilMin) return false;
    coveredUntilMin = Math.max(coveredUntilMin, pause.toMin);
  }
  return coveredUntilMin >= toMin;
}

/**
 * Warns of each stretch of opening hours when people of a team are on shift but every one of
 * them is on a break: the roster leaves nobody there, which is rarely meant.
 */
function warnBreaksLeaveNobody(team: Team, shifts: readonly ShiftConfig[], path: FieldPath, context: Context): void {
  if (context.steady || !shifts.some((shift) => shift.breaks.length > 0)) return;
  const { openMin, closeMin } = context.horizon;
  const clip = (minute: number) => Math.min(closeMin, Math.max(openMin, minute));
  const cuts = new Set([openMin, closeMin]);
  for (const shift of shifts) {
    cuts.add(clip(shift.fromMin)).add(clip(shift.toMin));
    for (const pause of shift.breaks) cuts.add(clip(pause.fromMin)).add(clip(pause.toMin));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const gaps: [number, number][] = [];
  for (let k = 1; k < points.length; k++) {
    const middle = (points[k - 1] + points[k]) / 2;
    const onShift = shifts.filter((shift) => shift.fromMin <= middle && middle < shift.toMin);
    const working = onShift.filter((shift) => !shift.breaks.some((pause) => pause.fromMin <= middle && middle < pause.toMin));
    if (onShift.length === 0 || working.length > 0) continue;
    const last = gaps[gaps.length - 1];
    if (last !== undefined && last[1] === points[k - 1]) last[1] = points[k];
    else gaps.push([points[k - 1], points[k]]);
  }
  for (const [fromMin, toMin] of gaps) {
    context.warnings.warn({ path, message: warning.breaksLeaveNobody(team, minToClock(fromMin), minToClock(toMin)) });
  }
}

/**
 * Warns of each shift that ends by opening or starts at closing: the person is paid, but only
 * work still left at closing (if any) can reach them, which is rarely meant.
 */
function warnShiftsOutsideOpening(team: Team, shifts: readonly ShiftConfig[], path: FieldPath, context: Context): void {
  if (context.steady) return;
  const { openMin, closeMin } = context.horizon;
  shifts.forEach((shift, index) => {
    if (shift.toMin <= shift.fromMin || (shift.toMin > openMin && shift.fromMin < closeMin)) return;
    const written = `${minToClock(shift.fromMin)}–${minToClock(shift.toMin)}`;
    context.warnings.warn({ path: [...path, index], message: warning.shiftOutsideOpening(team, written, minToClock(openMin), minToClock(closeMin)) });
  });
}

/** Arrivals per minute by weekday of the week and hour, from a per-hour profile and factors. */
function rateTable(
  perHour: RateInput,
  factors: Partial<Record<Weekday, number>> | undefined,
  path: FieldPath,
  context: Context,
): RateTable {
  if (context.steady) {
    if (typeof perHour !== 'number') context.problem([...path, 'perHour'], crossCheck.steadyNeedsConstantRate());
    if (factors) context.problem([...path, 'weekdayFactors'], crossCheck.steadyUnsupported('weekdayFactors'));
    const perMin = typeof perHour === 'number' ? perHour / MIN_PER_HOUR : 0;
    return [Array.from({ length: 24 }, () => perMin)];
  }
  const byHour = Array.from({ length: 24 }, (_, hour) =>
    typeof perHour === 'number' ? perHour : (perHour[String(hour).padStart(2, '0')] ?? 0),
  );
  return context.scenario.week.map((weekday) => {
    const factor = factors?.[weekday] ?? 1;
    return byHour.map((rate) => (rate * factor) / MIN_PER_HOUR);
  });
}

function normaliseAppointments(section: NonNullable<Scenario['appointments']>, context: Context): AppointmentsConfig {
  if (context.steady) context.problem(['appointments'], crossCheck.steadyUnsupported('appointments'));
  const bookingsMin = bookedTimes(section.slots, context);
  return {
    bookingsMin,
    noShowProbability: section.noShow,
    punctualityMin: build(section.punctuality),
    writeUpMin: build(section.writeUp),
    extraRequestProbability: section.extraRequest?.p ?? 0,
    extraRequestMin: section.extraRequest ? build(section.extraRequest.time) : null,
    forcedShare: section.forcedShare,
  };
}

function bookedTimes(slots: NonNullable<Scenario['appointments']>['slots'], context: Context): number[] {
  const path: FieldPath = ['appointments', 'slots'];
  if ('file' in slots) {
    // The loader replaces a file reference with its bookings before validation.
    throw new Error(`appointments.slots.file ${slots.file} reached normalisation unresolved`);
  }
  const times: number[] = [];
  if (Array.isArray(slots)) {
    for (const [index, clock] of slots.entries()) {
      const minute = clockToMin(clock);
      if (minute < context.horizon.openMin || minute >= context.horizon.closeMin) {
        context.problem([...path, index], crossCheck.bookingOutsideOpening(clock));
      }
      times.push(minute);
    }
  } else {
    const fromMin = clockToMin(slots.from);
    const toMin = clockToMin(slots.to);
    for (let minute = fromMin; minute < toMin; minute += slots.every) {
      for (let k = 0; k < slots.perSlot; k++) times.push(minute);
    }
    if (times.length === 0) context.problem([...path, 'to'], crossCheck.slotsEmpty(slots.from, slots.to));
    if (fromMin < context.horizon.openMin) context.problem([...path, 'from'], crossCheck.bookingOutsideOpening(slots.from));
    if (toMin > context.horizon.closeMin) context.problem([...path, 'to'], crossCheck.bookingOutsideOpening(slots.to));
  }
  return times.sort((a, b) => a - b);
}

function normaliseWalkIns(section: NonNullable<Scenario['walkIns']>, context: Context): WalkInsConfig {
  return {
    ratePerMin: rateTable(section.perHour, section.weekdayFactors, ['walkIns'], context),
    writeUpMin: build(section.writeUp),
    patienceMin: section.patience ? build(section.patience) : null,
    balkAtWaiting: section.balkAt ?? Infinity,
    forcedShare: section.forcedShare,
  };
}

function normalisePickups(section: NonNullable<Scenario['pickups']>, context: Context): PickupsConfig {
  if (context.steady) context.problem(['pickups'], crossCheck.steadyUnsupported('pickups'));
  const windowFromMin = clockToMin(section.window.from);
  const windowToMin = clockToMin(section.window.to);
  if (windowToMin <= windowFromMin) {
    context.problem(['pickups', 'window', 'to'], crossCheck.windowNotIncreasing(section.window.from, section.window.to));
  }
  const { openMin, closeMin } = context.horizon;
  if (windowFromMin < openMin || windowToMin > closeMin) {
    context.problem(['pickups', 'window'], crossCheck.windowOutsideOpening(section.window.from, section.window.to));
  }
  return {
    share: section.share,
    windowFromMin,
    windowToMin,
    serviceMin: build(section.service),
    notReadyProbability: section.notReady?.p ?? 0,
    notReadyExtraMin: section.notReady ? build(section.notReady.extra) : null,
  };
}

function normaliseCalls(section: NonNullable<Scenario['calls']>, context: Context): CallsConfig {
  const { scenario, problem } = context;
  const shares = section.reasons.map((reason) => reason.share);
  const shareSum = shares.reduce((sum, share) => sum + share, 0);
  let reasonChoice: Choice | undefined;
  if (Math.abs(shareSum - 1) > 1e-6) problem(['calls', 'reasons'], crossCheck.sharesDoNotSumToOne(shareSum));
  else reasonChoice = new Choice(shares);
  const seen = new Set<string>();
  section.reasons.forEach((reason, index) => {
    if (seen.has(reason.name)) problem(['calls', 'reasons', index, 'name'], crossCheck.duplicateReasonName(reason.name));
    seen.add(reason.name);
    if (reason.skill === 'parts' && !scenario.staff.parts) {
      problem(['calls', 'reasons', index, 'skill'], crossCheck.partsLineMissing(reason.name));
    }
  });
  const redial = section.redial;
  return {
    ratePerMin: rateTable(section.perHour, section.weekdayFactors, ['calls'], context),
    reasons: section.reasons.map((reason) => ({
      name: reason.name,
      handleMin: build(reason.handle),
      skill: reason.skill,
      segment: reason.segment,
    })),
    // Only reached with a valid choice: an invalid one has already been reported.
    reasonChoice: reasonChoice ?? new Choice([1]),
    patienceMin: section.patience ? build(section.patience) : null,
    redialProbabilities: redial ? (typeof redial.p === 'number' ? [redial.p] : redial.p) : [],
    redialDelayMin: redial ? build(redial.delay) : null,
    maxAttempts: redial ? (redial.maxAttempts ?? Infinity) : 1,
    voicemailMessageProbability: section.voicemail?.leavesMessage ?? null,
  };
}

function normaliseMessages(section: NonNullable<Scenario['messages']>, context: Context): MessagesConfig {
  return {
    ratePerMin: rateTable(section.perHour, section.weekdayFactors, ['messages'], context),
    handleMin: build(section.handle),
    replyTargetMin: section.replyTargetMin,
  };
}

function normaliseEconomics(section: Scenario['economics']): ModelConfig['economics'] {
  const cost = section.staffCostPerHour;
  const advisorCostPerHour = typeof cost === 'number' ? cost : cost.advisor;
  return {
    currency: section.currency,
    advisorCostPerHour,
    phoneDeskCostPerHour: typeof cost === 'number' ? cost : (cost.phoneDesk ?? advisorCostPerHour),
    marginPerJob: section.marginPerJob,
    churnAfterLostContact: section.churnAfterLostContact,
    churnPerInterruption: section.churnPerInterruption,
  };
}

function build(spec: DistributionSpec): Distribution {
  return createDistribution(spec);
}

/** Freezes plain data recursively; leaves class instances (distributions, choices) alone. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
