import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues, formatPath, issueRecord } from '../../../src/io/format-issues.js';
import type { InputIssue } from '../../../src/model/issues.js';
import { override, validation } from '../../../src/text/messages.js';

const outOfRange = validation.expected(validation.number({ min: 0, max: 1 }), 1.4);

describe('formatPath', () => {
  it('writes paths in JavaScript notation', () => {
    expect(formatPath(['calls', 'reasons', 2, 'share'])).toBe('calls.reasons[2].share');
    expect(formatPath(['calls', 'perHour', '08'])).toBe('calls.perHour["08"]');
    expect(formatPath(['a b', 0])).toBe('["a b"][0]');
    expect(formatPath([])).toBe('');
  });
});

describe('formatIssue', () => {
  it('puts file:line:column, the path and the message on one line', () => {
    const issue: InputIssue = {
      path: ['calls', 'reasons', 2, 'share'],
      message: outOfRange,
      file: 'scenario.yaml',
      line: 23,
      column: 7,
    };
    expect(formatIssue(issue)).toBe(`scenario.yaml:23:7 calls.reasons[2].share: ${outOfRange}`);
    expect(formatIssue(issue)).toBe('scenario.yaml:23:7 calls.reasons[2].share: expected a number between 0 and 1, got 1.4');
  });

  it('leaves out the parts that are unknown', () => {
    expect(formatIssue({ path: ['days'], message: 'm', file: 's.yaml', line: 3 })).toBe('s.yaml:3 days: m');
    expect(formatIssue({ path: ['days'], message: 'm', file: 's.yaml' })).toBe('s.yaml days: m');
    expect(formatIssue({ path: ['days'], message: 'm' })).toBe('days: m');
    expect(formatIssue({ path: [], message: 'm', file: 's.yaml', line: 1, column: 2 })).toBe('s.yaml:1:2: m');
    expect(formatIssue({ path: [], message: 'm' })).toBe('m');
    // A column without a line means nothing.
    expect(formatIssue({ path: [], message: 'm', file: 'f', column: 3 })).toBe('f: m');
  });

  it('names a --set flag in place of a file', () => {
    const issue: InputIssue = { path: [], message: override.malformed(), file: override.source('calls..share=1') };
    expect(formatIssue(issue)).toBe(`--set "calls..share=1": ${override.malformed()}`);
  });
});

describe('formatIssues', () => {
  it('sorts by file, line and column, keeping ties in order', () => {
    const issues: InputIssue[] = [
      { path: ['b'], message: 'second at 5:1', file: 's.yaml', line: 5, column: 1 },
      { path: ['x'], message: 'csv', file: 'book.csv', line: 2 },
      { path: ['a'], message: 'first at 5:1', file: 's.yaml', line: 5, column: 1 },
      { path: ['c'], message: 'at 2:9', file: 's.yaml', line: 2, column: 9 },
      { path: [], message: 'no file' },
      { path: ['d'], message: 'whole file', file: 's.yaml' },
    ];
    expect(formatIssues(issues).split('\n')).toEqual([
      'no file',
      'book.csv:2 x: csv',
      's.yaml d: whole file',
      's.yaml:2:9 c: at 2:9',
      's.yaml:5:1 b: second at 5:1',
      's.yaml:5:1 a: first at 5:1',
    ]);
    expect(formatIssues([])).toBe('');
  });
});

describe('issueRecord', () => {
  it('names a file without its folder (the same however its path was typed), a flag by its label', () => {
    expect(issueRecord({ path: ['staff', 'advisors', 0, 'breaks'], message: 'm', file: '/home/x/scenarios/s.yaml', line: 7, column: 5 })).toEqual({
      where: 's.yaml:7:5',
      field: 'staff.advisors[0].breaks',
      message: 'm',
    });
    expect(issueRecord({ path: ['days'], message: 'm', file: 'C:\\scenarios\\s.yaml', line: 3 })).toEqual({ where: 's.yaml:3', field: 'days', message: 'm' });
    expect(issueRecord({ path: ['days'], message: 'm', file: '--set "days=3"' })).toEqual({ where: '--set "days=3"', field: 'days', message: 'm' });
    expect(issueRecord({ path: [], message: 'm', file: '--workers 2' })).toEqual({ where: '--workers 2', field: null, message: 'm' });
    expect(issueRecord({ path: [], message: 'm' })).toEqual({ where: null, field: null, message: 'm' });
  });
});
