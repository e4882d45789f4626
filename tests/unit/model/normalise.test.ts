// Normalisation: shorthands resolved once (minutes, rates per minute by weekday and hour,
// people to shifts, slots to bookings) and what the schema alone cannot check.

import { describe, expect, it } from 'vitest';
import { WarningList } from '../../../src/model/issues.js';
import { issuesThrownBy } from '../../support/input-errors.js';
import { normaliseScenario } from '../../../src/model/normalise.js';
import { type ScenarioInput, scenarioSchema } from '../../../src/model/schema/index.js';
import { crossCheck, warning } from '../../../src/text/messages.js';

const BASE: ScenarioInput = {
  name: 'n',
  day: { open: '08:00', close: '18:00' },
  staff: { advisors: 2 },
  policy: { kind: 'answer-all' },
  calls: { perHour: { '09': 12, '10': 6 }, weekdayFactors: { mon: 1.5 }, reasons: [{ name: 'r', share: 1, handle: { dist: 'exponential', mean: 3 } }] },
};

function normalise(input: ScenarioInput, warnings = new WarningList()) {
  return normaliseScenario(scenarioSchema.parse(input), warnings);
}

function issuesOf(input: ScenarioInput): { path: readonly (string | number)[]; message: string }[] {
  return issuesThrownBy(() => normalise(input)).map(({ path, message }) => ({ path, message }));
}

