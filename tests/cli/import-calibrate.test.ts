// `recepsim calibrate`: a scenario with the values of a dealership's own exports merged in. The
// result keeps the original's comments, grades what was calibrated, runs as is, is the same for
// the same inputs, and is never written when it would not be valid.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { calibrate, calibrationText, cli, outputFile, validation } from '../../src/text/messages.js';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const EXPORTS = ['--calls', 'scenarios/data/llamadas.csv', '--appointments', 'scenarios/data/citas.csv', '--visits', 'scenarios/data/recepcion.csv'];

let folder: string;

beforeAll(() => {
  folder = scratchFolder();
  cpSync(join(ROOT, 'scenarios'), join(folder, 'scenarios'), { recursive: true });
});

describe('recepsim calibrate', () => {
  it('merges the three exports into the small example; the result runs as is, without warnings', () => {
    const result = recepsim(['calibrate', 'scenarios/small-dealership.yaml', ...EXPORTS, '--out', 'mine.yaml'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(calibrate.changesHeader('scenarios/small-dealership.yaml', 'mine.yaml'));
    expect(result.stdout).toContain('  calls.patience: { dist: exponential, mean: ');
    const text = readFileSync(join(folder, 'mine.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/scenario.schema.json');
    expect(text).toContain('# Calls calibrated from scenarios/data/llamadas.csv: 2025-02-03 to 2025-03-28');
    const scenario = parse(text);
    expect(scenario.name).toBe('Small dealership, status quo');
    expect(scenario.calls.reasons.map((reason: { name: string }) => reason.name)).toEqual(['booking', 'status', 'quote', 'warranty']);
    expect(scenario.sources['calls.patience']).toEqual({
      grade: 'A',
      source: calibrationText.evidence('scenarios/data/llamadas.csv', '2025-02-03', '2025-03-28', 40, calibrationText.attempts(3304)),
    });
    // Kept: what the exports cannot tell.
    expect(scenario.calls.voicemail).toEqual({ leavesMessage: 0.4 });
    expect(scenario.pickups.notReady).toEqual({ p: 0.1, extra: { dist: 'exponential', mean: 10 } });
    const run = recepsim(['run', 'mine.yaml', '--reps', '2', '--days', '2', '--quiet', '--out', 'run-mine'], folder);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/warning/i);
  });

  it('writes the same file for the same inputs', () => {
    const again = recepsim(['calibrate', 'scenarios/small-dealership.yaml', ...EXPORTS, '--out', 'again.yaml'], folder);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(folder, 'again.yaml'), 'utf8')).toBe(readFileSync(join(folder, 'mine.yaml'), 'utf8'));
  });

  it('writes beside the scenario by default, and never over a file', () => {
    const result = recepsim(['calibrate', 'scenarios/medium-dealership.yaml', '--calls', 'scenarios/data/llamadas.csv'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(folder, 'scenarios', 'medium-dealership-calibrated.yaml'))).toBe(true);
    const twice = recepsim(['calibrate', 'scenarios/medium-dealership.yaml', '--calls', 'scenarios/data/llamadas.csv'], folder);
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim()).toBe(outputFile.exists('scenarios/medium-dealership-calibrated.yaml'));
  });

  it('names a book file relative to the new scenario when it lands in another folder', () => {
    const here = scratchFolder();
    mkdirSync(join(here, 'a'));
    writeFileSync(join(here, 'a', 'book.csv'), 'hora;citas\n08:30;2\n09:00;1\n');
    const scenario = readFileSync(join(ROOT, 'scenarios/small-dealership.yaml'), 'utf8').replace(
      'slots: { from: "08:30", to: "10:30", every: 15, perSlot: 1 }',
      'slots: { file: book.csv }',
    );
    writeFileSync(join(here, 'a', 'scenario.yaml'), scenario);
    cpSync(join(ROOT, 'scenarios/data/llamadas.csv'), join(here, 'llamadas.csv'));
    mkdirSync(join(here, 'b'));
    const result = recepsim(['calibrate', 'a/scenario.yaml', '--calls', 'llamadas.csv', '--out', 'b/new.yaml'], here);
    expect(result.code, result.stderr).toBe(0);
    expect(parse(readFileSync(join(here, 'b', 'new.yaml'), 'utf8')).appointments.slots).toEqual({ file: '../a/book.csv' });
    const run = recepsim(['run', 'b/new.yaml', '--reps', '2', '--days', '2', '--quiet', '--out', 'run'], here);
    expect(run.code, run.stderr).toBe(0);
  });

  it('keeps what a log cannot support, and says so', () => {
    const here = scratchFolder();
    const rows = Array.from({ length: 30 }, (_, i) => `2024-03-0${4 + (i % 5)},09:${String(i).padStart(2, '0')}:00,,5,180,answered`);
    writeFileSync(join(here, 'calls.csv'), `date,time,caller,wait,talk,status\n${rows.join('\n')}\n`);
    cpSync(join(ROOT, 'scenarios/small-dealership.yaml'), join(here, 'small.yaml'));
    const result = recepsim(['calibrate', 'small.yaml', '--calls', 'calls.csv', '--out', 'new.yaml'], here);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('calls.patience not estimated: no call was abandoned');
    expect(result.stderr).toContain(`calls.redial not estimated: ${calibrationText.noCallerNumbers()}${calibrationText.keptFromScenario()}`);
    const scenario = parse(readFileSync(join(here, 'new.yaml'), 'utf8'));
    expect(scenario.calls.patience).toEqual({ dist: 'exponential', mean: 1.2 });
    expect(scenario.calls.redial).toEqual({ p: 0.3, delay: { dist: 'exponential', mean: 15 }, maxAttempts: 3 });
  });

  it('writes nothing when the result would not be valid', () => {
    const here = scratchFolder();
    cpSync(join(ROOT, 'scenarios/data/citas.csv'), join(here, 'citas.csv'));
    writeFileSync(
      join(here, 'calls-only.yaml'),
      'name: Calls only\nday: { open: "08:00", close: "18:00" }\nstaff: { advisors: 2 }\npolicy: { kind: answer-all }\ncalls:\n  perHour: 8\n  reasons:\n    - { name: all, share: 1, handle: { dist: exponential, mean: 3 } }\n',
    );
    const result = recepsim(['calibrate', 'calls-only.yaml', '--appointments', 'citas.csv', '--out', 'new.yaml'], here);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(calibrate.invalidResult('new.yaml'));
    expect(result.stderr).toContain(`appointments.writeUp: ${validation.missing()}`);
    expect(existsSync(join(here, 'new.yaml'))).toBe(false);
  });

  it('refuses a call without exports, an --out that is not YAML, and an unclear --map', () => {
    const none = recepsim(['calibrate', 'scenarios/small-dealership.yaml', '--out', 'x.yaml'], folder);
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe(calibrate.needsAFile());
    const json = recepsim(['calibrate', 'scenarios/small-dealership.yaml', '--calls', 'scenarios/data/llamadas.csv', '--out', 'x.json'], folder);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain(cli.badFlag('--out', calibrate.yamlOut(), 'x.json'));
    const map = recepsim(['calibrate', 'scenarios/small-dealership.yaml', ...EXPORTS, '--map', 'Hora=time', '--out', 'x.yaml'], folder);
    expect(map.code).toBe(2);
    expect(map.stderr).toContain(cli.badFlag('--map', calibrate.mapNeedsKind(['calls', 'appointments', 'visits']), 'Hora=time'));
    const unused = recepsim(['calibrate', 'scenarios/small-dealership.yaml', '--calls', 'scenarios/data/llamadas.csv', '--map', 'visits:Tipo=kind', '--out', 'x.yaml'], folder);
    expect(unused.code).toBe(2);
    expect(unused.stderr).toContain(cli.badFlag('--map', calibrate.mapForAGivenFile(['calls']), 'visits:Tipo=kind'));
    // A column not found: the hint gives the --map form calibrate takes (tests/unit/io/csv/reading.test.ts: that form is read).
    writeFileSync(join(folder, 'no-status.csv'), 'fecha;hora;origen;espera;duración;final\n04/03/2024;09:00:00;612345678;00:12;03:10;contestada\n');
    const hint = recepsim(['calibrate', 'scenarios/small-dealership.yaml', '--calls', 'no-status.csv', '--visits', 'scenarios/data/recepcion.csv', '--out', 'x.yaml'], folder);
    expect(hint.code).toBe(2);
    expect(hint.stderr).toContain('(name one with --map "calls:<column>=status")');
    const kinded = recepsim(['calibrate', 'scenarios/small-dealership.yaml', ...EXPORTS, '--map', 'calls:Hora=time', '--out', 'x.yaml'], folder);
    expect(kinded.code, kinded.stderr).toBe(0);
    for (const file of ['x.yaml', 'x.json']) expect(existsSync(join(folder, file)), file).toBe(file === 'x.yaml');
  });
});
