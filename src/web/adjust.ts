// A column of the what-if page as a scenario: the scenario as loaded, with what the controls
// changed written into a copy, in the order below. A control left at its initial value writes
// nothing, so an untouched column is the scenario itself. The result is scenario *input*: the
// page validates it with the same schema and normalisation as `recepsim run`.

import type { DistributionSpec } from '../engine/distributions/index.js';
import { clockToMin } from '../model/schema/common.js';
import type { Scenario } from '../model/schema/index.js';
import { type PolicySpec, policyKinds, policyWindowsOf } from '../model/schema/policy.js';
import { type ControlId, type ControlValues, controls, tidy } from './controls.js';

/** How every column of the page is run: the same seed (common random numbers), days and replications. */
export interface RunSettings {
  readonly seed: number | string;
  /** Working days per replication. */
  readonly days: number;
  readonly replications: number;
}

type Shift = Exclude<Scenario['staff']['advisors'], number>[number];
type Team = Scenario['staff']['advisors'];
type Draft = { -readonly [K in keyof Scenario]: Scenario[K] };

/** The scenario a column describes: `base` with `values` and the run settings written in. */
export function adjustScenario(base: Scenario, values: ControlValues, run: RunSettings): Scenario {
  const draft = structuredClone(base) as Draft;
  const changed = (id: ControlId) => values[id] !== null && values[id] !== controls[id].initial(base);
  const value = <T extends number | string>(id: ControlId) => values[id] as T;

  // 1. How the page runs it.
  draft.seed = run.seed;
  draft.days = run.days;
  draft.replications = run.replications;

  // 2. Opening hours first: shifts that started at opening (or ended at closing) follow the doors.
  if (changed('open') || changed('close')) {
    const open = value<string>('open');
    const close = value<string>('close');
    const move = (team: Team) => followOpening(team, base.day, { open, close });
    draft.staff = {
      ...draft.staff,
      advisors: move(draft.staff.advisors),
      phoneDesk: move(draft.staff.phoneDesk),
      ...(draft.staff.parts ? { parts: { ...draft.staff.parts, agents: move(draft.staff.parts.agents) } } : {}),
    };
    draft.day = { open, close };
    if (draft.pickups) draft.pickups = { ...draft.pickups, window: clampWindow(draft.pickups.window, open, close) };
    // Regular appointment slots are kept within opening hours (a list of booked times is left as written).
    const slots = draft.appointments?.slots;
    if (draft.appointments && slots !== undefined && !Array.isArray(slots) && 'perSlot' in slots) {
      draft.appointments = { ...draft.appointments, slots: { ...slots, ...clampWindow(slots, open, close) } };
    }
  }

  // 3. Advisors, keeping the file's shift pattern.
  if (changed('advisors')) draft.staff = { ...draft.staff, advisors: resizeTeam(draft.staff.advisors, value<number>('advisors')) };

  // 4. The phone policy, keeping what still applies (ring time, where unanswered calls go).
  const policy = value<PolicySpec['kind']>('policy');
  if (changed('policy') || (policy === 'threshold' && changed('threshold'))) {
    draft.policy = policyOf(policyWindowsOf(base.policy)[0], policy, value<number>('threshold'));
  }

  // 5. The phone desk answers calls only under phone-desk: moving to another policy takes the
  // desk away (a desk the file keeps under another policy stays, as `run` simulates it).
  const baseHasDesk = policyKinds(base.policy).includes('phone-desk');
  if (!policyKinds(draft.policy).includes('phone-desk')) {
    if (baseHasDesk) draft.staff = { ...draft.staff, phoneDesk: 0 };
  } else if (!baseHasDesk || changed('deskSize') || changed('deskFrom') || changed('deskTo')) {
    const size = value<number>('deskSize');
    const from = value<string>('deskFrom');
    const to = value<string>('deskTo');
    const desk = baseHasDesk ? base.staff.phoneDesk : 0;
    draft.staff = { ...draft.staff, phoneDesk: deskTeam(desk, size, { from, to }, draft.day) };
  }

  // 6. Demand.
  if (changed('callVolume') && draft.calls) {
    draft.calls = { ...draft.calls, perHour: scaleRate(draft.calls.perHour, value<number>('callVolume')) };
  }
  if (changed('walkInVolume') && draft.walkIns) {
    draft.walkIns = { ...draft.walkIns, perHour: scaleRate(draft.walkIns.perHour, value<number>('walkInVolume')) };
  }
  if (changed('perSlot') && draft.appointments && !Array.isArray(draft.appointments.slots) && 'perSlot' in draft.appointments.slots) {
    draft.appointments = { ...draft.appointments, slots: { ...draft.appointments.slots, perSlot: value<number>('perSlot') } };
  }

  // 7. Callers.
  if (changed('callerPatienceSec') && draft.calls?.patience) {
    const initialSec = controls.callerPatienceSec.initial(base) as number;
    draft.calls = { ...draft.calls, patience: scaleDistribution(draft.calls.patience, value<number>('callerPatienceSec') / initialSec) };
  }
  if (changed('redialProbability') && draft.calls?.redial) {
    draft.calls = { ...draft.calls, redial: { ...draft.calls.redial, p: value<number>('redialProbability') } };
  }
  return draft;
}

