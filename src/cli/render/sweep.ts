// The terminal table of `recepsim sweep` (and of each search of `size`): a row per point with the
// figures that decide, and its verdict on the targets.

import type { PointEntry } from '../../analysis/evaluate.js';
import { keyFigure } from '../../analysis/key-figures.js';
import type { SweepResult } from '../../analysis/sweep.js';
import { planningTables } from '../../text/planning.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { pointName } from '../../report/planning/recommend.js';
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
  language: ReportLanguage,
  marks: ReadonlyMap<string, string> = new Map(),
): string {
  const { figures: figureText, sweep: sweepText } = planningTables[language.code];
  const [label, replications, targets] = sweepText.columns();
  const header = [label, replications, ...SHOWN.map((path) => figureText.label(path, thresholds.call, thresholds.visitor)), targets, ''];
  const rows = points.map((point) => {
    const figures =
      point.verdict === 'invalid'
        ? SHOWN.map(() => '')
        : SHOWN.map((path) => figureCell(point.figures[path] ?? { value: null, ci95: null }, formatOf(keyFigure(path).format, currency), language));
    return [pointName(point, language), point.verdict === 'invalid' ? '' : String(point.replications), ...figures, sweepText.verdict(point.verdict), marks.get(point.label) ?? ''];
  });
  return columns(header, rows, { leftAligned: [0, header.length - 2, header.length - 1] });
}

/** The sweep as text, in `language`. */
export function renderSweep(result: SweepResult, thresholds: { readonly call: string; readonly visitor: string }, currency: string, language: ReportLanguage): string {
  const sweepText = planningTables[language.code].sweep;
  const shard = result.shard === null ? null : `${result.shard.index}/${result.shard.count}`;
  // A shard's cheapest is only the cheapest of its slice: merge names the run's.
  const marks = new Map<string, string>();
  if (shard === null && result.cheapest !== null) marks.set(result.cheapest, sweepText.markCheapest());
  if (shard === null && result.cheapestMeetingTargets !== null) marks.set(result.cheapestMeetingTargets, sweepText.markCheapestMeeting());
  const lines = [sweepText.heading(result.scenario, result.replications, result.days, String(result.seed), shard), '', pointsTable(result.points, thresholds, currency, language, marks), ''];
  const name = pointNamer(result.points, language);
  if (shard !== null) lines.push(sweepText.shardPart(shard));
  else {
    lines.push(sweepText.cheapestMeeting(name(result.cheapestMeetingTargets)));
    const cheapest = sweepText.cheapest(name(result.cheapest));
    if (cheapest !== '') lines.push(cheapest);
  }
  const invalid = result.points.filter((point) => point.verdict === 'invalid');
  for (const point of invalid) lines.push(`${pointName(point, language)}: ${sweepText.invalid()}: ${point.problems.join('; ')}`);
  return lines.join('\n');
}

/** A point's label (as sweep.json names it) in `language`: "phone-desk:2, 3 asesores"; null stays null. */
export function pointNamer(points: readonly PointEntry[], language: ReportLanguage): (label: string | null) => string | null {
  const byLabel = new Map(points.map((point) => [point.label, point]));
  return (label) => {
    if (label === null) return null;
    const point = byLabel.get(label);
    return point === undefined ? label : pointName(point, language);
  };
}
