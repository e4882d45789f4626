import { issuesThrownBy } from '../../support/input-errors.js';
import { describe, expect, it } from 'vitest';
import { parseSource, parseYamlValue } from '../../../src/io/source-map.js';
import { reading } from '../../../src/text/messages.js';

const issuesOf = issuesThrownBy;

const YAML = [
  'name: Test', //                                   line 1
  'calls:', //                                        line 2
  '  perHour: { "08": 3, 09: 2 }', //                 line 3
  '  reasons:', //                                    line 4
  '    - { name: a, share: 0.5 }', //                 line 5
  '    - name: b', //                                 line 6
  '      share: 1.4', //                              line 7
  '      handle:', //                                 line 8
  '        dist: lognormal', //                       line 9
  'day: { open: 08:00 }', //                          line 10
].join('\n');

describe('parseSource', () => {
  it('maps nested YAML paths to the line and column of the value', () => {
    const source = parseSource(YAML, 's.yaml');
    expect(source.locate(['calls', 'reasons', 1, 'share'])).toEqual({ line: 7, column: 14 });
    expect(source.locate(['calls', 'reasons', 0, 'share'])).toEqual({ line: 5, column: 25 });
    expect(source.locate(['calls', 'perHour', '09'])).toEqual({ line: 3, column: 27 });
    expect(source.locate(['name'])).toEqual({ line: 1, column: 7 });
  });

  it('points at the key itself when asked (an unknown key)', () => {
    const source = parseSource(YAML, 's.yaml');
    expect(source.locate(['calls', 'reasons', 1, 'share'], 'key')).toEqual({ line: 7, column: 7 });
    expect(source.locate(['calls', 'perHour', '09'], 'key')).toEqual({ line: 3, column: 23 });
  });

  it('points at the nearest existing ancestor for a missing field', () => {
    const source = parseSource(YAML, 's.yaml');
    // handle.mean is missing: the handle mapping starts on line 9.
    expect(source.locate(['calls', 'reasons', 1, 'handle', 'mean'])).toEqual({ line: 9, column: 9 });
    expect(source.locate(['calls', 'reasons', 0, 'handle'])).toEqual({ line: 5, column: 7 });
    expect(source.locate(['staff', 'advisors'])).toEqual({ line: 1, column: 1 });
    expect(source.locate(['calls', 'reasons', 7])).toEqual({ line: 5, column: 5 });
  });

  it('maps JSON paths the same way', () => {
    const json = ['{', '  "calls": {', '    "reasons": [', '      { "name": "a", "share": 1.4 }', '    ]', '  }', '}'].join('\n');
    const source = parseSource(json, 's.json');
    expect(source.value).toEqual({ calls: { reasons: [{ name: 'a', share: 1.4 }] } });
    expect(source.locate(['calls', 'reasons', 0, 'share'])).toEqual({ line: 4, column: 31 });
    expect(source.locate(['calls', 'reasons', 0, 'share'], 'key')).toEqual({ line: 4, column: 22 });
  });

  it('reads JSON indented with tabs', () => {
    const source = parseSource('{\n\t"a": {\n\t\t"b": [1, 2]\n\t}\n}\n', 's.json');
    expect(source.value).toEqual({ a: { b: [1, 2] } });
    expect(source.locate(['a', 'b', 1])).toEqual({ line: 3, column: 12 });
  });

  it('keeps clock times and zero-led hours as strings (YAML 1.2 core)', () => {
    const source = parseSource(YAML, 's.yaml');
    const value = source.value as { day: { open: unknown }; calls: { perHour: Record<string, unknown> } };
    expect(value.day.open).toBe('08:00');
    expect(Object.keys(value.calls.perHour)).toEqual(['08', '09']);
    expect(parseSource('a: yes\nb: 8\nc: 0x10\nd: 1e3\ne: 007\nf: -0\n', 's.yaml').value).toEqual({
      a: 'yes',
      b: 8,
      c: 16,
      d: 1000,
      e: '007',
      f: -0,
    });
  });

  it('ignores a byte-order mark', () => {
    const source = parseSource('\uFEFFname: x\n', 's.yaml');
    expect(source.value).toEqual({ name: 'x' });
    expect(source.locate(['name'], 'key')).toEqual({ line: 1, column: 1 });
  });

  it('resolves aliases when locating', () => {
    const source = parseSource('a: &h { dist: exponential, mean: 3 }\nb: *h\n', 's.yaml');
    expect(source.value).toEqual({ a: { dist: 'exponential', mean: 3 }, b: { dist: 'exponential', mean: 3 } });
    expect(source.locate(['b', 'mean'])).toEqual({ line: 1, column: 34 });
  });

  it('reports invalid YAML with the parser position', () => {
    const issues = issuesOf(() => parseSource('a: 1\nb: [1, 2\nc: 3\n', 's.yaml'));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].file).toBe('s.yaml');
    expect(issues[0].line).toBeGreaterThanOrEqual(2);
    expect(issues[0].message.startsWith(reading.invalidYaml(''))).toBe(true);
  });

  it('rejects duplicate keys, tabs as indentation and several documents', () => {
    expect(issuesOf(() => parseSource('a: 1\nb: 2\na: 3\n', 's.yaml'))).toEqual([
      { path: [], message: reading.invalidYaml('Map keys must be unique'), file: 's.yaml', line: 3, column: 1 },
    ]);
    expect(issuesOf(() => parseSource('a:\n\tb: 1\n', 's.yaml'))[0]).toMatchObject({ file: 's.yaml', line: 2 });
    expect(issuesOf(() => parseSource('a: 1\n---\na: 2\n', 's.yaml'))[0]).toMatchObject({
      message: reading.multipleDocuments(),
      line: 2,
    });
  });

  it('finds repeated keys at every depth, in flow and JSON maps too, and in one pass over a file of many keys', () => {
    const repeated = (line: number, column: number) => ({ path: [], message: reading.invalidYaml('Map keys must be unique'), file: 's.yaml', line, column });
    expect(issuesOf(() => parseSource('a:\n  b: 1\n  c: [{ d: 1, d: 2 }]\n  b: 3\n', 's.yaml'))).toEqual([repeated(3, 15), repeated(4, 3)]);
    expect(issuesOf(() => parseSource('{"a": 1, "a": 2}', 's.yaml'))).toEqual([repeated(1, 10)]);
    // Keys alike as text but not as values (a string and a number) are different keys, as for the parser.
    expect(parseSource('"8": a\n8: b\n', 's.yaml').value).toEqual({ 8: 'b' });
    // Checking each key against every key before it took minutes here.
    const many = Array.from({ length: 200_000 }, (_, i) => `k${i}: ${i}\n`).join('');
    expect(issuesOf(() => parseSource(`${many}k7: again\n`, 's.yaml'))).toEqual([repeated(200_001, 1)]);
  });

  it('reports an alias without its anchor', () => {
    expect(issuesOf(() => parseSource('a: *nowhere\n', 's.yaml'))[0]).toMatchObject({ file: 's.yaml' });
  });

  it('leaves unknown and type-changing tags as warnings, the value a string', () => {
    const source = parseSource('a: !!binary aGk=\nb: !custom x\n', 's.yaml');
    expect(source.value).toEqual({ a: 'aGk=', b: 'x' });
    expect(source.warnings.map((warning) => warning.line)).toEqual([1, 2]);
  });

  it('accepts .yaml, .yml and .json only', () => {
    expect(parseSource('a: 1', 'S.YML').value).toEqual({ a: 1 });
    expect(issuesOf(() => parseSource('a: 1', 'scenario.txt'))).toEqual([
      { path: [], message: reading.unsupportedExtension('scenario.txt') },
    ]);
  });

  it('gives no position in an empty document', () => {
    const source = parseSource('# nothing\n', 's.yaml');
    expect(source.value).toBeNull();
    expect(source.locate(['name'])).toBeUndefined();
  });
});

describe('parseYamlValue', () => {
  it('reads scalars and flow collections as a file would', () => {
    expect(parseYamlValue('4')).toEqual({ value: 4 });
    expect(parseYamlValue('true')).toEqual({ value: true });
    expect(parseYamlValue('divert')).toEqual({ value: 'divert' });
    expect(parseYamlValue('08:00')).toEqual({ value: '08:00' });
    expect(parseYamlValue('{dist: exponential, mean: 3}')).toEqual({ value: { dist: 'exponential', mean: 3 } });
    expect(parseYamlValue('[1,2]')).toEqual({ value: [1, 2] });
    expect(parseYamlValue('')).toEqual({ value: null });
    expect(parseYamlValue('{a: 1')).toHaveProperty('error');
  });
});
