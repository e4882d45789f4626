// The dialect of an exported CSV: which character separates the columns, and the csv-parse
// options every reader of this project uses (one place, so the appointment book and the importers
// read files the same way).

/** A column separator this project detects. */
export type Delimiter = ',' | ';' | '\t' | '|';

/** The separators detected, in the order that settles a tie. */
const DELIMITERS: readonly Delimiter[] = ['\t', ';', '|', ','];

// NOTE: chosen from the first lines rather than csv-parse's delimiter_auto, which also weighs ':'
// and would split "08:00". Outside quotes, the separator found on the most lines wins (then the
// one found most often): the header and every row have it, while a title line above the header
// ("Informe de llamadas, marzo") or the decimal commas of a ';' or '|' export have another on some
// lines only. A ';' file is a Spanish (or other comma-decimal) spreadsheet export; '|' is what
// some phone systems and re-saved logs use.
/** The column separator of a CSV text, judged from its first lines (',' when none shows). */
export function detectDelimiter(text: string): Delimiter {
  const linesWith = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  const total = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let line = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  const endLine = () => {
    for (const delimiter of DELIMITERS) {
      if (line[delimiter] > 0) linesWith[delimiter]++;
      total[delimiter] += line[delimiter];
    }
    line = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < MAX_LINES; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      endLine();
      if (char === '\n') lines++;
    } else if (!quoted && (char === ',' || char === ';' || char === '\t' || char === '|')) line[char]++;
  }
  endLine();
  const best = DELIMITERS.reduce((a, b) => (linesWith[b] > linesWith[a] || (linesWith[b] === linesWith[a] && total[b] > total[a]) ? b : a));
  return linesWith[best] > 0 ? best : ',';
}

// Lines looked at for a separator (',' when none has one: a one-column file).
const MAX_LINES = 20;

/** csv-parse options for a file with this separator: quoted fields, blank lines skipped, cells trimmed. */
export function csvParseOptions(delimiter: Delimiter) {
  return {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    trim: true,
  } as const;
}
