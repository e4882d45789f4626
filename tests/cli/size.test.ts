// `recepsim size` end to end: the exact answer where Erlang A gives it, a target no team within
// the limit meets, the medium example's searches, determinism, shards, bad input.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatValue } from '../../src/report/format.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { describe, expect, it } from 'vitest';
import { cli, resultsInput, sizeText, sweepText } from '../../src/text/messages.js';
import { planningTables } from '../../src/text/planning.js';
import { entries, recepsim, ROOT, scratchFolder } from '../support/cli.js';
import { POLICY_KINDS } from '../../src/model/schema/policy.js';

const MEDIUM = join(ROOT, 'scenarios/medium-dealership.yaml');

/** Calls only, in steady state: 120 calls an hour, 3 min each (exponential), patience 2 min: Erlang A. */
const CALLS_ONLY = `name: Calls only, Erlang A
day: { open: "08:00", close: "19:00" }
steadyState: { hours: 40, warmupHours: 2 }
replications: 40
seed: 7
staff: { advisors: 3 }
policy: { kind: answer-all }
calls:
  perHour: 120
  reasons: [{ name: any, share: 1, handle: { dist: exponential, mean: 3 } }]
  patience: { dist: exponential, mean: 2 }
targets:
  calls: { answeredWithinSec: 20, serviceLevel: 0.8 }
`;

function callsOnly(): string {
  const folder = scratchFolder();
  writeFileSync(join(folder, 'calls.yaml'), CALLS_ONLY);
  return folder;
}

