// CSV output (RFC 4180), deterministic: the same rows give the same bytes on every machine.

/** A cell: numbers as String(n) (full precision, same text everywhere), null as an empty cell. */
export type CsvCell = string | number | boolean | null;

/**
 * A CSV text: the header, then one line per row, each ending in "\n". A cell is quoted when it
 * holds a comma, a quote (doubled) or a line break. Throws if a row's length differs from the header's.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(cell).join(',')];
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new RangeError(`CSV row ${index} has ${row.length} cells, the header ${header.length}`);
    }
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
