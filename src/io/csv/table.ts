// One table of an exported CSV, record by record: the header row names the columns (matched to
// fields by their Spanish or English names, or by --map column=field), then each row is read into
// a typed record by the importer's own `parse`. A bad row is reported with its file, line, column
// and what was expected; the policy says whether to collect every problem (a scenario's
// appointment book), skip bad rows and count them (imports), or stop at the first (--strict).
// No file system here: csv-text.ts and csv-file.ts feed the records.

import { InputError, type InputIssue } from '../../model/issues.js';
import { csvInput } from '../../text/messages.js';
import { normaliseName } from './cells.js';

/** One field an importer reads. */
export interface FieldSpec {
  /** Column names this field goes by, as normaliseName writes them ("hora inicio"); the first few are shown in messages. */
  readonly names: readonly string[];
  /** A file without such a column is refused. */
  readonly required?: boolean;
}

/** What to do with bad rows: collect them all, skip them (keeping the first few to show), or stop at the first. */
export type BadRowPolicy = 'collect' | 'skip' | 'stop';

/** A table an importer reads: its fields and how one row becomes a record. */
export interface TableSpec<F extends string, T> {
  readonly fields: Readonly<Record<F, FieldSpec>>;
  /**
   * A record from a row; undefined after calling `row.bad` for what is wrong; null for a good row
   * the importer leaves out on purpose (an outgoing call), which it counts itself.
   */
  readonly parse: (row: Row<F>) => T | undefined | null;
  /** Groups of fields of which the file must have at least one (a date-and-time column, or a time column). */
  readonly requiredGroups?: readonly (readonly F[])[];
  /** Columns no field goes by: an error (a scenario's file must not carry a typo) or ignored and listed. */
  readonly otherColumns: 'error' | 'ignore';
}

/** How to read one file. */
export interface TableOptions {
  /** The file's name in messages. */
  readonly label: string;
  /** `column=field` flags, naming a column for a field. */
  readonly map?: readonly string[];
  /**
   * The kind of file that --map flags name first, where the command takes several files
   * (`calibrate --map "calls:Hora=time"`): the flags may carry it, and hints give that form.
   */
  readonly mapKind?: string;
  readonly badRows: BadRowPolicy;
}

/** What reading a table found, besides its records. */
export interface TableSummary {
  /** Data rows seen (the header and blank lines not counted). */
  readonly rows: number;
  readonly badRows: number;
  /** Problems with rows: all of them ('collect'), or the first few ('skip'). */
  readonly issues: readonly InputIssue[];
  /** Columns the file has that no field used (when they are ignored). */
  readonly unusedColumns: readonly string[];
  /** The fields the file has a column for. */
  readonly present: ReadonlySet<string>;
}

/** Bad rows listed one by one when skipping; the rest are only counted. */
export const LISTED_BAD_ROWS = 10;

// A first row with a single cell that names no field is a report title ("Informe de llamadas"),
// not the header: exports often start with one or two such lines.
const MAX_TITLE_ROWS = 10;

// Header units: "Duración (s)", "Espera (min)". A plain number in such a column counts in that unit.
const UNIT_SEC: Readonly<Record<string, number>> = {
  s: 1, sec: 1, seg: 1, secs: 1, segs: 1, seconds: 1, segundos: 1,
  m: 60, min: 60, mins: 60, minutes: 60, minutos: 60,
  h: 3600, hours: 3600, horas: 3600,
  ms: 0.001,
};

/** The cells of the row being read, by field; one instance is reused for every row. */
export class Row<F extends string> {
  private cells: readonly string[] = [];
  /** Set by `bad`: the problems of this row. */
  problems: { column: string; expected: string; got: string }[] = [];

  constructor(
    private readonly columnOf: ReadonlyMap<F, number>,
    private readonly headers: readonly string[],
    private readonly unitSecOf: ReadonlyMap<F, number>,
  ) {}

  /** Starts reading another row. */
  reset(cells: readonly string[]): void {
    this.cells = cells;
    if (this.problems.length > 0) this.problems = [];
  }

  /** True if the file has a column for `field`. */
  has(field: F): boolean {
    return this.columnOf.has(field);
  }

  /** The trimmed text of `field` in this row ('' if empty or the file has no such column). */
  cell(field: F): string {
    const index = this.columnOf.get(field);
    return index === undefined ? '' : (this.cells[index] ?? '');
  }

  /** Seconds that a plain number in `field` counts for: 1, or what its header's unit says ("(min)": 60). */
  plainUnitSec(field: F): number {
    return this.unitSecOf.get(field) ?? 1;
  }

  /** Records that `field` does not hold what was expected; returns undefined, for `return row.bad(…)`. */
  bad(field: F, expected: string): undefined {
    const index = this.columnOf.get(field);
    this.problems.push({ column: index === undefined ? field : this.headers[index], expected, got: this.cell(field) });
    return undefined;
  }
}