describe('recepsim size', () => {
  it('finds the team Erlang A says, confirming it and the team below by simulation', () => {
    const folder = callsOnly();
    const erlang = recepsim(['erlang', 'a', '--calls-per-hour', '120', '--aht-min', '3', '--patience-min', '2', '--target', '80/20', '--json']);
    const needed = JSON.parse(erlang.stdout).requiredAgents;
    expect(needed).toBe(8);
    const result = recepsim(['size', 'calls.yaml', '--policy', 'answer-all', '--quiet', '--json', '--out', 'out'], folder);
    expect(result.code, result.stderr).toBe(0);
    const [search] = JSON.parse(result.stdout).searches;
    expect(search.smallestAdvisors).toBe(needed);
    expect(search.formula.advisorsForCalls).toBe(needed);
    const verdicts = Object.fromEntries(search.points.map((point: { advisors: number; verdict: string }) => [point.advisors, point.verdict]));
    expect(verdicts[needed]).toBe('meets');
    expect(verdicts[needed - 1]).toBe('fails');
    // The one below misses the service level, and the binding target says so.
    expect(search.binding.at).toBe(`answer-all, ${needed - 1} advisors`);
    expect(search.binding.targets.map((target: { name: string }) => target.name)).toEqual(['callServiceLevel']);
    expect(existsSync(join(folder, 'out', 'points', `answer-all-${needed}-advisors`, 'summary.json'))).toBe(true);
  });

  it('starts where Erlang C says when the smallest teams cannot keep up with callers who never hang up', () => {
    // 2.5 erlangs: 1 and 2 advisors are overloaded (no formula), a larger team has one.
    const folder = scratchFolder();
    const overloadedAtFirst = CALLS_ONLY.replace('perHour: 120', 'perHour: 30')
      .replace('mean: 3 }', 'mean: 5 }')
      .replace('  patience: { dist: exponential, mean: 2 }\n', '')
      .replace('hours: 40, warmupHours: 2', 'hours: 20, warmupHours: 2')
      .replace('replications: 40', 'replications: 4');
    writeFileSync(join(folder, 'calls.yaml'), overloadedAtFirst);
    const erlang = recepsim(['erlang', 'c', '--calls-per-hour', '30', '--aht-min', '5', '--target', '80/20', '--json']);
    const needed = JSON.parse(erlang.stdout).requiredAgents;
    expect(needed).toBeGreaterThan(3);
    const result = recepsim(['size', 'calls.yaml', '--policy', 'answer-all', '--quiet', '--json', '--out', 'out'], folder);
    expect(result.code, result.stderr).toBe(0);
    const [search] = JSON.parse(result.stdout).searches;
    expect(search.formula).toMatchObject({ start: needed, advisorsForWork: 3, advisorsForCalls: needed, callModel: 'erlang-c' });
  });

  it('warns that --first-reps above the replications a team may get is cut to them', () => {
    const folder = callsOnly();
    const result = recepsim(['size', 'calls.yaml', '--policy', 'answer-all', '--max-advisors', '2', '--reps', '3', '--first-reps', '500', '--quiet', '--json', '--out', 'out'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(sizeText.initialRepsCapped(500, 3));
    expect(JSON.parse(result.stdout).precision).toEqual({ initialReps: 3, maxReps: 3 });
  });

  it('says plainly when no team within --max-advisors meets the target, and which target binds', () => {
    const folder = callsOnly();
    const result = recepsim(['size', 'calls.yaml', '--policy', 'answer-all', '--max-advisors', '6', '--quiet', '--out', 'out'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/answer-all\s+none up to 6 advisors/);
    expect(result.stdout).toContain('answer-all, even 6 advisors: calls answered within 20 s');
    // The report says so first, in the catalogue's words.
    const { planning, staffTeam } = reportLanguage('en').text;
    const report = readFileSync(join(folder, 'out', 'report.html'), 'utf8');
    const headline = report.match(/<p class="headline">(.*?)<\/p>/)?.[1];
    expect(headline).toBe(planning.noTeam(planning.noTeamLimits(planning.factPolicies('answer-all'), planning.upToLimit(staffTeam.advisors(6)))));
    const size = JSON.parse(readFileSync(join(folder, 'out', 'size.json'), 'utf8'));
    expect(size.searches[0].smallest).toBeNull();
    expect(size.searches[0].binding.targets[0]).toMatchObject({ name: 'callServiceLevel', status: 'missed' });
    expect(size.overall.fewestPeople).toBeNull();
  });

  it('says when the scenario as written, run beside the teams, costs less than every team tried', () => {
    // Answer-all with 3 advisors as written; only divert up to 2 is searched, and it loses more calls.
    const folder = callsOnly();
    const result = recepsim(['size', 'calls.yaml', '--policy', 'divert', '--max-advisors', '2', '--quiet', '--out', 'out'], folder);
    expect(result.code, result.stderr).toBe(0);
    const language = reportLanguage('en');
    const now = JSON.parse(readFileSync(join(folder, 'out', 'now', 'summary.json'), 'utf8'));
    const report = readFileSync(join(folder, 'out', 'report.html'), 'utf8');
    expect(report).toContain(language.text.planning.nowCostsLess(formatValue(now.money.netCostPerDay.value, { money: now.money.currency }, language)));
  });

  it('sizes each policy of the medium example, the same whatever the workers, and shards merge into the same result', () => {
    const folder = scratchFolder();
    const args = ['size', MEDIUM, '--policy', 'answer-all,divert,phone-desk', '--desk', '1..2', '--max-advisors', '5', '--reps', '8', '--first-reps', '4', '--days', '3', '--quiet'];
    const whole = recepsim([...args, '--workers', '1', '--out', join(folder, 'whole')]);
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stdout).toContain('Fewest people meeting every target');
    const two = recepsim([...args, '--workers', '2', '--out', join(folder, 'two')]);
    expect(two.code, two.stderr).toBe(0);
    const read = (name: string, file: string) => readFileSync(join(folder, name, file), 'utf8');
    expect(read('two', 'size.json')).toBe(read('whole', 'size.json'));
    expect(read('two', 'report.html')).toBe(read('whole', 'report.html'));
    const size = JSON.parse(read('whole', 'size.json'));
    expect(size.searches.map((search: { policy: string; desk: number }) => `${search.policy}/${search.desk}`)).toEqual(['answer-all/0', 'divert/0', 'phone-desk/1', 'phone-desk/2']);
    for (let shard = 1; shard <= 3; shard++) {
      const part = recepsim([...args, '--shard', `${shard}/3`, '--out', join(folder, `part${shard}`)]);
      expect(part.code, part.stderr).toBe(0);
      // Comparing the policies needs every shard: a shard leaves that to merge.
      expect(part.stdout).toContain(planningTables.en.size.shardPart(`${shard}/3`));
      expect(part.stdout).not.toContain('Fewest people meeting every target');
    }
    // A shard holds part of the answer: no report of its own, and `report` says to merge first.
    expect(entries(join(folder, 'part1'))).not.toContain('report.html');
    const shardReport = recepsim(['report', join(folder, 'part1')]);
    expect(shardReport.code).toBe(2);
    expect(shardReport.stderr).toContain(resultsInput.shardFolder(join(folder, 'part1')));
    const merged = recepsim(['merge', join(folder, 'part1'), join(folder, 'part2'), join(folder, 'part3'), '--out', join(folder, 'merged')]);
    expect(merged.code, merged.stderr).toBe(0);
    const files = entries(join(folder, 'whole')).filter((name) => name !== 'run.json');
    expect(entries(join(folder, 'merged')).filter((name) => name !== 'run.json')).toEqual(files);
    expect(read('merged', 'size.json')).toBe(read('whole', 'size.json'));
    expect(read('merged', 'size.csv')).toBe(read('whole', 'size.csv'));
    // The merged folder's report is the whole run's, byte for byte (merge writes it from the same files).
    expect(read('merged', 'report.html')).toBe(read('whole', 'report.html'));
    expect(read('merged', 'now/summary.json')).toBe(read('whole', 'now/summary.json'));
    const point = size.searches[0].points[0].folder;
    expect(read('merged', `${point}/summary.json`)).toBe(read('whole', `${point}/summary.json`));
  });

  it.each([
    ['an unknown policy', ['--policy', 'answer-all,blend'], cli.badFlag('--policy', sweepText.policyExpected(POLICY_KINDS), 'answer-all,blend')],
    ['a shard past the count', ['--shard', '3/2'], cli.badFlag('--shard', sweepText.shardExpected(), '3/2')],
    ['no advisors at all', ['--max-advisors', '0'], cli.badFlag('--max-advisors', 'a whole number from 1 to 200', '0')],
    ['--advisors (a sweep flag)', ['--advisors', '2..4'], cli.unknownFlag('--advisors', '--max-advisors')],
  ])('%s: one clear message, exit 2, nothing written', (_name, args, expected) => {
    const folder = callsOnly();
    const result = recepsim(['size', 'calls.yaml', ...args, '--quiet', '--out', 'out'], folder);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(expected);
    expect(entries(folder)).toEqual(['calls.yaml']);
  });
});
