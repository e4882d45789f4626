// A CSV held in memory (an appointment book named by a scenario): the whole text through
// csv-parse, record by record into a TableReader. No file system, so the browser can use it.

import { parse } from 'csv-parse/sync';
import { InputError } from '../../model/issues.js';
import { csvInput } from '../../text/messages.js';
import { csvParseOptions, detectDelimiter } from './dialect.js';
import { type TableOptions, TableReader, type TableSpec, type TableSummary } from './table.js';

/** Reads a CSV text (byte-order mark allowed) into records, calling `onRecord` with each and its line. */
export function readCsvText<F extends string, T>(
  text: string,
  spec: TableSpec<F, T>,
  options: TableOptions,
  onRecord: (record: T, line: number) => void,
): TableSummary {
  const body = text.replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { ...csvParseOptions(detectDelimiter(body)), info: true }) as unknown as typeof records;
  } catch (error) {
    const { message, lines } = error as Error & { lines?: number };
    throw new InputError([{ path: [], message: csvInput.invalidCsv(message), file: options.label, line: lines }]);
  }
  const reader = new TableReader(spec, options);
  for (const { record, info } of records) {
    const value = reader.read(record, info.lines);
    if (value !== undefined) onRecord(value, info.lines);
  }
  return reader.finish();
}
