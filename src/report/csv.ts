// The summary as CSV, for spreadsheets: summary.csv has one row per figure (or plain value) with a
// dotted path and its unit; hourly.csv one row per hour of the day, each column named with its
// unit. Both walk the summary generically, so a field added to the summary appears here without a
// change; its unit comes from its name (the summary's names carry their units). Metric names are
// summary.json's keys in every language; headers and units are the catalogue's. Call durations are
// written in seconds, as every report shows them (their `Min` becomes `Sec`).

import type { HourSummary, Summary } from '../metrics/summary/index.js';
import { toCsv, type CsvCell, type CsvLocale } from '../text/csv.js';
import type { ReportLanguage } from '../text/report/index.js';
import { formatOfMetric } from './sections.js';

/** The unit of a value in a CSV file. */
export type CsvUnit =
  | 'minutes'
  | 'seconds'
  | 'share'
  | 'perDay'
  | 'minutesPerDay'
  | 'minutesPerVisit'
  | 'moneyPerDay'
  | 'people'
  | 'perCaller'
  | 'perVisit'
  | 'count'
  | 'text'
  | 'flag';

/** One value found in the summary: a figure (with its interval) or a plain value. */
interface Leaf {
  readonly path: readonly string[];
  readonly value: CsvCell;
  /** [low, high] for a figure with an interval; null for a figure without one or a plain value. */
  readonly ci95: readonly [number, number] | null;
}

/** Section of the top-level plain values (scenario, replications, daysSimulated). */
const RUN_SECTION = 'run';

/**
 * `section,metric,unit,value,ci95_low,ci95_high` (in the language's words), one row per figure or
 * plain value, in summary order. `hourly` is left to hourlyCsv. Array items are named by their
 * first field (a reason's name, a target's name), so `targets,callServiceLevel` holds the target's
 * figure and `targets,callServiceLevel.met` its verdict.
 */
export function summaryCsv(summary: Summary, language: ReportLanguage, locale: CsvLocale): string {
  const rows: CsvCell[][] = [];
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'hourly') continue;
    const section = isPlain(value) ? RUN_SECTION : key;
    const leaves = isPlain(value) ? [{ path: [key], value, ci95: null }] : walk(value, []);
    for (const leaf of leaves) {
      const unit = unitOf(section, leaf, summary);
      const shown = inShownUnit(section, leaf, unit);
      rows.push([section, shown.path.join('.'), unitName(unit, summary, language), shown.value, shown.ci95?.[0] ?? null, shown.ci95?.[1] ?? null]);
    }
  }
  const { csv } = language.text;
  return toCsv([csv.section, csv.metric, csv.unit, csv.value, csv.low, csv.high], rows, locale);
}

/**
 * One row per hour of the day (all 24, by hour of arrival): the hour, then each figure as three
 * columns `<path>_<unit>`, `<…>.ci95_low`, `<…>.ci95_high`; empty cells where a figure is undefined.
 */
export function hourlyCsv(summary: Summary, language: ReportLanguage, locale: CsvLocale): string {
  const hours = summary.hourly;
  const { csv } = language.text;
  const leavesOf = (hour: HourSummary) =>
    walk(hour, [])
      .filter((leaf) => leaf.path.join('.') !== 'hour')
      .map((leaf) => {
        // An hour's figures are of its section's kind: calls.mean_wait_all is a call wait.
        const unit = unitOf(leaf.path[0], leaf, summary);
        return { ...inShownUnit(leaf.path[0], leaf, unit), unit };
      });
  const columns = hours.length === 0 ? [] : leavesOf(hours[0]).map((leaf) => columnName(leaf.path, leaf.unit, summary, language));
  const header = [csv.hour, ...columns.flatMap((column) => [column, csv.lowOf(column), csv.highOf(column)])];
  const rows = hours.map((hour) => {
    const leaves = leavesOf(hour);
    if (leaves.length !== columns.length) {
      throw new RangeError(`hourly CSV: hour ${hour.hour} has ${leaves.length} figures, hour ${hours[0].hour} ${columns.length}`);
    }
    return [hour.hour, ...leaves.flatMap((leaf) => [leaf.value, leaf.ci95?.[0] ?? null, leaf.ci95?.[1] ?? null])];
  });
  return toCsv(header, rows, locale);
}

/** An hourly column: the path with its unit, unless its name already says it ("offeredPerDay"). */
function columnName(path: readonly string[], unit: CsvUnit, summary: Summary, language: ReportLanguage): string {
  const name = path.join('.');
  if (unit === 'perDay' && /PerDay$/.test(name)) return name;
  const suffix = unitName(unit, summary, language);
  return suffix === '' ? name : `${name}_${suffix}`;
}

