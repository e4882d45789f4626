import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../src/metrics/summary/index.js';
import { hourlyCsv, summaryCsv } from '../../../src/report/csv.js';
import { reportLanguage } from '../../../src/text/report/index.js';
import { fixtureSummary } from './fixture.js';

const en = reportLanguage('en');
const es = reportLanguage('es');

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

function rowsOf(csv: string, delimiter = ','): Record<string, string>[] {
  return parse(csv, { columns: true, skip_empty_lines: true, delimiter, bom: true }) as Record<string, string>[];
}

/** Call durations are written in seconds, their `Min` renamed `Sec`. */
const CALL_DURATION = /^calls\.(mean_wait|waitMin|\w+Min\b|byReason\.[^.]+\.mean_wait|firstAttempts\.\w+Min\b)/;
const csvPath = (path: string) => (CALL_DURATION.test(path) ? path.replace(/Min\b/g, 'Sec') : path);
const inCsvUnit = (path: string, x: number | null) => (x === null || !CALL_DURATION.test(path) ? x : Number((x * 60).toPrecision(6)));

const parsed = (cell: string) => (cell === '' ? null : Number(cell));

describe('summaryCsv', () => {
  const summary = fixtureSummary();
  const csv = summaryCsv(summary, en, 'en');
  const rows = rowsOf(csv);

  it('has the header section,metric,unit,value,ci95_low,ci95_high', () => {
    expect(csv.split('\n')[0]).toBe('section,metric,unit,value,ci95_low,ci95_high');
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
      const row = byPath.get(csvPath(figure.path));
      expect(row, figure.path).toBeDefined();
      expect(parsed(row!.value), figure.path).toBe(inCsvUnit(figure.path, figure.value));
      expect(parsed(row!.ci95_low), figure.path).toBe(inCsvUnit(figure.path, figure.ci95?.[0] ?? null));
      expect(parsed(row!.ci95_high), figure.path).toBe(inCsvUnit(figure.path, figure.ci95?.[1] ?? null));
    }
  });

  it("names the unit of every row, from the figure's name", () => {
    const unit = (section: string, metric: string) => rows.find((row) => row.section === section && row.metric === metric)?.unit;
    expect(rows.filter((row) => typeof row.value === 'string' && /^\d/.test(row.value) && row.unit === '')).toEqual([]);
    expect(unit('calls', 'mean_wait_all')).toBe('s');
    expect(unit('calls', 'waitSec.all.p90')).toBe('s');
    expect(unit('visits', 'all.mean_wait_all')).toBe('min');
    expect(unit('visits', 'walkIn.sl_attended_within_t_over_arrivals')).toBe('share');
    expect(unit('calls', 'offeredPerDay')).toBe('per_day');
    expect(unit('money', 'netCostPerDay')).toBe('EUR_per_day');
    expect(unit('money', 'customersLostPerDay.total')).toBe('per_day');
    expect(unit('staff', 'advisors.overtimeMinPerDay')).toBe('min_per_day');
    expect(unit('callers', 'redialsPerCaller')).toBe('per_caller');
    expect(unit('meanQueueLength', 'visitors')).toBe('people');
    expect(unit('thresholds', 'callAnsweredWithinSec')).toBe('s');
    expect(unit('targets', 'callServiceLevel')).toBe('share');
    expect(unit('targets', 'visitorMaxMeanWaitMin')).toBe('min');
    expect(unit('targets', 'callServiceLevel.met')).toBe('true_false');
    expect(unit('run', 'scenario')).toBe('');
  });

  it('writes the call threshold in seconds, as the scenario does', () => {
    const threshold = rows.find((row) => row.metric === 'callAnsweredWithinSec');
    expect(threshold?.value).toBe('20');
  });

  it('names paths with dots, reasons and targets by name', () => {
    const find = (section: string, metric: string) => rows.find((row) => row.section === section && row.metric === metric);
    expect(find('calls', 'waitSec.all.p90')?.value).toBe(String(inCsvUnit('calls.waitMin', summary.calls.waitMin.all.p90.value)));
    expect(find('calls', 'waitSec.all.max')).toMatchObject({ value: String(inCsvUnit('calls.waitMin', summary.calls.waitMin.all.max)), ci95_low: '' });
    // A reason name with a comma is quoted by the CSV writer and survives the round trip.
    expect(csv).toContain('"byReason.status, parts.offeredPerDay"');
    expect(find('calls', 'byReason.status, parts.offeredPerDay')?.value).toBe(String(summary.calls.byReason[1].offeredPerDay.value));
    expect(find('targets', 'callServiceLevel.met')?.value).toBe(String(summary.targets[0].met));
    expect(find('run', 'scenario')?.value).toBe(summary.scenario);
    expect(find('thresholds', 'messageReplyTargetMin')?.value).toBe('');
  });

  it('picks up a field added to the summary without a change', () => {
    const extended = { ...summary, calls: { ...summary.calls, newFigurePerDay: { value: 1.5, ci95: [1, 2] } } } as Summary;
    expect(summaryCsv(extended, en, 'en')).toContain('calls,newFigurePerDay,per_day,1.5,1,2');
  });

  it('writes for Spanish Excel: a BOM, ";" between cells, decimal commas, Spanish headers and units', () => {
    const spanish = summaryCsv(summary, es, 'es');
    expect(spanish.startsWith('\ufeffsección;métrica;unidad;valor;ic95_inf;ic95_sup\n')).toBe(true);
    const row = rowsOf(spanish, ';').find((r) => r.métrica === 'sl_answered_within_t_over_offered');
    const { value, ci95 } = summary.calls.sl_answered_within_t_over_offered;
    expect(row).toEqual({ sección: 'calls', métrica: 'sl_answered_within_t_over_offered', unidad: 'proporción', valor: String(value).replace('.', ','), ic95_inf: String(ci95![0]).replace('.', ','), ic95_sup: String(ci95![1]).replace('.', ',') });
    // A name with ";" is quoted in this dialect, a name with "," is not.
    expect(spanish).toContain('byReason.status, parts.offeredPerDay;');
  });
});

