// The what-if page's controls as scenario changes: each control writes what a manager means,
// an untouched column is the scenario itself, and every problem lands at its control in the
// catalogue's words.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFromText } from '../../../src/io/load-scenario.js';
import { WarningList } from '../../../src/model/issues.js';
import type { Scenario } from '../../../src/model/schema/index.js';
import { crossCheck, validation } from '../../../src/text/messages.js';
import type { RunSettings } from '../../../src/web/adjust.js';
import { type ControlTexts, controls, initialTexts, readControl } from '../../../src/web/controls.js';
import { initialState, readRun, stateFromFragment, stateToFragment } from '../../../src/web/page-state.js';
import { scenarioYaml } from '../../../src/web/scenario-yaml.js';
import { checkColumn } from '../../../src/web/variant.js';
import { en } from '../../../src/text/whatif/en.js';
import { es } from '../../../src/text/whatif/es.js';
import { ROOT } from '../../support/cli.js';

function load(name: string): Scenario {
  const path = join(ROOT, 'scenarios', name);
  return loadScenarioFromText(readFileSync(path, 'utf8'), path, { warnings: new WarningList() }).scenario;
}

const medium = load('medium-dealership.yaml');
const large = load('large-dealership-phone-desk.yaml');
const RUN: RunSettings = { seed: 7, days: 3, replications: 4 };

function check(base: Scenario, changes: Partial<ControlTexts>) {
  return checkColumn(base, { ...initialTexts(base), ...changes }, RUN, en);
}

function scenarioOf(base: Scenario, changes: Partial<ControlTexts>): Scenario {
  const result = check(base, changes);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.scenario;
}

describe('what-if controls', () => {
  it('start from the scenario as loaded', () => {
    const texts = initialTexts(medium);
    expect(texts.advisors).toBe('3');
    expect(texts.policy).toBe('answer-all');
    expect(texts.callerPatienceSec).toBe('72');
    expect(texts.redialProbability).toBe('0.3');
    expect(texts.perSlot).toBe('2');
    expect([texts.open, texts.close]).toEqual(['08:00', '19:00']);
  });

  it('leave an untouched column equal to the scenario, with the run settings written in', () => {
    const scenario = scenarioOf(medium, {});
    expect(scenario).toEqual({ ...medium, seed: 7, days: 3, replications: 4 });
  });

  it('add advisors with the shift pattern of the scenario, in order, and remove from the end', () => {
    const shifts = medium.staff.advisors as Exclude<Scenario['staff']['advisors'], number>;
    expect(scenarioOf(medium, { advisors: '5' }).staff.advisors).toEqual([...shifts, shifts[0], shifts[1]]);
    expect(scenarioOf(medium, { advisors: '2' }).staff.advisors).toEqual(shifts.slice(0, 2));
  });

  it('switch the policy keeping what still applies, and staff a desk only under phone-desk', () => {
    const divert = scenarioOf(medium, { policy: 'divert' });
    expect(divert.policy).toEqual({ kind: 'divert', ringSec: 20, unanswered: 'ring-out' });
    const desk = scenarioOf(medium, { policy: 'phone-desk', deskSize: '2' });
    expect(desk.policy).toMatchObject({ kind: 'phone-desk' });
    expect(desk.staff.phoneDesk).toBe(2);
    const morning = scenarioOf(medium, { policy: 'phone-desk', deskSize: '1', deskFrom: '08:00', deskTo: '11:00' });
    expect(morning.staff.phoneDesk).toEqual([{ from: '08:00', to: '11:00', breaks: [] }]);
    expect(scenarioOf(large, { policy: 'answer-all' }).staff.phoneDesk).toBe(0);
    // A desk the file keeps under another policy (a warning, not an error) stays, as run simulates it.
    const idleDesk = { ...medium, staff: { ...medium.staff, phoneDesk: 1 } };
    expect(scenarioOf(idleDesk, {}).staff.phoneDesk).toBe(1);
    expect(scenarioOf(idleDesk, { advisors: '4' }).staff.phoneDesk).toBe(1);
    const threshold = scenarioOf(medium, { policy: 'threshold', threshold: '2' });
    expect(threshold.policy).toMatchObject({ kind: 'threshold', maxWaitingVisitors: 2 });
  });

  it('scale demand and callers as labelled', () => {
    const scenario = scenarioOf(medium, { callVolume: '1.2', walkInVolume: '0.5', perSlot: '3', callerPatienceSec: '90', redialProbability: '0.5' });
    expect(scenario.calls!.perHour).toMatchObject({ '08': 10.8, '10': 15.6 });
    expect(scenario.walkIns!.perHour).toMatchObject({ '08': 0.75 });
    expect(scenario.appointments!.slots).toMatchObject({ perSlot: 3 });
    expect(scenario.calls!.patience).toEqual({ dist: 'exponential', mean: 1.5 });
    expect(scenario.calls!.redial!.p).toBe(0.5);
  });

  it('move shifts with the doors and drop breaks that fall outside', () => {
    const scenario = scenarioOf(medium, { open: '09:00', close: '18:00' });
    expect(scenario.day).toEqual({ open: '09:00', close: '18:00' });
    expect(scenario.staff.advisors).toEqual([
      { from: '09:00', to: '18:00', breaks: ['13:00-14:00'] },
      { from: '09:00', to: '18:00', breaks: ['14:00-15:00'] },
      { from: '09:00', to: '18:00', breaks: ['15:00-16:00'] },
    ]);
    expect(scenario.pickups!.window).toEqual({ from: '16:00', to: '18:00' });
    expect(scenario.appointments!.slots).toEqual({ from: '09:00', to: '11:00', every: 15, perSlot: 2 });
  });

  it('read typed values: empty, negative, absurd and not-a-number each get one message from the catalogue', () => {
    const rule = validation.number({ whole: true, min: 0, max: 50 });
    const advisors = controls.advisors.input;
    expect(readControl(advisors, '', en)).toEqual({ ok: false, message: validation.expected(rule, undefined) });
    expect(readControl(advisors, '-1', en)).toEqual({ ok: false, message: validation.expected(rule, -1) });
    expect(readControl(advisors, '500', en)).toEqual({ ok: false, message: validation.expected(rule, 500) });
    expect(readControl(advisors, '2.5', en)).toEqual({ ok: false, message: validation.expected(rule, 2.5) });
    expect(readControl(advisors, '0x4', en)).toEqual({ ok: false, message: validation.expected(rule, '0x4') });
    expect(readControl(controls.callVolume.input, '1,5', en)).toEqual({ ok: true, value: 1.5 });
    expect(readControl(controls.open.input, '25:00', en).ok).toBe(false);
    // In Spanish, in Spanish.
    expect(readControl(advisors, '-1', es)).toEqual({ ok: false, message: es.expectedNumber({ whole: true, min: 0, max: 50 }, -1) });
    expect(readControl(advisors, '', es)).toEqual({ ok: false, message: es.expectedNumber({ whole: true, min: 0, max: 50 }, undefined) });
  });

  it('place each problem at its control, in the same words as `recepsim run`', () => {
    const none = check(medium, { advisors: '0' });
    expect(none).toEqual({ ok: false, issues: [{ control: 'advisors', message: crossCheck.noAdvisors(), field: 'staff.advisors' }] });
    const closed = check(medium, { open: '12:00', close: '11:00' });
    expect(closed.ok).toBe(false);
    if (!closed.ok) expect(closed.issues).toContainEqual({ control: 'close', message: crossCheck.closeNotAfterOpen('12:00', '11:00'), field: 'day.close' });
    const typed = check(medium, { advisors: '-1' });
    expect(typed.ok).toBe(false);
    if (!typed.ok) expect(typed.issues.map((issue) => issue.control)).toEqual(['advisors']);
  });

  it('ignore a bad value in a control that does not apply (the desk under answer-all)', () => {
    expect(check(medium, { deskSize: '-3' }).ok).toBe(true);
    expect(check(medium, { policy: 'phone-desk', deskSize: '-3' }).ok).toBe(false);
  });

  it('reads the run settings as the CLI reads --seed, --days and --reps', () => {
    expect(readRun({ seed: '42', days: '5', replications: '50' }, en)).toEqual({ ok: true, run: { seed: 42, days: 5, replications: 50 } });
    expect(readRun({ seed: 'spring', days: '5', replications: '50' }, en)).toEqual({ ok: true, run: { seed: 'spring', days: 5, replications: 50 } });
    const bad = readRun({ seed: ' ', days: '0', replications: '1' }, en);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.issues).sort()).toEqual(['days', 'replications', 'seed']);
  });
});

