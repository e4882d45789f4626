import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/schema/index.js';
import { pathSteps, valueAtPath } from '../../../src/model/schema/sources.js';
import { validateScenario } from '../../../src/model/validate.js';
import { crossCheck } from '../../../src/text/messages.js';

const BASE = {
  name: 'Graded',
  day: { open: '08:00', close: '18:00' },
  staff: { advisors: 2 },
  policy: { kind: 'answer-all' },
  calls: { perHour: 5, reasons: [{ name: 'booking', share: 1, handle: { dist: 'exponential', mean: 3 } }] },
};

describe('sources', () => {
  it('reads field paths with dots or brackets', () => {
    expect(pathSteps('calls.reasons[0].share')).toEqual(['calls', 'reasons', 0, 'share']);
    expect(pathSteps('calls.reasons.0.share')).toEqual(['calls', 'reasons', 0, 'share']);
    const scenario = scenarioSchema.parse(BASE);
    expect(valueAtPath(scenario, 'calls.reasons[0].share')).toBe(1);
    expect(valueAtPath(scenario, 'economics.churnPerInterruption')).toBe(0.1); // a default counts
    expect(valueAtPath(scenario, 'calls.reasons.3')).toBeUndefined();
    expect(valueAtPath(scenario, 'calls.perHour.x')).toBeUndefined();
  });

  it('accepts grades of fields the scenario has, and a locale', () => {
    const result = validateScenario({
      ...BASE,
      locale: 'es',
      sources: { 'calls.perHour': { grade: 'B/C', source: 'call log' }, 'calls.reasons[0].handle': { grade: 'A' } },
    });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('refuses a path that names no field, a grade outside A–C and an unknown locale', () => {
    const result = validateScenario({
      ...BASE,
      locale: 'fr',
      sources: { 'calls.patiense': { grade: 'B' }, 'walkIns.patience': { grade: 'B' } },
    });
    const messages = (result.ok ? [] : result.issues).map((issue) => [issue.path.join('.'), issue.message]);
    expect(messages).toContainEqual(['locale', expect.stringContaining('"es"')]);
    const pathsOnly = validateScenario({ ...BASE, sources: { 'calls.patiense': { grade: 'B' }, 'walkIns.patience': { grade: 'B' } } });
    expect((pathsOnly.ok ? [] : pathsOnly.issues).map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['sources.calls.patiense', crossCheck.sourceNamesNoField('calls.patiense')],
      ['sources.walkIns.patience', crossCheck.sourceNamesNoField('walkIns.patience')],
    ]);
    const badGrade = validateScenario({ ...BASE, sources: { 'calls.perHour': { grade: 'D' } } });
    expect((badGrade.ok ? [] : badGrade.issues).map((issue) => issue.path.join('.'))).toEqual(['sources.calls.perHour.grade']);
  });
});
