// Reading a dealership's exports into scenario fragments: each kind of file (call log,
// appointment book, reception log) is streamed by its importer (src/io/import/) into its
// estimator (src/analysis/calibration/), and the estimate becomes edits with comments. Shared by
// `recepsim import` and `recepsim calibrate`.

import { type CallsEstimate, CallLogCalibration } from '../analysis/calibration/calls.js';
import { callsFragment, type CurrentCalls, type SourceFile } from '../analysis/calibration/calls-fragment.js';
import { readCallLog } from '../io/import/call-log.js';
import { type InputIssue, InputError } from '../model/issues.js';
import type { ScenarioFragment } from '../model/scenario-edit.js';
import { calibrationText, csvInput } from '../text/messages.js';

/** The kinds of file recepsim imports. */
export const IMPORT_KINDS = ['calls'] as const;
/** A kind of file recepsim imports. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** How to read the files (the flags of `import` and `calibrate`). */
export interface ImportOptions {
  readonly map: readonly string[];
  readonly strict: boolean;
  readonly redialWindowMin: number;
  readonly queue?: string;
  readonly answeredWithinSec: number;
}

/** A file read into a fragment, with the warnings to print (bad rows, estimates not made). */
export interface ImportedFile {
  readonly fragment: ScenarioFragment;
  /** Every estimate with its interval and sample size (printed by --json). */
  readonly estimate: unknown;
  readonly warnings: readonly InputIssue[];
}

/** Reads a call log into the edits of `calls`; `current`: the scenario's calls section when calibrating. */
export async function importCalls(path: string, options: ImportOptions, current: CurrentCalls | undefined): Promise<ImportedFile> {
  let calibration: CallLogCalibration | undefined;
  const summary = await readCallLog(path, { label: path, map: options.map, strict: options.strict, queue: options.queue }, () => {
    const fresh = new CallLogCalibration({ redialWindowMin: options.redialWindowMin, answeredWithinSec: options.answeredWithinSec });
    calibration = fresh;
    return (call) => fresh.add(call);
  });
  const estimate: CallsEstimate | undefined = calibration?.finish();
  const rowWarnings = rowIssues(path, summary);
  if (estimate === undefined) throw new InputError(noRows(path, summary, rowWarnings));
  const leftOut = [
    ...(summary.outgoing > 0 ? [calibrationText.leftOutOutgoing(summary.outgoing)] : []),
    ...(summary.otherQueues > 0 ? [calibrationText.leftOutQueues(summary.otherQueues, options.queue ?? '')] : []),
  ];
  const source: SourceFile = { file: path, rows: estimate.rows, skipped: summary.badRows, leftOut };
  const fragment = callsFragment(estimate, source, current);
  return { fragment, estimate, warnings: [...rowWarnings, ...fragment.warnings.map((message) => ({ path: [], message, file: path }))] };
}

/** The bad rows listed, then how many were skipped, as warnings. */
function rowIssues(path: string, summary: { rows: number; badRows: number; issues: readonly InputIssue[] }): InputIssue[] {
  if (summary.badRows === 0) return [];
  return [...summary.issues, { path: [], message: csvInput.rowsSkipped(path, summary.badRows, summary.rows, summary.issues.length) }];
}

/** The error for a file with no usable row. */
function noRows(path: string, summary: { rows: number; badRows: number }, rowWarnings: readonly InputIssue[]): InputIssue[] {
  if (summary.badRows > 0) return [...rowWarnings.slice(0, -1), { path: [], message: csvInput.noUsableRows(path, summary.rows), file: path }];
  return [{ path: [], message: csvInput.noRows(), file: path }];
}
