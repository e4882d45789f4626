// What runs is what was written, and what was written but changes nothing is said: warnings
// printed with the result and kept in summary.json (about the scenario) and run.json (all of
// them); one seed, one meaning; a target with nothing to measure is not applicable; run.json
// states the threads that ran.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html.js';
import { cli, messagesIn, override, warning } from '../../src/text/messages.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { formulaText, planningTables } from '../../src/text/planning.js';
import { recepsim, scratchFolder } from '../support/cli.js';

const BASE = `name: As written
day: { open: "08:30", close: "18:30" }
days: 2
replications: 2
staff:
  advisors:
    - { from: "08:30", to: "18:30", breaks: ["13:30-14:30"] }
    - { from: "08:30", to: "18:30", breaks: ["14:00-15:00"] }
policy: { kind: answer-all }
walkIns:
  perHour: 2
  writeUp: { dist: lognormal, mean: 15, cv: 0.4 }
calls:
  perHour: { "07": 2, "09": 8, "10": 8 }
  weekdayFactors: { mon: 1.2, sat: 0.5 }
  reasons:
    - { name: booking, share: 1, handle: { dist: exponential, mean: 3 } }
`;

/** BASE without what changes nothing: no warning. */
const CLEAN = BASE.replace('"07": 2, ', '').replace(', sat: 0.5', '').replace('14:00-15:00', '14:30-15:30');

/** Runs `run` on `text` in a fresh folder; the summary and run facts it wrote. */
function runScenario(text: string, args: readonly string[] = []) {
  const folder = scratchFolder();
  writeFileSync(join(folder, 'scenario.yaml'), text);
  const result = recepsim(['run', 'scenario.yaml', '--quiet', '--out', 'out', ...args], folder);
  expect(result.code, result.stderr).toBe(0);
  const read = (name: string) => JSON.parse(readFileSync(join(folder, 'out', name), 'utf8'));
  return {
    ...result,
    folder,
    summary: read('summary.json'),
    run: read('run.json'),
    summaryText: readFileSync(join(folder, 'out', 'summary.json'), 'utf8'),
    html: readFileSync(join(folder, 'out', 'report.html'), 'utf8'),
  };
}

