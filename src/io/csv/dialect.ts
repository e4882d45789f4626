// The dialect of an exported CSV: which character separates the columns, and the csv-parse
// options every reader of this project uses (one place, so the appointment book and the importers
// read files the same way).

/** A column separator this project detects. */
export type Delimiter = ',' | ';' | '\t';

// NOTE: chosen from the header line rather than csv-parse's delimiter_auto, which also weighs ':'
// and would split "08:00". The separator that occurs most often outside quotes in the first line
// that has any wins (title lines such as "Informe de llamadas" above the header are passed over);
// a ';' header is a Spanish (or other comma-decimal) spreadsheet export.
/** The column separator of a CSV text, judged from its first line with a separator (',' when none shows). */
export function detectDelimiter(text: string): Delimiter {
  let counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < MAX_LINES; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break;
      counts = { ',': 0, ';': 0, '\t': 0 };
      if (char === '\n') lines++;
    } else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

// Lines looked at for a separator before giving up (',' then: a one-column file).
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
