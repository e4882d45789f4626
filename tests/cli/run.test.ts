// `recepsim run` end to end, as a user runs it: outputs, flags, determinism.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, entries, recepsim, ROOT, scratchFolder } from '../support/cli.js';

const MEDIUM = join(ROOT, 'scenarios/medium-dealership.yaml');
const QUICK = ['--reps', '3', '--days', '2', '--quiet'];

describe('recepsim run', () => {
  it('prints the summary table and writes every output into a new folder', () => {
    const out = join(scratchFolder(), 'run');
    const result = recepsim(['run', MEDIUM, ...QUICK, '--out', out]);
    expect(result.stderr).toContain(out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Medium dealership, status quo');
    expect(entries(out)).toEqual(
      expect.arrayContaining(['summary.json', 'summary.csv', 'hourly.csv', 'report.html', 'scenario.json', 'run.json', 'charts']),
    );
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.replications).toBe(3);
    expect(summary.daysSimulated).toBe(6);
    expect(summary.calls.offeredPerDay.value).toBeGreaterThan(50);
    // Targets of the scenario appear in the table, each marked met or missed.
    for (const target of summary.targets) expect(result.stdout).toMatch(target.met ? /✓/ : /✗/);
  });

  it('--json prints exactly the summary.json it writes', () => {
    const out = join(scratchFolder(), 'run');
    const result = recepsim(['run', MEDIUM, ...QUICK, '--out', out, '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(JSON.parse(result.stdout).scenario).toBe('Medium dealership, status quo');
  });

  it('same scenario and seed give byte-identical outputs, whatever the workers or the engine', () => {
    const folder = scratchFolder();
    // run.json records the execution itself (engine, threads, time); everything else must match.
    const outputs = (name: string, extra: string[]) => {
      const out = join(folder, name);
      const result = recepsim(['run', MEDIUM, ...QUICK, '--out', out, ...extra]);
      expect(result.code, result.stderr).toBe(0);
      const files = ['summary.json', 'summary.csv', 'hourly.csv', 'report.html', 'scenario.json', 'charts/waits-by-hour.svg'];
      return Object.fromEntries(files.map((file) => [file, readFileSync(join(out, file), 'utf8')]));
    };
    const reference = outputs('one-worker', ['--workers', '1']);
    expect(outputs('two-workers', ['--workers', '2'])).toEqual(reference);
    expect(outputs('again', ['--workers', '1'])).toEqual(reference);
    expect(outputs('simjs', ['--engine', 'simjs', '--workers', '2'])).toEqual(reference);
    expect(outputs('other-seed', ['--seed', '43'])['summary.json']).not.toBe(reference['summary.json']);
  });

  it('--set changes the scenario, and the change shows in the results', () => {
    const folder = scratchFolder();
    const advisors = (extra: string[]) => {
      const out = join(folder, `run-${extra.join('-').replace(/[^a-z0-9]+/gi, '_')}`);
      const result = recepsim(['run', MEDIUM, ...QUICK, '--out', out, ...extra]);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    };
    const base = advisors([]);
    const divert = advisors(['--set', 'policy={kind: divert, ringSec: 15}']);
    expect(base.visits.all.interruptedShare.value).toBeGreaterThan(0);
    expect(divert.visits.all.interruptedShare.value).toBe(0);
    expect(divert.calls.p_abandon.value).not.toBe(base.calls.p_abandon.value);
  });

  it('--trace writes one row per contact', () => {
    const out = join(scratchFolder(), 'run');
    const result = recepsim(['run', MEDIUM, '--reps', '2', '--days', '1', '--quiet', '--trace', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const lines = readFileSync(join(out, 'trace.csv'), 'utf8').trim().split('\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 4)).toEqual(['replication', 'day', 'channel', 'kind']);
    const channels = new Set(lines.slice(1).map((line) => line.split(',')[2]));
    expect(channels).toEqual(new Set(['call', 'visit']));
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const calls = lines.filter((line) => line.split(',')[2] === 'call' && line.split(',').at(-1) === 'false').length;
    // Offered calls per day × days = call rows not after hours.
    expect(calls).toBeCloseTo(summary.calls.offeredPerDay.value * summary.daysSimulated, 6);
  });

  it("--trace writes the run's CSV dialect: Spanish Excel's with --lang es, unless --csv-locale says otherwise", () => {
    const trace = (flags: string[]) => {
      const out = join(scratchFolder(), 'run');
      const result = recepsim(['run', MEDIUM, '--reps', '2', '--days', '1', '--quiet', '--trace', ...flags, '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      return readFileSync(join(out, 'trace.csv'), 'utf8');
    };
    const spanish = trace(['--lang', 'es']);
    expect(spanish.startsWith('\uFEFFreplication;day;channel;kind;')).toBe(true);
    // Minutes of arrival with a decimal comma, in a column of their own.
    expect(spanish.split('\n')[1].split(';')[8]).toMatch(/^\d+,\d+$/);
    expect(trace(['--lang', 'es', '--csv-locale', 'en']).startsWith('replication,day,channel,kind,')).toBe(true);
  });

  it('reads an appointment book exported as CSV (";" separated, with a BOM) next to the scenario', () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'book.csv'), '\uFEFFtime;count\n08:00;2\n08:30;1\n09:15;3\n');
    writeFileSync(
      join(folder, 'scenario.yaml'),
      [
        'name: Booked from CSV',
        'day: { open: "08:00", close: "18:00" }',
        'days: 3',
        'replications: 2',
        'staff: { advisors: 2 }',
        'policy: { kind: answer-all }',
        'appointments:',
        '  slots: { file: book.csv }',
        '  writeUp: { dist: lognormal, mean: 15, cv: 0.4 }',
      ].join('\n'),
    );
    const result = recepsim(['run', 'scenario.yaml', '--quiet', '--json', '--out', 'out'], folder);
    expect(result.code, result.stderr).toBe(0);
    // No no-shows and everyone on time: each of the 6 bookings arrives every day.
    const summary = JSON.parse(result.stdout);
    expect(summary.visits.appointment.arrivalsPerDay.value).toBe(6);
    expect(summary.visits.appointment.servedPerDay.value).toBe(6);
  });

  it('a reader that stops early (| head) is not a failure', async () => {
    const out = join(scratchFolder(), 'run');
    const child = spawn(process.execPath, [CLI, 'run', MEDIUM, ...QUICK, '--json', '--out', out]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Closed before the summary (~80 KB, more than a pipe holds) is written, so writing fails.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('internal error');
    expect(code).toBe(0);
  });

  it('a run that fails leaves no folder behind', () => {
    const folder = scratchFolder();
    const scenario = join(folder, 'bad.yaml');
    writeFileSync(scenario, readFileSync(MEDIUM, 'utf8').replace('replications: 100', 'replications: 1'));
    const out = join(folder, 'never');
    const result = recepsim(['run', scenario, '--out', out]);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(entries(folder)).toEqual(['bad.yaml']);
  });
});
