import { describe, expect, it } from 'vitest';
import { figureText, formatDuration, formatFigure, formatValue } from '../../../src/report/format.js';
import { reportLanguage } from '../../../src/text/report/index.js';

const en = reportLanguage('en');
const es = reportLanguage('es');

describe('figure formats', () => {
  it('shows call waits, kept in minutes, as seconds', () => {
    expect(formatFigure({ value: 0.03, ci95: [0.02, 0.04] }, 'seconds', en)).toEqual({
      number: '1.8',
      unit: en.text.unitSeconds,
      unitFirst: false,
      joiner: ' ',
      halfWidth: en.text.plusMinus('0.6'),
    });
    expect(formatValue(0.5, 'seconds', en)).toBe('30 s');
  });

  it('writes percentages, decimals and money as each locale does (Intl)', () => {
    expect(formatValue(0.968, 'share', es)).toBe('96,8\u00a0%');
    expect(formatValue(0.968, 'share', en)).toBe('96.8%');
    expect(formatValue(12345, { money: 'EUR' }, es)).toBe('12.345\u00a0€');
    expect(formatValue(12345, { money: 'EUR' }, en)).toBe('€12,345');
    expect(formatValue(12.34, 'minutes', es)).toBe('12,3 min');
    expect(formatValue(1234.5, 'count', en)).toBe('1,234.5');
  });

  it('writes a currency Intl does not know after the number, as given', () => {
    expect(formatValue(906, { money: 'euros' }, es)).toBe('906 euros');
  });

  it('gives the half-width in the unit shown: percentage points for shares', () => {
    expect(figureText({ value: 0.663, ci95: [0.657, 0.669] }, 'share', es)).toBe('66,3\u00a0% ± 0,6');
    expect(figureText({ value: null, ci95: null }, 'share', es)).toBe(es.text.noValue);
    expect(figureText({ value: 0.5, ci95: null }, 'share', en)).toBe('50.0%');
  });

  it('gives the wider side of an interval clipped at 100% or at 0, so value − h is its low end', () => {
    // 90% with a t half-width of 12 points: the interval is [78%, 100%]. "± 10.0" would put the low
    // end at 80%, meeting a target of at least 80% that the verdict calls borderline.
    expect(figureText({ value: 0.9, ci95: [0.78, 1] }, 'share', en)).toBe('90.0% ± 12.0');
    expect(figureText({ value: 0.777778, ci95: [0.482557, 1] }, 'share', es)).toBe('77,8\u00a0% ± 29,5');
    // A quantile floored at 0 keeps its high side.
    expect(figureText({ value: 2, ci95: [0, 5.5] }, 'minutes', en)).toBe('2.00 min ± 3.50');
  });

  it('never writes "-0"', () => {
    expect(formatValue(-0.00001, 'count', en)).toBe('0.00');
    expect(formatValue(-0.0001, 'share', es)).toBe('0,0\u00a0%');
  });

  it('says thresholds as a person does', () => {
    expect(formatDuration(1 / 3, en)).toBe('20 s');
    expect(formatDuration(5, es)).toBe('5 min');
    expect(formatDuration(120, en)).toBe('2 h');
    expect(formatDuration(2.5, es)).toBe('2,5 min');
  });
});

describe('negligible counts', () => {
  it('writes a positive count too small for its decimals as "< 0.01", and zero as zero', () => {
    expect(formatValue(0.001, 'count', reportLanguage('en'))).toBe(reportLanguage('en').text.below('0.01'));
    expect(formatValue(0.001, 'count', reportLanguage('es'))).toBe('< 0,01');
    expect(formatValue(0, 'count', reportLanguage('en'))).toBe('0.00');
    expect(formatValue(0.02, 'count', reportLanguage('en'))).toBe('0.02');
  });
});
