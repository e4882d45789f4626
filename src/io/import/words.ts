// Words in cells ("Contestada", "no contestada", "Sí", "sin cita"): matched like column names
// (case, accents and punctuation ignored) against a table of their meanings.

import { normaliseName } from '../csv/cells.js';

/** A lookup of a cell's words ("Contestada", "no contestada") in a table keyed by normalised words, cached by the raw text. */
export class WordLookup<V> {
  private readonly cache = new Map<string, V | undefined>();

  constructor(private readonly table: ReadonlyMap<string, V>) {}

  /** The value for `text`, or undefined if the words are not in the table. */
  get(text: string): V | undefined {
    if (this.cache.has(text)) return this.cache.get(text);
    const value = this.table.get(normaliseName(text));
    if (this.cache.size < 1000) this.cache.set(text, value);
    return value;
  }
}

/** A map from normalised words to their meaning. */
export function wordTable<V extends string>(words: Readonly<Record<V, readonly string[]>>): ReadonlyMap<string, V> {
  const table = new Map<string, V>();
  for (const [value, list] of Object.entries(words) as [V, readonly string[]][]) {
    for (const word of list) table.set(normaliseName(word), value);
  }
  return table;
}
