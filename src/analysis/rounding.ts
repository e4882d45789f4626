// Numbers in planning outputs are rounded like the summary's (SUMMARY_DIGITS significant digits),
// so JSON files stay readable and byte-stable across platforms' last-bit differences.

import { round } from '../metrics/summary/figure.js';

/** A copy of plain data with every finite number rounded; NaN and infinities become null. */
export function roundDeep<T>(value: T): T {
  if (typeof value === 'number') return round(value) as T;
  if (Array.isArray(value)) return value.map(roundDeep) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, roundDeep(child)])) as T;
  }
  return value;
}
