// Reading a text file the user names (a scenario, an appointment book): its text if it is UTF-8,
// else one short line saying what it looks like — never the file's bytes echoed back.

import { readFileSync, statSync } from 'node:fs';
import { reading } from '../text/messages.js';
import { fsFailure } from './fs-failure.js';

/** A file's text, or why it cannot be read, in the catalogue's words. */
export type TextOrFailure = { readonly text: string } | { readonly failure: string };

/** Reads the file at `path` as UTF-8 text (a byte-order mark is kept for the parser to drop). */
export function readText(path: string, maxBytes = MAX_TEXT_BYTES): TextOrFailure {
  const read = readBytes(path, maxBytes);
  return 'failure' in read ? read : decodeText(read.bytes);
}

/** The bytes of a file the user names (its encoding judged by the caller), or why it cannot be read. */
export function readBytes(path: string, maxBytes = MAX_TEXT_BYTES): { readonly bytes: Uint8Array } | { readonly failure: string } {
  try {
    // A scenario or a booking list is kilobytes: a huge file is the wrong file, not read whole.
    const { size } = statSync(path);
    if (size > maxBytes) return { failure: reading.tooLarge(size, maxBytes) };
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { failure: fsFailure(error) };
  }
}

/** The bytes as UTF-8 text, or why they are not a UTF-8 text file. */
export function decodeText(bytes: Uint8Array): TextOrFailure {
  if (looksUtf16(bytes)) return { failure: reading.utf16() };
  // NUL never appears in a text file; control bytes other than tab, newline and carriage return
  // are rare. A few are a typo; many are a binary file.
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return { failure: reading.looksBinary() };
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  }
  if (isMany(control, sample.length)) return { failure: reading.looksBinary() };
  const bad = firstInvalidUtf8(bytes);
  if (bad === undefined) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  // Mostly invalid: binary; one bad byte here and there: a text saved in another encoding.
  if (isMany(invalidBytes(sample), sample.length)) return { failure: reading.looksBinary() };
  const { line, column } = positionOf(bytes, bad);
  return { failure: reading.notUtf8(line, column, bytes[bad]) };
}

/** Largest file read as text (an appointment book, a call log). */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/**
 * Largest scenario file: the examples have a few kilobytes, and a long list of bookings belongs in
 * an appointment book file. A mistaken file of megabytes would take minutes to check.
 */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** Reads a scenario file as UTF-8 text, up to MAX_SCENARIO_BYTES. */
export function readScenarioText(path: string): TextOrFailure {
  return readText(path, MAX_SCENARIO_BYTES);
}
const BINARY_SAMPLE_BYTES = 8192;

/** More than a few odd bytes, and more than a tenth of them: a binary file rather than a typo. */
function isMany(odd: number, total: number): boolean {
  return odd > 3 && odd > total * 0.1;
}

/** A UTF-16 byte-order mark, or ASCII text with every other byte zero. */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const pairs = Math.min(bytes.length >> 1, 256);
  if (pairs < 2) return false;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0 && bytes[2 * i + 1] !== 0) zeroLow++;
    if (bytes[2 * i + 1] === 0 && bytes[2 * i] !== 0) zeroHigh++;
  }
  return zeroHigh > pairs * 0.9 || zeroLow > pairs * 0.9;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or undefined if all is valid. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return undefined;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if there is none (RFC 3629). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const continuation = (k: number, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/** Bytes of `sample` that are not part of a valid UTF-8 sequence. */
function invalidBytes(sample: Uint8Array): number {
  let invalid = 0;
  let i = 0;
  while (i < sample.length) {
    const length = sequenceLength(sample, i);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      i += length;
    }
  }
  return invalid;
}

/** 1-based line and column (in characters) of byte `offset`. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = Buffer.from(bytes.buffer, bytes.byteOffset, offset).toString('utf8');
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let k = 0; k < before.length; k++) if (before.charCodeAt(k) === 10) line++;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}
