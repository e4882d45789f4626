import { describe, expect, it } from 'vitest';
import { differenceCell, valueCell } from '../../../src/cli/render/figures.js';
import { differenceText } from '../../../src/report/planning/recommend.js';
import { reportLanguage } from '../../../src/text/report/index.js';

describe("compare's difference cells", () => {
  const money = { money: 'EUR' };

  it('write money as the values above them are written, with the symbol, not the code', () => {
    const difference = { value: 273.4, ci95: [250, 296.8] as const, real: true };
    const en = differenceCell(difference, money, 'lower', reportLanguage('en'));
    const es = differenceCell(difference, money, 'lower', reportLanguage('es'));
    expect(en).toMatch(/^\+€273 ± 23/);
    expect(es).toMatch(/^\+273\s€ ± 23/);
    for (const cell of [en, es]) expect(cell).not.toContain('EUR');
    // The same symbol and place as the value cells.
    expect(valueCell(1074, money, reportLanguage('en'))).toBe('€1,074');
    expect(valueCell(1074, money, reportLanguage('es'))).toMatch(/^1\.074\s€$/);
  });

  it('write the half-width of a difference of thousands without decimals (a thousands separator is not a decimal point)', () => {
    const difference = { value: 1446.3, ci95: [1335.7, 1556.9] as const, real: true };
    expect(differenceCell(difference, money, 'lower', reportLanguage('en'))).toMatch(/^\+€1,446 ± 111 /);
    expect(differenceCell({ value: 12345.6, ci95: [12000, 12691.2] as const, real: true }, money, 'lower', reportLanguage('es'))).toMatch(/^\+12\.346\s€ ± 346 /);
    expect(differenceCell({ value: 1234.5, ci95: [1200, 1269] as const, real: true }, 'count', 'lower', reportLanguage('en'))).toMatch(/^\+1,234\.5 ± 34\.5 /);
  });

  it('give a saving its minus sign', () => {
    expect(differenceCell({ value: -42, ci95: [-50, -34], real: true }, money, 'lower', reportLanguage('es'))).toMatch(/^−42\s€ ± 8/);
  });

  it('write a difference too small to show, or none, with no sign: never "−€0" or "±0.00"', () => {
    const en = reportLanguage('en');
    expect(differenceCell({ value: -0.3, ci95: [-0.9, 0.3], real: false }, money, 'lower', en)).toMatch(/^€0 ± 1 /);
    expect(differenceCell({ value: 0, ci95: [0, 0], real: false }, 'count', 'lower', en)).toMatch(/^0(\.0+)? ± 0/);
    expect(differenceCell({ value: -0.00001, ci95: [-0.001, 0.001], real: false }, 'share', 'higher', en)).toMatch(/^0\.0 pts/);
    // The planning report's sentences and the what-if page write differences by the same rule.
    expect(differenceText(-0.3, 0.6, 'money', 'EUR', en)).toMatch(/^€0 ± 1$/);
    expect(differenceText(0, 0, 'count', 'EUR', en)).toMatch(/^0(\.0+)? ± 0/);
    expect(differenceText(-42, 8, 'money', 'EUR', en)).toBe('−€42 ± 8');
  });

  it('keep percentage points for shares', () => {
    expect(differenceCell({ value: -0.0293, ci95: [-0.03, -0.0285], real: true }, 'share', 'higher', reportLanguage('en'))).toMatch(/^−2\.9 pts/);
  });
});