describe('what-if settings in the URL', () => {
  it('write only what differs from the scenario, and read it back', () => {
    const state = initialState(medium, 'en');
    const changed = {
      ...state,
      run: { ...state.run, seed: '9' },
      variants: [{ ...state.variants[0], advisors: '4', open: '07:30' }, { ...state.variants[0], policy: 'divert' }],
      selected: 1,
    };
    const fragment = stateToFragment(changed, medium, 'en');
    expect(fragment).toBe('seed=9&days=5&reps=100&a.advisors=4&a.open=07:30&b.policy=divert&edit=b');
    expect(stateFromFragment(`#${fragment}`, medium, 'en')).toEqual(changed);
    expect(stateFromFragment('', medium, 'en')).toEqual(state);
    // The language is written only when it is not the page's default.
    const spanish = { ...changed, language: 'es' as const };
    expect(stateToFragment(spanish, medium, 'en')).toBe(`${fragment}&lang=es`);
    expect(stateFromFragment(`${fragment}&lang=es`, medium, 'en')).toEqual(spanish);
    expect(stateFromFragment(fragment, medium, 'es')).toEqual(spanish);
  });
});

describe('downloaded scenario', () => {
  it('loads in `recepsim run` as exactly the scenario the page simulated', () => {
    const scenario = scenarioOf(medium, { advisors: '4', policy: 'phone-desk', deskSize: '1', deskTo: '12:00', callVolume: '1.1' });
    const text = scenarioYaml(scenario, ['a comment']);
    expect(text.startsWith('# a comment\n')).toBe(true);
    const reloaded = loadScenarioFromText(text, 'whatif.yaml', { warnings: new WarningList() }).scenario;
    expect(reloaded).toEqual(scenario);
  });
});
