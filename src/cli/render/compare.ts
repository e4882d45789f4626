// The terminal table of `recepsim compare`: a column per variant, a row per key figure, and
// under it the difference against the first variant.

import type { CompareResult } from '../../analysis/compare.js';
import type { Summary } from '../../metrics/summary/index.js';
import { figureText, planningHeading } from '../../text/planning.js';
import { columns } from './columns.js';
import { differenceCell, durationText, estimateCell, figureCell, figureLabel, formatOf, targetLabel, verdictCell } from './figures.js';

/** The comparison as text. */
export function renderComparison(result: CompareResult, summaries: readonly Summary[], scenarioName: string): string {
  const first = summaries[0];
  const currency = first.money.currency;
  const header = ['', ...result.variants.map((variant) => variant.label)];
  const rows: string[][] = [];
  for (const figure of result.figures) {
    const format = formatOf(figure.format, currency);
    rows.push([figureLabel(figure.path, first), ...figure.values.map((value) => figureCell(value, format))]);
    rows.push([figureText.differenceRow(), ...figure.differences.map((difference) => (difference === null ? '' : differenceCell(difference, format, figure.better)))]);
    if (figure.path === 'calls.sl_answered_within_t_over_offered') {
      rows.push([figureText.estimateLabel(durationText(first.thresholds.callAnsweredWithinMin)), ...result.variants.map((variant) => estimateCell(variant.callEstimate))]);
    }
  }
  for (const target of result.targets) {
    rows.push([targetLabel(target, first), ...target.values.map((value) => verdictCell(value, target.kind, target.target))]);
  }
  rows.push([figureText.targetsRow(), ...result.variants.map((variant) => (variant.targetsMet === null ? figureText.notApplicable() : variant.targetsMet ? figureText.yes() : figureText.no()))]);
  const lines = [
    planningHeading.compare(scenarioName, result.replications, result.days, result.pairing, String(result.seed)),
    '',
    columns(header, rows),
  ];
  const notes = result.variants.flatMap((variant) => variant.notes.map((note) => `  ${variant.label}: ${note}`));
  if (notes.length > 0) lines.push('', planningHeading.notes(), ...notes);
  lines.push('', planningHeading.formulaFootnote());
  return lines.join('\n');
}
