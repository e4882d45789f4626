// Every bad input, from the command line: one clear message naming where and what was expected,
// exit code 2, and nothing written. Messages are built with the same catalogue functions the
// program uses.

import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, crossCheck, csvInput, fileSystem, limits, override, reading, resultsFolder, runSize, slotsCsv, sweepText, validation, variantText } from '../../src/text/messages.js';
import { entries, recepsim, scratchFolder } from '../support/cli.js';
import { POLICY_KINDS } from '../../src/model/schema/policy.js';

/** A small valid scenario; each case changes one thing. Line numbers matter to some cases. */
const GOOD = `name: Bad input base
day: { open: "08:00", close: "18:00" }
days: 2
replications: 2
staff:
  advisors: 2
policy: { kind: answer-all }
walkIns:
  perHour: 2
  writeUp: { dist: lognormal, mean: 15, cv: 0.4 }
calls:
  perHour: 8
  reasons:
    - { name: booking, share: 0.6, handle: { dist: exponential, mean: 3 } }
    - { name: quote, share: 0.4, handle: { dist: exponential, mean: 5 }, skill: advisor }
  patience: { dist: exponential, mean: 1.2 }
`;

interface BadCase {
  readonly name: string;
  /** The scenario text or bytes (default: GOOD) and its file name. */
  readonly text?: string | Uint8Array;
  readonly file?: string;
  /** Extra files next to the scenario. */
  readonly siblings?: Record<string, string | Uint8Array>;
  /** Arguments after `run <scenario>`. */
  readonly args?: readonly string[];
  /** Replaces the whole command line (the scenario path is appended when it has `{scenario}`). */
  readonly argv?: readonly string[];
  /** Text the error output must contain. */
  readonly expected: readonly string[];
}

/** A policy by the hour: divert from `a` to `b`, answer-all from `c` to `d`. */
const WINDOWS = (a: string, b: string, c: string, d: string) =>
  `policy:\n  - { from: "${a}", to: "${b}", kind: divert }\n  - { from: "${c}", to: "${d}", kind: answer-all }`;

const change = (from: string, to: string) => {
  if (!GOOD.includes(from)) throw new Error(`test setup: ${from} not in the base scenario`);
  return GOOD.replace(from, to);
};

