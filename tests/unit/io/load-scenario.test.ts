import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/io/format-issues.js';
import { loadScenario, loadScenarioFromText } from '../../../src/io/load-scenario.js';
import { WarningList } from '../../../src/model/issues.js';
import { issuesThrownBy } from '../../support/input-errors.js';
import { clockTime, MAX_TEAM_SIZE } from '../../../src/model/schema/common.js';
import { crossCheck, csvInput, override, reading, slotsCsv, validation } from '../../../src/text/messages.js';
import { POLICY_KINDS } from '../../../src/model/schema/policy.js';

const VALID = `name: Test dealership
day: { open: "08:00", close: "19:00" }
staff:
  advisors: 2
policy: { kind: answer-all }
calls:
  perHour: { "08": 10, "09": 10, "10": 10, "11": 10, "12": 10, "13": 10, "14": 10, "15": 10, "16": 10, "17": 10, "18": 10 }
  reasons:
    - { name: booking, share: 0.6, handle: { dist: exponential, mean: 4 } }
    - { name: status, share: 0.4, handle: { dist: exponential, mean: 3 } }
`;

const CLOCK_RULE = clockTime.safeParse('x').error!.issues[0].message;

const issuesOf = issuesThrownBy;

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'recepsim-load-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const path = join(folder, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe('loadScenarioFromText', () => {
  it('loads a valid scenario into a normalised config', () => {
    const warnings = new WarningList();
    const loaded = loadScenarioFromText(VALID, 's.yaml', { warnings });
    expect(loaded.sourcePath).toBe('s.yaml');
    expect(loaded.scenario.replications).toBe(50);
    expect(loaded.config.name).toBe('Test dealership');
    expect(loaded.config.calls?.reasons.map((reason) => reason.name)).toEqual(['booking', 'status']);
    expect(warnings.issues).toEqual([]);
  });

  it('gives every schema problem its line and column, all at once', () => {
    const text = VALID.replace('share: 0.6', 'share: 1.4').replace('advisors: 2', 'advisors: 2\n  desk: 1').replace(
      'open: "08:00"',
      'open: 8am',
    );
    const issues = issuesOf(() => loadScenarioFromText(text, 's.yaml', { warnings: new WarningList() }));
    expect(formatIssues(issues).split('\n')).toEqual([
      `s.yaml:2:14 day.open: ${validation.ruleGot(CLOCK_RULE, '8am')}`,
      `s.yaml:5:3 staff.desk: ${validation.unknownField('desk', ['advisors', 'phoneDesk', 'parts', 'overflow'])}`,
      `s.yaml:10:31 calls.reasons[0].share: ${validation.expected(validation.number({ min: 0, max: 1 }), 1.4)}`,
    ]);
  });

  it('reads merge keys (a shift repeated with a field changed), and places a problem at the field written', () => {
    const roster = VALID.replace(
      '  advisors: 2',
      '  advisors:\n    - &day { from: "08:00", to: "19:00", breaks: ["13:00-14:00"] }\n    - { <<: *day, breaks: ["14:00-15:00"] }\n    - { <<: *day, to: "7pm" }',
    );
    const loaded = loadScenarioFromText(roster.replace('"7pm"', '"17:00"'), 's.yaml', { warnings: new WarningList() });
    expect(loaded.scenario.staff.advisors).toEqual([
      { from: '08:00', to: '19:00', breaks: ['13:00-14:00'] },
      { from: '08:00', to: '19:00', breaks: ['14:00-15:00'] },
      { from: '08:00', to: '17:00', breaks: ['13:00-14:00'] },
    ]);
    const issues = issuesOf(() => loadScenarioFromText(roster, 's.yaml', { warnings: new WarningList() }));
    expect(formatIssues(issues)).toBe(`s.yaml:7:23 staff.advisors[2].to: ${validation.ruleGot(CLOCK_RULE, '7pm')}`);
    // A merge source that is not a mapping, or an alias without its anchor: at its place, in the parser's words.
    const badSources = roster.replace('"7pm"', '"17:00"').replace('{ <<: *day, breaks', '{ <<: 5, breaks').replace('{ <<: *day, to', '{ <<: [*day, *night], to');
    expect(formatIssues(issuesOf(() => loadScenarioFromText(badSources, 's.yaml', { warnings: new WarningList() })))).toBe(
      [
        `s.yaml:6:13: ${reading.invalidYaml('Merge sources must be maps or map aliases')}`,
        `s.yaml:7:20: ${reading.invalidYaml('Unresolved alias (the anchor must be set before the alias): night')}`,
      ].join('\n'),
    );
  });

  it('points a missing field at its parent mapping', () => {
    const text = VALID.replace('{ dist: exponential, mean: 3 }', '{ dist: lognormal, mean: 3 }');
    const issues = issuesOf(() => loadScenarioFromText(text, 's.yaml', { warnings: new WarningList() }));
    expect(formatIssues(issues)).toBe(`s.yaml:10:43 calls.reasons[1].handle.cv: ${validation.missing()}`);
  });

  it('positions problems in JSON files too', () => {
    const json = JSON.stringify(
      {
        name: 'Test',
        day: { open: '08:00', close: '19:00' },
        staff: { advisors: 2 },
        policy: { kind: 'blend' },
        calls: { perHour: 10, reasons: [{ name: 'a', share: 1, handle: { dist: 'exponential', mean: 4 } }] },
      },
      null,
      2,
    );
    const issues = issuesOf(() => loadScenarioFromText(json, 's.json', { warnings: new WarningList() }));
    expect(formatIssues(issues)).toBe(
      `s.json:11:13 policy.kind: ${validation.oneOf(POLICY_KINDS, 'blend')}`,
    );
  });

  it('positions cross-check problems and warnings', () => {
    const text = VALID.replace('share: 0.4', 'share: 0.5');
    const issues = issuesOf(() => loadScenarioFromText(text, 's.yaml', { warnings: new WarningList() }));
    expect(formatIssues(issues)).toBe(`s.yaml:9:5 calls.reasons: ${crossCheck.sharesDoNotSumToOne(1.1)}`);

    const warnings = new WarningList();
    const walkIns = 'walkIns:\n  perHour: { "07": 3, "09": 1 }\n  writeUp: { dist: exponential, mean: 20 }\n';
    loadScenarioFromText(VALID + walkIns, 's.yaml', { warnings });
    expect(warnings.issues.map((issue) => [issue.file, issue.line, issue.column])).toEqual([['s.yaml', 12, 20]]);
  });

  it('applies overrides, and names the flag as the source of what it wrote', () => {
    const warnings = new WarningList();
    const loaded = loadScenarioFromText(VALID, 's.yaml', { warnings, overrides: ['staff.advisors=4', 'days=3'] });
    expect(loaded.config.advisors).toHaveLength(4);
    expect(loaded.config.days).toBe(3);

    const flags = ['calls.reasons[1].share=1.4', 'calls..share=1', 'appointments.noShow=0.1'];
    const issues = issuesOf(() => loadScenarioFromText(VALID, 's.yaml', { warnings, overrides: flags }));
    expect(formatIssues(issues).split('\n')).toEqual([
      `${override.source('appointments.noShow=0.1')} appointments.slots: ${validation.missing()}`,
      `${override.source('appointments.noShow=0.1')} appointments.writeUp: ${validation.missing()}`,
      `${override.source('calls..share=1')}: ${override.malformed()}`,
      `${override.source('calls.reasons[1].share=1.4')} calls.reasons[1].share: ${validation.expected(validation.number({ min: 0, max: 1 }), 1.4)}`,
    ]);
  });

  it('reports invalid YAML with its position', () => {
    const issues = issuesOf(() => loadScenarioFromText(`${VALID}name: again\n`, 's.yaml', { warnings: new WarningList() }));
    expect(issues).toEqual([{ path: [], message: reading.invalidYaml('Map keys must be unique'), file: 's.yaml', line: 11, column: 1 }]);
  });

  it('cannot read slot files without a reader', () => {
    const text = `${VALID}appointments:\n  slots: { file: book.csv }\n  writeUp: { dist: exponential, mean: 10 }\n`;
    const issues = issuesOf(() => loadScenarioFromText(text, 's.yaml', { warnings: new WarningList() }));
    expect(formatIssues(issues)).toBe(
      `s.yaml:12:18 appointments.slots.file: ${reading.cannotRead('book.csv', reading.noFileAccess())}`,
    );
  });
});

