// Plain text tables for the terminal: a header row and rows of cells; text columns left-aligned,
// figures right-aligned, as they read best.

/** Lays out `rows` under `header`, columns separated by two spaces; `leftAligned` lists text columns (default: the first). */
export function columns(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { readonly indent?: string; readonly leftAligned?: readonly number[] } = {},
): string {
  const leftAligned = new Set(options.leftAligned ?? [0]);
  const widths = header.map((cell, index) => Math.max(width(cell), ...rows.map((row) => width(row[index] ?? ''))));
  const line = (cells: readonly string[]) =>
    (options.indent ?? '') +
    cells
      .map((cell, index) => {
        const padded = widths[index] + cell.length - width(cell);
        return leftAligned.has(index) ? cell.padEnd(padded) : cell.padStart(padded);
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Width on the terminal: characters, not UTF-16 units (so "✓" and "±" count once). */
function width(text: string): number {
  return [...text].length;
}
