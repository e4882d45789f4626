// What the planning reports (compare, sweep, size, merge) say about the scenario: the warnings the
// command printed, each once, with its place, and what each compared variant's changes did — in
// the report's language, also when written again in the other.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html.js';
import { messagesIn } from '../../src/text/messages.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const QUICK = ['--reps', '2', '--days', '1', '--quiet'];

/** The small example with a third advisor on shift only after closing (18:30). */
function lateShiftScenario(): string {
  const text = readFileSync(join(ROOT, 'scenarios/small-dealership.yaml'), 'utf8');
  const lastAdvisor = '    - { from: "08:30", to: "18:30", breaks: ["14:30-15:30"] }\n';
  expect(text).toContain(lastAdvisor);
  const path = join(scratchFolder(), 'late.yaml');
  writeFileSync(path, text.replace(lastAdvisor, `${lastAdvisor}    - { from: "19:00", to: "21:00" }\n`));
  return path;
}

const lateShift = (code: 'en' | 'es') => escapeHtml(messagesIn(code).warning.shiftOutsideOpening('advisors', '19:00–21:00', '08:30', '18:30'));
const deskUnused = (code: 'en' | 'es') => escapeHtml(messagesIn(code).warning.deskWithoutPolicy('answer-all'));
const count = (text: string, part: string) => text.split(part).length - 1;

describe('warnings in the planning reports', () => {
  it("compare: the file's warning once, a variant's own with the variant as its place; Spanish when written again in Spanish", () => {
    const out = join(scratchFolder(), 'compare');
    const variants = ['--variant', 'more:advisors=+1', '--variant', 'desk:staff.phoneDesk=1'];
    const result = recepsim(['compare', lateShiftScenario(), ...variants, ...QUICK, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    // Printed once, though every variant carries the late shift.
    expect(count(result.stderr, messagesIn('en').warning.shiftOutsideOpening('advisors', '19:00–21:00', '08:30', '18:30'))).toBe(1);
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    expect(report).toContain('id="warnings"');
    expect(count(report, lateShift('en'))).toBe(1);
    const lateLine = readFileSync(join(ROOT, 'scenarios/small-dealership.yaml'), 'utf8').split('\n').findIndex((line) => line.includes('14:30-15:30')) + 2;
    expect(report).toContain(`<code>late.yaml:${lateLine}:7</code> <code>staff.advisors[2]</code> ${lateShift('en')}`);
    expect(report).toContain(`<code>--variant &#34;desk:staff.phoneDesk=1&#34;</code> <code>staff.phoneDesk</code> ${deskUnused('en')}`);

    const spanish = join(scratchFolder(), 'compare-es');
    cpSync(out, spanish, { recursive: true });
    expect(recepsim(['report', spanish, '--lang', 'es']).code).toBe(0);
    const rewritten = readFileSync(join(spanish, 'report.html'), 'utf8');
    expect(rewritten).toContain(lateShift('es'));
    expect(rewritten).toContain(deskUnused('es'));
    expect(rewritten).not.toContain(lateShift('en'));
  });

  it('sweep, and its shards merged: the scenario\'s warnings; none when the scenario has none', () => {
    const scenario = lateShiftScenario();
    const whole = join(scratchFolder(), 'sweep');
    expect(recepsim(['sweep', scenario, '--advisors', '3..4', ...QUICK, '--out', whole]).code).toBe(0);
    expect(count(readFileSync(join(whole, 'report.html'), 'utf8'), lateShift('en'))).toBe(1);

    const shards = [1, 2].map((index) => join(scratchFolder(), `shard-${index}`));
    shards.forEach((folder, index) => expect(recepsim(['sweep', scenario, '--advisors', '3..4', ...QUICK, '--shard', `${index + 1}/2`, '--out', folder]).code).toBe(0));
    const merged = join(scratchFolder(), 'merged');
    expect(recepsim(['merge', ...shards, '--out', merged]).code).toBe(0);
    expect(count(readFileSync(join(merged, 'report.html'), 'utf8'), lateShift('en'))).toBe(1);

    const clean = join(scratchFolder(), 'clean');
    expect(recepsim(['sweep', join(ROOT, 'scenarios/small-dealership.yaml'), '--advisors', '2', ...QUICK, '--out', clean]).code).toBe(0);
    expect(readFileSync(join(clean, 'report.html'), 'utf8')).not.toContain('id="warnings"');
    // The point that is the file as written names its whole configuration: no "changes nothing".
    expect(JSON.parse(readFileSync(join(clean, 'points', 'answer-all-2-advisors', 'summary.json'), 'utf8')).warnings).toEqual([]);
  });

  it("compare: each variant's changes and what they did, beside its label", () => {
    const out = join(scratchFolder(), 'notes');
    const result = recepsim(['compare', join(ROOT, 'scenarios/small-dealership.yaml'), '--variant', 'desk:policy=phone-desk:1', ...QUICK, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const notes = (code: 'en' | 'es') => {
      const { variantText } = messagesIn(code);
      return [variantText.policySwitched('answer-all', 'phone-desk', [], []), variantText.deskSet(1)].map((note) => `<p class="note">${escapeHtml(note)}</p>`);
    };
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    for (const note of notes('en')) expect(report).toContain(note);
    const spanish = join(scratchFolder(), 'notes-es');
    cpSync(out, spanish, { recursive: true });
    expect(recepsim(['report', spanish, '--lang', 'es']).code).toBe(0);
    const rewritten = readFileSync(join(spanish, 'report.html'), 'utf8');
    for (const note of notes('es')) expect(rewritten).toContain(note);
    expect(rewritten).not.toContain(notes('en')[1]);
    expect(rewritten).toContain(reportLanguage('es').text.planning.sections.variants);
  });
});
