// Reading a dealership's exports into scenario fragments: each kind of file (call log,
// appointment book, reception log) is streamed by its importer (src/io/import/) into its
// estimator (src/analysis/calibration/), and the estimate becomes edits with comments. Shared by
// `recepsim import` and `recepsim calibrate`; one importer per kind, in one registry.

import { AppointmentBookCalibration } from '../analysis/calibration/appointments.js';
import { appointmentsFragment } from '../analysis/calibration/appointments-fragment.js';
import { CallLogCalibration } from '../analysis/calibration/calls.js';
import { callsFragment, type CurrentCalls } from '../analysis/calibration/calls-fragment.js';
import type { SourceFile } from '../analysis/calibration/fragment-parts.js';
import { VisitLogCalibration } from '../analysis/calibration/visits.js';
import { type Opening, visitsFragment } from '../analysis/calibration/visits-fragment.js';
import { type FileSummary, readCsvFile } from '../io/csv/csv-file.js';
import type { TableSpec } from '../io/csv/table.js';
import { appointmentBookSpec } from '../io/import/appointment-book.js';
import { callLogSpec } from '../io/import/call-log.js';
import { visitLogSpec } from '../io/import/visit-log.js';
import { type InputIssue, InputError } from '../model/issues.js';
import type { ScenarioFragment } from '../model/scenario-edit.js';
import { calibrationText, csvInput } from '../text/messages.js';

/** The kinds of file recepsim imports. */
export const IMPORT_KINDS = ['calls', 'appointments', 'visits'] as const;
/** A kind of file recepsim imports. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** How to read the files (the flags of `import` and `calibrate`). */
export interface ImportOptions {
  /** `column=field` flags for this file. */
  readonly map: readonly string[];
  /** Set where --map names the file's kind first (`calibrate --map "calls:Hora=time"`): the flags may carry it, and hints give that form. */
  readonly mapKind?: ImportKind;
  readonly strict: boolean;
  readonly redialWindowMin: number;
  readonly queue?: string;
  readonly answeredWithinSec: number;
}

/** What the scenario being calibrated says that an importer needs (nothing for a fragment alone). */
export interface ScenarioContext {
  readonly calls?: CurrentCalls;
  readonly opening?: Opening;
}

/** A file read into a fragment, with the warnings to print (bad rows, estimates not made). */
export interface ImportedFile {
  readonly fragment: ScenarioFragment;
  /** Every estimate with its interval and sample size (printed by --json). */
  readonly estimate: unknown;
  readonly warnings: readonly InputIssue[];
}

/** Reads the file of `kind` at `path` into a fragment. */
export function importFile(kind: ImportKind, path: string, options: ImportOptions, context: ScenarioContext = {}): Promise<ImportedFile> {
  return IMPORTERS[kind](path, options, context);
}

type Importer = (path: string, options: ImportOptions, context: ScenarioContext) => Promise<ImportedFile>;

const IMPORTERS: Record<ImportKind, Importer> = {
  async calls(path, options, context) {
    const leftOut = { outgoing: 0, otherQueues: 0 };
    const { estimate, summary } = await readInto(path, options, callLogSpec(options.queue, leftOut), () => {
      leftOut.outgoing = 0;
      leftOut.otherQueues = 0;
      return new CallLogCalibration({ redialWindowMin: options.redialWindowMin, answeredWithinSec: options.answeredWithinSec });
    });
    const left = [
      ...(leftOut.outgoing > 0 ? [calibrationText.leftOutOutgoing(leftOut.outgoing)] : []),
      ...(leftOut.otherQueues > 0 ? [calibrationText.leftOutQueues(leftOut.otherQueues, options.queue ?? '')] : []),
    ];
    if (estimate === undefined) throw new InputError(noRows(path, summary, left));
    return imported(path, summary, estimate, callsFragment(estimate, source(path, estimate.rows, summary, left), context.calls));
  },

  async appointments(path, options) {
    const { estimate, summary } = await readInto(path, options, appointmentBookSpec(), () => new AppointmentBookCalibration());
    if (estimate === undefined) throw new InputError(noRows(path, summary, []));
    // Every booking cancelled: no book of an average day to give (its slots would be empty).
    if (estimate.bookings === 0) throw new InputError(noRows(path, summary, [calibrationText.cancelledBookings(estimate.cancelled)]));
    return imported(path, summary, estimate, appointmentsFragment(estimate, source(path, estimate.rows, summary, [])));
  },

  async visits(path, options, context) {
    const { estimate, summary } = await readInto(path, options, visitLogSpec(), () => new VisitLogCalibration());
    if (estimate === undefined) throw new InputError(noRows(path, summary, []));
    return imported(path, summary, estimate, visitsFragment(estimate, source(path, estimate.rows, summary, []), context.opening));
  },
};

/** An estimator: records in, an estimate out (undefined without records). */
interface Estimator<T, E> {
  add(record: T): void;
  finish(): E | undefined;
}

/** Streams the file into a fresh estimator (a new one for each pass over the file) and finishes it. */
async function readInto<F extends string, T, E>(
  path: string,
  options: ImportOptions,
  spec: TableSpec<F, T>,
  start: () => Estimator<T, E>,
): Promise<{ estimate: E | undefined; summary: FileSummary }> {
  let estimator: Estimator<T, E> | undefined;
  const summary = await readCsvFile(path, spec, { label: path, map: options.map, mapKind: options.mapKind, badRows: options.strict ? 'stop' : 'skip' }, () => {
    const fresh = start();
    estimator = fresh;
    return (record) => fresh.add(record);
  });
  return { estimate: estimator?.finish(), summary };
}

function source(path: string, rows: number, summary: FileSummary, leftOut: readonly string[]): SourceFile {
  return { file: path, rows, skipped: summary.badRows, leftOut };
}

function imported(path: string, summary: FileSummary, estimate: unknown, fragment: ScenarioFragment): ImportedFile {
  const warnings = [...rowIssues(path, summary), ...fragment.warnings.map((message) => ({ path: [], message, file: path }))];
  return { fragment, estimate, warnings };
}

/** The bad rows listed, then how many were skipped, as warnings. */
function rowIssues(path: string, summary: FileSummary): InputIssue[] {
  if (summary.badRows === 0) return [];
  return [...summary.issues, { path: [], message: csvInput.rowsSkipped(path, summary.badRows, summary.rows, summary.issues.length) }];
}

/** The error for a file with no usable row: every row bad, every row left out, or none at all. */
function noRows(path: string, summary: FileSummary, leftOut: readonly string[]): InputIssue[] {
  if (summary.badRows > 0) return [...summary.issues, { path: [], message: csvInput.noUsableRows(path, summary.rows), file: path }];
  if (leftOut.length > 0) return [{ path: [], message: csvInput.allLeftOut(leftOut), file: path }];
  return [{ path: [], message: csvInput.noRows(), file: path }];
}
