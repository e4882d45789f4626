import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { calibratedScenarioYaml, fragmentValue, fragmentYaml } from '../../../src/io/scenario-yaml.js';
import type { ScenarioFragment } from '../../../src/model/scenario-edit.js';

const SCENARIO = `# yaml-language-server: $schema=../schema/scenario.schema.json
# A dealership.
name: Test # its name
day: { open: "08:00", close: "18:00" }
staff: { advisors: 2 }
policy: { kind: answer-all }
calls:
  perHour: 8 # a guess
  reasons:
    - { name: booking, share: 0.6, handle: { dist: exponential, mean: 3 } }
    - { name: quote, share: 0.4, handle: { dist: exponential, mean: 5 } }
  redial: { p: 0.3, delay: { dist: exponential, mean: 15 } }
sources:
  calls.perHour: { grade: C, source: guess }
  calls.redial.p: { grade: B, source: NADA }
  calls.reasons[1].share: { grade: C, source: assumption }
  day.open: { grade: A, source: the door sign }
`;

const FRAGMENT: ScenarioFragment = {
  header: ['Calls calibrated from log.csv'],
  edits: [
    { path: ['calls', 'perHour'], value: { '10': 9.5, '08': 4 }, entryComments: { '08': '3.1–5.0' }, commentBefore: ['per hour on an average day'] },
    { path: ['calls', 'weekdayFactors'], value: { mon: 1.2, fri: 0.8 } },
    { path: ['calls', 'reasons', 0, 'handle'], value: { dist: 'lognormal', mean: 3.1, cv: 0.5 }, flow: true, comment: 'scaled' },
    { path: ['calls', 'patience'], value: { dist: 'exponential', mean: 1.1 }, flow: true, comment: '95 % CI 1.0–1.2' },
    { path: ['calls', 'redial'], value: undefined, commentBefore: ['callers do not redial'] },
  ],
  warnings: [],
  evidence: 'own data: log.csv',
};

describe('calibratedScenarioYaml', () => {
  const text = calibratedScenarioYaml(SCENARIO, [FRAGMENT]);
  const value = parse(text);

  it('keeps the first line first, the file’s comments, and adds the header after them', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schema/scenario.schema.json');
    expect(lines[1]).toBe('# A dealership.');
    expect(lines.indexOf('# Calls calibrated from log.csv')).toBeLessThan(lines.findIndex((line) => line.startsWith('name:')));
    expect(text).toContain('name: Test # its name');
    expect(text).toContain('# callers do not redial');
  });

  it('sets the values, hours in clock order with their comments, new fields where the schema lists them', () => {
    expect(value.calls.perHour).toEqual({ '08': 4, '10': 9.5 });
    expect(text).toMatch(/ {2}# per hour on an average day\n {2}perHour:\n {4}"08": 4 # 3\.1–5\.0\n {4}"10": 9\.5\n {2}weekdayFactors:/);
    expect(Object.keys(value.calls)).toEqual(['perHour', 'weekdayFactors', 'reasons', 'patience']);
    expect(text).toContain('patience: { dist: exponential, mean: 1.1 } # 95 % CI 1.0–1.2');
  });

  it('keeps list items on one line, moving their comments above the list', () => {
    expect(text).toContain('    - { name: booking, share: 0.6, handle: { dist: lognormal, mean: 3.1, cv: 0.5 } }');
    expect(text).toMatch(/ {2}# scaled\n {2}reasons:/);
  });

  it('grades what was calibrated and drops sources of fields that are gone or were replaced', () => {
    expect(value.sources).toEqual({
      'calls.perHour': { grade: 'A', source: 'own data: log.csv' },
      'calls.reasons[1].share': { grade: 'C', source: 'assumption' },
      'day.open': { grade: 'A', source: 'the door sign' },
      'calls.weekdayFactors': { grade: 'A', source: 'own data: log.csv' },
      'calls.reasons.0.handle': { grade: 'A', source: 'own data: log.csv' },
      'calls.patience': { grade: 'A', source: 'own data: log.csv' },
    });
  });

  it('is the same text every time', () => {
    expect(calibratedScenarioYaml(SCENARIO, [FRAGMENT])).toBe(text);
  });
});

describe('fragments', () => {
  it('write the header, then the values; as plain data too', () => {
    const fragment: ScenarioFragment = { ...FRAGMENT, edits: FRAGMENT.edits.filter((edit) => edit.value !== undefined && edit.path[2] !== 0) };
    const yaml = fragmentYaml([fragment]);
    expect(yaml.startsWith('# Calls calibrated from log.csv\n\ncalls:\n')).toBe(true);
    expect(parse(yaml)).toEqual(fragmentValue([fragment]));
    expect(fragmentValue([fragment])).toEqual({
      calls: { perHour: { '08': 4, '10': 9.5 }, weekdayFactors: { mon: 1.2, fri: 0.8 }, patience: { dist: 'exponential', mean: 1.1 } },
    });
  });
});
