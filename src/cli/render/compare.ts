// The terminal table of `recepsim compare`: a column per variant, a row per key figure, and
// under it the difference against the first variant.

import type { CompareResult } from '../../analysis/compare.js';
import type { Summary } from '../../metrics/summary/index.js';
import { planningTables } from '../../text/planning.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { columns } from './columns.js';
import { differenceCell, durationText, estimateCell, figureCell, figureLabel, formatOf, targetLabel, verdictCell } from './figures.js';

/** The comparison as text, in `language`. */
export function renderComparison(result: CompareResult, summaries: readonly Summary[], scenarioName: string, language: ReportLanguage): string {
  const { figures: figureText, compare: words } = planningTables[language.code];
  const first = summaries[0];
  const currency = first.money.currency;
  const header = ['', ...result.variants.map((variant) => variant.label)];
  const rows: string[][] = [];
  for (const figure of result.figures) {
    const format = formatOf(figure.format, currency);
    rows.push([figureLabel(figure.path, first, language), ...figure.values.map((value) => figureCell(value, format, language))]);
    rows.push([
      figureText.differenceRow(),
      ...figure.differences.map((difference) => (difference === null ? '' : differenceCell(difference, format, figure.better, language))),
    ]);
    if (figure.path === 'calls.sl_answered_within_t_over_offered') {
      rows.push([
        figureText.estimateLabel(durationText(first.thresholds.callAnsweredWithinMin, language)),
        ...result.variants.map((variant) => estimateCell(variant.callEstimate, language)),
      ]);
    }
  }
  for (const target of result.targets) {
    rows.push([targetLabel(target, first, language), ...target.values.map((value) => verdictCell(value, language, target.kind, target.target))]);
  }
  rows.push([figureText.targetsRow(), ...result.variants.map((variant) => (variant.targetsMet === null ? figureText.notApplicable() : variant.targetsMet ? figureText.yes() : figureText.no()))]);
  const lines = [words.heading(scenarioName, result.replications, result.days, result.pairing, String(result.seed)), '', columns(header, rows)];
  const notes = result.variants.flatMap((variant) => variant.notes.map((note) => `  ${variant.label}: ${note}`));
  if (notes.length > 0) lines.push('', words.notes(), ...notes);
  lines.push('', words.formulaFootnote());
  return lines.join('\n');
}
