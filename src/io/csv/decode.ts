// Bytes of an exported file → text. Spreadsheets and phone systems write UTF-8 (with or without a
// byte-order mark), Windows-1252 (Excel's "CSV" on a Spanish Windows) or UTF-16 ("Unicode text").
// Only TextDecoder is used, so this runs in the browser too.

import { csvInput } from '../../text/messages.js';

/** An encoding this module reads. */
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** How a file is encoded, judged from its first bytes; or why it is not text at all. */
export type Sniffed =
  | { readonly encoding: TextEncodingName; readonly bomBytes: number }
  | { readonly failure: string };

/**
 * Judges the encoding from the start of a file. A byte-order mark decides; bytes that are not valid
 * UTF-8 mean Windows-1252; a NUL byte means binary (UTF-16 without a mark included, which no export
 * writes). `complete` says `head` is the whole file (else its last bytes may cut a character).
 */
export function sniffEncoding(head: Uint8Array, complete: boolean): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  // An .xlsx (or .ods) workbook is a zip archive: "PK\x03\x04".
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return { failure: csvInput.spreadsheet() };
  if (head.includes(0)) return { failure: csvInput.binary() };
  return { encoding: isUtf8Prefix(head, complete) ? 'utf-8' : 'windows-1252', bomBytes: 0 };
}

/** The whole text of a file's bytes (encoding detected, byte-order mark dropped), or why it is not text. */
export function decodeBytes(bytes: Uint8Array): { readonly text: string } | { readonly failure: string } {
  const sniffed = sniffEncoding(bytes, true);
  if ('failure' in sniffed) return sniffed;
  return { text: textDecoder(sniffed.encoding).decode(bytes.subarray(sniffed.bomBytes)) };
}

/** A decoder for `encoding` (fatal on bad UTF-8, so a wrong guess shows); `stream` as TextDecoder's. */
export function textDecoder(encoding: TextEncodingName): { decode(bytes?: Uint8Array, options?: { stream?: boolean }): string } {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  if (encoding !== 'windows-1252') return decoder;
  return { decode: (bytes, options) => withWindows1252Controls(decoder.decode(bytes, options)) };
}

// NOTE: Node 20.18.3 and later decode windows-1252 as Latin-1 (nodejs/node#60888), so bytes
// 0x80-0x9F (€, curly quotes, dashes) come out as control characters: mapped here as the
// WHATWG table says. Harmless where the decoder is right (browsers): nothing is left to map.
const WINDOWS_1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function withWindows1252Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(WINDOWS_1252_80_9F[char.charCodeAt(0) - 0x80]));
}

/** True if `bytes` is valid UTF-8, allowing a character cut at the end when the file goes on. */
function isUtf8Prefix(bytes: Uint8Array, complete: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}
