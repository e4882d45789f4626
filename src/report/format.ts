// How figures read in reports, in the report's language: percentages with one decimal, minutes and
// counts with one or two, call waits in seconds, money without cents, and an interval as
// "± half-width" in the figure's own unit. Numbers, percentages and money are written by Intl for
// the locale ("96,8 %", "12.345 €"). Durations in the summary are always minutes; 'seconds' only
// changes how they read.

import type { Figure } from '../metrics/summary/index.js';
import { joinQuantity, type QuantityParts, type ReportLanguage } from '../text/report/index.js';

/** How a figure is shown: a share (0–1) as a percentage, minutes (as minutes or as seconds), a count, a plain ratio or money. */
export type Format = 'share' | 'minutes' | 'seconds' | 'count' | 'ratio' | { readonly money: string };

/** A figure as text: the number and its unit (split for aligned columns) and "± h" when there is an interval. */
export interface FormattedFigure extends QuantityParts {
  readonly halfWidth: string | null;
}

/** What a value is multiplied by to be shown: minutes in seconds (a share's percent is Intl's). */
function scaleOf(format: Format): number {
  return format === 'seconds' ? 60 : 1;
}

/** Decimals of a value: one for percentages, two for ratios, none for money, two below 10 else one. */
export function decimalsOf(x: number, format: Format): number {
  if (format === 'share') return 1;
  if (format === 'seconds') return Math.abs(x * 60) < 10 ? 1 : 0;
  if (format === 'ratio') return 2;
  if (typeof format === 'object') return 0;
  return Math.abs(x) < 10 ? 2 : 1;
}

/** A value's number and unit, as the language writes them, with `decimals` decimals. */
function parts(x: number, format: Format, decimals: number, language: ReportLanguage): QuantityParts {
  const { numbers, text } = language;
  if (format === 'share') return numbers.percentParts(x, decimals);
  if (typeof format === 'object') return numbers.moneyParts(x, format.money);
  // A positive count too small to show at these decimals reads "< 0.01", not "0.00" (none at all).
  if (format === 'count' && x > 0 && Number(x.toFixed(decimals)) === 0) {
    return { number: text.below(numbers.decimal(10 ** -decimals, decimals)), unit: '', unitFirst: false, joiner: '' };
  }
  const number = numbers.decimal(x * scaleOf(format), decimals);
  if (format === 'minutes') return { number, unit: text.unitMinutes, unitFirst: false, joiner: ' ' };
  if (format === 'seconds') return { number, unit: text.unitSeconds, unitFirst: false, joiner: ' ' };
  return { number, unit: '', unitFirst: false, joiner: '' };
}

/** A value split into number and unit, as shown in a table. */
export function formatParts(x: number, format: Format, language: ReportLanguage): QuantityParts {
  return parts(x, format, decimalsOf(x, format), language);
}

/**
 * A difference written to wrap only before its "±" in a narrow column: "−29.3 pts ± 0.2" may break
 * there, never inside "−29.3 pts" or "± 0.2" (the other spaces become no-break spaces).
 */
export function wrapOnlyBeforePlusMinus(text: string): string {
  return text.replace(/ (?!±)/g, '\u00a0');
}

/**
 * The sign a difference is written with, given its magnitude as written: none when that shows as
 * zero ("0.0 pts", "€0"), so that no "−€0" or "±0.00" appears for a difference too small to show.
 */
export function differenceSign(value: number, magnitude: string): '+' | '−' | '' {
  if (!/[1-9]/.test(magnitude)) return '';
  return value > 0 ? '+' : '−';
}

/** A value with its unit: "81.2%", "4.21 min", "112.4", "€612" (English); "81,2 %", "612 €" (Spanish). */
export function formatValue(x: number, format: Format, language: ReportLanguage): string {
  return joinQuantity(formatParts(x, format, language));
}

/** A formatted figure's value with its unit. */
export function valueText(figure: QuantityParts): string {
  return joinQuantity(figure);
}

/**
 * A figure as text, or null when it has no value. The half-width is the wider side of the interval:
 * intervals are clipped at 0 (every quantity) and at 100% (shares), so the side left whole keeps the
 * t half-width. The narrow side of a share near 100% would make "95.0% ± 5.0" read as a lower end of
 * 90.0% when it is 85.0%, on the side a target "at least" is judged by.
 */
export function formatFigure(figure: Figure, format: Format, language: ReportLanguage): FormattedFigure | null {
  if (figure.value === null) return null;
  const decimals = decimalsOf(figure.value, format);
  const quantity = parts(figure.value, format, decimals, language);
  if (figure.ci95 === null) return { ...quantity, halfWidth: null };
  // The half-width in the unit shown: percentage points for shares.
  const shown = format === 'share' ? 100 : scaleOf(format);
  const [low, high] = figure.ci95;
  const halfWidth = language.text.plusMinus(language.numbers.decimal(Math.max(high - figure.value, figure.value - low) * shown, decimals));
  return { ...quantity, halfWidth };
}

/** A figure with its interval as one text: "96,8 % ± 0,1"; "—" when it has no value. */
export function figureText(figure: Figure, format: Format, language: ReportLanguage): string {
  const formatted = formatFigure(figure, format, language);
  if (formatted === null) return language.text.noValue;
  return formatted.halfWidth === null ? valueText(formatted) : `${valueText(formatted)} ${formatted.halfWidth}`;
}

/** A threshold in minutes as a person says it: "20 s", "5 min", "2 h". */
export function formatDuration(min: number, language: ReportLanguage): string {
  const { numbers, text } = language;
  if (min < 1) return `${numbers.trimmed(min * 60, 1)} ${text.unitSeconds}`;
  if (min >= 60 && Number.isInteger(min / 60)) return `${numbers.trimmed(min / 60, 0)} ${text.unitHours}`;
  return `${numbers.trimmed(min, 2)} ${text.unitMinutes}`;
}
