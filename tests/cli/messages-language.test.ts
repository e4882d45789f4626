// Messages in Spanish, from the command line: bad input of every kind (a scenario field, a flag, a
// CSV row, an output path, a cross-check) told in Spanish under --lang es and under LANG=es_ES,
// with the place named, exit 2 and nothing written; warnings and notes in Spanish too; the
// scenario's `locale` once the file is read; English by default. Expected texts come from the
// Spanish catalogue itself.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesIn } from '../../src/text/messages.js';
import { recepsim, scratchFolder } from '../support/cli.js';

const es = messagesIn('es');
const en = messagesIn('en');

/** A small valid scenario; the cases below break it in known places (line numbers matter). */
const GOOD = `name: Mensajes
day: { open: "08:00", close: "18:00" }
days: 1
replications: 2
staff:
  advisors: 2
policy: { kind: answer-all }
walkIns:
  perHour: 2
  writeUp: { dist: lognormal, mean: 15, cv: 0.4 }
calls:
  perHour: { "07": 2, "08": 8, "12": 8 }
  reasons:
    - { name: booking, share: 1, handle: { dist: exponential, mean: 3 } }
  patience: { dist: exponential, mean: 1.2 }
`;

/** GOOD with a field misspelt (line 9) and a number out of range (line 15), in a fresh folder. */
function brokenScenario(): { folder: string; path: string } {
  const folder = scratchFolder();
  const path = join(folder, 'escenario.yaml');
  writeFileSync(path, GOOD.replace('perHour: 2', 'perHuor: 2').replace('mean: 1.2 }', 'mean: -1 }'));
  return { folder, path };
}

/** The two ways to ask for Spanish: the flag (in an English environment), or the environment alone. */
const SPANISH = [
  ['--lang es', ['--lang', 'es'], {}],
  ['LANG=es_ES.UTF-8', [], { LANG: 'es_ES.UTF-8' }],
] as const;

describe.each(SPANISH)('bad input in Spanish (%s)', (_name, flag, env) => {
  it('names the file, line, column and field of each scenario problem, with the --set flag and the output path', () => {
    const { folder, path } = brokenScenario();
    writeFileSync(join(folder, 'un-fichero'), '');
    const out = join(folder, 'un-fichero', 'resultados');
    const result = recepsim(['run', path, ...flag, '--set', 'staff.advisors=abc', '--out', out], folder, env);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(`${path}:9:3 walkIns.perHuor: ${es.validation.unknownField('perHuor', ['perHour', 'weekdayFactors', 'writeUp', 'patience', 'balkAt', 'forcedShare'], 'perHour')}`);
    expect(lines).toContain(`${path}:15:40 calls.patience.mean: ${es.validation.expected(es.validation.number({ min: 0, minExclusive: true }), -1)}`);
    expect(lines).toContain(`--set "staff.advisors=abc" staff.advisors: ${es.validation.expected(`${es.validation.number({ whole: true, min: 0, max: 1000 })} o ${es.validation.list()}`, 'abc')}`);
    expect(lines).toContain(es.resultsFolder.insideAFile(out, join(folder, 'un-fichero')));
    expect(result.stderr).not.toContain('expected');
    expect(existsSync(join(folder, 'results'))).toBe(false);
  });

  it('refuses bad flags and unknown options in Spanish, before reading anything', () => {
    const { folder, path } = brokenScenario();
    const flags = recepsim(['run', path, ...flag, '--reps', 'abc', '--workers', '0'], folder, env);
    expect(flags.code).toBe(2);
    expect(flags.stderr).toContain(es.cli.badFlag('--reps', `${es.cli.numberExpected(true, 2)} (${es.limits.replicationsNeeded(2)})`, 'abc'));
    expect(flags.stderr).toContain(es.cli.badFlag('--workers', es.cli.numberExpected(true, 1, 256), '0'));
    const unknown = recepsim(['run', path, ...flag, '--rep', '3'], folder, env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`${es.cli.usage(es.cli.unknownFlag('--rep', '--reps'))}\n`);
    // A missing argument, read from yargs' message in the catalogue's Spanish.
    const missing = recepsim(['run', ...flag], folder, env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`${es.cli.usage(es.cli.missingArguments('run', [es.cli.expectedScenarioFile()], 'run <scenario>'))}\n`);
    expect(existsSync(join(folder, 'results'))).toBe(false);
  });

  it('names the line and column of a bad CSV row, and writes no fragment', () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'llamadas.csv'), 'fecha;hora;origen;espera;duración;estado\n04/03/2024;09:00:00;612345678;00:12;03:10;contestada\n04/03/2024;9h;612345678;00:12;03:10;contestada\n');
    const result = recepsim(['import', 'calls', 'llamadas.csv', '--strict', ...flag, '--out', 'fragmento.yaml'], folder, env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`llamadas.csv:3: ${es.csvInput.inColumn('hora', es.csvInput.badCell(es.csvInput.clockTime(), '9h'))}`);
    expect(existsSync(join(folder, 'fragmento.yaml'))).toBe(false);
  });

  it('tells a cross-check of the scenario, and an existing results folder', () => {
    const folder = scratchFolder();
    const path = join(folder, 'escenario.yaml');
    writeFileSync(path, GOOD.replace('advisors: 2', 'advisors:\n    - { from: "08:00", to: "16:00" }'));
    mkdirSync(join(folder, 'ya-existe'));
    const result = recepsim(['run', path, ...flag, '--out', 'ya-existe'], folder, env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').sort()).toEqual(
      [es.resultsFolder.exists('ya-existe'), `${path}:7:5 staff.advisors: ${es.crossCheck.advisorsDoNotCover('16:00')}`].sort(),
    );
  });
});

