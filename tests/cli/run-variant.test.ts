// `recepsim run` says what it ran: a manager-level change keeps the file's shift pattern and says
// so, names the results (summary, report title, folder), and the formula's estimate for the calls
// stands beside the simulated figures.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, variantText } from '../../src/text/messages.js';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const MEDIUM = join(ROOT, 'scenarios/medium-dealership.yaml');
const QUICK = ['--reps', '3', '--days', '2', '--quiet'];

describe('recepsim run with changes a manager makes', () => {
  it('--set staff.advisors=2 keeps the file\'s shifts and breaks, and every output says what ran', () => {
    const folder = scratchFolder();
    const result = recepsim(['run', MEDIUM, ...QUICK, '--set', 'staff.advisors=2'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(cli.notesHeader());
    expect(result.stderr).toContain(variantText.teamResized('staff.advisors', 2, 3, '1 × 08:00–19:00 (break 13:00-14:00), 1 × 08:00–19:00 (break 14:00-15:00)'));
    const [name] = readdirSync(join(folder, 'results'));
    expect(name).toMatch(/^medium-dealership-status-quo-staff-advisors-2-\d{8}-\d{6}$/);
    const out = join(folder, 'results', name);
    const scenario = JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8'));
    expect(scenario.staff.advisors).toEqual([
      { from: '08:00', to: '19:00', breaks: ['13:00-14:00'] },
      { from: '08:00', to: '19:00', breaks: ['14:00-15:00'] },
    ]);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).scenario).toBe('Medium dealership, status quo — staff.advisors=2');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Medium dealership, status quo — staff.advisors=2');
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run.variant.label).toBe('staff.advisors=2');
    expect(run.variant.notes[0]).toContain("2 people on the file's pattern of 3 shifts");
  });

  it('switching the policy keeps what still applies and says what it dropped', () => {
    const out = join(scratchFolder(), 'out');
    const result = recepsim(['run', MEDIUM, ...QUICK, '--set', 'policy=phone-desk:2', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(variantText.policySwitched('answer-all', 'phone-desk', ['interruptProbability'], []));
    expect(result.stderr).toContain(variantText.deskSet(2));
    expect(JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8')).staff.phoneDesk).toBe(2);
  });

  it('shows the formula for the calls alone beside the simulated figures, and writes it', () => {
    const out = join(scratchFolder(), 'out');
    const result = recepsim(['run', MEDIUM, ...QUICK, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Formula for the calls alone \(Erlang A, the advisors on duty each hour\): [\d.]+% answered within 20 s/);
    const estimate = JSON.parse(readFileSync(join(out, 'call-estimate.json'), 'utf8'));
    expect(estimate.model).toBe('erlang-a');
    expect(estimate.sl_answered_within_t_over_offered).toBeGreaterThan(0.9);
  });

  it('a run as written keeps its name', () => {
    const out = join(scratchFolder(), 'out');
    expect(recepsim(['run', MEDIUM, ...QUICK, '--out', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).scenario).toBe('Medium dealership, status quo');
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).variant.label).toBe(variantText.asWritten());
  });
});