/** The unit of a leaf from its name, or 'count' for a plain number nothing else describes. */
export function unitOf(section: string, leaf: Leaf, summary: Summary): CsvUnit {
  if (typeof leaf.value === 'string') return 'text';
  if (typeof leaf.value === 'boolean') return 'flag';
  const steps = [section, ...leaf.path];
  if (section === 'targets') {
    // A verdict is true or false (null when there is nothing to measure).
    if (['met', 'metWithConfidence', 'applicable'].includes(leaf.path[1] ?? '')) return 'flag';
    // A target's value and bound are in its metric's unit.
    const target = summary.targets.find((t) => t.name === leaf.path[0]);
    const format = target === undefined ? 'ratio' : formatOfMetric(target.metric);
    if (format === 'share') return 'share';
    if (format === 'minutes') return target?.metric.startsWith('calls.') ? 'seconds' : 'minutes';
    return 'count';
  }
  if (section === 'money') {
    return steps.some((step) => step.startsWith('customersLost')) ? 'perDay' : 'moneyPerDay';
  }
  const has = (test: (step: string) => boolean) => steps.some(test);
  if (has((step) => /Share$|^p_|^sl_|^utilisation/.test(step))) return 'share';
  if (has((step) => step === 'meanQueueLength' || step === 'memberDaysPerDay')) return 'people';
  if (has((step) => /MinPerDay$/.test(step))) return 'minutesPerDay';
  if (has((step) => /MinPerVisit$/.test(step))) return 'minutesPerVisit';
  if (has((step) => /PerDay$/.test(step))) return 'perDay';
  if (has((step) => step === 'redialsPerCaller')) return 'perCaller';
  if (has((step) => step === 'interruptionsPerVisit')) return 'perVisit';
  if (has((step) => /Min$|^mean_wait/.test(step))) return isCallDuration(steps) ? 'seconds' : 'minutes';
  return 'count';
}

/** Durations of the call channel, which reports show in seconds. */
function isCallDuration(steps: readonly string[]): boolean {
  return steps[0] === 'calls' || steps.some((step) => step === 'callAnsweredWithinMin');
}

/** A leaf in the unit it is written in: call durations in seconds, their `Min` renamed `Sec`. */
function inShownUnit(section: string, leaf: Leaf, unit: CsvUnit): Leaf {
  if (unit !== 'seconds' || typeof leaf.value !== 'number') return leaf;
  const rescaled = scaled(leaf, 60);
  // A target keeps its name (callServiceLevel); a figure's name says its unit (waitMin → waitSec).
  return section === 'targets' ? rescaled : { ...rescaled, path: leaf.path.map((step) => step.replace(/Min$/, 'Sec')) };
}

function scaled(leaf: Leaf, factor: number): Leaf {
  const times = (x: number) => Number((x * factor).toPrecision(6));
  return {
    ...leaf,
    value: typeof leaf.value === 'number' ? times(leaf.value) : leaf.value,
    ci95: leaf.ci95 === null ? null : [times(leaf.ci95[0]), times(leaf.ci95[1])],
  };
}

/** A unit as named in the language's CSV files: "s", "share", "EUR_per_day". */
function unitName(unit: CsvUnit, summary: Summary, language: ReportLanguage): string {
  const units = language.text.csvUnits;
  return unit === 'moneyPerDay' ? units.moneyPerDay(summary.money.currency) : units[unit];
}

/** True for a figure-like object: it has a `value` and a `ci95` (a Figure, or a target result). */
export function isFigureLike(node: unknown): node is { value: number | null; ci95: readonly [number, number] | null } {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && 'value' in node && 'ci95' in node;
}

function isPlain(node: unknown): node is CsvCell {
  return node === null || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean';
}

/** Every leaf under `node`, depth first in key order. */
function walk(node: unknown, path: readonly string[], skipKey?: string): Leaf[] {
  if (isPlain(node)) return [{ path, value: node, ci95: null }];
  if (Array.isArray(node)) {
    return node.flatMap((item: unknown, index) => {
      const [name, key] = itemName(item, index);
      return walk(item, [...path, name], key);
    });
  }
  if (typeof node !== 'object' || node === undefined) {
    throw new TypeError(`summary CSV: unexpected ${typeof node} at ${path.join('.')}`);
  }
  const leaves: Leaf[] = [];
  let rest = Object.entries(node);
  if (isFigureLike(node)) {
    leaves.push({ path, value: node.value, ci95: node.ci95 === null ? null : [node.ci95[0], node.ci95[1]] });
    rest = rest.filter(([key]) => key !== 'value' && key !== 'ci95');
  }
  for (const [key, child] of rest) {
    if (key !== skipKey) leaves.push(...walk(child, [...path, key]));
  }
  return leaves;
}

/** An array item's name: the value of its first field when that is a text or a number, else its index. */
function itemName(item: unknown, index: number): [name: string, key: string | undefined] {
  if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
    const first = Object.entries(item)[0];
    if (first !== undefined && (typeof first[1] === 'string' || typeof first[1] === 'number')) {
      return [String(first[1]), first[0]];
    }
  }
  return [String(index), undefined];
}
