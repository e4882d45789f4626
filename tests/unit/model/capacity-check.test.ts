// The load check before a run: work that never leaves, coming in at least as fast as the people
// who may do it can work, is warned (no steady state; a working day that cannot be cleared),
// and a reception that can keep up, or that sheds work, is not.

import { describe, expect, it } from 'vitest';
import { WarningList } from '../../../src/model/issues.js';
import { normaliseScenario } from '../../../src/model/normalise.js';
import { type ScenarioInput, scenarioSchema } from '../../../src/model/schema/index.js';
import { warning } from '../../../src/text/messages.js';

const HANDLE_5_MIN = { dist: 'exponential', mean: 5 } as const;

/** Calls only, in steady state: `perHour` calls of 5 minutes for `advisors` advisors. */
function steadyCalls(perHour: number, advisors: number, extra: Partial<ScenarioInput> = {}, calls: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'steady',
    day: { open: '08:00', close: '19:00' },
    steadyState: { hours: 100, warmupHours: 5 },
    staff: { advisors },
    policy: { kind: 'answer-all' },
    calls: { perHour, reasons: [{ name: 'any', share: 1, handle: HANDLE_5_MIN }], ...calls },
    ...extra,
  } as ScenarioInput;
}

function warningsOf(input: ScenarioInput): { path: readonly (string | number)[]; message: string }[] {
  const warnings = new WarningList();
  normaliseScenario(scenarioSchema.parse(input), warnings);
  return warnings.issues.map(({ path, message }) => ({ path, message }));
}

describe('in steady state, work that never leaves', () => {
  it('is warned when the calls load the advisors fully or more (ρ ≥ 1), and not below', () => {
    const load = { calls: 2.5, walkIns: 0, messages: 0 };
    expect(warningsOf(steadyCalls(30, 2))).toEqual([{ path: ['steadyState'], message: warning.steadyOverload(load, 2, 'advisors') }]);
    // ρ = 1 exactly has no steady state either: the queue drifts without bound.
    expect(warningsOf(steadyCalls(24, 2))).toEqual([{ path: ['steadyState'], message: warning.steadyOverload({ ...load, calls: 2 }, 2, 'advisors') }]);
    expect(warningsOf(steadyCalls(23.9, 2))).toEqual([]);
    expect(warning.steadyOverload(load, 2, 'advisors')).toBe(
      'the reception cannot keep up: work that never leaves comes to 2.50 erlangs (calls 2.50 erlangs: callers never hang up, and no ring limit sends a call away), ' +
        'at least what the 2 advisors who answer the calls can do: in steady state the queues grow for as long as the run lasts, so every figure depends on ' +
        'steadyState.hours instead of measuring a steady state (add people, or give callers or visitors a patience)',
    );
  });

  it('is not warned when callers hang up or a ring limit sends calls away: the work can leave', () => {
    expect(warningsOf(steadyCalls(60, 2, {}, { patience: { dist: 'exponential', mean: 2 } }))).toEqual([]);
    expect(warningsOf(steadyCalls(60, 2, { policy: { kind: 'answer-all', ringSec: 30 } }))).toEqual([]);
    expect(warningsOf(steadyCalls(60, 2, { policy: { kind: 'divert' } }))).toEqual([]);
  });

  it('counts the calls against the desk that answers them, with the advisors only when they take its overflow', () => {
    const desk = (overflowToAdvisors: boolean) =>
      steadyCalls(18, 4, { staff: { advisors: 4, phoneDesk: 1 }, policy: { kind: 'phone-desk', overflowToAdvisors } });
    // 18 calls an hour of 5 minutes: 1.5 erlangs for a desk of 1, or for the desk and 4 advisors.
    expect(warningsOf(desk(false))).toEqual([{ path: ['steadyState'], message: warning.steadyOverload({ calls: 1.5, walkIns: 0, messages: 0 }, 1, 'phoneDesk') }]);
    expect(warning.steadyOverload({ calls: 1.5, walkIns: 0, messages: 0 }, 1, 'phoneDesk')).toContain('at least what the 1 phone-desk person who answers the calls can do');
    expect(warningsOf(desk(true))).toEqual([]);
  });

  it('is warned for walk-ins who never give up against the advisors, and not when they may leave', () => {
    const walkIns = (extra: Record<string, unknown>) =>
      ({
        name: 'walk-ins',
        day: { open: '08:00', close: '19:00' },
        steadyState: { hours: 100, warmupHours: 5 },
        staff: { advisors: 2, phoneDesk: 1 },
        policy: { kind: 'phone-desk' },
        walkIns: { perHour: 8, writeUp: { dist: 'exponential', mean: 15 }, ...extra },
      }) as ScenarioInput;
    expect(warningsOf(walkIns({}))).toEqual([{ path: ['steadyState'], message: warning.steadyOverload({ calls: 0, walkIns: 2, messages: 0 }, 2, 'advisors') }]);
    expect(warningsOf(walkIns({ patience: { dist: 'exponential', mean: 20 } }))).toEqual([]);
    expect(warningsOf(walkIns({ balkAt: 5 }))).toEqual([]);
  });

  it('is warned when all of it together is at least everyone on duty, though each part alone fits', () => {
    const input = steadyCalls(18, 2, { messages: { perHour: 12, handle: { dist: 'exponential', mean: 5 } } } as Partial<ScenarioInput>);
    // Calls 1.5 erlangs for 2 advisors fit; with messages' 1.0 the 2 people cannot keep up.
    expect(warningsOf(input)).toEqual([{ path: ['steadyState'], message: warning.steadyOverload({ calls: 1.5, walkIns: 0, messages: 1 }, 2, 'everyone') }]);
  });
});