/** Reads a table record by record: the first is the header, then rows become records. */
export class TableReader<F extends string, T> {
  private row: Row<F> | undefined;
  private width = 0;
  private titleRows = 0;
  private firstTitle: { cells: readonly string[]; line: number } | undefined;
  private rows = 0;
  private badRows = 0;
  private readonly issues: InputIssue[] = [];
  private unusedColumns: string[] = [];
  private present = new Set<string>();

  constructor(
    private readonly spec: TableSpec<F, T>,
    private readonly options: TableOptions,
  ) {}

  /** The record of a data row, or undefined for the header, a title line or a bad row (reported as the policy says). */
  read(cells: readonly string[], line: number): T | undefined {
    if (this.row === undefined) {
      this.header(cells, line);
      return undefined;
    }
    this.rows++;
    const row = this.row;
    row.reset(cells);
    const record = this.extraValues(cells, line) ? undefined : this.spec.parse(row);
    if (record === null) return undefined;
    if (row.problems.length > 0) {
      for (const problem of row.problems) {
        this.problem(line, csvInput.inColumn(problem.column, csvInput.badCell(problem.expected, problem.got)));
      }
      this.badRows++;
      return undefined;
    }
    if (record === undefined) this.badRows++;
    return record;
  }

  /** What was read; throws InputError for a file with no header at all. */
  finish(): TableSummary {
    if (this.row === undefined) {
      // Only "title" lines: the first was the header after all (one column, or another separator).
      if (this.firstTitle !== undefined) {
        this.titleRows = MAX_TITLE_ROWS;
        this.header(this.firstTitle.cells, this.firstTitle.line);
      }
      throw new InputError([{ path: [], message: csvInput.empty(), file: this.options.label }]);
    }
    return {
      rows: this.rows,
      badRows: this.badRows,
      issues: this.issues,
      unusedColumns: this.unusedColumns,
      present: this.present,
    };
  }

  private extraValues(cells: readonly string[], line: number): boolean {
    if (cells.length <= this.width) return false;
    let last = cells.length;
    while (last > this.width && cells[last - 1] === '') last--;
    if (last <= this.width) return false;
    this.problem(line, csvInput.tooManyValues(this.width, last));
    return true;
  }

  private problem(line: number, message: string): void {
    const issue: InputIssue = { path: [], message, file: this.options.label, line };
    if (this.options.badRows === 'stop') throw new InputError([issue]);
    if (this.options.badRows === 'collect' || this.issues.length < LISTED_BAD_ROWS) this.issues.push(issue);
  }

  /** A --map flag without the kind of file it may start with ("calls:Hora=time" → "Hora=time"). */
  private mapBody(flag: string): string {
    const prefix = `${this.options.mapKind}:`;
    return this.options.mapKind !== undefined && flag.startsWith(prefix) ? flag.slice(prefix.length) : flag;
  }