describe('inputs that change nothing get a warning, printed and kept with the results', () => {
  it('a roster break leaving nobody on duty, weekday factors of days not worked, calls while closed, an unused overflow team, a --set a flag replaces', () => {
    const text = BASE.replace('  advisors:', '  overflow: { agents: 2 }\n  advisors:');
    const result = runScenario(text, ['--set', 'days=3', '--days', '2']);
    const expected = [
      { where: '--set "days=3"', field: 'days', message: override.shadowed(override.source('days=3'), '--days 2') },
      { where: 'scenario.yaml:6:13', field: 'staff.overflow', message: warning.overflowUnused('ring-out') },
      { where: 'scenario.yaml:8:5', field: 'staff.advisors', message: warning.breaksLeaveNobody('advisors', '14:00', '14:30') },
      { where: 'scenario.yaml:15:20', field: 'calls.perHour["07"]', message: warning.callsOutsideOpening('07', false) },
      { where: 'scenario.yaml:16:36', field: 'calls.weekdayFactors.sat', message: warning.factorOutsideWeek('sat', ['mon', 'tue', 'wed', 'thu', 'fri']) },
    ];
    expect(result.summary.warnings).toEqual(expected);
    expect(result.run.warnings).toEqual(expected);
    // Printed with the result, once, each on its line.
    expect(result.stderr).toContain(cli.warningsHeader(5));
    expect(result.stderr).toContain(`scenario.yaml:8:5 staff.advisors: ${warning.breaksLeaveNobody('advisors', '14:00', '14:30')}`);
    expect(result.stderr.split(warning.overflowUnused('ring-out')).length).toBe(2);
    // --days 2 won.
    expect(result.summary.daysSimulated).toBe(4);
    // The report a manager is sent says them too, after the verdict, and again when it is written in Spanish.
    const words = reportLanguage('en').text;
    expect(result.html).toContain(`<h2>${words.warningsHeading}</h2>`);
    expect(result.html.indexOf('id="warnings"')).toBeGreaterThan(result.html.indexOf('id="verdict"'));
    expect(result.html.indexOf('id="warnings"')).toBeLessThan(result.html.indexOf('id="key-figures"'));
    expect(result.html).toContain(escapeHtml(words.warningsIntro));
    for (const { where, field, message } of expected) expect(result.html).toContain(`<li><code>${escapeHtml(where)}</code> <code>${escapeHtml(field)}</code> ${escapeHtml(message)}</li>`);
    const rewritten = recepsim(['report', 'out', '--lang', 'es', '--quiet'], result.folder);
    expect(rewritten.code, rewritten.stderr).toBe(0);
    const spanish = readFileSync(join(result.folder, 'out', 'report.html'), 'utf8');
    expect(spanish).toContain(`<h2>${reportLanguage('es').text.warningsHeading}</h2>`);
    // Worded in Spanish: run.json keeps the scenario's warnings in every language.
    const es = messagesIn('es');
    const inSpanish = [
      es.override.shadowed(es.override.source('days=3'), '--days 2'),
      es.warning.overflowUnused('ring-out'),
      es.warning.breaksLeaveNobody('advisors', '14:00', '14:30'),
      es.warning.callsOutsideOpening('07', false),
      es.warning.factorOutsideWeek('sat', ['mon', 'tue', 'wed', 'thu', 'fri']),
    ];
    expect(result.run.scenarioWarnings).toEqual({ en: expected, es: expected.map((record, i) => ({ ...record, message: inSpanish[i] })) });
    for (const message of inSpanish) expect(spanish).toContain(escapeHtml(message));
    expect(spanish).not.toContain(escapeHtml(expected[1].message));
  });

  it('days in steady-state mode', () => {
    const text = [
      'name: Steady',
      'day: { open: "08:00", close: "18:00" }',
      'days: 30',
      'replications: 2',
      'steadyState: { hours: 50 }',
      'staff: { advisors: 2 }',
      'policy: { kind: answer-all }',
      'calls: { perHour: 10, reasons: [{ name: a, share: 1, handle: { dist: exponential, mean: 3 } }] }',
    ].join('\n');
    const result = runScenario(text);
    expect(result.summary.warnings).toEqual([{ where: 'scenario.yaml:3:7', field: 'days', message: warning.ignoredInSteadyState('days') }]);
  });

  it('a steady state that cannot exist: calls that never leave load the advisors fully; printed, kept and in the report', () => {
    const text = [
      'name: Overloaded',
      'day: { open: "08:00", close: "18:00" }',
      'replications: 2',
      'steadyState: { hours: 50 }',
      'staff: { advisors: 2 }',
      'policy: { kind: answer-all }',
      'calls: { perHour: 30, reasons: [{ name: a, share: 1, handle: { dist: exponential, mean: 4 } }] }',
    ].join('\n');
    const message = warning.steadyOverload({ calls: 2, walkIns: 0, messages: 0 }, 2, 'advisors');
    const result = runScenario(text);
    expect(result.summary.warnings).toEqual([{ where: 'scenario.yaml:4:14', field: 'steadyState', message }]);
    expect(result.stderr).toContain(message);
    expect(result.html).toContain(escapeHtml(message));
    // The formula has no finite answer either, and the line under the table says so.
    expect(result.stdout).toContain(formulaText.en.none(planningTables.en.figures.noEstimate('overloaded')));
    // With callers who hang up the work can leave: a steady state exists, and nothing is said.
    const patient = runScenario(text.replace('reasons:', 'patience: { dist: exponential, mean: 2 }, reasons:'));
    expect(patient.summary.warnings).toEqual([]);
  });

  it('none for a scenario that uses all it says', () => {
    const result = runScenario(CLEAN);
    expect(result.summary.warnings).toEqual([]);
    expect(result.stderr).not.toContain('warning');
    expect(result.html).not.toContain('id="warnings"');
  });
});

describe('one seed, one meaning', () => {
  it('seed: 42, seed: "42" and --seed 42 give identical results', () => {
    const withSeed = (seed: string, args: string[] = []) => runScenario(`${BASE}seed: ${seed}\n`, args).summaryText;
    const plain = withSeed('42');
    expect(withSeed('"42"')).toBe(plain);
    expect(withSeed('7', ['--seed', '42'])).toBe(plain);
    expect(withSeed('"forty-two"')).not.toBe(plain);
  });
});

describe('a target with nothing to measure', () => {
  it('is not applicable, not missed: in summary.json, the table and the report', () => {
    const text = `${BASE.replace(/calls:[\s\S]*$/, '')}targets:\n  calls: { serviceLevel: 0.8 }\n  visitors: { serviceLevel: 0.5 }\n`;
    const result = runScenario(text, ['--lang', 'en']);
    const [calls, visitors] = result.summary.targets;
    expect(calls).toMatchObject({ name: 'callServiceLevel', value: null, applicable: false, met: null, metWithConfidence: null });
    expect(visitors).toMatchObject({ name: 'visitorServiceLevel', applicable: true, met: true });
    const row = result.stdout.split('\n').find((line) => line.includes('calls answered within 20 s'));
    expect(row).toMatch(/not applicable/);
    expect(row).not.toMatch(/missed|✗/);
  });
});

describe('run.json states what ran', () => {
  it('a --trace run is one thread, whatever --workers says (and that is warned about)', () => {
    const traced = runScenario(CLEAN, ['--trace', '--workers', '2']);
    expect(traced.run.workers).toBe(1);
    expect(traced.run.warnings).toEqual([{ where: '--workers 2', field: null, message: cli.workersWithTrace() }]);
    // A fact about the execution, not the scenario: summary.json says nothing of it.
    expect(traced.summary.warnings).toEqual([]);
  });

  it('never more threads than replications', () => {
    const result = runScenario(CLEAN, ['--workers', '8', '--reps', '3']);
    expect(result.run.workers).toBe(3);
    expect(runScenario(CLEAN, ['--workers', '2']).run.workers).toBe(2);
  });
});