describe('normaliseScenario', () => {
  it('turns hourly rates into arrivals per minute by weekday and hour; unlisted hours have none', () => {
    const config = normalise(BASE);
    expect(config.week).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    const monday = config.calls!.ratePerMin[0];
    const tuesday = config.calls!.ratePerMin[1];
    expect(monday[9]).toBeCloseTo((12 * 1.5) / 60, 12);
    expect(tuesday[9]).toBeCloseTo(12 / 60, 12);
    expect(tuesday[10]).toBeCloseTo(6 / 60, 12);
    expect(tuesday[11]).toBe(0);
  });

  it('gives a headcount everyone the opening hours, and reads clock times as minutes', () => {
    const config = normalise(BASE);
    expect(config.advisors).toEqual([
      { fromMin: 480, toMin: 1080, breaks: [] },
      { fromMin: 480, toMin: 1080, breaks: [] },
    ]);
    expect(config.horizon).toMatchObject({ mode: 'days', openMin: 480, closeMin: 1080 });
  });

  it('expands regular slots: from inclusive, to exclusive, perSlot bookings each', () => {
    const config = normalise({
      ...BASE,
      appointments: { slots: { from: '08:00', to: '09:00', every: 20, perSlot: 2 }, writeUp: { dist: 'deterministic', value: 15 } },
    });
    expect(config.appointments!.bookingsMin).toEqual([480, 480, 500, 500, 520, 520]);
  });

  it('refuses advisors who leave the counter uncovered, naming when', () => {
    expect(
      issuesOf({ ...BASE, staff: { advisors: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '18:00' }] } }),
    ).toEqual([{ path: ['staff', 'advisors'], message: crossCheck.advisorsDoNotCover('12:00') }]);
  });

  it('collects every cross-check problem at once', () => {
    const issues = issuesOf({
      ...BASE,
      day: { open: '08:00', close: '07:00' },
      calls: { ...BASE.calls!, reasons: [{ name: 'r', share: 0.5, handle: { dist: 'exponential', mean: 3 } }] },
      policy: { kind: 'divert', unanswered: 'voicemail' },
    });
    expect(issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([
        crossCheck.closeNotAfterOpen('08:00', '07:00'),
        crossCheck.sharesDoNotSumToOne(0.5),
        crossCheck.voicemailMissing(),
      ]),
    );
  });

  it('reads a policy by the hour as windows in minutes, each checked against what it needs', () => {
    const windows = [
      { from: '08:00', to: '11:00', kind: 'phone-desk' as const },
      { from: '11:00', to: '18:00', kind: 'answer-all' as const, unanswered: 'voicemail' as const, ringSec: 30 },
    ];
    const config = normalise({ ...BASE, staff: { advisors: 2, phoneDesk: [{ from: '08:00', to: '11:00' }] }, policy: windows, calls: { ...BASE.calls!, voicemail: { leavesMessage: 0.5 } } });
    expect(config.policies.map(({ fromMin, toMin, policy }) => [fromMin, toMin, policy.kind])).toEqual([
      [480, 660, 'phone-desk'],
      [660, 1080, 'answer-all'],
    ]);
    expect(normalise(BASE).policies).toEqual([{ fromMin: 0, toMin: Infinity, policy: expect.objectContaining({ kind: 'answer-all' }) }]);
    // No desk for the desk's window; no voicemail for the second window's route.
    expect(issuesOf({ ...BASE, policy: windows })).toEqual([
      { path: ['staff', 'phoneDesk'], message: crossCheck.phoneDeskWithoutDesk() },
      { path: ['policy', 1, 'unanswered'], message: crossCheck.voicemailMissing() },
    ]);
    // A window that ends before it starts; and no time of day in steady state.
    const backwards = [{ from: '08:00', to: '08:00', kind: 'divert' as const }, { from: '08:00', to: '18:00', kind: 'divert' as const }];
    expect(issuesOf({ ...BASE, policy: backwards })).toEqual([{ path: ['policy', 0, 'to'], message: crossCheck.policyWindowNotIncreasing('08:00', '08:00') }]);
    const steady = { ...BASE, steadyState: { hours: 100, warmupHours: 10 }, calls: { ...BASE.calls!, perHour: 30, weekdayFactors: undefined } };
    expect(issuesOf({ ...steady, policy: [{ from: '08:00', to: '18:00', kind: 'divert' }] })).toEqual([{ path: ['policy'], message: crossCheck.policyWindowsInSteadyState() }]);
  });

  it('steady-state mode needs constant rates and headcounts, and measures after the warm-up', () => {
    const steady = normalise({ ...BASE, steadyState: { hours: 100, warmupHours: 10 }, calls: { ...BASE.calls!, perHour: 30, weekdayFactors: undefined } });
    expect(steady.horizon).toMatchObject({ mode: 'steady', openMin: 0, closeMin: 6000, measureFromMin: 600, measureToMin: 6000 });
    expect(steady.days).toBe(1);
    expect(issuesOf({ ...BASE, steadyState: { hours: 100 } }).map((issue) => issue.message)).toEqual(
      expect.arrayContaining([crossCheck.steadyNeedsConstantRate(), crossCheck.steadyUnsupported('weekdayFactors')]),
    );
  });

  describe('breaks', () => {
    const shift = (breaks: string[], from = '08:00', to = '18:00') => ({ from, to, breaks });
    const withAdvisors = (...advisors: ReturnType<typeof shift>[]): ScenarioInput => ({ ...BASE, staff: { advisors } });

    it('are sorted, and kept as written', () => {
      const config = normalise(withAdvisors(shift(['15:00-15:15', '13:30-14:30'])));
      expect(config.advisors[0].breaks).toEqual([
        { fromMin: 13 * 60 + 30, toMin: 14 * 60 + 30 },
        { fromMin: 15 * 60, toMin: 15 * 60 + 15 },
      ]);
    });

    it('may not overlap: the one written second is refused, naming the other', () => {
      expect(issuesOf(withAdvisors(shift(['13:30-14:30', '14:00-15:00'])))).toEqual([
        { path: ['staff', 'advisors', 0, 'breaks', 1], message: crossCheck.breaksOverlap('14:00-15:00', '13:30-14:30') },
      ]);
      expect(issuesOf(withAdvisors(shift(['14:00-15:00', '13:30-14:30'])))).toEqual([
        { path: ['staff', 'advisors', 0, 'breaks', 1], message: crossCheck.breaksOverlap('13:30-14:30', '14:00-15:00') },
      ]);
      // Touching is not overlapping: one break after the other.
      expect(normalise(withAdvisors(shift(['13:00-13:30', '13:30-14:00']))).advisors[0].breaks).toHaveLength(2);
    });

    it('must lie inside the shift, and leave some of it to work', () => {
      expect(issuesOf(withAdvisors(shift(['07:30-08:30'])))).toEqual([
        { path: ['staff', 'advisors', 0, 'breaks', 0], message: crossCheck.breakOutsideShift('07:30-08:30') },
      ]);
      expect(issuesOf(withAdvisors(shift(['08:00-18:00'])))).toEqual([
        { path: ['staff', 'advisors', 0, 'breaks'], message: crossCheck.breaksFillShift('08:00', '18:00') },
      ]);
      expect(issuesOf(withAdvisors(shift(['08:00-13:00', '13:00-18:00'])))).toEqual([
        { path: ['staff', 'advisors', 0, 'breaks'], message: crossCheck.breaksFillShift('08:00', '18:00') },
      ]);
    });

    it('warn when they leave nobody on duty while the reception is open', () => {
      const warnings = new WarningList();
      normalise(withAdvisors(shift(['13:00-14:00', '16:00-16:15']), shift(['13:30-14:30']), shift(['09:00-09:30'], '08:00', '12:00')), warnings);
      expect(warnings.issues).toEqual([{ path: ['staff', 'advisors'], message: warning.breaksLeaveNobody('advisors', '13:30', '14:00') }]);
      expect(warning.breaksLeaveNobody('advisors', '13:30', '14:00')).toBe(
        'from 13:30 to 14:00 every advisor on shift is on a break: nobody is on duty while the reception is open',
      );
    });

    it('do not warn when they take turns, even back to back', () => {
      const warnings = new WarningList();
      normalise(withAdvisors(shift(['13:30-14:30']), shift(['14:30-15:30'])), warnings);
      expect(warnings.issues).toEqual([]);
    });

    it('warn of a shift wholly outside opening hours, and not of one that only overlaps them', () => {
      const warnings = new WarningList();
      normalise(
        {
          ...BASE,
          staff: {
            advisors: [shift([]), shift([], '06:00', '08:00'), shift([], '07:00', '08:01'), shift([], '17:59', '20:00'), shift([], '18:00', '20:00')],
            phoneDesk: [shift([], '18:30', '19:00')],
            parts: { agents: [shift([], '05:00', '07:00')] },
          },
          policy: { kind: 'phone-desk' },
        },
        warnings,
      );
      expect(warnings.issues).toEqual([
        { path: ['staff', 'advisors', 1], message: warning.shiftOutsideOpening('advisors', '06:00–08:00', '08:00', '18:00') },
        { path: ['staff', 'advisors', 4], message: warning.shiftOutsideOpening('advisors', '18:00–20:00', '08:00', '18:00') },
        { path: ['staff', 'phoneDesk', 0], message: warning.shiftOutsideOpening('phoneDesk', '18:30–19:00', '08:00', '18:00') },
        { path: ['staff', 'parts', 'agents', 0], message: warning.shiftOutsideOpening('parts', '05:00–07:00', '08:00', '18:00') },
      ]);
    });

    it('warn for the phone desk and the parts line too', () => {
      const warnings = new WarningList();
      normalise(
        {
          ...BASE,
          staff: { advisors: 2, phoneDesk: [shift(['12:00-12:30'])], parts: { agents: [shift(['10:00-10:10']), shift(['10:05-10:20'])] } },
          policy: { kind: 'phone-desk' },
        },
        warnings,
      );
      expect(warnings.issues).toEqual([
        { path: ['staff', 'phoneDesk'], message: warning.breaksLeaveNobody('phoneDesk', '12:00', '12:30') },
        { path: ['staff', 'parts', 'agents'], message: warning.breaksLeaveNobody('parts', '10:05', '10:10') },
      ]);
    });
  });

  it('resolves redial settings: one probability or one per attempt, null for no limit', () => {
    const config = normalise({
      ...BASE,
      calls: { ...BASE.calls!, redial: { p: [0.4, 0.2], delay: { dist: 'exponential', mean: 10 }, maxAttempts: null } },
    });
    expect(config.calls!.redialProbabilities).toEqual([0.4, 0.2]);
    expect(config.calls!.maxAttempts).toBe(Infinity);
    expect(normalise(BASE).calls!.maxAttempts).toBe(1);
  });
});
