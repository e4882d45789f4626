// `recepsim sweep` and `recepsim merge` end to end: the grid, the verdicts, the cheapest point,
// determinism, three shards merged into exactly one run's results, bad input.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, mergeText, runSize, sweepText } from '../../src/text/messages.js';
import { planningTables } from '../../src/text/planning.js';
import { entries, recepsim, ROOT, scratchFolder } from '../support/cli.js';
import { POLICY_KINDS } from '../../src/model/schema/policy.js';

const MEDIUM = join(ROOT, 'scenarios/medium-dealership.yaml');
const GRID = ['--advisors', '2..4', '--policy', 'answer-all,phone-desk', '--desk', '1..2', '--reps', '4', '--days', '3', '--quiet'];

/** Every file of a results folder but run.json (the facts of the execution), by name. */
function outputs(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of entries(join(folder, relative))) {
      const path = relative === '' ? name : `${relative}/${name}`;
      if (path === 'run.json') continue;
      if (name.includes('.')) files[path] = readFileSync(join(folder, path), 'utf8');
      else walk(path);
    }
  };
  walk('');
  return files;
}

describe('recepsim sweep', () => {
  it('runs every combination, marks the verdicts and the cheapest meeting every target, the same whatever the workers', () => {
    const folder = scratchFolder();
    const one = recepsim(['sweep', MEDIUM, ...GRID, '--workers', '1', '--out', join(folder, 'one')]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain('phone-desk:2, 3 advisors');
    const sweep = JSON.parse(readFileSync(join(folder, 'one', 'sweep.json'), 'utf8'));
    expect(sweep.points.map((point: { label: string }) => point.label)).toEqual([
      'answer-all, 2 advisors',
      'answer-all, 3 advisors',
      'answer-all, 4 advisors',
      'phone-desk:1, 2 advisors',
      'phone-desk:1, 3 advisors',
      'phone-desk:1, 4 advisors',
      'phone-desk:2, 2 advisors',
      'phone-desk:2, 3 advisors',
      'phone-desk:2, 4 advisors',
    ]);
    for (const point of sweep.points) {
      expect(point.replications).toBe(4);
      const summary = JSON.parse(readFileSync(join(folder, 'one', point.folder, 'summary.json'), 'utf8'));
      expect(point.figures['money.netCostPerDay']).toEqual(summary.money.netCostPerDay);
      const allMet = summary.targets.every((target: { metWithConfidence: boolean }) => target.metWithConfidence);
      expect(point.verdict === 'meets').toBe(allMet);
    }
    const meeting = sweep.points.filter((point: { verdict: string }) => point.verdict === 'meets');
    const cheapest = [...meeting].sort((a, b) => a.figures['money.netCostPerDay'].value - b.figures['money.netCostPerDay'].value)[0];
    expect(sweep.cheapestMeetingTargets).toBe(cheapest?.label ?? null);
    // A desk of one never reaches the call target, whatever the advisors: the desk answers the calls.
    const deskOfOne = sweep.points.filter((point: { label: string }) => point.label.startsWith('phone-desk:1'));
    expect(new Set(deskOfOne.map((point: { figures: Record<string, { value: number }> }) => point.figures['calls.sl_answered_within_t_over_offered'].value)).size).toBe(1);
    const two = recepsim(['sweep', MEDIUM, ...GRID, '--workers', '2', '--out', join(folder, 'two')]);
    expect(two.code, two.stderr).toBe(0);
    expect(outputs(join(folder, 'two'))).toEqual(outputs(join(folder, 'one')));
    expect(two.stdout).toBe(one.stdout);
  });

  it('three shards merged give exactly the results of one run', () => {
    const folder = scratchFolder();
    expect(recepsim(['sweep', MEDIUM, ...GRID, '--out', join(folder, 'whole')]).code).toBe(0);
    for (let shard = 1; shard <= 3; shard++) {
      const part = recepsim(['sweep', MEDIUM, ...GRID, '--shard', `${shard}/3`, '--out', join(folder, `part${shard}`)]);
      expect(part.code, part.stderr).toBe(0);
      const points = JSON.parse(readFileSync(join(folder, `part${shard}`, 'sweep.json'), 'utf8')).points;
      expect(points.map((point: { index: number }) => point.index % 3)).toEqual(points.map(() => shard - 1));
      // The cheapest of a slice is not the run's: a shard names none, and says merge will.
      expect(part.stdout).toContain(planningTables.en.sweep.shardPart(`${shard}/3`));
      expect(part.stdout).not.toContain(planningTables.en.sweep.markCheapest());
      expect(part.stdout).not.toContain(planningTables.en.sweep.cheapestMeeting(null));
    }
    // A shard past the grid's points runs nothing, and says so.
    const empty = recepsim(['sweep', MEDIUM, '--advisors', '3', '--reps', '2', '--days', '1', '--quiet', '--shard', '2/2', '--out', join(folder, 'empty')]);
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stderr).toContain(sweepText.shardEmpty('2/2', 1, 'points'));
    const merged = recepsim(['merge', join(folder, 'part3'), join(folder, 'part1'), join(folder, 'part2'), '--out', join(folder, 'merged')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toContain(mergeText.merged(3, 'sweep'));
    expect(outputs(join(folder, 'merged'))).toEqual(outputs(join(folder, 'whole')));
    expect(JSON.parse(readFileSync(join(folder, 'merged', 'run.json'), 'utf8')).command).toBe('merge');
  });

  it('refuses to merge shards of different scenarios, incomplete or repeated shards, and whole runs', () => {
    const folder = scratchFolder();
    const other = join(folder, 'other.yaml');
    writeFileSync(other, readFileSync(MEDIUM, 'utf8').replace('perSlot: 2', 'perSlot: 3'));
    const run = (scenario: string, shard: string, out: string, ...more: string[]) =>
      expect(recepsim(['sweep', scenario, ...GRID, '--shard', shard, '--out', join(folder, out), ...more]).code).toBe(0);
    run(MEDIUM, '1/2', 'a1');
    run(other, '2/2', 'b2');
    run(MEDIUM, '2/2', 'a2');
    run(MEDIUM, '2/2', 'c2', '--seed', '7');
    const cases: [string[], string][] = [
      [['a1', 'b2'], mergeText.differentRuns(join(folder, 'a1'), join(folder, 'b2'), 'scenarios')],
      // Another --seed: the seeds differ, both named; the scenario is the same.
      [['a1', 'c2'], mergeText.differentRuns(join(folder, 'a1'), join(folder, 'c2'), 'seeds', [42, 7])],
      [['a1'], mergeText.missingShards([2], 2)],
      [['a1', 'a1', 'a2'], mergeText.duplicateShard(1, 2, join(folder, 'a1'), join(folder, 'a1'))],
      [['nowhere'], mergeText.notAFolder(join(folder, 'nowhere'))],
    ];
    for (const [names, expected] of cases) {
      const out = join(folder, 'merged');
      const result = recepsim(['merge', ...names.map((name) => join(folder, name)), '--out', out]);
      expect(result.code, names.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toContain(expected);
      expect(entries(folder)).not.toContain('merged');
    }
  });

  it.each([
    ['a range the wrong way round', ['--advisors', '5..2'], cli.badFlag('--advisors', sweepText.advisorsExpected(), '5..2')],
    ['no advisors', ['--advisors', '0..2'], cli.badFlag('--advisors', sweepText.advisorsExpected(), '0..2')],
    ['an unknown policy', ['--advisors', '2..3', '--policy', 'divert,phone'], cli.badFlag('--policy', sweepText.policyExpected(POLICY_KINDS), 'divert,phone')],
    ['a policy given twice', ['--advisors', '3', '--policy', 'divert,answer-all,divert'], cli.badFlag('--policy', sweepText.policyExpected(POLICY_KINDS), 'divert,answer-all,divert')],
    ['a phone desk of nobody', ['--advisors', '3', '--policy', 'phone-desk', '--desk', '0'], cli.badFlag('--desk', sweepText.deskExpected(), '0')],
    // Each point is under an hour, the sweep is not: it asks for --force before anything runs.
    ['points that are long together', ['--advisors', '3..4', '--reps', '10000', '--days', '100', '--workers', '1'], runSize.long(1, 1, 1).split(': ').pop()!],
    ['a shard past the count', ['--advisors', '2..3', '--shard', '3/2'], cli.badFlag('--shard', sweepText.shardExpected(), '3/2')],
    ['a shard zero', ['--advisors', '2..3', '--shard', '0/2'], cli.badFlag('--shard', sweepText.shardExpected(), '0/2')],
    // A missing --advisors is one of the problems, told with the others.
    ['no --advisors, and a bad --policy', ['--policy', 'foo'], cli.missingFlag('--advisors', sweepText.advisorsExpected()), cli.badFlag('--policy', sweepText.policyExpected(POLICY_KINDS), 'foo')],
  ])('%s: one clear message, exit 2, nothing written', (_name, args, ...expected) => {
    const folder = scratchFolder();
    const result = recepsim(['sweep', MEDIUM, ...args, '--quiet', '--out', join(folder, 'out')]);
    expect(result.code, result.stderr).toBe(2);
    for (const text of expected) expect(result.stderr).toContain(text);
    expect(result.stdout).toBe('');
    expect(entries(folder)).toEqual([]);
  });

  it('warns that --desk changes nothing without a phone-desk policy', () => {
    const folder = scratchFolder();
    const result = recepsim(['sweep', MEDIUM, '--advisors', '3', '--desk', '2', '--reps', '2', '--days', '1', '--quiet', '--out', join(folder, 'out')]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(sweepText.deskUnused());
  });
});
