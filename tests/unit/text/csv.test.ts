import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../../src/text/csv.js';

describe('toCsv', () => {
  it('writes a header and rows with \\n line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [2.5, null]])).toBe('a,b\n1,x\n2.5,\n');
    expect(toCsv(['a'], [])).toBe('a\n');
  });

  it('quotes only cells that need it (RFC 4180)', () => {
    const csv = toCsv(['name', 'note'], [['a,b', 'say "hi"'], ['line\nbreak', 'cr\r'], ['plain', ' spaced ']]);
    expect(csv).toBe('name,note\n"a,b","say ""hi"""\n"line\nbreak","cr\r"\nplain, spaced \n');
    expect(parse(csv)).toEqual([
      ['name', 'note'],
      ['a,b', 'say "hi"'],
      ['line\nbreak', 'cr\r'],
      ['plain', ' spaced '],
    ]);
  });

  it('prints numbers in full precision, the same everywhere', () => {
    expect(toCsv(['x'], [[0.1 + 0.2], [1e21], [-0], [123456789.123456789], [true], [false]])).toBe(
      'x\n0.30000000000000004\n1e+21\n0\n123456789.12345679\ntrue\nfalse\n',
    );
  });

  it("writes Spanish Excel's dialect: a BOM, ';' between cells and decimal commas", () => {
    const csv = toCsv(['a', 'b'], [[1.5, 'x;y'], [-0, 'a,b'], [1e-7, true]], 'es');
    expect(csv).toBe('\ufeffa;b\n1,5;"x;y"\n0;a,b\n1e-7;true\n');
    expect(parse(csv, { delimiter: ';', bom: true })).toEqual([
      ['a', 'b'],
      ['1,5', 'x;y'],
      ['0', 'a,b'],
      ['1e-7', 'true'],
    ]);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(RangeError);
  });
});
