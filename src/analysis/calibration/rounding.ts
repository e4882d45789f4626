// How calibrated values are written into a scenario: enough digits to stay well inside their
// confidence intervals, few enough to read.

/** Minutes (and other durations): three significant digits (3.71, 14.2, 0.873). */
export function minutes(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return roundTo(value, Math.min(digits, 6));
}

/** Rates per hour and factors: two decimals. */
export function rate2(value: number): number {
  return roundTo(value, 2);
}

/** Probabilities: three decimals. */
export function probability3(value: number): number {
  return roundTo(value, 3);
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
