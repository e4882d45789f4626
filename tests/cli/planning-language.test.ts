// The printed tables of `size`, `sweep`, `compare` and `erlang` speak the report's language:
// --lang, else the scenario's `locale`, else LANG; numbers as the locale writes them.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/text/messages.js';
import { planningTables } from '../../src/text/planning.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const SMALL = join(ROOT, 'scenarios/small-dealership.yaml');
const QUICK = ['--days', '1', '--quiet'];
const es = planningTables.es;
const en = planningTables.en;

/** A share as Spain writes it, one decimal: 0.8831 → "88,3 %" (no-break space, as Intl writes it). */
const spanishPercent = (share: number) => `${(share * 100).toFixed(1).replace('.', ',')}\u00a0%`;
/** Euros without cents as Spain writes them: 1958.3 → "1.958 €". */
const spanishEuros = (amount: number) => `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}\u00a0€`;

/** The small example with `locale: es`. */
function spanishScenario(): string {
  const path = join(scratchFolder(), 'spanish.yaml');
  writeFileSync(path, `${readFileSync(SMALL, 'utf8')}\nlocale: es\n`);
  return path;
}

describe('the language of the planning tables', () => {
  it('size --lang es: Spanish headings, verdicts and numbers', () => {
    const out = join(scratchFolder(), 'size');
    const result = recepsim(['size', SMALL, '--policy', 'answer-all', '--max-advisors', '3', '--first-reps', '2', '--reps', '4', ...QUICK, '--out', out, '--lang', 'es']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(es.size.columns()[1]);
    expect(result.stdout).toContain(es.size.evaluated());
    expect(result.stdout).toContain(es.figures.label('calls.p_abandon', '', ''));
    expect(result.stdout).not.toContain(en.size.evaluated());
    expect(result.stdout).not.toContain(' advisors');
    // Policies by their Spanish names in the table and the report; by their codes in JSON and CSV.
    const spanishName = reportLanguage('es').text.policyName('answer-all');
    expect(result.stdout).toContain(`${spanishName}, 1 asesor `);
    expect(result.stdout).not.toContain('answer-all');
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    expect(report).toContain(`políticas ${spanishName}`);
    expect(report).toContain(`<td class="label">${spanishName}</td>`);
    expect(report).not.toMatch(/<td class="label">answer-all/);
    expect(readFileSync(join(out, 'size.csv'), 'utf8').split('\n')[1]).toMatch(/^answer-all, 1 advisor;answer-all;1;/);
    const sized = JSON.parse(readFileSync(join(out, 'size.json'), 'utf8'));
    expect(sized.searches[0].policy).toBe('answer-all');
    const lone = sized.searches[0].points.find((point: { advisors: number }) => point.advisors === 1);
    // One advisor costs well over 1,000 EUR a day in lost margin: the thousands are grouped.
    const cost = lone.figures['money.netCostPerDay'].value;
    expect(cost).toBeGreaterThan(1000);
    expect(result.stdout).toContain(spanishEuros(cost));
    expect(result.stdout).toContain(spanishPercent(lone.figures['calls.sl_answered_within_t_over_offered'].value));
  });

  it("compare follows the scenario's locale with no flag", () => {
    const out = join(scratchFolder(), 'compare');
    const result = recepsim(['compare', spanishScenario(), '--variant', 'uno más:advisors=+1', '--reps', '3', ...QUICK, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(es.figures.differenceRow());
    expect(result.stdout).toContain(es.figures.targetsRow());
    expect(result.stdout).toContain(es.compare.formulaFootnote());
    // Folders are paths scripts rely on: the same in every language.
    expect(readdirSync(join(out, 'variants')).sort()).toEqual(['as-written', 'uno-mas']);
    const compared = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    const answered = compared.figures.find((figure: { path: string }) => figure.path === 'calls.sl_answered_within_t_over_offered');
    expect(result.stdout).toContain(spanishPercent(answered.values[1].value));
  });

  it('--lang en keeps English over the locale and LANG', () => {
    const out = join(scratchFolder(), 'sweep');
    const result = recepsim(['sweep', spanishScenario(), '--advisors', '1..2', '--policy', 'answer-all', '--reps', '3', ...QUICK, '--out', out, '--lang', 'en'], ROOT, { LANG: 'es_ES.UTF-8' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('answer-all, 1 advisor ');
    expect(result.stdout).toContain(en.sweep.heading('Small dealership, status quo', 3, 1, '7', null));
    const swept = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'));
    const share = swept.points[0].figures['calls.sl_answered_within_t_over_offered'].value;
    expect(result.stdout).toContain(`${(share * 100).toFixed(1)}%`);
    expect(result.stdout).not.toContain(es.sweep.columns()[0]);
  });

  it('erlang takes --lang, else LANG, and refuses a language it does not speak', () => {
    const args = ['erlang', 'c', '--calls-per-hour', '110', '--aht-min', '4'];
    const spanish = recepsim([...args, '--lang', 'es']);
    expect(spanish.code, spanish.stderr).toBe(0);
    expect(spanish.stdout).toContain('carga ofrecida 7,33 Erlangs');
    expect(spanish.stdout).toContain(es.erlang.required('80,0\u00a0%', '20 s', 11, 10_000));
    expect(recepsim(args, ROOT, { LANG: 'es_ES.UTF-8' }).stdout).toBe(spanish.stdout);
    expect(recepsim(args).stdout).toContain(en.erlang.required('80.0%', '20 s', 11, 10_000));
    const refused = recepsim([...args, '--lang', 'fr']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(cli.badFlag('--lang', 'one of es, en', 'fr'));
  });
});
