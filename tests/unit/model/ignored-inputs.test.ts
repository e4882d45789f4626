// Inputs that change nothing are warned about, at their place; inputs that count are not.

import { describe, expect, it } from 'vitest';
import { warnIgnoredInputs } from '../../../src/model/ignored-inputs.js';
import { WarningList } from '../../../src/model/issues.js';
import { type ScenarioInput, scenarioSchema } from '../../../src/model/schema/index.js';
import { warning } from '../../../src/text/messages.js';

const BASE = {
  name: 'n',
  day: { open: '08:00', close: '18:00' },
  staff: { advisors: 2 },
  policy: { kind: 'answer-all' },
  calls: { perHour: { '09': 12, '10': 6 }, reasons: [{ name: 'r', share: 1, handle: { dist: 'exponential', mean: 3 } }] },
} satisfies ScenarioInput;

function warningsOf(input: Record<string, unknown>) {
  const warnings = new WarningList();
  warnIgnoredInputs(input, scenarioSchema.parse(input), warnings);
  return warnings.issues;
}

describe('warnIgnoredInputs', () => {
  it('says nothing about a scenario that uses all it says', () => {
    expect(warningsOf(BASE)).toEqual([]);
    expect(warningsOf({ ...BASE, staff: { advisors: 2, overflow: { agents: 2 } }, policy: { kind: 'divert', unanswered: 'overflow' } })).toEqual([]);
    expect(warningsOf({ ...BASE, policy: { kind: 'answer-all', ringSec: 30, unanswered: 'ring-out' } })).toEqual([]);
  });

  it('warns about an overflow team no call is sent to', () => {
    const staff = { advisors: 2, overflow: { agents: 2 } };
    expect(warningsOf({ ...BASE, staff })).toEqual([{ path: ['staff', 'overflow'], message: warning.overflowUnused('ring-out') }]);
    expect(warningsOf({ ...BASE, staff, policy: { kind: 'divert', unanswered: 'voicemail' }, calls: { ...BASE.calls, voicemail: { leavesMessage: 0.5 } } })).toEqual([
      { path: ['staff', 'overflow'], message: warning.overflowUnused('voicemail') },
    ]);
  });

  it('warns about a phone desk no policy gives calls to', () => {
    expect(warningsOf({ ...BASE, staff: { advisors: 2, phoneDesk: 1 } })).toEqual([{ path: ['staff', 'phoneDesk'], message: warning.deskWithoutPolicy('answer-all') }]);
    const shifts = [{ from: '08:00', to: '12:00' }];
    expect(warningsOf({ ...BASE, staff: { advisors: 2, phoneDesk: shifts }, policy: { kind: 'divert' } })).toEqual([
      { path: ['staff', 'phoneDesk'], message: warning.deskWithoutPolicy('divert') },
    ]);
    const windows = [
      { from: '08:00', to: '12:00', kind: 'answer-all' },
      { from: '12:00', to: '18:00', kind: 'divert' },
    ];
    expect(warningsOf({ ...BASE, staff: { advisors: 2, phoneDesk: 1 }, policy: windows })).toEqual([
      { path: ['staff', 'phoneDesk'], message: warning.deskWithoutDeskWindow(['answer-all', 'divert']) },
    ]);
    expect(warningsOf({ ...BASE, staff: { advisors: 2, phoneDesk: 1 }, policy: { kind: 'phone-desk' } })).toEqual([]);
    expect(warningsOf({ ...BASE, staff: { advisors: 2, phoneDesk: 0 } })).toEqual([]);
  });

  it('warns about redials nobody makes, a visit choice no call makes, and bookings nobody keeps', () => {
    const redial = (fields: Record<string, unknown>) => ({ ...BASE, calls: { ...BASE.calls, redial: { delay: { dist: 'exponential', mean: 5 }, ...fields } } });
    expect(warningsOf(redial({ p: 0 }))).toEqual([{ path: ['calls', 'redial', 'p'], message: warning.redialNever() }]);
    expect(warningsOf(redial({ p: [0, 0] }))).toEqual([{ path: ['calls', 'redial', 'p'], message: warning.redialNever() }]);
    expect(warningsOf(redial({ p: 0.5, maxAttempts: 1 }))).toEqual([{ path: ['calls', 'redial', 'maxAttempts'], message: warning.redialOneAttempt() }]);
    expect(warningsOf(redial({ p: [0, 0.3] }))).toEqual([]);
    expect(warningsOf(redial({ p: 0.3, maxAttempts: null }))).toEqual([]);

    const choice = { kind: 'answer-all', interruptProbability: 0, interruptChoice: 'random' };
    expect(warningsOf({ ...BASE, policy: choice })).toEqual([{ path: ['policy', 'interruptChoice'], message: warning.interruptChoiceUnused() }]);
    expect(warningsOf({ ...BASE, policy: { ...choice, interruptProbability: 0.5 } })).toEqual([]);
    expect(warningsOf({ ...BASE, policy: { kind: 'answer-all', interruptProbability: 0 } })).toEqual([]);
    const windows = [
      { from: '08:00', to: '12:00', kind: 'divert' },
      { from: '12:00', to: '18:00', ...choice },
    ];
    expect(warningsOf({ ...BASE, policy: windows })).toEqual([{ path: ['policy', 1, 'interruptChoice'], message: warning.interruptChoiceUnused() }]);

    const appointments = (noShow: number) => ({ ...BASE, appointments: { slots: ['09:00', '10:00'], noShow, writeUp: { dist: 'exponential', mean: 10 } } });
    expect(warningsOf(appointments(1))).toEqual([{ path: ['appointments', 'noShow'], message: warning.everyBookingNoShow() }]);
    expect(warningsOf(appointments(0.9))).toEqual([]);
  });

  it('warns about where unanswered calls go when they never stop ringing', () => {
    expect(warningsOf({ ...BASE, policy: { kind: 'threshold', maxWaitingVisitors: 1, unanswered: 'ring-out' } })).toEqual([
      { path: ['policy', 'unanswered'], message: warning.unansweredWithoutRingLimit('ring-out') },
    ]);
  });

  it('warns about weekday factors of days outside the week', () => {
    const calls = { ...BASE.calls, weekdayFactors: { mon: 1.2, sat: 0.5, sun: 0 } };
    expect(warningsOf({ ...BASE, calls })).toEqual([
      { path: ['calls', 'weekdayFactors', 'sat'], message: warning.factorOutsideWeek('sat', ['mon', 'tue', 'wed', 'thu', 'fri']) },
      { path: ['calls', 'weekdayFactors', 'sun'], message: warning.factorOutsideWeek('sun', ['mon', 'tue', 'wed', 'thu', 'fri']) },
    ]);
    expect(warningsOf({ ...BASE, week: ['mon', 'sat'], calls })).toEqual([
      { path: ['calls', 'weekdayFactors', 'sun'], message: warning.factorOutsideWeek('sun', ['mon', 'sat']) },
    ]);
  });

  it('warns about a stream of arrivals that brings nobody: a rate of 0 at every hour, or a factor of 0 on every working day', () => {
    expect(warningsOf({ ...BASE, calls: { ...BASE.calls, perHour: 0 } })).toEqual([{ path: ['calls', 'perHour'], message: warning.noArrivals('calls') }]);
    expect(warningsOf({ ...BASE, calls: { ...BASE.calls, perHour: { '09': 0, '10': 0 } } })).toEqual([{ path: ['calls', 'perHour'], message: warning.noArrivals('calls') }]);
    const idleWeek = { mon: 0, tue: 0, wed: 0, thu: 0, fri: 0 };
    expect(warningsOf({ ...BASE, calls: { ...BASE.calls, weekdayFactors: idleWeek } })).toEqual([
      { path: ['calls', 'weekdayFactors'], message: warning.noArrivalsInWeek('calls', ['mon', 'tue', 'wed', 'thu', 'fri']) },
    ]);
    // One working day with arrivals is enough; in steady state there are no weekdays.
    expect(warningsOf({ ...BASE, calls: { ...BASE.calls, weekdayFactors: { ...idleWeek, fri: 0.5 } } })).toEqual([]);
    expect(warningsOf({ ...BASE, steadyState: { hours: 100 }, calls: { ...BASE.calls, perHour: 10, weekdayFactors: idleWeek } })).toEqual([]);
  });

  it('warns about targets for contacts the scenario never has, and a parts line no call is for', () => {
    const { calls: _calls, ...noCalls } = BASE;
    const walkIns = { perHour: 2, writeUp: { dist: 'exponential', mean: 10 } };
    expect(warningsOf({ ...noCalls, walkIns, targets: { calls: { serviceLevel: 0.8 }, visitors: { serviceLevel: 0.8 } } })).toEqual([
      { path: ['targets', 'calls'], message: warning.targetsWithoutContacts('calls') },
    ]);
    expect(warningsOf({ ...BASE, targets: { calls: { serviceLevel: 0.8 }, visitors: { maxMeanWaitMin: 5 } } })).toEqual([
      { path: ['targets', 'visitors'], message: warning.targetsWithoutContacts('visitors') },
    ]);
    expect(warningsOf({ ...BASE, staff: { advisors: 2, parts: { agents: 1 } } })).toEqual([{ path: ['staff', 'parts'], message: warning.partsLineIdle() }]);
    const partsCalls = { ...BASE.calls, reasons: [...BASE.calls.reasons, { name: 'p', share: 0, handle: { dist: 'exponential', mean: 2 }, skill: 'parts' }] };
    expect(warningsOf({ ...BASE, staff: { advisors: 2, parts: { agents: 1 } }, calls: partsCalls })).toEqual([]);
  });

  it('warns about days and week in steady-state mode, only when written', () => {
    const steady = { ...BASE, steadyState: { hours: 100 }, calls: { ...BASE.calls, perHour: 10 } };
    expect(warningsOf(steady)).toEqual([]);
    expect(warningsOf({ ...steady, days: 30, week: ['mon'] })).toEqual([
      { path: ['days'], message: warning.ignoredInSteadyState('days') },
      { path: ['week'], message: warning.ignoredInSteadyState('week') },
    ]);
  });

  it('warns about calls and walk-ins in hours the reception is closed all hour long', () => {
    const input = {
      ...BASE,
      day: { open: '08:30', close: '18:30' },
      calls: { ...BASE.calls, perHour: { '07': 2, '08': 4, '18': 3, '19': 1, '20': 0 } },
      walkIns: { perHour: { '06': 2, '09': 1 }, writeUp: { dist: 'exponential', mean: 15 } },
    };
    expect(warningsOf(input)).toEqual([
      { path: ['walkIns', 'perHour', '06'], message: warning.visitorsOutsideOpening('06') },
      { path: ['calls', 'perHour', '07'], message: warning.callsOutsideOpening('07', false) },
      { path: ['calls', 'perHour', '19'], message: warning.callsOutsideOpening('19', false) },
    ]);
    expect(warning.callsOutsideOpening('07', true)).toBe(
      'a rate is given for hour 07, when the reception is closed: nobody answers those calls (they go to voicemail, and are counted apart as after-hours calls)',
    );
  });

  it('warns that one number for calls.perHour rings in the closed hours too, unless the day is open round the clock', () => {
    const constant = { ...BASE, calls: { ...BASE.calls, perHour: 10 } };
    expect(warningsOf(constant)).toEqual([{ path: ['calls', 'perHour'], message: warning.constantCallsOutsideOpening('08:00', '18:00', false) }]);
    expect(warningsOf({ ...constant, day: { open: '00:00', close: '18:00' } })).toEqual([
      { path: ['calls', 'perHour'], message: warning.constantCallsOutsideOpening(null, '18:00', false) },
    ]);
    expect(warningsOf({ ...constant, day: { open: '00:00', close: '24:00' } })).toEqual([]);
    expect(warning.constantCallsOutsideOpening('08:00', null, true)).toBe(
      'one rate for every hour of the day brings calls before 08:00 too, when the reception is closed: nobody answers them (they go to voicemail); ' +
        'for calls in opening hours only, give the rate by hour ({ "08": 10, "09": 10, … })',
    );
  });
});
