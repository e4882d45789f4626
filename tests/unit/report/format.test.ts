import { describe, expect, it } from 'vitest';
import { formatFigure, formatValue } from '../../../src/report/format.js';
import { report } from '../../../src/text/messages.js';

describe('figure formats', () => {
  it('shows call waits, kept in minutes, as seconds', () => {
    expect(formatFigure({ value: 0.03, ci95: [0.02, 0.04] }, 'seconds')).toEqual({
      number: '1.8',
      unit: report.unitSeconds(),
      halfWidth: report.plusMinus('0.6'),
    });
    expect(formatValue(0.5, 'seconds')).toBe(report.quantity('30', report.unitSeconds()));
  });

  it('shows shares as percentages and long waits in minutes', () => {
    expect(formatValue(0.8123, 'share')).toBe(report.quantity('81.2', report.unitPercent()));
    expect(formatValue(12.34, 'minutes')).toBe(report.quantity('12.3', report.unitMinutes()));
  });
});
