// How planning tables write a figure, a difference, a target's verdict and the formula's
// estimate, in the language asked for (numbers as its locale writes them).

import type { CallEstimateJson } from '../../analysis/compare.js';
import { figureFormat, type KeyFigureFormat } from '../../analysis/key-figures.js';
import type { Difference } from '../../analysis/paired.js';
import type { Figure, Summary } from '../../metrics/summary/index.js';
import { decimalsOf, differenceSign, type Format, figureText as figureWithInterval, formatDuration, formatValue } from '../../report/format.js';
import { formulaText, planningTables } from '../../text/planning.js';
import { joinQuantity, type ReportLanguage } from '../../text/report/index.js';

/** The report format of a key figure's format, in the scenario's currency. */
export const formatOf: (format: KeyFigureFormat, currency: string) => Format = figureFormat;

/** "96.8% ± 0.1", or "—" without a value. */
export function figureCell(figure: Figure, format: Format, language: ReportLanguage): string {
  return figureWithInterval(figure, format, language);
}

/** A value with its unit: "96.8%", "€1,976". */
export function valueCell(value: number | null, format: Format, language: ReportLanguage): string {
  return value === null ? language.text.noValue : formatValue(value, format, language);
}

/** "+2.1 pts ± 0.3 (better)": a difference in the figure's unit (percentage points for shares). */
export function differenceCell(difference: Difference, format: Format, better: 'higher' | 'lower', language: ReportLanguage): string {
  const { text, numbers } = language;
  const figureText = planningTables[language.code].figures;
  if (difference.value === null) return text.noValue;
  // Shown in the figure's own unit: percentage points for shares, seconds for call waits.
  const scale = format === 'share' ? 100 : format === 'seconds' ? 60 : 1;
  const unit =
    format === 'share' ? figureText.percentagePoints() : format === 'seconds' ? text.unitSeconds : format === 'minutes' ? text.unitMinutes : '';
  const decimals = decimalsOf(difference.value, format);
  const value = difference.value * scale;
  // Money as the values above it are written ("+€273", "+273 €"), not with the currency's code.
  const magnitude =
    typeof format === 'object'
      ? joinQuantity(numbers.moneyParts(Math.abs(value), format.money))
      : `${numbers.decimal(Math.abs(value), decimals)}${unit === '' ? '' : ` ${unit}`}`;
  let cell = `${differenceSign(value, magnitude)}${magnitude}`;
  if (difference.ci95 !== null) cell += ` ${text.plusMinus(numbers.decimal(((difference.ci95[1] - difference.ci95[0]) / 2) * scale, decimals))}`;
  const gain = better === 'higher' ? difference.value > 0 : difference.value < 0;
  return figureText.difference(cell, difference.real ? (gain ? 'better' : 'worse') : 'noise');
}

/** The formula's service level for the calls alone, or why there is none. */
export function estimateCell(estimate: CallEstimateJson, language: ReportLanguage): string {
  const figureText = planningTables[language.code].figures;
  if ('none' in estimate) return figureText.noEstimate(estimate.none);
  return `${formatValue(estimate.sl_answered_within_t_over_offered, 'share', language)} ${figureText.estimateModel(estimate.model)}`;
}

/** A duration threshold as a person says it: "20 s". */
export function durationText(min: number, language: ReportLanguage): string {
  return formatDuration(min, language);
}

/** The label of a key figure, with the summary's thresholds. */
export function figureLabel(path: string, summary: Summary, language: ReportLanguage): string {
  const { thresholds } = summary;
  return planningTables[language.code].figures.label(path, durationText(thresholds.callAnsweredWithinMin, language), durationText(thresholds.visitorAttendedWithinMin, language));
}

/** A target's name as the run's table says it, with its bound: "calls answered within 20 s ≥ 80.0%". */
export function targetLabel(target: { readonly name: string; readonly kind: 'atLeast' | 'atMost'; readonly target: number; readonly metric: string }, summary: Summary, language: ReportLanguage): string {
  const { text } = language;
  const call = durationText(summary.thresholds.callAnsweredWithinMin, language);
  const visitor = durationText(summary.thresholds.visitorAttendedWithinMin, language);
  const names = text.targetNames as Record<string, (threshold: string) => string>;
  const name = names[target.name]?.(target.name.startsWith('call') ? call : visitor) ?? target.name;
  const format: Format = target.metric.includes('mean_wait') ? 'minutes' : 'share';
  const bound = (target.kind === 'atLeast' ? text.atLeast : text.atMost)(formatValue(target.target, format, language));
  return `${name} ${bound}`;
}

/** A target's verdict in a cell: met or missed with 95% confidence, borderline when the interval straddles it. */
export function verdictCell(
  target: { readonly met: boolean | null; readonly metWithConfidence: boolean | null; readonly value: number | null; readonly ci95?: readonly [number, number] | null },
  language: ReportLanguage,
  kind?: 'atLeast' | 'atMost',
  bound?: number,
): string {
  const { statuses } = language.text;
  if (target.met === null || target.value === null) return statuses.notApplicable;
  if (target.metWithConfidence) return statuses.met;
  if (target.ci95 && kind !== undefined && bound !== undefined) {
    const missed = kind === 'atLeast' ? target.ci95[1] < bound : target.ci95[0] > bound;
    return missed ? statuses.missed : statuses.borderline;
  }
  return target.met ? statuses.borderline : statuses.missed;
}

/** The thresholds and currency of a grid's tables, from the first point that has a summary among `files`. */
export function gridTableContext(
  points: readonly { readonly folder: string | null }[],
  files: Readonly<Record<string, string>>,
  language: ReportLanguage,
): { thresholds: { call: string; visitor: string }; currency: string } {
  const folder = points.find((point) => point.folder !== null)?.folder;
  const summary =
    folder === undefined || folder === null
      ? null
      : (JSON.parse(files[`${folder}/summary.json`]) as { thresholds: { callAnsweredWithinMin: number; visitorAttendedWithinMin: number }; money: { currency: string } });
  return {
    thresholds: {
      call: durationText(summary?.thresholds.callAnsweredWithinMin ?? 1 / 3, language),
      visitor: durationText(summary?.thresholds.visitorAttendedWithinMin ?? 5, language),
    },
    currency: summary?.money.currency ?? 'EUR',
  };
}

/**
 * The formula's line under a run's table, in `language`: its service level and abandonment beside
 * the simulated ones, or why there is none; null for a run without calls.
 */
export function estimateLine(estimate: CallEstimateJson, summary: Summary, language: ReportLanguage): { line: string; footnote: string | null } | null {
  const words = formulaText[language.code];
  if ('none' in estimate) {
    if (estimate.none === 'no-calls') return null;
    return { line: words.none(planningTables[language.code].figures.noEstimate(estimate.none)), footnote: null };
  }
  const share = (x: number | null) => (x === null ? language.text.noValue : formatValue(x, 'share', language));
  return {
    line: words.line(
      planningTables[language.code].figures.estimateModel(estimate.model),
      words.team(estimate.team),
      formatDuration(summary.thresholds.callAnsweredWithinMin, language),
      share(estimate.sl_answered_within_t_over_offered),
      share(estimate.p_abandon),
      share(summary.calls.sl_answered_within_t_over_offered.value),
      share(summary.calls.p_abandon.value),
    ),
    footnote: words.footnote(),
  };
}
