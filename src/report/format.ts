// How figures read in reports: percentages with one decimal, minutes and counts with one or two,
// call waits in seconds, money without cents, and an interval as "± half-width" in the figure's
// own unit. Durations in the summary are always minutes; 'seconds' only changes how they read.

import type { Figure } from '../metrics/summary/index.js';
import { report } from '../text/messages.js';

/** How a figure is shown: a share (0–1) as a percentage, minutes (as minutes or as seconds), a count, a plain ratio or money. */
export type Format = 'share' | 'minutes' | 'seconds' | 'count' | 'ratio' | { readonly money: string };

/** A figure as text: the number, its unit ('' for counts) and "± h" when there is an interval. */
export interface FormattedFigure {
  readonly number: string;
  readonly unit: string;
  readonly halfWidth: string | null;
}

/** A number with `decimals` decimals, never "-0.0". */
export function fixed(x: number, decimals: number): string {
  const text = x.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** What a value is multiplied by to be shown: a share in percent, minutes in seconds. */
function scaleOf(format: Format): number {
  if (format === 'share') return 100;
  if (format === 'seconds') return 60;
  return 1;
}

/** Decimals of a value: one for percentages, two for ratios, none for money, two below 10 else one. */
function decimalsOf(x: number, format: Format): number {
  if (format === 'share') return 1;
  if (format === 'seconds') return Math.abs(x * 60) < 10 ? 1 : 0;
  if (format === 'ratio') return 2;
  if (typeof format === 'object') return 0;
  return Math.abs(x) < 10 ? 2 : 1;
}

/** The unit shown after a value of this format. */
export function unitOf(format: Format): string {
  if (format === 'share') return report.unitPercent();
  if (format === 'minutes') return report.unitMinutes();
  if (format === 'seconds') return report.unitSeconds();
  if (typeof format === 'object') return format.money;
  return '';
}

/** The number of a value as shown (a share times 100), without its unit. */
export function formatNumber(x: number, format: Format): string {
  return fixed(x * scaleOf(format), decimalsOf(x, format));
}

/** A value with its unit: "81.2 %", "4.21 min", "112.4", "612 EUR". */
export function formatValue(x: number, format: Format): string {
  return report.quantity(formatNumber(x, format), unitOf(format));
}

/** A formatted figure's value with its unit. */
export function valueText(figure: FormattedFigure): string {
  return report.quantity(figure.number, figure.unit);
}

/**
 * A figure as text, or null when it has no value. The half-width is `high − value`: intervals of
 * quantiles are floored at 0 at the low end only, so the high end keeps the t half-width.
 */
export function formatFigure(figure: Figure, format: Format): FormattedFigure | null {
  if (figure.value === null) return null;
  const scale = scaleOf(format);
  const decimals = decimalsOf(figure.value, format);
  const halfWidth =
    figure.ci95 === null ? null : report.plusMinus(fixed((figure.ci95[1] - figure.value) * scale, decimals));
  return { number: formatNumber(figure.value, format), unit: unitOf(format), halfWidth };
}

/** A threshold in minutes as a person says it: "20 s", "5 min", "2 h". */
export function formatDuration(min: number): string {
  if (min < 1) return report.quantity(trimmed(min * 60, 1), report.unitSeconds());
  if (min >= 60 && Number.isInteger(min / 60)) return report.quantity(String(min / 60), report.unitHours());
  return report.quantity(trimmed(min, 2), report.unitMinutes());
}

/** A number with at most `decimals` decimals, trailing zeros dropped. */
function trimmed(x: number, decimals: number): string {
  return String(Number(x.toFixed(decimals)));
}
