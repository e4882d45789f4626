// `recepsim report <folder>`: a run's report written again from its results folder, in another
// language, without simulating; a folder that is not a run's gets one message, exit 2, and is left
// as it was.

import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesIn, resultsInput } from '../../src/text/messages.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { entries, recepsim, ROOT, scratchFolder } from '../support/cli.js';

const SMALL = join(ROOT, 'scenarios/small-dealership.yaml');
const ENGLISH = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
/** Messages under --lang es. */
const spanishInput = messagesIn('es').resultsInput;

/** Every file of a folder, by relative path, with its bytes. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files[`${prefix}${entry.name}`] = readFileSync(join(dir, entry.name), 'latin1');
    }
  };
  visit(folder, '');
  return files;
}

describe('recepsim report', () => {
  let original = '';
  let ran: Record<string, string> = {};

  beforeAll(() => {
    original = join(scratchFolder(), 'run');
    const result = recepsim(['run', SMALL, '--reps', '3', '--days', '2', '--quiet', '--out', original, '--set', 'staff.advisors=3'], ROOT, ENGLISH);
    expect(result.code, result.stderr).toBe(0);
    ran = snapshot(original);
  });

  it('writes the report again in Spanish, from the folder alone, and back in English byte for byte', () => {
    const folder = join(scratchFolder(), 'copy');
    cpSync(original, folder, { recursive: true });
    const spanish = recepsim(['report', folder, '--lang', 'es'], ROOT, ENGLISH);
    expect(spanish.code, spanish.stderr).toBe(0);
    expect(spanish.stderr).toContain(spanishInput.rewrote(folder));
    expect(spanish.stdout).toContain(reportLanguage('es').text.sections.verdict);
    const inSpanish = snapshot(folder);
    expect(inSpanish['report.html']).toContain('<html lang="es">');
    expect(inSpanish['report.html']).toContain(reportLanguage('es').text.variant('staff.advisors=3'));
    expect(inSpanish['summary.csv'].startsWith('\xef\xbb\xbfsecci')).toBe(true); // BOM, "sección"
    // The run itself is untouched; nothing is left beside the folder.
    for (const name of ['summary.json', 'scenario.json', 'run.json']) expect(inSpanish[name], name).toBe(ran[name]);
    expect(Object.keys(inSpanish).sort()).toEqual(Object.keys(ran).sort());
    expect(entries(dirname(folder))).toEqual(['copy']);

    const english = recepsim(['report', folder, '--lang', 'en', '--quiet'], ROOT, ENGLISH);
    expect(english.code, english.stderr).toBe(0);
    expect(english.stdout).toBe('');
    expect(snapshot(folder)).toEqual(ran);
  });

  it("takes the language from the scenario's locale, else from LANG", () => {
    const folder = join(scratchFolder(), 'copy');
    cpSync(original, folder, { recursive: true });
    const result = recepsim(['report', folder, '--quiet'], ROOT, { ...ENGLISH, LANG: 'es_ES.UTF-8' });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('<html lang="es">');
    const scenario = JSON.parse(readFileSync(join(folder, 'scenario.json'), 'utf8'));
    writeFileSync(join(folder, 'scenario.json'), JSON.stringify({ ...scenario, locale: 'en' }, null, 2));
    recepsim(['report', folder, '--quiet'], ROOT, { ...ENGLISH, LANG: 'es_ES.UTF-8' });
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('<html lang="en">');
  });

  describe('refuses what is not a results folder, with exit 2, writing nothing', () => {
    const broken = (name: string, change: (folder: string) => void) => {
      const folder = join(scratchFolder(), name);
      cpSync(original, folder, { recursive: true });
      change(folder);
      return folder;
    };
    const cases: [string, (folder: string) => void, (folder: string) => string][] = [
      ['a broken summary', (f) => writeFileSync(join(f, 'summary.json'), '{"scenario":'), (f) => `${join(f, 'summary.json')}: ${spanishInput.notJson('')}`],
      // The parser quotes the text around a NaN, line break included: still one line.
      ['a summary with a NaN', (f) => writeFileSync(join(f, 'summary.json'), '{\n  "replications": NaN,\n  "days": 1\n}'), (f) => `${join(f, 'summary.json')}: ${spanishInput.notJson('')}`],
      [
        'an older summary',
        (f) => {
          const summary = JSON.parse(readFileSync(join(f, 'summary.json'), 'utf8'));
          delete summary.money.customersLostByCausePerDay;
          writeFileSync(join(f, 'summary.json'), JSON.stringify(summary));
        },
        (f) => `${join(f, 'summary.json')}: ${spanishInput.summaryMissing('money.customersLostByCausePerDay')}`,
      ],
      [
        'two runs mixed',
        (f) => writeFileSync(join(f, 'scenario.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(f, 'scenario.json'), 'utf8')), name: 'Other' })),
        (f) => spanishInput.differentRuns(JSON.parse(readFileSync(join(f, 'summary.json'), 'utf8')).scenario, 'Other'),
      ],
    ];
    it.each(cases)('%s', (name, change, message) => {
      const folder = broken(name.replace(/\s/g, '-'), change);
      const before = snapshot(folder);
      const result = recepsim(['report', folder, '--lang', 'es'], ROOT, ENGLISH);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(message(folder));
      expect(snapshot(folder)).toEqual(before);
      expect(entries(dirname(folder))).toEqual([name.replace(/\s/g, '-')]);
    });

    it('a missing folder, a file, an empty folder, a bad flag', () => {
      const empty = join(scratchFolder(), 'empty');
      mkdirSync(empty);
      const missing = join(scratchFolder(), 'missing');
      const file = join(original, 'summary.json');
      expect(recepsim(['report', missing], ROOT, ENGLISH)).toMatchObject({ code: 2, stderr: `${resultsInput.noSuchFolder(missing)}\n` });
      expect(recepsim(['report', file], ROOT, ENGLISH)).toMatchObject({ code: 2, stderr: `${resultsInput.notAFolder(file)}\n` });
      expect(recepsim(['report', empty], ROOT, ENGLISH)).toMatchObject({ code: 2, stderr: `${empty}: ${resultsInput.missingFile('summary.json')}\n` });
      expect(readdirSync(empty)).toEqual([]);
      expect(existsSync(missing)).toBe(false);
      expect(recepsim(['report', original, '--lang', 'fr'], ROOT, ENGLISH).code).toBe(2);
      expect(snapshot(original)).toEqual(ran);
    });
  });
});