const CASES: BadCase[] = [
  { name: 'unknown top-level field', text: `${GOOD}polcy: {}\n`, expected: ['scenario.yaml:17:1 polcy: unknown field "polcy"', 'did you mean "policy"?'] },
  { name: 'misspelt nested field', text: change('share: 0.4,', 'shre: 0.4,'), expected: ['calls.reasons[1].shre: unknown field "shre"', 'calls.reasons[1].share: missing (required)'] },
  { name: 'wrong type', text: change('advisors: 2', 'advisors: two'), expected: ['scenario.yaml:6:13 staff.advisors: expected', 'got "two"'] },
  { name: 'shares not summing to 1', text: change('share: 0.4,', 'share: 0.3,'), expected: [`calls.reasons: ${crossCheck.sharesDoNotSumToOne(0.9)}`] },
  { name: 'a working day written twice', text: change('days: 2\n', 'days: 2\nweek: [mon, sat, sat]\n'), expected: [`scenario.yaml:4:18 week[2]: ${crossCheck.duplicateWeekday('sat')}`] },
  { name: 'close before open', text: change('close: "18:00"', 'close: "07:00"'), expected: [`day.close: ${crossCheck.closeNotAfterOpen('08:00', '07:00')}`] },
  { name: 'negative rate', text: change('perHour: 8', 'perHour: -8'), expected: ['calls.perHour: expected', 'got -8'] },
  { name: 'probability above 1', text: change('share: 0.6,', 'share: 1.4,'), expected: [`calls.reasons[0].share: ${validation.expected(validation.number({ min: 0, max: 1 }), 1.4)}`] },
  { name: 'bad clock time', text: change('open: "08:00"', 'open: "8am"'), expected: ['scenario.yaml:2:14 day.open: expected a clock time "HH:MM" (24-hour), got "8am"'] },
  {
    name: 'policy windows with a gap',
    text: change('policy: { kind: answer-all }', WINDOWS('08:00', '11:00', '11:30', '18:00')),
    expected: [`scenario.yaml:9:13 policy[1].from: ${crossCheck.policyWindowsGap('11:00', '11:30')}`],
  },
  {
    name: 'policy windows overlapping',
    text: change('policy: { kind: answer-all }', WINDOWS('08:00', '12:00', '11:00', '18:00')),
    expected: [`policy[1].from: ${crossCheck.policyWindowsOverlap('11:00', '12:00')}`],
  },
  {
    name: 'policy windows outside opening hours',
    text: change('policy: { kind: answer-all }', WINDOWS('07:00', '11:00', '11:00', '19:00')),
    expected: [`policy[0].from: ${crossCheck.policyWindowsStart('07:00', '08:00')}`, `policy[1].to: ${crossCheck.policyWindowsEnd('19:00', '18:00')}`],
  },
  {
    name: 'policy field set by name on policy windows',
    text: change('policy: { kind: answer-all }', WINDOWS('08:00', '11:00', '11:00', '18:00')),
    args: ['--set', 'policy.kind=divert'],
    expected: [variantText.policyIsWindows('policy.kind')],
  },
  {
    name: 'sweep of a policy by the hour without --policy',
    text: change('policy: { kind: answer-all }', WINDOWS('08:00', '11:00', '11:00', '18:00')),
    argv: ['sweep', 'scenario.yaml', '--advisors', '2..3', '--quiet'],
    expected: [`policy: ${sweepText.policyByHourNeedsPolicy('divert 08:00–11:00, answer-all 11:00–18:00')}`],
  },
  { name: 'unknown policy', text: change('kind: answer-all', 'kind: blend'), expected: [`policy.kind: ${validation.oneOf(POLICY_KINDS, 'blend')}`] },
  { name: 'negative mean', text: change('mean: 3 }', 'mean: -3 }'), expected: ['calls.reasons[0].handle.mean: expected', 'got -3'] },
  { name: 'zero coefficient of variation', text: change('cv: 0.4', 'cv: 0'), expected: ['walkIns.writeUp.cv: expected', 'got 0'] },
  { name: 'missing required field', text: GOOD.replace('name: Bad input base\n', ''), expected: [`scenario.yaml:1:1 name: ${validation.missing()}`] },
  { name: 'phone desk policy without a desk', text: change('kind: answer-all', 'kind: phone-desk'), expected: [`staff.phoneDesk: ${crossCheck.phoneDeskWithoutDesk()}`] },
  { name: 'voicemail without voicemail', text: change('kind: answer-all', 'kind: divert, unanswered: voicemail'), expected: [`policy.unanswered: ${crossCheck.voicemailMissing()}`] },
  { name: 'parts calls without a parts line', text: change('skill: advisor', 'skill: parts'), expected: [`calls.reasons[1].skill: ${crossCheck.partsLineMissing('quote')}`] },
  { name: 'break outside the shift', text: change('advisors: 2', 'advisors: [{ from: "08:00", to: "18:00", breaks: ["18:30-19:00"] }]'), expected: [`staff.advisors[0].breaks[0]: ${crossCheck.breakOutsideShift('18:30-19:00')}`] },
  { name: 'overlapping breaks', text: change('advisors: 2', 'advisors:\n    - { from: "08:00", to: "18:00", breaks: ["13:30-14:30", "14:00-15:00"] }\n    - { from: "08:00", to: "18:00" }'), expected: [`scenario.yaml:7:61 staff.advisors[0].breaks[1]: ${crossCheck.breaksOverlap('14:00-15:00', '13:30-14:30')}`] },
  { name: 'a break as long as the shift', text: change('advisors: 2', 'advisors: [{ from: "08:00", to: "18:00", breaks: ["08:00-18:00"] }]'), expected: [`scenario.yaml:6:52 staff.advisors[0].breaks: ${crossCheck.breaksFillShift('08:00', '18:00')}`] },
  { name: 'too few replications', text: change('replications: 2', 'replications: 1'), expected: [`replications: ${validation.ruleGot(limits.fewReplications(2), 1)}`] },
  { name: 'invalid YAML', text: change('staff:\n', 'staff: [\n'), expected: ['scenario.yaml:', 'invalid YAML'] },
  { name: 'duplicate key', text: change('days: 2\n', 'days: 2\ndays: 3\n'), expected: ['scenario.yaml:4:1', 'invalid YAML'] },
  { name: 'missing file', argv: ['run', 'no-such-scenario.yaml'], expected: [reading.cannotRead('no-such-scenario.yaml', reading.noSuchFile())] },
  { name: 'unsupported extension', file: 'scenario.txt', expected: [reading.unsupportedExtension('scenario.txt')] },
  { name: 'bad slots CSV row', text: `${GOOD}appointments:\n  slots: { file: book.csv }\n  writeUp: { dist: lognormal, mean: 15, cv: 0.4 }\n`, siblings: { 'book.csv': 'time;count\n08:00;2\n08:15;x\n9am;1\n' }, expected: [`book.csv:3: ${csvInput.inColumn('count', slotsCsv.badCount('x'))}`, `book.csv:4: ${csvInput.inColumn('time', slotsCsv.badTime('9am'))}`] },
  { name: 'malformed --set', args: ['--set', 'calls..share=1'], expected: [`${override.source('calls..share=1')}: ${override.malformed()}`] },
  { name: '--set to a bad value', args: ['--set', 'staff.advisors=1.5'], expected: ['--set "staff.advisors=1.5" staff.advisors: expected', 'got 1.5'] },
  { name: '--set removing more people than there are', args: ['--set', 'staff.advisors=-3'], expected: [`--set "staff.advisors=-3": ${variantText.relativeBelowZero('staff.advisors', -1)}`] },
  { name: '--set switching to an unknown policy', args: ['--set', 'policy=blend'], expected: [`--set "policy=blend": ${variantText.unknownPolicy('blend', POLICY_KINDS)}`] },
  { name: 'non-integer --reps', args: ['--reps', '1.5'], expected: [cli.badFlag('--reps', `a whole number of at least 2 (${limits.replicationsNeeded(2)})`, '1.5')] },
  { name: 'non-numeric --days', args: ['--days', 'abc'], expected: [cli.badFlag('--days', 'a whole number of at least 1', 'abc')] },
  { name: 'unknown --engine', args: ['--engine', 'fast'], expected: [cli.badFlag('--engine', 'one of recepsim, simjs', 'fast')] },
  { name: 'unknown option', args: ['--replications', '5'], expected: [cli.unknownFlag('--replications', '--reps')] },
  { name: 'misspelt option', args: ['--rep', '5'], expected: [cli.unknownFlag('--rep', '--reps')] },
  { name: 'no scenario given', argv: ['run'], expected: [cli.missingArguments('run', [cli.expectedScenarioFile()], 'run <scenario>')] },
  { name: '"-" as the scenario', argv: ['run', '-'], expected: [cli.dashNotAccepted('run <scenario>', 'input', cli.expectedScenarioFile())] },
  { name: '"-" as the results folder', argv: ['run', 'scenario.yaml', '--quiet', '--out', '-'], expected: [cli.dashNotAccepted('--out', 'output', cli.folderExpected())] },
  // Flags given twice.
  { name: '--days given twice', args: ['--days', '1', '--days', '2'], expected: [cli.repeatedFlag('--days', ['1', '2'])] },
  { name: '--reps given no value', args: ['--reps'], expected: ['--reps: expected a value after it'] },
  // A repeatable flag typed bare would otherwise run as if it had not been given.
  { name: '--set given no value', args: ['--set', '--reps', '3'], expected: [cli.valueMissing('--set')] },
  { name: '--engine given no value', args: ['--engine'], expected: ['--engine: expected a value after it'] },
  { name: 'import --map given no value', argv: ['import', 'calls', 'scenario.yaml', '--map'], expected: [cli.valueMissing('--map')] },
  { name: '--set= given no value', args: ['--set='], expected: [cli.valueMissing('--set')] },
  { name: 'compare --variant given no value', argv: ['compare', 'scenario.yaml', '--variant', '--reps', '3'], expected: [cli.valueMissing('--variant')] },
  { name: '--reps and --seed given twice', args: ['--reps', '3', '--reps', '4', '--seed', '1', '--seed', 'x'], expected: [cli.repeatedFlag('--reps', ['3', '4']), cli.repeatedFlag('--seed', ['1', 'x'])] },
  { name: '--out given twice', args: ['--out', 'elsewhere'], expected: [cli.repeatedFlag('--out', ['{out}', 'elsewhere'])] },
  // Every command: a flag of one value typed twice stopped whatif and import on an internal error.
  { name: 'whatif --export and --port given twice', argv: ['whatif', 'scenario.yaml', '--export', 'a.html', '--export=b.html', '--port', '1', '--port', '2'], expected: [cli.repeatedFlag('--export', ['a.html', 'b.html']), cli.repeatedFlag('--port', ['1', '2'])] },
  { name: 'import --out given twice', argv: ['import', 'calls', 'scenario.yaml', '--out', 'a.yaml', '--out', 'b.yaml'], expected: [cli.repeatedFlag('--out', ['a.yaml', 'b.yaml'])] },
  { name: 'calibrate --calls given twice', argv: ['calibrate', 'scenario.yaml', '--calls', 'a.csv', '--calls', 'b.csv'], expected: [cli.repeatedFlag('--calls', ['a.csv', 'b.csv'])] },
  // Results folders that cannot be created, found before simulating.
  { name: '--out inside a file', siblings: { 'a-file': 'x' }, argv: ['run', 'scenario.yaml', '--quiet', '--out', 'a-file/out'], expected: [resultsFolder.insideAFile('a-file/out', '{folder}/a-file')] },
  { name: '--out empty', argv: ['run', 'scenario.yaml', '--quiet', '--out', ''], expected: [cli.badFlag('--out', 'a folder path', '')] },
  { name: '--out in /proc', argv: ['run', 'scenario.yaml', '--quiet', '--out', '/proc/x'], expected: [resultsFolder.cannotCreate('/proc/x', fileSystem.noSuchFolder())] },
  { name: '--out under a device', argv: ['run', 'scenario.yaml', '--quiet', '--out', '/dev/null/x'], expected: [resultsFolder.insideAFile('/dev/null/x', '/dev/null')] },
  { name: 'a bad --out and a bad scenario, together', text: change('advisors: 2', 'advisors: two'), argv: ['run', 'scenario.yaml', '--quiet', '--out', '/proc/x'], expected: [resultsFolder.cannotCreate('/proc/x', fileSystem.noSuchFolder()), 'staff.advisors: expected'] },
  // Absurd sizes: bounds with their reasons.
  { name: 'a billion advisors', args: ['--set', 'staff.advisors=1000000000'], expected: [`--set "staff.advisors=1000000000" staff.advisors: ${validation.ruleGot(limits.people(1000), 1000000000)}`] },
  { name: 'a billion calls an hour', args: ['--set', 'calls.perHour=1000000000'], expected: [`calls.perHour: ${validation.ruleGot(limits.arrivalsPerHour(10000), 1000000000)}`] },
  { name: 'a quadrillion days', args: ['--days', '1000000000000000'], expected: [`--days 1000000000000000 days: ${validation.ruleGot(limits.days(10000), 1000000000000000)}`] },
  { name: 'a billion replications', args: ['--reps', '1000000000'], expected: [`--reps 1000000000 replications: ${validation.ruleGot(limits.replications(10000), 1000000000)}`] },
  { name: 'slots a microsecond apart', text: `${GOOD}appointments:\n  slots: { from: "08:00", to: "10:00", every: 0.000001, perSlot: 1 }\n  writeUp: { dist: exponential, mean: 15 }\n`, expected: [`scenario.yaml:18:47 appointments.slots.every: ${validation.ruleGot(limits.slotSpacingMin(1), 0.000001)}`] },
  { name: 'a million worker threads', args: ['--workers', '1000000'], expected: [cli.badFlag('--workers', 'a whole number from 1 to 256', '1000000')] },
  { name: 'a run of hours without --force', args: ['--reps', '10000', '--days', '10000'], expected: ['this run would simulate about', 'pass --force to run it anyway'] },
  { name: 'a trace larger than memory', args: ['--reps', '10000', '--days', '1000', '--trace', '--force'], expected: ['trace.csv would be about', 'use --trace with fewer replications or days'] },
  { name: 'callers redialling for ever at once', args: ['--set', 'calls.redial={p: 1, delay: {dist: deterministic, value: 0}, maxAttempts: null}', '--force'], expected: [runSize.endless()] },
  // Files that are not UTF-8 text: one short line, not the file echoed.
  { name: 'binary garbage', text: Uint8Array.from({ length: 16384 }, (_, i) => (i * 7919 + 13) % 256), expected: [reading.cannotRead('scenario.yaml', reading.looksBinary())] },
  { name: 'a UTF-16 scenario', text: Buffer.from(`\uFEFF${GOOD}`, 'utf16le'), expected: [reading.cannotRead('scenario.yaml', reading.utf16())] },
  { name: 'a Latin-1 scenario', text: Buffer.from(GOOD.replace('Bad input base', 'Taller Peñalver'), 'latin1'), expected: [reading.cannotRead('scenario.yaml', reading.notUtf8(1, 16, 0xf1))] },
  { name: 'a one-line text that is not a scenario', text: 'x'.repeat(16384), expected: ['expected an object, got "xxxxx', '(16384 characters)'] },
  { name: 'unknown command', argv: ['simulate'], expected: [cli.unknownCommand('simulate', undefined)] },
  { name: 'misspelt command', argv: ['compre'], expected: [cli.unknownCommand('compre', 'compare')] },
];