/** `count` people with the team's pattern: the first shifts kept, more repeating the pattern in order. */
export function resizeTeam(team: Team, count: number): Team {
  if (typeof team === 'number' || count === 0) return count;
  return Array.from({ length: count }, (_, i) => structuredClone(team[i % team.length]));
}

/** The policy of kind `kind`: the scenario's own when it is that kind, else a new one keeping ring time and routing. */
function policyOf(base: PolicySpec, kind: PolicySpec['kind'], threshold: number): PolicySpec {
  const kept = { ...(base.ringSec === undefined ? {} : { ringSec: base.ringSec }), unanswered: base.unanswered };
  if (kind === 'threshold') return { ...(base.kind === 'threshold' ? base : kept), kind, maxWaitingVisitors: threshold };
  if (base.kind === kind) return base;
  // The schema fills the other fields of the new kind with their defaults.
  return { kind, ...kept } as PolicySpec;
}

/** The desk: `size` people over `hours`; a plain head count when that covers the opening hours. */
function deskTeam(desk: Team, size: number, hours: { from: string; to: string }, day: Scenario['day']): Team {
  const sameHours = (shift: Shift) => shift.from === hours.from && shift.to === hours.to;
  if (typeof desk !== 'number' && desk.every(sameHours)) return resizeTeam(desk, size);
  if (hours.from === day.open && hours.to === day.close) return size;
  return Array.from({ length: size }, () => ({ from: hours.from, to: hours.to, breaks: [] }));
}

/** Shifts that started at the old opening (or ended at the old closing) moved with the doors; breaks now outside dropped. */
function followOpening(team: Team, before: Scenario['day'], after: Scenario['day']): Team {
  if (typeof team === 'number') return team;
  return team.map((shift) => {
    const from = shift.from === before.open ? after.open : shift.from;
    const to = shift.to === before.close ? after.close : shift.to;
    const inside = (range: string) => {
      const [start, end] = range.split('-').map(clockToMin);
      return start >= clockToMin(from) && end <= clockToMin(to);
    };
    return { from, to, breaks: shift.breaks.filter(inside) };
  });
}

/** A window (pickups, appointment slots) kept within opening hours. */
function clampWindow(window: { from: string; to: string }, open: string, close: string): { from: string; to: string } {
  const later = (a: string, b: string) => (clockToMin(a) >= clockToMin(b) ? a : b);
  const earlier = (a: string, b: string) => (clockToMin(a) <= clockToMin(b) ? a : b);
  return { from: later(window.from, open), to: earlier(window.to, close) };
}

/** Arrivals per hour times `factor` (a constant rate, or every hour of a profile). */
function scaleRate(rate: number | Record<string, number>, factor: number): number | Record<string, number> {
  if (typeof rate === 'number') return tidy6(rate * factor);
  return Object.fromEntries(Object.entries(rate).map(([hour, perHour]) => [hour, tidy6(perHour * factor)]));
}

/** A duration distribution stretched by `factor`: its mean times factor, its shape (cv) unchanged. */
export function scaleDistribution(spec: DistributionSpec, factor: number): DistributionSpec {
  const s = (x: number) => tidy6(x * factor);
  switch (spec.dist) {
    case 'exponential':
    case 'lognormal':
    case 'gamma':
    case 'erlang':
      return { ...spec, mean: s(spec.mean) };
    case 'normal':
      return {
        ...spec,
        mean: s(spec.mean),
        sd: s(spec.sd),
        ...(spec.min === undefined ? {} : { min: s(spec.min) }),
        ...(spec.max === undefined ? {} : { max: s(spec.max) }),
      };
    case 'triangular':
      return { ...spec, min: s(spec.min), mode: s(spec.mode), max: s(spec.max) };
    case 'uniform':
      return { ...spec, min: s(spec.min), max: s(spec.max) };
    case 'deterministic':
      return { ...spec, value: s(spec.value) };
    case 'empirical':
      return { ...spec, values: spec.values.map(s) };
  }
}

/** Six significant digits: what a person would write, and what the saved scenario shows. */
function tidy6(x: number): number {
  return Number(x.toPrecision(6));
}

