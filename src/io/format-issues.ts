// The one formatter of input problems: `scenario.yaml:23:7 calls.reasons[2].share: expected …`.

import type { FieldPath, InputIssue, IssueRecord } from '../model/issues.js';

/** A field path in JavaScript notation: calls.reasons[2].share, calls.perHour["08"]; '' for the root. */
export function formatPath(path: FieldPath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}

/** One problem on one line: file:line:column, then the path, then the message; unknown parts are left out. */
export function formatIssue(issue: InputIssue): string {
  let where = issue.file ?? '';
  if (issue.file !== undefined && issue.line !== undefined) {
    where += `:${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  }
  const head = [where, formatPath(issue.path)].filter((part) => part !== '').join(' ');
  return head === '' ? issue.message : `${head}: ${issue.message}`;
}

/** Every problem, one per line, sorted by file, line and column (stable for ties); no final newline. */
export function formatIssues(issues: readonly InputIssue[]): string {
  return sortIssues(issues).map(formatIssue).join('\n');
}

/** Problems in reading order: no file first, then by file name, line and column; ties keep their order. */
export function sortIssues(issues: readonly InputIssue[]): InputIssue[] {
  return [...issues].sort(
    (a, b) =>
      compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}


/**
 * An issue as a record. A file is named without its folder, so the record is the same however
 * the scenario's path was typed; a flag keeps its label (`--days 5`).
 */
export function issueRecord(issue: InputIssue): IssueRecord {
  let where: string | null = null;
  if (issue.file !== undefined) {
    where = issue.file.startsWith('--') ? issue.file : issue.file.slice(Math.max(issue.file.lastIndexOf('/'), issue.file.lastIndexOf('\\')) + 1);
    if (issue.line !== undefined) where += `:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  }
  const field = formatPath(issue.path);
  return { where, field: field === '' ? null : field, message: issue.message };
}
