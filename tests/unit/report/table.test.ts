import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../src/metrics/summary/index.js';
import { renderSummaryTable } from '../../../src/report/table.js';
import { targetStatus } from '../../../src/report/verdict.js';
import { reportLanguage } from '../../../src/text/report/index.js';
import { fixtureContext, fixtureSummary } from './fixture.js';

const { text, numbers } = reportLanguage('en');

/** The lines of one section: from its title to the next blank line. */
function sectionLines(table: string, title: string): string[] {
  const lines = table.split('\n');
  const start = lines.findIndex((line) => line === title || line.startsWith(`${title} `));
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start, end < 0 ? undefined : end);
}

const percent = (share: number) => `${numbers.decimal(share * 100, 1)}%`;

describe('renderSummaryTable', () => {
  const summary = fixtureSummary();
  const table = renderSummaryTable(summary, fixtureContext());

  it('starts with the scenario, replications × days, then the run facts', () => {
    const [title, facts] = table.split('\n');
    expect(title).toBe(text.title('Medium dealership, status quo', 5, 20));
    expect(facts).toBe(text.facts('answer-all', '3 advisors, 1 on the parts line', '42'));
  });

  it('says what was changed from the file under the title', () => {
    const changed = renderSummaryTable(summary, fixtureContext({ changes: ['staff.advisors=4'] }));
    expect(changed.split('\n')[1]).toBe(text.variant('staff.advisors=4'));
  });

  it('gives the verdict in words before any figure', () => {
    const verdict = sectionLines(table, text.sections.verdict);
    expect(verdict.length).toBeGreaterThan(2);
    expect(table.indexOf(text.sections.verdict)).toBeLessThan(table.indexOf(text.sections.calls));
    expect(verdict[1]).toMatch(/targets? missed|met/);
  });

  it('marks each target met, borderline or missed by where its interval lies', () => {
    const statuses = summary.targets.map(targetStatus);
    // The fixture is built to have every kind of status but "not applicable".
    expect(new Set(statuses)).toEqual(new Set(['met', 'borderline', 'missed']));
    const lines = sectionLines(table, text.sections.targets);
    expect(lines).toHaveLength(1 + summary.targets.length);
    summary.targets.forEach((target, i) => {
      expect(lines[1 + i]).toContain(text.statuses[statuses[i]]);
    });
    const serviceLevel = summary.targets.find((t) => t.name === 'callServiceLevel')!;
    expect(lines[1]).toContain(text.targetNames.callServiceLevel('20 s'));
    expect(lines[1]).toContain(text.atLeast('80.0%'));
    expect(lines[1]).toContain(percent(serviceLevel.value!));
  });

  it('writes shares as percentages and intervals as ± half-width', () => {
    const calls = sectionLines(table, text.sections.calls);
    const line = calls.find((l) => l.includes(text.answeredWithin('20 s')))!;
    const { value, ci95 } = summary.calls.sl_answered_within_t_over_offered;
    expect(line).toContain(percent(value!));
    expect(line).toContain(text.plusMinus(numbers.decimal((ci95![1] - value!) * 100, 1)));
    const redials = calls.find((l) => l.includes(text.redialsPerCaller))!;
    expect(redials).toContain(summary.callers.redialsPerCaller.value!.toFixed(2));
  });

  it('aligns the columns of a section', () => {
    for (const title of [text.sections.calls, text.sections.visitors, text.sections.money]) {
      const rows = sectionLines(table, title).slice(1);
      expect(rows.length).toBeGreaterThan(2);
      const plusMinusColumns = (line: string) => [...line.matchAll(/±/g)].map((m) => m.index);
      expect(new Set(rows.map((row) => JSON.stringify(plusMinusColumns(row)))).size, title).toBe(1);
    }
  });

  it('leaves out sections and rows without traffic', () => {
    // No messages, no callbacks in the fixture.
    expect(sectionLines(table, text.sections.messages)).toEqual([]);
    expect(sectionLines(table, text.sections.callbacks)).toEqual([]);
    expect(table).not.toContain(text.activities.message);
    expect(sectionLines(renderSummaryTable(fixtureSummary({ messages: true }), fixtureContext()), text.sections.messages)).not.toEqual([]);

    const noCalls = renderSummaryTable(fixtureSummary({ calls: false }), fixtureContext());
    expect(sectionLines(noCalls, text.sections.calls)).toEqual([]);
    expect(noCalls).not.toContain(text.activities.call);
    expect(noCalls).not.toContain(text.causes.callersLost);
    // A call target stays (the scenario sets it), with no value: not applicable, not missed.
    const target = sectionLines(noCalls, text.sections.targets).find((l) => l.includes(text.targetNames.callServiceLevel('20 s')))!;
    expect(target).toContain(text.noValue);
    expect(target).toContain(text.statuses.notApplicable);
  });

  it('shows the calls that rang while closed under those offered, only when there are some', () => {
    const withClosedCalls: Summary = {
      ...summary,
      calls: { ...summary.calls, afterHours: { ...summary.calls.afterHours, attemptsPerDay: { value: 4.06, ci95: [3.96, 4.16] } } },
    };
    const lines = sectionLines(renderSummaryTable(withClosedCalls, fixtureContext()), text.sections.calls);
    const offered = lines.findIndex((line) => line.includes(text.offeredPerDay));
    expect(lines[offered + 1]).toMatch(new RegExp(`^  ${text.whileClosedPerDay}\\s+4\\.06\\s+± 0\\.10$`));
    const without: Summary = { ...summary, calls: { ...summary.calls, afterHours: { ...summary.calls.afterHours, attemptsPerDay: { value: 0, ci95: [0, 0] } } } };
    expect(renderSummaryTable(without, fixtureContext())).not.toContain(text.whileClosedPerDay);
  });

  it('omits a row whose figure is undefined', () => {
    const withoutP90: Summary = {
      ...summary,
      calls: { ...summary.calls, waitMin: { ...summary.calls.waitMin, all: { ...summary.calls.waitMin.all, p90: { value: null, ci95: null } } } },
    };
    expect(renderSummaryTable(summary, fixtureContext())).toContain(text.p90Wait);
    expect(sectionLines(renderSummaryTable(withoutP90, fixtureContext()), text.sections.calls).join('\n')).not.toContain(text.p90Wait);
  });

  it('prints no interval when there is none (a single replication)', () => {
    // A scenario needs two replications; a summary of one (a library user's) still prints.
    const single = renderSummaryTable(fixtureSummary({ replications: 1 }), fixtureContext());
    expect(single).not.toContain('±');
    expect(sectionLines(single, text.sections.calls).length).toBeGreaterThan(5);
  });

  it('is plain, deterministic text, in either language', () => {
    expect(renderSummaryTable(fixtureSummary(), fixtureContext())).toBe(table);
    expect(table.endsWith('\n')).toBe(true);
    expect(table.split('\n').filter((line) => line !== line.trimEnd())).toEqual([]);
    expect(table).not.toMatch(/\u001b\[/); // no colours
    const spanish = renderSummaryTable(summary, fixtureContext({ language: 'es' }));
    expect(spanish).toContain(reportLanguage('es').text.sections.verdict);
    expect(spanish).not.toContain(text.sections.verdict);
    // The policy by its Spanish name; the code (answer-all) is the file's and the JSON's.
    expect(spanish.split('\n')[1]).toBe('política atender todas · 3 asesores, 1 en la línea de recambios · semilla 42');
    expect(spanish).not.toContain('answer-all');
  });
});
