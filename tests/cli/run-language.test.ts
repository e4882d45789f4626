// `recepsim run` in Spanish or English, with CSV for Spanish Excel or for scripts: the flags, the
// scenario's `locale`, the environment, and bad values refused before anything runs.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/text/messages.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const SMALL = join(ROOT, 'scenarios/small-dealership.yaml');
const QUICK = ['--reps', '2', '--days', '1', '--quiet'];
const es = reportLanguage('es').text;
const en = reportLanguage('en').text;

/** Runs with LANG set as given (LC_ALL and LC_MESSAGES cleared). */
function run(args: string[], lang: string) {
  return recepsim(args, ROOT, { LANG: lang, LC_ALL: '', LC_MESSAGES: '' });
}

describe('the language of a run', () => {
  it('follows --lang, and writes Spanish CSV for Excel with a Spanish report', () => {
    const out = join(scratchFolder(), 'run');
    const result = run(['run', SMALL, ...QUICK, '--out', out, '--lang', 'es'], 'en_GB.UTF-8');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(es.sections.verdict);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<html lang="es">');
    expect(readFileSync(join(out, 'summary.csv'), 'utf8').startsWith('\ufeffsección;métrica;unidad;valor;')).toBe(true);
    expect(readFileSync(join(out, 'hourly.csv'), 'utf8').startsWith('\ufeffhora;')).toBe(true);
  });

  it('follows LANG without a flag, and --csv-locale apart from the language', () => {
    const out = join(scratchFolder(), 'run');
    const result = run(['run', SMALL, ...QUICK, '--out', out, '--csv-locale', 'en'], 'es_ES.UTF-8');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(es.sections.verdict);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8').startsWith('sección,métrica,unidad,valor,')).toBe(true);
  });

  it("follows the scenario's locale over LANG, and --lang over both", () => {
    const folder = scratchFolder();
    const scenario = join(folder, 'spanish.yaml');
    writeFileSync(scenario, `${readFileSync(SMALL, 'utf8')}\nlocale: es\n`);
    const spanish = run(['run', scenario, ...QUICK, '--out', join(folder, 'a')], 'en_GB.UTF-8');
    expect(spanish.code, spanish.stderr).toBe(0);
    expect(spanish.stdout).toContain(es.sections.verdict);
    const english = run(['run', scenario, ...QUICK, '--out', join(folder, 'b'), '--lang', 'en'], 'es_ES.UTF-8');
    expect(english.stdout).toContain(en.sections.verdict);
    expect(readFileSync(join(folder, 'b', 'summary.csv'), 'utf8').startsWith('section,metric,unit,value,')).toBe(true);
  });

  it('refuses a bad --lang or --csv-locale before simulating, and writes nothing', () => {
    const out = join(scratchFolder(), 'run');
    const result = run(['run', SMALL, ...QUICK, '--out', out, '--lang', 'fr', '--csv-locale', 'de'], 'C');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(cli.badFlag('--lang', 'one of es, en', 'fr'));
    expect(result.stderr).toContain(cli.badFlag('--csv-locale', 'one of en, es', 'de'));
    expect(existsSync(out)).toBe(false);
  });

  it('writes English with no language in the environment, and names the changes made with --set', () => {
    const out = join(scratchFolder(), 'run');
    const result = run(['run', SMALL, ...QUICK, '--out', out, '--set', 'staff.advisors=3'], 'C.UTF-8');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(en.sections.verdict);
    expect(result.stdout.split('\n')[1]).toBe(en.variant('staff.advisors=3'));
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).changes).toEqual(['staff.advisors=3']);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<p class="variant">changed: staff.advisors=3</p>');
  });
});