describe('warnings, notes and the language of the scenario', () => {
  it("prints a run's warnings and notes in Spanish, and keeps them in the results in the run's language", () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'escenario.yaml'), GOOD);
    const result = recepsim(['run', 'escenario.yaml', '--lang', 'es', '--quiet', '--set', 'advisors=+1', '--out', 'r'], folder);
    expect(result.code, result.stderr).toBe(0);
    const warning = es.warning.callsOutsideOpening('07', false);
    expect(result.stderr).toContain(`${es.cli.notesHeader()}\n--set "advisors=+1": ${es.variantText.teamCounted('staff.advisors', 2, 3)}`);
    expect(result.stderr).toContain(`${es.cli.warningsHeader(1)}\nescenario.yaml:12:20 calls.perHour["07"]: ${warning}`);
    expect(result.stderr).toContain(es.cli.wrote('r'));
    expect(JSON.parse(readFileSync(join(folder, 'r', 'summary.json'), 'utf8')).warnings).toEqual([{ where: 'escenario.yaml:12:20', field: 'calls.perHour["07"]', message: warning }]);
  });

  it("follows the scenario's locale from its own problems on, unless --lang says otherwise", () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'escenario.yaml'), `${GOOD.replace('mean: 1.2 }', 'mean: -1 }')}locale: es\n`);
    const problem = (messages: typeof es) => `calls.patience.mean: ${messages.validation.expected(messages.validation.number({ min: 0, minExclusive: true }), -1)}`;
    const spanish = recepsim(['run', 'escenario.yaml'], folder);
    expect(spanish.code).toBe(2);
    expect(spanish.stderr).toContain(problem(es));
    const english = recepsim(['run', 'escenario.yaml', '--lang', 'en'], folder, { LANG: 'es_ES.UTF-8' });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(problem(en));
    // A locale set with --set is the scenario's locale, for messages as for the report.
    const set = recepsim(['run', 'escenario.yaml', '--set', 'locale=en'], folder, { LANG: 'es_ES.UTF-8' });
    expect(set.code).toBe(2);
    expect(set.stderr).toContain(problem(en));
  });

  it("words compare's notes and the reference variant's name in Spanish", () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'escenario.yaml'), GOOD);
    const result = recepsim(['compare', 'escenario.yaml', '--variant', 'desvío:policy=divert', '--lang', 'es', '--quiet', '--out', 'c'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`  desvío: ${es.variantText.policySwitched('answer-all', 'divert', [], [])}`);
    const compared = JSON.parse(readFileSync(join(folder, 'c', 'compare.json'), 'utf8'));
    expect(compared.variants.map((variant: { label: string }) => variant.label)).toEqual([es.variantText.asWritten(), 'desvío']);
    // Written again in English, the report and compare.csv name the reference in English (compare.json keeps the run's words).
    const english = recepsim(['report', 'c', '--lang', 'en', '--quiet'], folder);
    expect(english.code, english.stderr).toBe(0);
    for (const file of ['report.html', 'compare.csv']) {
      const text = readFileSync(join(folder, 'c', file), 'utf8');
      expect(text, file).toContain(en.variantText.asWritten());
      expect(text, file).not.toContain(es.variantText.asWritten());
    }
    expect(readFileSync(join(folder, 'c', 'compare.json'), 'utf8')).toContain(es.variantText.asWritten());
  });
});