describe('loadScenario', () => {
  const withBook = `${VALID}appointments:\n  slots: { file: book.csv }\n  writeUp: { dist: exponential, mean: 10 }\n`;

  it('reads a slots CSV next to the scenario', () => {
    const path = write('ok/scenario.yaml', withBook);
    write('ok/book.csv', 'time;count\n08:00;2\n09:30;1\n');
    const loaded = loadScenario(path, { warnings: new WarningList() });
    expect(loaded.scenario.appointments?.slots).toEqual(['08:00', '08:00', '09:30']);
    expect(loaded.config.appointments?.bookingsMin).toEqual([480, 480, 570]);
    expect(loaded.sourcePath).toBe(path);
  });

  it('reports bad CSV rows by file and line, with the scenario problems', () => {
    const path = write('bad/scenario.yaml', withBook.replace('advisors: 2', 'advisors: -1'));
    write('bad/book.csv', 'time,count\n08:00,1\n09:00,x\n');
    const issues = issuesOf(() => loadScenario(path, { warnings: new WarningList() }));
    const csv = join(folder, 'bad', 'book.csv');
    expect(formatIssues(issues).split('\n')).toEqual([
      `${csv}:3: ${csvInput.inColumn('count', slotsCsv.badCount('x'))}`,
      `${path}:4:13 staff.advisors: ${validation.expected(validation.number({ whole: true, min: 0, max: MAX_TEAM_SIZE }), -1)}`,
    ]);
  });

  it('names the CSV line of a booking the scenario cannot take, and a field beside file by its own name', () => {
    const path = write('late/scenario.yaml', withBook);
    write('late/book.csv', 'Hora;Citas\n08:00;1\n\n19:30;2\n');
    const csv = join(folder, 'late', 'book.csv');
    expect(formatIssues(issuesOf(() => loadScenario(path, { warnings: new WarningList() }))).split('\n')).toEqual([
      `${csv}:4: ${crossCheck.bookingOutsideOpening('19:30')}`,
    ]);
    const beside = write('beside/scenario.yaml', withBook.replace('slots: { file: book.csv }', 'slots: { file: book.csv, perSlot: 2 }'));
    write('beside/book.csv', 'time\n08:00\n');
    expect(formatIssues(issuesOf(() => loadScenario(beside, { warnings: new WarningList() })))).toBe(
      `${beside}:12:28 appointments.slots.perSlot: ${slotsCsv.besideFile('perSlot')}`,
    );
  });

  it('reports a missing slots CSV at the file field', () => {
    const path = write('nocsv/scenario.yaml', withBook);
    const issues = issuesOf(() => loadScenario(path, { warnings: new WarningList() }));
    expect(formatIssues(issues)).toBe(
      `${path}:12:18 appointments.slots.file: ${reading.cannotRead('book.csv', reading.noSuchFile())}`,
    );
  });

  it('reports a scenario file that cannot be read, or is not YAML or JSON', () => {
    const missing = join(folder, 'nope.yaml');
    expect(issuesOf(() => loadScenario(missing, { warnings: new WarningList() }))).toEqual([
      { path: [], message: reading.cannotRead(missing, reading.noSuchFile()) },
    ]);
    expect(issuesOf(() => loadScenario(folder + '/ok', { warnings: new WarningList() }))[0].message).toBe(
      reading.cannotRead(folder + '/ok', reading.isAFolder()),
    );
    const text = write('scenario.txt', VALID);
    expect(issuesOf(() => loadScenario(text, { warnings: new WarningList() }))).toEqual([
      { path: [], message: reading.unsupportedExtension(text) },
    ]);
    expect(readFileSync(text, 'utf8')).toBe(VALID);
  });
});
