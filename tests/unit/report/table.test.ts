import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../src/metrics/summary/index.js';
import { renderSummaryTable } from '../../../src/report/table.js';
import { report } from '../../../src/text/messages.js';
import { fixtureContext, fixtureSummary } from './fixture.js';

/** The lines of one section: from its title to the next blank line. */
function sectionLines(table: string, title: string): string[] {
  const lines = table.split('\n');
  const start = lines.findIndex((line) => line === title || line.startsWith(`${title} `));
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start, end < 0 ? undefined : end);
}

const percent = (share: number) => report.quantity((share * 100).toFixed(1), report.unitPercent());

describe('renderSummaryTable', () => {
  const summary = fixtureSummary();
  const table = renderSummaryTable(summary, fixtureContext());

  it('starts with the scenario, replications × days, then the run facts', () => {
    const [title, facts] = table.split('\n');
    expect(title).toBe(report.title('Medium dealership, status quo', 5, 20));
    expect(facts).toBe(report.facts('answer-all', '3 advisors, 1 on the parts line', '42'));
  });

  it('marks each target met or missed as the summary says', () => {
    const verdicts = summary.targets.map((t) => (t.met ? (t.metWithConfidence ? 'met' : 'unsure') : 'missed'));
    // The fixture is built to have every kind of verdict.
    expect(new Set(verdicts)).toEqual(new Set(['met', 'unsure', 'missed']));
    const lines = sectionLines(table, report.section('targets'));
    expect(lines).toHaveLength(1 + summary.targets.length);
    summary.targets.forEach((target, i) => {
      const line = lines[1 + i];
      if (!target.met) {
        expect(line).toContain(report.missed());
        expect(line).not.toContain(report.met());
      } else {
        expect(line).toContain(report.met());
        expect(line.includes(report.notConfident())).toBe(!target.metWithConfidence);
      }
    });
    const serviceLevel = summary.targets.find((t) => t.name === 'callServiceLevel')!;
    expect(lines[1]).toContain(report.targetName.callServiceLevel('20 s'));
    expect(lines[1]).toContain(report.atLeast(report.quantity('80.0', '%')));
    expect(lines[1]).toContain(percent(serviceLevel.value!));
  });

  it('writes shares as percentages and intervals as ± half-width', () => {
    const calls = sectionLines(table, report.section('calls'));
    const line = calls.find((l) => l.includes(report.answeredWithin('20 s')))!;
    const { value, ci95 } = summary.calls.sl_answered_within_t_over_offered;
    expect(line).toContain(percent(value!));
    expect(line).toContain(report.plusMinus(((ci95![1] - value!) * 100).toFixed(1)));
    const redials = calls.find((l) => l.includes(report.redialsPerCaller()))!;
    expect(redials).toContain(summary.callers.redialsPerCaller.value!.toFixed(2));
  });

  it('aligns the columns of a section', () => {
    for (const title of [report.section('calls'), report.section('visitors'), report.section('money')]) {
      const rows = sectionLines(table, title).slice(1);
      expect(rows.length).toBeGreaterThan(2);
      const plusMinusColumns = (line: string) => [...line.matchAll(/±/g)].map((m) => m.index);
      expect(new Set(rows.map((row) => JSON.stringify(plusMinusColumns(row)))).size, title).toBe(1);
    }
  });

  it('leaves out sections and rows without traffic', () => {
    // No messages, no callbacks in the fixture.
    expect(sectionLines(table, report.section('messages'))).toEqual([]);
    expect(sectionLines(table, report.section('callbacks'))).toEqual([]);
    expect(table).not.toContain(report.activity('message'));
    expect(sectionLines(renderSummaryTable(fixtureSummary({ messages: true }), fixtureContext()), report.section('messages'))).not.toEqual([]);

    const noCalls = renderSummaryTable(fixtureSummary({ calls: false }), fixtureContext());
    expect(sectionLines(noCalls, report.section('calls'))).toEqual([]);
    expect(noCalls).not.toContain(report.activity('call'));
    expect(noCalls).not.toContain(report.cause('callersLost'));
    // A call target stays (the scenario sets it), with no value and the summary's verdict.
    const target = sectionLines(noCalls, report.section('targets')).find((l) => l.includes(report.targetName.callServiceLevel('20 s')))!;
    expect(target).toContain(report.noValue());
    expect(target).toContain(report.missed());
  });

  it('omits a row whose figure is undefined', () => {
    const withoutP90: Summary = {
      ...summary,
      calls: { ...summary.calls, waitMin: { ...summary.calls.waitMin, all: { ...summary.calls.waitMin.all, p90: { value: null, ci95: null } } } },
    };
    expect(renderSummaryTable(summary, fixtureContext())).toContain(report.p90Wait());
    expect(sectionLines(renderSummaryTable(withoutP90, fixtureContext()), report.section('calls')).join('\n')).not.toContain(report.p90Wait());
  });

  it('prints no interval when there is none (a single replication)', () => {
    const single = renderSummaryTable(fixtureSummary({ replications: 1 }), fixtureContext({ replications: 1 }));
    expect(single).toContain(report.title('Medium dealership, status quo', 1, 20));
    expect(single).not.toContain('±');
    expect(sectionLines(single, report.section('calls')).length).toBeGreaterThan(5);
  });

  it('is plain, deterministic text', () => {
    expect(renderSummaryTable(fixtureSummary(), fixtureContext())).toBe(table);
    expect(table.endsWith('\n')).toBe(true);
    expect(table.split('\n').filter((line) => line !== line.trimEnd())).toEqual([]);
    expect(table).not.toMatch(/\u001b\[/); // no colours
  });
});
