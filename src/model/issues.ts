// Bad input is data: a path into the scenario (or a file position) and a message. Problems are
// collected, then reported together by one formatter (src/io/format-issues.ts).

/** A path into a scenario: keys and list indexes, e.g. ['calls', 'reasons', 2, 'share']. */
export type FieldPath = readonly (string | number)[];

/** One problem with the user's input. */
export interface InputIssue {
  /** Where in the scenario; empty for the whole file or for a problem outside any field. */
  readonly path: FieldPath;
  /** What was expected and what was found, from the message catalogue. */
  readonly message: string;
  /** The file the problem is in, when known (a scenario, a CSV). */
  readonly file?: string;
  /** 1-based line and column in `file`, when known. */
  readonly line?: number;
  readonly column?: number;
}

/** An issue as data for results files: where (file name:line:column, or the flag), the field, the message. */
export interface IssueRecord {
  readonly where: string | null;
  readonly field: string | null;
  readonly message: string;
}

/** Issue records read back from a results file; an entry that is not one is left out (the figures do not depend on them). */
export function issueRecordsOf(value: unknown): IssueRecord[] {
  if (!Array.isArray(value)) return [];
  const text = (field: unknown) => (typeof field === 'string' ? field : null);
  return value
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null && typeof (entry as { message?: unknown }).message === 'string')
    .map((entry) => ({ where: text(entry.where), field: text(entry.field), message: entry.message as string }));
}

/** The one error type for bad input (exit code 2): carries every problem found. */
export class InputError extends Error {
  constructor(readonly issues: readonly InputIssue[]) {
    super(issues.map((issue) => issue.message).join('\n'));
    this.name = 'InputError';
  }
}

/** Collects warnings: passed in, never global. */
export interface WarningSink {
  warn(issue: InputIssue): void;
}

/** A WarningSink that keeps what it is told. */
export class WarningList implements WarningSink {
  readonly issues: InputIssue[] = [];
  warn(issue: InputIssue): void {
    this.issues.push(issue);
  }
}
