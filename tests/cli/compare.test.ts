// `recepsim compare` end to end: the table, the files, paired differences, determinism, bad input.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, compareText, limits, variantText } from '../../src/text/messages.js';
import { entries, recepsim, ROOT, scratchFolder } from '../support/cli.js';
import { POLICY_KINDS } from '../../src/model/schema/policy.js';

const MEDIUM = join(ROOT, 'scenarios/medium-dealership.yaml');
const QUICK = ['--reps', '6', '--days', '2', '--quiet'];
const VARIANTS = ['--variant', 'one more:advisors=+1', '--variant', 'desk:policy=phone-desk:1'];

describe('recepsim compare', () => {
  it('prints the variants side by side with their differences, and writes every file', () => {
    const out = join(scratchFolder(), 'cmp');
    const result = recepsim(['compare', MEDIUM, ...VARIANTS, ...QUICK, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/as written\s+one more\s+desk/);
    expect(result.stdout).toContain('vs first');
    expect(result.stdout).toContain("one more: staff.advisors: 4 people on the file's pattern of 3 shifts");
    expect(entries(out)).toEqual(['charts', 'compare.csv', 'compare.json', 'report.html', 'run.json', 'variants']);
    expect(readdirSync(join(out, 'variants')).sort()).toEqual(['as-written', 'desk', 'one-more']);
    const comparison = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(comparison.pairing).toBe('common-random-numbers');
    expect(comparison.variants.map((v: { label: string }) => v.label)).toEqual(['as written', 'one more', 'desk']);
    // Each variant's summary says what ran, in its name.
    const deskSummary = JSON.parse(readFileSync(join(out, 'variants/desk/summary.json'), 'utf8'));
    expect(deskSummary.scenario).toBe('Medium dealership, status quo — desk');
    expect(JSON.parse(readFileSync(join(out, 'variants/desk/scenario.json'), 'utf8')).staff.phoneDesk).toBe(1);
    // The difference is the difference of the summaries' figures; one more advisor cuts the visitors' wait.
    const wait = comparison.figures.find((f: { path: string }) => f.path === 'visits.all.mean_wait_all');
    expect(wait.differences[0]).toBeNull();
    expect(wait.differences[1].value).toBeCloseTo(wait.values[1].value - wait.values[0].value, 4);
    expect(wait.differences[1].real).toBe(true);
    expect(wait.differences[1].ci95[1]).toBeLessThan(0);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run.command).toBe('compare');
    expect(run.variants[1]).toMatchObject({ label: 'one more', overrides: ['replications=6', 'days=2', 'advisors=+1'] });
    const csv = readFileSync(join(out, 'compare.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('figure,unit,variant,value,ci95_low,ci95_high,difference,difference_ci95_low,difference_ci95_high,difference_real');
    // Call waits in seconds, as the report shows them, and the unit says so.
    expect(csv.find((line) => line.startsWith('calls.mean_wait_all,'))).toMatch(/^calls\.mean_wait_all,s,as written,/);
    expect(csv).toHaveLength(1 + 3 * comparison.figures.length);
  });

  it('gives byte-identical files whatever the number of workers', () => {
    const folder = scratchFolder();
    const files = (workers: string) => {
      const out = join(folder, `w${workers}`);
      const result = recepsim(['compare', MEDIUM, ...VARIANTS, ...QUICK, '--workers', workers, '--out', out, '--json']);
      expect(result.code, result.stderr).toBe(0);
      const names = ['compare.json', 'compare.csv', 'report.html', 'charts/paired-differences.svg', 'variants/as-written/summary.json', 'variants/desk/summary.csv', 'variants/one-more/scenario.json'];
      return { stdout: result.stdout, ...Object.fromEntries(names.map((name) => [name, readFileSync(join(out, name), 'utf8')])) };
    };
    const one = files('1');
    expect(files('2')).toEqual(one);
    expect(JSON.parse(one.stdout).kind).toBe('compare');
  });

  it('compares scenario files as they are', () => {
    const folder = scratchFolder();
    const other = join(folder, 'other.yaml');
    writeFileSync(other, readFileSync(MEDIUM, 'utf8').replace('name: Medium dealership, status quo', 'name: Medium, divert').replace('policy: { kind: answer-all, interruptProbability: 1 }', 'policy: { kind: divert }'));
    const result = recepsim(['compare', MEDIUM, other, ...QUICK, '--out', join(folder, 'out'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const comparison = JSON.parse(result.stdout);
    expect(comparison.variants.map((v: { label: string }) => v.label)).toEqual(['Medium dealership, status quo', 'Medium, divert']);
    expect(comparison.pairing).toBe('common-random-numbers');
  });

  it('warns of a variant that simulates what an earlier one does', () => {
    const out = join(scratchFolder(), 'out');
    const result = recepsim(['compare', MEDIUM, '--variant', 'three:advisors=3', '--variant', 'divert:policy=divert', '--variant', 'again:policy=divert', '--reps', '2', '--days', '1', '--quiet', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(compareText.sameAs('three', variantText.asWritten()));
    expect(result.stderr).toContain(compareText.sameAs('again', 'divert'));
    expect(result.stderr).not.toContain(compareText.sameAs('divert', variantText.asWritten()));
  });

  it.each([
    ['one scenario and no variant', [MEDIUM], [compareText.nothingToCompare()]],
    ['an unknown policy', [MEDIUM, '--variant', 'x:policy=blend'], [variantText.unknownPolicy('blend', POLICY_KINDS)]],
    ['a variant without changes', [MEDIUM, '--variant', 'x:advisors'], [variantText.malformed()]],
    ['two variants of one name', [MEDIUM, '--variant', 'x:advisors=4', '--variant', 'x:advisors=5'], [compareText.duplicateLabel('x')]],
    ['a bad value in a variant', [MEDIUM, '--variant', 'x:advisors=-9'], ['--variant "x:advisors=-9"', variantText.relativeBelowZero('staff.advisors', -6)]],
    ['a bad --reps', [MEDIUM, '--variant', 'x:advisors=4', '--reps', '1'], [cli.badFlag('--reps', `a whole number of at least 2 (${limits.replicationsNeeded(2)})`, '1')]],
    ['a missing file', ['no-such.yaml', '--variant', 'x:advisors=4'], ['no-such.yaml']],
  ])('%s: one clear message, exit 2, nothing written', (_name, args, expected) => {
    const folder = scratchFolder();
    const out = join(folder, 'out');
    const result = recepsim(['compare', ...args, '--quiet', '--out', out], folder);
    expect(result.code, result.stderr).toBe(2);
    for (const text of expected) expect(result.stderr).toContain(text);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(entries(folder)).toEqual([]);
  });
});