describe('hourlyCsv', () => {
  const summary = fixtureSummary();
  const rows = rowsOf(hourlyCsv(summary, en, 'en'));
  /** The column of a figure: its path and unit, unless the name says it already. */
  const UNITS: Record<string, string> = {
    'calls.p_abandon': 'share',
    'calls.sl_answered_within_t_over_offered': 'share',
    'calls.mean_wait_all': 's',
    'calls.mean_wait_served': 's',
    'visits.lostShare': 'share',
    'visits.sl_attended_within_t_over_arrivals': 'share',
    'visits.mean_wait_all': 'min',
    'visits.interruptedShare': 'share',
  };
  const column = (path: string) => {
    if (/PerDay$/.test(path)) return path;
    if (path.startsWith('meanQueueLength.')) return `${path}_people`;
    if (path.startsWith('utilisation.')) return `${path}_share`;
    return `${path}_${UNITS[path]}`;
  };
  const seconds = (path: string, x: number | null) => (x === null || !path.startsWith('calls.mean_wait') ? x : Number((x * 60).toPrecision(6)));

  it('has one row per hour with every hourly figure, named with its unit, and its interval', () => {
    expect(rows.map((row) => Number(row.hour))).toEqual(Array.from({ length: 24 }, (_, h) => h));
    const { figures } = figuresIn(summary.hourly[9]);
    expect(Object.keys(rows[9])).toHaveLength(1 + 3 * figures.length);
    for (const figure of figures) {
      const name = column(figure.path);
      expect(parsed(rows[9][name]), name).toBe(seconds(figure.path, figure.value));
      expect(parsed(rows[9][`${name}.ci95_low`]), name).toBe(seconds(figure.path, figure.ci95?.[0] ?? null));
      expect(parsed(rows[9][`${name}.ci95_high`]), name).toBe(seconds(figure.path, figure.ci95?.[1] ?? null));
    }
  });

  it('leaves undefined figures empty', () => {
    // Nobody calls at 03:00: the share of abandoned calls is undefined.
    expect(rows[3]['calls.p_abandon_share']).toBe('');
    expect(rows[3]['calls.offeredPerDay']).toBe('0');
  });

  it('names its columns in Spanish for a Spanish report', () => {
    const header = hourlyCsv(summary, es, 'es').split('\n')[0];
    expect(header.startsWith('\ufeffhora;calls.offeredPerDay;calls.offeredPerDay.ic95_inf;')).toBe(true);
    expect(header).toContain(';calls.mean_wait_all_s;');
    expect(header).toContain(';visits.mean_wait_all_min;');
    expect(header).toContain(';calls.p_abandon_proporción;');
  });
});
