// The appointment book as a CSV file: `appointments.slots: { file: "book.csv" }` names a file
// (relative to the scenario) with a header row and the columns time (hora) and, optionally, count
// (citas). It is read by the same CSV layer as the importers (src/io/csv/): ',' ';' or tab,
// UTF-8 or Windows-1252, quoted fields, blank lines. Its bookings replace the reference before
// validation, and a problem later found with a booking (outside opening hours) names the CSV line.
// No file system here: the caller passes a reader, so this also runs where files come from elsewhere.

import type { FieldPath, InputIssue } from '../model/issues.js';
import { InputError } from '../model/issues.js';
import { csvInput, reading, slotsCsv } from '../text/messages.js';
import { parseClockSec } from './csv/cells.js';
import { readCsvText } from './csv/csv-text.js';
import { decodeBytes } from './csv/decode.js';
import type { Row, TableSpec } from './csv/table.js';

/** Reads a file named in a scenario, relative to the scenario's folder: its bytes (or text), or why it cannot be read. */
export type ReadSibling = (
  relativePath: string,
) => { readonly bytes: Uint8Array } | { readonly text: string } | { readonly failure: string };

/** Where a slots file is named in a scenario. */
export const SLOTS_FILE_PATH: FieldPath = ['appointments', 'slots', 'file'];

const SLOTS_PATH: FieldPath = ['appointments', 'slots'];

type BookField = 'time' | 'count';

/** One line of the book: a booked time ("HH:MM") and how many bookings it has. */
interface BookLine {
  readonly time: string;
  readonly count: number;
}

const BOOK: TableSpec<BookField, BookLine> = {
  fields: {
    time: { names: ['time', 'hora', 'hora cita', 'hora de la cita', 'franja', 'slot', 'slot time', 'booked time'], required: true },
    count: { names: ['count', 'citas', 'numero de citas', 'num citas', 'n citas', 'cantidad', 'reservas', 'bookings', 'appointments'] },
  },
  otherColumns: 'error',
  parse: parseBookLine,
};

function parseBookLine(row: Row<BookField>): BookLine | undefined {
  const timeText = row.cell('time');
  const sec = parseClockSec(timeText);
  // Slots are whole minutes: 08:00:00 is read, 08:00:30 is not.
  const time = sec !== undefined && sec % 60 === 0 ? clockOf(sec) : undefined;
  if (time === undefined) row.bad('time', csvInput.clockTime());
  const countText = row.cell('count');
  const count = countText === '' ? 1 : /^\d+$/.test(countText) ? Number(countText) : 0;
  if (count < 1) row.bad('count', csvInput.wholeAtLeastOne());
  return time === undefined || count < 1 ? undefined : { time, count };
}

/** The booked times of a slots CSV ("HH:MM", a time repeated `count` times, in file order), the CSV line of each, and every problem. */
export function parseSlotsCsv(text: string, fileLabel: string): { times: string[]; lines: number[]; issues: InputIssue[] } {
  const times: string[] = [];
  const lines: number[] = [];
  try {
    const summary = readCsvText(text, BOOK, { label: fileLabel, badRows: 'collect' }, (line, lineNumber) => {
      for (let k = 0; k < line.count; k++) {
        times.push(line.time);
        lines.push(lineNumber);
      }
    });
    const issues = [...summary.issues];
    if (issues.length === 0 && times.length === 0) issues.push({ path: [], message: slotsCsv.noBookings(), file: fileLabel });
    return { times, lines, issues };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // An empty file is a book without bookings.
    const issues = error.issues.map((issue) => (issue.message === csvInput.empty() ? { ...issue, message: slotsCsv.noBookings() } : issue));
    return { times: [], lines: [], issues };
  }
}

/** A scenario whose slot file was read: the input with the bookings in place, problems, and where each booking came from. */
export interface ResolvedSlots {
  readonly value: unknown;
  readonly issues: InputIssue[];
  /**
   * For a problem found later with a booking read from the file (`appointments.slots[3]`): the
   * same problem placed at the booking's CSV line. Undefined for any other problem.
   */
  readonly placeBooking: (issue: InputIssue) => InputIssue | undefined;
}

/**
 * Replaces `appointments.slots: { file }` in scenario input by the file's booked times. Returns
 * the input unchanged (and the problems) when the file cannot be read or has bad rows, and when
 * there is no such reference (the schema then judges the slots as written). Fields written next
 * to `file` are reported and left out.
 */
export function resolveSlotFiles(input: unknown, scenarioName: string, read: ReadSibling | undefined): ResolvedSlots {
  const untouched: ResolvedSlots = { value: input, issues: [], placeBooking: () => undefined };
  const appointments = isPlainObject(input) ? input.appointments : undefined;
  const slots = isPlainObject(appointments) ? appointments.slots : undefined;
  if (!isPlainObject(slots) || typeof slots.file !== 'string' || slots.file === '') return untouched;
  const beside: InputIssue[] = Object.keys(slots)
    .filter((key) => key !== 'file')
    .map((key) => ({ path: [...SLOTS_PATH, key], message: slotsCsv.besideFile(key), pointsAt: 'key' }) as InputIssue);

  const file = slots.file;
  // Without the fields beside `file`, so the schema does not report them a second time.
  const asWritten = beside.length === 0 ? input : withSlots(input, appointments as Record<string, unknown>, { file });
  const content = read === undefined ? { failure: reading.noFileAccess() } : read(file);
  const decoded = 'bytes' in content ? decodeBytes(content.bytes) : content;
  const label = siblingLabel(scenarioName, file);
  if ('failure' in decoded) {
    const message = 'failure' in content ? reading.cannotRead(file, content.failure) : decoded.failure;
    const issue: InputIssue = 'failure' in content ? { path: SLOTS_FILE_PATH, message } : { path: [], message, file: label };
    return { ...untouched, value: asWritten, issues: [...beside, issue] };
  }
  const { times, lines, issues } = parseSlotsCsv(decoded.text, label);
  if (issues.length > 0) return { ...untouched, value: asWritten, issues: [...beside, ...issues] };
  return {
    value: withSlots(input, appointments as Record<string, unknown>, times),
    issues: beside,
    placeBooking: (issue) => {
      const [section, field, index] = issue.path;
      if (section !== SLOTS_PATH[0] || field !== SLOTS_PATH[1] || typeof index !== 'number' || lines[index] === undefined) {
        return undefined;
      }
      return { path: [], message: issue.message, file: label, line: lines[index] };
    },
  };
}

function withSlots(input: unknown, appointments: Record<string, unknown>, slots: unknown): unknown {
  return { ...(input as Record<string, unknown>), appointments: { ...appointments, slots } };
}

/** The name of a file given relative to a scenario, as messages show it: "scenarios/book.csv". */
export function siblingLabel(scenarioName: string, relativePath: string): string {
  if (/^([/\\]|[A-Za-z]:[/\\])/.test(relativePath)) return relativePath;
  const slash = Math.max(scenarioName.lastIndexOf('/'), scenarioName.lastIndexOf('\\'));
  return slash < 0 ? relativePath : `${scenarioName.slice(0, slash + 1)}${relativePath}`;
}

/** "HH:MM" of seconds after midnight. */
function clockOf(sec: number): string {
  const minutes = Math.floor(sec / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
