// CSV output, deterministic: the same rows give the same bytes on every machine. Written by
// csv-stringify (the same project as csv-parse, which reads CSV in), in one of two dialects:
// RFC 4180 (`,` and decimal points, for scripts), or the one Spanish Excel opens on a double click
// (`;`, decimal commas and a UTF-8 byte order mark).

import { stringify } from 'csv-stringify/sync';

/** A cell: numbers in full precision (String(n), the same text everywhere), null as an empty cell. */
export type CsvCell = string | number | boolean | null;

/** The CSV dialects: `en` for scripts and English spreadsheets, `es` for Spanish Excel. */
export const CSV_LOCALES = ['en', 'es'] as const;

/** A CSV dialect. */
export type CsvLocale = (typeof CSV_LOCALES)[number];

/** True if `code` is a CSV dialect. */
export function isCsvLocale(code: unknown): code is CsvLocale {
  return typeof code === 'string' && (CSV_LOCALES as readonly string[]).includes(code);
}

/** How each dialect separates cells and writes decimals, and whether it starts with a BOM. */
const DIALECTS: { readonly [Locale in CsvLocale]: { readonly delimiter: string; readonly decimal: string; readonly bom: boolean } } = {
  en: { delimiter: ',', decimal: '.', bom: false },
  es: { delimiter: ';', decimal: ',', bom: true },
};

/**
 * A CSV text: the header, then one line per row, each ending in "\n". A cell is quoted when it holds
 * the delimiter, a quote (doubled) or a line break. Throws if a row's length differs from the header's.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], locale: CsvLocale = 'en'): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new RangeError(`CSV row ${index} has ${row.length} cells, the header ${header.length}`);
    }
  }
  const dialect = DIALECTS[locale];
  return stringify([header, ...rows] as CsvCell[][], {
    delimiter: dialect.delimiter,
    record_delimiter: '\n',
    bom: dialect.bom,
    // A line break of any kind inside a cell is quoted, so that every reader keeps the row whole.
    quoted_match: /[\r\n]/,
    cast: {
      // Full precision, no "-0"; the dialect's decimal mark.
      number: (value) => String(value === 0 ? 0 : value).replace('.', dialect.decimal),
      boolean: (value) => String(value),
    },
  });
}
