// A CSV file read as a stream, so memory stays flat however many rows it has: bytes → text in the
// detected encoding → csv-parse → one record at a time into a TableReader → the caller's sink.

import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import { InputError } from '../../model/issues.js';
import { csvInput, reading } from '../../text/messages.js';
import { readFailure } from '../load-scenario.js';
import { sniffEncoding, textDecoder, type TextEncodingName } from './decode.js';
import { csvParseOptions, detectDelimiter, type Delimiter } from './dialect.js';
import { type TableOptions, TableReader, type TableSpec, type TableSummary } from './table.js';

/** What reading a file found, besides its records: the table's summary and how the file was written. */
export interface FileSummary extends TableSummary {
  readonly encoding: TextEncodingName;
  readonly delimiter: Delimiter;
}

const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

/**
 * Streams the CSV file at `path` into records. `start` is called before reading and returns the
 * sink for this pass; a file that turns out not to be UTF-8 after its first 64 KB is read again
 * from the start as Windows-1252, with a new sink. Throws InputError for an unreadable file, a
 * header without the required columns, broken quoting, or (with 'stop') the first bad row.
 */
export async function readCsvFile<F extends string, T>(
  path: string,
  spec: TableSpec<F, T>,
  options: TableOptions,
  start: () => (record: T, line: number) => void,
): Promise<FileSummary> {
  const head = readHead(path, options.label);
  const sniffed = sniffEncoding(head.bytes, head.complete);
  if ('failure' in sniffed) throw new InputError([{ path: [], message: sniffed.failure, file: options.label }]);
  try {
    return await readPass(path, spec, options, start(), sniffed.encoding, sniffed.bomBytes, head.bytes);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    return readPass(path, spec, options, start(), 'windows-1252', 0, head.bytes);
  }
}

/** Raised when a file read as UTF-8 turns out not to be. */
class NotUtf8 extends Error {}

async function readPass<F extends string, T>(
  path: string,
  spec: TableSpec<F, T>,
  options: TableOptions,
  sink: (record: T, line: number) => void,
  encoding: TextEncodingName,
  bomBytes: number,
  head: Uint8Array,
): Promise<FileSummary> {
  const delimiter = detectDelimiter(new TextDecoder(encoding).decode(head.subarray(bomBytes)));
  const reader = new TableReader(spec, options);
  const parser = parse(csvParseOptions(delimiter));
  let failure: unknown;
  // Records arrive synchronously while a chunk is written, so the parser's line count is the
  // line of the record being read (the last line of a record with quoted line breaks).
  parser.on('data', (cells: string[]) => {
    if (failure !== undefined) return;
    try {
      const record = reader.read(cells, parser.info.lines);
      if (record !== undefined) sink(record, parser.info.lines);
    } catch (error) {
      failure = error;
    }
  });
  parser.on('error', (error: Error & { lines?: number }) => {
    failure ??= new InputError([{ path: [], message: csvInput.invalidCsv(error.message), file: options.label, line: error.lines }]);
  });
  const ended = new Promise<void>((resolve) => parser.on('end', resolve).on('error', resolve));

  const decoder = textDecoder(encoding);
  const stream = createReadStream(path, { start: bomBytes, highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      parser.write(toUtf8(decoder, chunk, encoding, false));
      if (failure !== undefined) break;
    }
    if (failure === undefined) {
      parser.end(toUtf8(decoder, undefined, encoding, true));
      await ended;
    }
  } finally {
    stream.destroy();
  }
  if (failure !== undefined) throw failure;
  return { ...reader.finish(), encoding, delimiter };
}

/** The chunk as UTF-8 bytes for csv-parse; UTF-8 input is only checked (a bad byte: NotUtf8) and passed on. */
function toUtf8(decoder: ReturnType<typeof textDecoder>, chunk: Buffer | undefined, encoding: TextEncodingName, last: boolean): Buffer {
  let text: string;
  try {
    text = decoder.decode(chunk, { stream: !last });
  } catch {
    throw new NotUtf8();
  }
  if (encoding === 'utf-8') return chunk ?? Buffer.alloc(0);
  return Buffer.from(text, 'utf8');
}

function readHead(path: string, label: string): { bytes: Uint8Array; complete: boolean } {
  let fd: number;
  try {
    // A pipe or a socket (`… | recepsim import calls /dev/stdin`) cannot be read from its start
    // twice, as the head and then the rows are: told plainly instead of as a system error.
    const stats = statSync(path);
    if (stats.isFIFO() || stats.isSocket()) throw new InputError([{ path: [], message: reading.cannotRead(label, reading.isAPipe()) }]);
    fd = openSync(path, 'r');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ path: [], message: reading.cannotRead(label, readFailure(error)) }]);
  }
  try {
    const bytes = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, bytes, 0, HEAD_BYTES, 0);
    return { bytes: bytes.subarray(0, length), complete: length < HEAD_BYTES };
  } catch (error) {
    throw new InputError([{ path: [], message: reading.cannotRead(label, readFailure(error)) }]);
  } finally {
    closeSync(fd);
  }
}
