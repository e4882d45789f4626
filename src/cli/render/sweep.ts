// The terminal table of `recepsim sweep` (and of each search of `size`): a row per point with the
// figures that decide, and its verdict on the targets.

import type { PointEntry } from '../../analysis/evaluate.js';
import { keyFigure } from '../../analysis/key-figures.js';
import type { SweepResult } from '../../analysis/sweep.js';
import { figureText, sweepText } from '../../text/planning.js';
import { columns } from './columns.js';
import { figureCell, formatOf } from './figures.js';

/** The key figures a grid table shows, in order. */
const SHOWN = [
  'calls.sl_answered_within_t_over_offered',
  'calls.p_abandon',
  'visits.all.sl_attended_within_t_over_arrivals',
  'visits.all.interruptedShare',
  'money.netCostPerDay',
];

/** A table of grid points; `thresholds` name the service levels, `marks` adds a note to some rows. */
export function pointsTable(
  points: readonly PointEntry[],
  thresholds: { readonly call: string; readonly visitor: string },
  currency: string,
  marks: ReadonlyMap<string, string> = new Map(),
): string {
  const [label, replications, targets] = sweepText.columns();
  const header = [label, replications, ...SHOWN.map((path) => figureText.label(path, thresholds.call, thresholds.visitor)), targets, ''];
  const rows = points.map((point) => {
    const figures =
      point.verdict === 'invalid'
        ? SHOWN.map(() => '')
        : SHOWN.map((path) => figureCell(point.figures[path] ?? { value: null, ci95: null }, formatOf(keyFigure(path).format, currency)));
    return [point.label, point.verdict === 'invalid' ? '' : String(point.replications), ...figures, sweepText.verdict(point.verdict), marks.get(point.label) ?? ''];
  });
  return columns(header, rows, { leftAligned: [0, header.length - 2, header.length - 1] });
}

/** The sweep as text. */
export function renderSweep(result: SweepResult, thresholds: { readonly call: string; readonly visitor: string }, currency: string): string {
  const marks = new Map<string, string>();
  if (result.cheapest !== null) marks.set(result.cheapest, '◀ lowest net cost');
  if (result.cheapestMeetingTargets !== null) marks.set(result.cheapestMeetingTargets, '◀ cheapest meeting every target');
  const shard = result.shard === null ? null : `${result.shard.index}/${result.shard.count}`;
  const lines = [sweepText.heading(result.scenario, result.replications, result.days, String(result.seed), shard), '', pointsTable(result.points, thresholds, currency, marks), ''];
  lines.push(sweepText.cheapestMeeting(result.cheapestMeetingTargets));
  const cheapest = sweepText.cheapest(result.cheapest);
  if (cheapest !== '') lines.push(cheapest);
  const invalid = result.points.filter((point) => point.verdict === 'invalid');
  for (const point of invalid) lines.push(`${point.label}: ${sweepText.invalid()}: ${point.problems.join('; ')}`);
  return lines.join('\n');
}
