import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../src/metrics/summary/index.js';
import { hourlyCsv, summaryCsv } from '../../../src/report/csv.js';
import { fixtureSummary } from './fixture.js';

interface FoundFigure {
  readonly path: string;
  readonly value: number | null;
  readonly ci95: readonly [number, number] | null;
}

/**
 * Every figure-like object ({ value, ci95 }) under `node`, with its dotted path; array items are
 * named by their first field when it is a text or a number (a reason's or target's name, an hour).
 * `plain` counts the other leaves (numbers, texts, booleans, nulls) outside naming fields.
 */
function figuresIn(node: unknown, path: string[] = [], found: { figures: FoundFigure[]; plain: number } = { figures: [], plain: 0 }) {
  if (Array.isArray(node)) {
    node.forEach((item: unknown, i) => {
      const first = typeof item === 'object' && item !== null ? Object.entries(item)[0] : undefined;
      const named = first !== undefined && (typeof first[1] === 'string' || typeof first[1] === 'number');
      const rest = named ? Object.fromEntries(Object.entries(item as object).slice(1)) : item;
      figuresIn(rest, [...path, named ? String(first[1]) : String(i)], found);
    });
  } else if (typeof node === 'object' && node !== null) {
    const entries = Object.entries(node);
    if ('value' in node && 'ci95' in node) {
      const { value, ci95 } = node as FoundFigure;
      found.figures.push({ path: path.join('.'), value, ci95 });
    }
    for (const [key, child] of entries) {
      if (!('value' in node && 'ci95' in node && (key === 'value' || key === 'ci95'))) figuresIn(child, [...path, key], found);
    }
  } else {
    found.plain++;
  }
  return found;
}

function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

const parsed = (cell: string) => (cell === '' ? null : Number(cell));

describe('summaryCsv', () => {
  const summary = fixtureSummary();
  const csv = summaryCsv(summary);
  const rows = rowsOf(csv);

  it('has the header section,metric,value,ci95_low,ci95_high', () => {
    expect(csv.split('\n')[0]).toBe('section,metric,value,ci95_low,ci95_high');
  });

  it('has one row per figure, whose numbers parse back to the same values', () => {
    const { hourly: _hourly, ...withoutHourly } = summary;
    const byPath = new Map(rows.map((row) => [`${row.section}.${row.metric}`, row]));
    const { figures, plain } = figuresIn(withoutHourly);
    expect(figures.length).toBeGreaterThan(150);
    // Plain values at the top level (scenario, replications, daysSimulated) sit in section "run".
    expect(rows).toHaveLength(figures.length + plain);
    expect(byPath.size).toBe(rows.length); // no path twice
    for (const figure of figures) {
      const row = byPath.get(figure.path);
      expect(row, figure.path).toBeDefined();
      expect(parsed(row!.value), figure.path).toBe(figure.value);
      expect(parsed(row!.ci95_low), figure.path).toBe(figure.ci95?.[0] ?? null);
      expect(parsed(row!.ci95_high), figure.path).toBe(figure.ci95?.[1] ?? null);
    }
  });

  it('names paths with dots, reasons and targets by name', () => {
    const find = (section: string, metric: string) => rows.find((row) => row.section === section && row.metric === metric);
    expect(find('calls', 'waitMin.all.p90')?.value).toBe(String(summary.calls.waitMin.all.p90.value));
    expect(find('calls', 'waitMin.all.max')).toMatchObject({ value: String(summary.calls.waitMin.all.max), ci95_low: '' });
    // A reason name with a comma is quoted by the CSV writer and survives the round trip.
    expect(csv).toContain('"byReason.status, parts.offeredPerDay"');
    expect(find('calls', 'byReason.status, parts.offeredPerDay')?.value).toBe(String(summary.calls.byReason[1].offeredPerDay.value));
    expect(find('targets', 'callServiceLevel.met')?.value).toBe(String(summary.targets[0].met));
    expect(find('run', 'scenario')?.value).toBe(summary.scenario);
    expect(find('thresholds', 'messageReplyTargetMin')?.value).toBe('');
  });

  it('picks up a field added to the summary without a change', () => {
    const extended = { ...summary, calls: { ...summary.calls, newFigurePerDay: { value: 1.5, ci95: [1, 2] } } } as Summary;
    expect(summaryCsv(extended)).toContain('calls,newFigurePerDay,1.5,1,2');
  });
});

describe('hourlyCsv', () => {
  const summary = fixtureSummary();
  const rows = rowsOf(hourlyCsv(summary));

  it('has one row per hour with every hourly figure and its interval', () => {
    expect(rows.map((row) => Number(row.hour))).toEqual(Array.from({ length: 24 }, (_, h) => h));
    const { figures } = figuresIn(summary.hourly[9]);
    expect(Object.keys(rows[9])).toHaveLength(1 + 3 * figures.length);
    for (const figure of figures) {
      expect(parsed(rows[9][figure.path]), figure.path).toBe(figure.value);
      expect(parsed(rows[9][`${figure.path}.ci95_low`]), figure.path).toBe(figure.ci95?.[0] ?? null);
      expect(parsed(rows[9][`${figure.path}.ci95_high`]), figure.path).toBe(figure.ci95?.[1] ?? null);
    }
  });

  it('leaves undefined figures empty', () => {
    // Nobody calls at 03:00: the share of abandoned calls is undefined.
    expect(rows[3]['calls.p_abandon']).toBe('');
    expect(rows[3]['calls.offeredPerDay']).toBe('0');
  });
});