describe('bad input exits 2 with one clear message and writes nothing', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, badCase) => {
    const folder = scratchFolder();
    const file = badCase.file ?? 'scenario.yaml';
    writeFileSync(join(folder, file), badCase.text ?? GOOD);
    for (const [name, text] of Object.entries(badCase.siblings ?? {})) writeFileSync(join(folder, name), text);
    const before = entries(folder);
    const out = join(folder, 'out');
    const argv = badCase.argv ?? ['run', file, '--quiet', '--out', out, ...(badCase.args ?? [])];
    const result = recepsim(argv, folder);
    expect(result.code, result.stderr).toBe(2);
    for (const text of badCase.expected) expect(result.stderr).toContain(text.replace('{out}', out).replace('{folder}', realpathSync(folder)));
    // One short line per problem: nothing the user gave is echoed back whole.
    for (const line of result.stderr.split('\n')) expect(line.length).toBeLessThan(400);
    // Each problem once.
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines.filter((line, i) => lines.indexOf(line) !== i)).toEqual([]);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace for bad input
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(entries(folder)).toEqual(before);
  });

  it('a results folder that already exists is refused before any simulation', () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'scenario.yaml'), GOOD);
    mkdirSync(join(folder, 'out'));
    const result = recepsim(['run', 'scenario.yaml', '--quiet', '--out', 'out'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(resultsFolder.exists('out'));
    expect(entries(join(folder, 'out'))).toEqual([]);
  });

  it('reports every problem at once, in file order', () => {
    const folder = scratchFolder();
    const text = change('advisors: 2', 'advisors: two').replace('open: "08:00"', 'open: "8am"').replace('share: 0.6,', 'share: 1.4,');
    writeFileSync(join(folder, 'scenario.yaml'), text);
    const result = recepsim(['run', 'scenario.yaml', '--quiet'], folder);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['scenario.yaml:2:14', 'scenario.yaml:6:13', 'scenario.yaml:14:31']);
  });

  it('lists the first 50 problems of a wrong file in file order, and counts the rest', () => {
    const folder = scratchFolder();
    const unknown = Array.from({ length: 120 }, (_, i) => `field${i}: ${i}\n`).join('');
    writeFileSync(join(folder, 'scenario.yaml'), `${GOOD}${unknown}`);
    const result = recepsim(['run', 'scenario.yaml', '--quiet'], folder);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toMatch(/^scenario\.yaml:17:1 field0: /);
    expect(lines[49]).toMatch(/^scenario\.yaml:66:1 field49: /);
    expect(lines[50]).toBe(cli.moreProblems(70));
    expect(existsSync(join(folder, 'results'))).toBe(false);
  });
});
