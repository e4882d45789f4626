// The appointment book as a CSV file: `appointments.slots: { file: "book.csv" }` names a file
// (relative to the scenario) with a header row and the columns `time` and, optionally, `count`.
// Its bookings replace the reference before validation. No file system here: the caller passes
// a reader, so this also runs where files come from elsewhere (the browser).

import { parse } from 'csv-parse/sync';
import type { FieldPath, InputIssue } from '../model/issues.js';
import { reading, slotsCsv } from '../text/messages.js';

/** Reads a file named in a scenario, relative to the scenario's folder: its text, or why it cannot be read. */
export type ReadSibling = (relativePath: string) => { readonly text: string } | { readonly failure: string };

/** Where a slots file is named in a scenario. */
export const SLOTS_FILE_PATH: FieldPath = ['appointments', 'slots', 'file'];

/** The booked times of a slots CSV ("HH:MM", a time repeated `count` times, in file order), and every bad row. */
export function parseSlotsCsv(text: string, fileLabel: string): { times: string[]; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  // Issues name the CSV file, its line, and as their path the column (if any): "book.csv:7 count: …".
  const problem = (message: string, line?: number, column?: 'time' | 'count') =>
    issues.push({ path: column === undefined ? [] : [column], message, file: fileLabel, line });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const { message, lines } = error as Error & { lines?: number };
    problem(slotsCsv.invalidCsv(message), lines);
    return { times: [], issues };
  }
  if (records.length === 0) {
    problem(slotsCsv.noBookings());
    return { times: [], issues };
  }

  const [header, ...rows] = records;
  const columns = withoutTrailingEmpty(header.record).map((name) => name.toLowerCase());
  const timeColumn = columns.indexOf('time');
  const countColumn = columns.indexOf('count');
  if (timeColumn < 0) {
    problem(slotsCsv.missingHeader(header.record.join(',')), header.info.lines);
    return { times: [], issues };
  }
  for (const name of columns) {
    if (name !== 'time' && name !== 'count') problem(slotsCsv.unknownColumn(name), header.info.lines);
  }

  const times: string[] = [];
  for (const { record, info } of rows) {
    const cells = withoutTrailingEmpty(record);
    if (cells.length > columns.length) {
      problem(slotsCsv.tooManyValues(columns.length, cells.length), info.lines);
      continue;
    }
    const time = clockOf(cells[timeColumn] ?? '');
    const countText = countColumn < 0 ? '' : (cells[countColumn] ?? '');
    const count = countText === '' ? 1 : /^\d+$/.test(countText) ? Number(countText) : 0;
    if (time === undefined) problem(slotsCsv.badTime(cells[timeColumn] ?? ''), info.lines, 'time');
    if (count < 1) problem(slotsCsv.badCount(countText), info.lines, 'count');
    if (time !== undefined && count >= 1) for (let k = 0; k < count; k++) times.push(time);
  }
  if (issues.length === 0 && times.length === 0) problem(slotsCsv.noBookings());
  return { times, issues };
}

/**
 * Replaces `appointments.slots: { file }` in scenario input by the file's booked times. Returns
 * the input unchanged (and the problems) when the file cannot be read or has bad rows, and when
 * there is no such reference (the schema then judges the slots as written).
 */
export function resolveSlotFiles(
  input: unknown,
  scenarioName: string,
  read: ReadSibling | undefined,
): { value: unknown; issues: InputIssue[] } {
  const appointments = isPlainObject(input) ? input.appointments : undefined;
  const slots = isPlainObject(appointments) ? appointments.slots : undefined;
  if (!isPlainObject(slots) || typeof slots.file !== 'string' || slots.file === '' || Object.keys(slots).length !== 1) {
    return { value: input, issues: [] };
  }
  const file = slots.file;
  const content = read === undefined ? { failure: reading.noFileAccess() } : read(file);
  if ('failure' in content) {
    return { value: input, issues: [{ path: SLOTS_FILE_PATH, message: reading.cannotRead(file, content.failure) }] };
  }
  const { times, issues } = parseSlotsCsv(content.text, siblingLabel(scenarioName, file));
  if (issues.length > 0) return { value: input, issues };
  const resolved = { ...(appointments as Record<string, unknown>), slots: times };
  return { value: { ...(input as Record<string, unknown>), appointments: resolved }, issues: [] };
}

/** The name of a file given relative to a scenario, as messages show it: "scenarios/book.csv". */
export function siblingLabel(scenarioName: string, relativePath: string): string {
  if (/^([/\\]|[A-Za-z]:[/\\])/.test(relativePath)) return relativePath;
  const slash = Math.max(scenarioName.lastIndexOf('/'), scenarioName.lastIndexOf('\\'));
  return slash < 0 ? relativePath : `${scenarioName.slice(0, slash + 1)}${relativePath}`;
}

// NOTE: chosen from the header line rather than csv-parse's delimiter_auto, which also weighs ':'
// and would split "08:00". A ';' header is a Spanish (or other comma-decimal) spreadsheet export.
function detectDelimiter(text: string): ',' | ';' {
  const headerLine = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
}

/**
 * "HH:MM" from a cell, or undefined. Spreadsheets write 8:00 for 08:00 and may add seconds
 * (08:00:00): both are read, as long as the seconds are 00.
 */
function clockOf(cell: string): string | undefined {
  const match = /^(\d{1,2}):([0-5]\d)(?::00)?$/.exec(cell);
  if (match === null) return undefined;
  const hours = Number(match[1]);
  return hours <= 23 ? `${String(hours).padStart(2, '0')}:${match[2]}` : undefined;
}

function withoutTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
