// The summary as CSV, for spreadsheets: summary.csv has one row per figure (or plain value) with a
// dotted path; hourly.csv one row per hour of the day. Both walk the summary generically, so a
// field added to the summary appears here without a change.

import type { HourSummary, Summary } from '../metrics/summary/index.js';
import { toCsv, type CsvCell } from '../text/csv.js';

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
 * `section,metric,value,ci95_low,ci95_high`, one row per figure or plain value, in summary order.
 * `hourly` is left to hourlyCsv. Array items are named by their first field (a reason's name, a
 * target's name), so `targets,callServiceLevel` holds the target's figure and
 * `targets,callServiceLevel.met` its verdict.
 */
export function summaryCsv(summary: Summary): string {
  const rows: CsvCell[][] = [];
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'hourly') continue;
    const section = isPlain(value) ? RUN_SECTION : key;
    const leaves = isPlain(value) ? [{ path: [key], value, ci95: null }] : walk(value, []);
    for (const leaf of leaves) rows.push([section, leaf.path.join('.'), leaf.value, leaf.ci95?.[0] ?? null, leaf.ci95?.[1] ?? null]);
  }
  return toCsv(['section', 'metric', 'value', 'ci95_low', 'ci95_high'], rows);
}

/**
 * One row per hour of the day (all 24, by hour of arrival): `hour`, then each figure as three
 * columns `path`, `path.ci95_low`, `path.ci95_high`; empty cells where a figure is undefined.
 */
export function hourlyCsv(summary: Summary): string {
  const hours = summary.hourly;
  const leavesOf = (hour: HourSummary) => walk(hour, []).filter((leaf) => leaf.path.join('.') !== 'hour');
  const columns = hours.length === 0 ? [] : leavesOf(hours[0]).map((leaf) => leaf.path.join('.'));
  const header = ['hour', ...columns.flatMap((column) => [column, `${column}.ci95_low`, `${column}.ci95_high`])];
  const rows = hours.map((hour) => {
    const leaves = leavesOf(hour);
    if (leaves.length !== columns.length) {
      throw new RangeError(`hourly CSV: hour ${hour.hour} has ${leaves.length} figures, hour ${hours[0].hour} ${columns.length}`);
    }
    return [hour.hour, ...leaves.flatMap((leaf) => [leaf.value, leaf.ci95?.[0] ?? null, leaf.ci95?.[1] ?? null])];
  });
  return toCsv(header, rows);
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