  private header(cells: readonly string[], line: number): void {
    const headers = withoutTrailingEmpty(cells);
    const parsed = headers.map(splitHeader);
    const fieldNames = Object.keys(this.spec.fields) as F[];

    // A title line ("Informe de llamadas") before the header: one cell that names no field and no
    // --map column. Skipped.
    const nonEmpty = headers.filter((cell) => cell !== '').length;
    const mapped = (this.options.map ?? []).map((flag) => this.mapBody(flag)).map((body) => normaliseName(body.slice(0, Math.max(0, body.lastIndexOf('=')))));
    const namesSomething = parsed.some(
      (header) => mapped.includes(header.full) || mapped.includes(header.name) || fieldNames.some((field) => this.spec.fields[field].names.some((name) => name === header.full || name === header.name)),
    );
    if (!namesSomething && nonEmpty <= 1 && this.titleRows < MAX_TITLE_ROWS) {
      this.titleRows++;
      this.firstTitle ??= { cells, line };
      return;
    }

    // Two columns that could both be `field`: under one name, --map (which names a column) cannot
    // choose and the file must; under two, --map can.
    const clash = (field: string, first: number, second: number) =>
      parsed[first].full === parsed[second].full
        ? csvInput.sameNameColumns(headers[first], first + 1, second + 1)
        : csvInput.ambiguousColumn(field, headers[first], headers[second], this.options.mapKind);

    // --map column=field first: an explicit choice takes that column and that field.
    const columnOf = new Map<F, number>();
    const mappedBy = new Map<F, string>();
    const fieldOfColumn = (column: number) => [...columnOf].find(([, index]) => index === column)?.[0];
    const mapIssues: InputIssue[] = [];
    for (const typed of this.options.map ?? []) {
      const at = (message: string) => mapIssues.push({ path: [], message, file: csvInput.mapSource(typed) });
      const flag = this.mapBody(typed);
      const equals = flag.lastIndexOf('=');
      if (equals <= 0 || equals === flag.length - 1) {
        at(csvInput.mapMalformed(this.options.mapKind));
        continue;
      }
      const column = normaliseName(flag.slice(0, equals));
      const field = flag.slice(equals + 1).trim() as F;
      // The column of that whole name ("Espera (s)"), else of that name without its unit ("Espera").
      const named = (matches: (header: (typeof parsed)[number]) => boolean) => parsed.flatMap((header, index) => (matches(header) ? [index] : []));
      const exact = named((header) => header.full === column);
      const indexes = exact.length > 0 ? exact : named((header) => header.name === column);
      if (!fieldNames.includes(field)) at(csvInput.mapUnknownField(field, fieldNames));
      else if (indexes.length === 0) at(csvInput.mapUnknownColumn(flag.slice(0, equals).trim(), headers));
      else if (indexes.length > 1) at(clash(field, indexes[0], indexes[1]));
      else if (mappedBy.has(field)) at(csvInput.mapFieldTwice(field, csvInput.mapSource(mappedBy.get(field)!)));
      else {
        const other = fieldOfColumn(indexes[0]);
        if (other !== undefined) at(csvInput.mapColumnTwice(headers[indexes[0]], other, csvInput.mapSource(mappedBy.get(other)!)));
        else {
          columnOf.set(field, indexes[0]);
          mappedBy.set(field, typed);
        }
      }
    }
    if (mapIssues.length > 0) throw new InputError(mapIssues);

    const claimed = new Set(columnOf.values());
    const headerIssues: InputIssue[] = [];
    for (const field of fieldNames) {
      if (columnOf.has(field)) continue;
      const names = this.spec.fields[field].names;
      const matches = parsed
        .map((header, index) => ({ header, index }))
        .filter(({ header, index }) => !claimed.has(index) && (names.includes(header.full) || names.includes(header.name)));
      if (matches.length > 1) headerIssues.push({ path: [], message: clash(field, matches[0].index, matches[1].index), file: this.options.label, line });
      else if (matches.length === 1) columnOf.set(field, matches[0].index);
    }

    if (headerIssues.length > 0) throw new InputError(headerIssues);

    for (const field of fieldNames) {
      if (this.spec.fields[field].required && !columnOf.has(field)) {
        headerIssues.push({ path: [], message: csvInput.missingColumn([field], this.spec.fields[field].names.slice(0, 4), headers, this.options.mapKind), file: this.options.label, line });
      }
    }
    for (const group of this.spec.requiredGroups ?? []) {
      if (group.some((field) => columnOf.has(field))) continue;
      const names = group.flatMap((field) => this.spec.fields[field].names.slice(0, 2));
      headerIssues.push({ path: [], message: csvInput.missingColumn(group, names, headers, this.options.mapKind), file: this.options.label, line });
    }
    // Without a required column the header is probably not a header: other columns would be noise.
    if (headerIssues.length > 0) throw new InputError(headerIssues);
    const used = new Set(columnOf.values());
    const seen = new Set<string>();
    for (const [index, header] of headers.entries()) {
      if (used.has(index) || header === '') continue;
      if (this.spec.otherColumns === 'error') {
        const allowed = fieldNames.map((field) => `${field} (${this.spec.fields[field].names.filter((name) => name !== field)[0] ?? field})`);
        headerIssues.push({ path: [], message: csvInput.unknownColumn(header, allowed), file: this.options.label, line });
      } else this.unusedColumns.push(header);
      if (seen.has(parsed[index].full)) headerIssues.push({ path: [], message: csvInput.duplicateColumn(header), file: this.options.label, line });
      seen.add(parsed[index].full);
    }
    if (headerIssues.length > 0) throw new InputError(headerIssues);

    const unitSecOf = new Map<F, number>();
    for (const [field, index] of columnOf) if (parsed[index].unitSec !== undefined) unitSecOf.set(field, parsed[index].unitSec);
    this.present = new Set(columnOf.keys());
    this.width = headers.length;
    this.row = new Row(columnOf, headers, unitSecOf);
  }
}

/** A header's name for matching, with and without a unit in brackets: "Duración (s)" → duracion, 1 s. */
function splitHeader(header: string): { full: string; name: string; unitSec?: number } {
  const full = normaliseName(header);
  const unit = /[([]\s*([^)\]]*?)\s*[)\]]/.exec(header);
  if (unit === null) return { full, name: full };
  const name = normaliseName(header.replace(unit[0], ' '));
  const unitSec = UNIT_SEC[normaliseName(unit[1])];
  return unitSec === undefined ? { full, name } : { full, name, unitSec };
}

function withoutTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