describe('working days whose visits cannot be done before the next opening', () => {
  const bookings = (count: number, advisors: number, week?: string[]) =>
    ({
      name: 'days',
      day: { open: '08:00', close: '18:00' },
      ...(week ? { week } : {}),
      staff: { advisors },
      policy: { kind: 'answer-all' },
      appointments: { slots: { from: '08:00', to: '17:00', every: 15, perSlot: Math.ceil(count / 36) }, noShow: 0, writeUp: { dist: 'deterministic', value: 15 } },
    }) as unknown as ScenarioInput;

  it('are warned, with the hours of work and of the advisors until the next opening', () => {
    // 36 slots × 12 bookings × 15 min = 108 h against one advisor's 24 h (08:00 to 08:00).
    expect(warningsOf(bookings(432, 1, ['mon']))).toEqual([{ path: ['staff', 'advisors'], message: warning.visitsRunIntoNextDay(null, 108, 1, 24) }]);
    expect(warning.visitsRunIntoNextDay('mon', 108, 1, 24)).toBe(
      'the visits that are always served (bookings that show up, walk-ins who never give up) bring about 108.0 h of work on a Monday, ' +
        "more than 1 advisor can do from the start of their shifts to the next day's opening (24.0 h): the day cannot be cleared, " +
        'and since every simulated day starts empty, the overtime shown would in fact run into the next day',
    );
  });

  it('name the weekday with the most work only when the weekdays differ', () => {
    const input = bookings(432, 1) as unknown as Record<string, unknown>;
    expect(warningsOf(input as unknown as ScenarioInput)).toEqual([{ path: ['staff', 'advisors'], message: warning.visitsRunIntoNextDay(null, 108, 1, 24) }]);
    // Walk-ins who never give up, twice as many on Fridays: 10 h × 4 × 15 min more on Friday.
    const busyFriday = { ...input, walkIns: { perHour: 4, weekdayFactors: { fri: 2 }, writeUp: { dist: 'deterministic', value: 15 } } };
    expect(warningsOf(busyFriday as unknown as ScenarioInput)).toEqual([
      { path: ['staff', 'advisors'], message: warning.visitsRunIntoNextDay('fri', 108 + 20, 1, 24) },
    ]);
  });

  it('are not warned when the advisors can finish them, even with long overtime', () => {
    // 108 h of visits for 5 advisors (120 h until the next opening): overtime, not overlap.
    expect(warningsOf(bookings(432, 5))).toEqual([]);
  });
});
