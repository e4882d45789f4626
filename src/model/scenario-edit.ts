// A change to a scenario file, with the note that explains it: what the importers propose (a
// fragment) and what `calibrate` writes into an existing scenario. Plain data: the YAML writer
// (src/io/scenario-yaml.ts) turns it into text, keeping the file's own comments.

import type { FieldPath } from './issues.js';

/** One value set at a path of a scenario, with its comments. */
export interface ScenarioEdit {
  readonly path: FieldPath;
  /** The new value, plain data; undefined removes the field. */
  readonly value: unknown;
  /** Write the value on one line: { dist: lognormal, mean: 3.7, cv: 0.8 }. */
  readonly flow?: boolean;
  /** A comment after the value, on its line. */
  readonly comment?: string;
  /** Comment lines above the field. */
  readonly commentBefore?: readonly string[];
  /** Comments after the entries of a map value, by key (the interval of each hour's rate). */
  readonly entryComments?: Readonly<Record<string, string>>;
}

/** A set of edits from one source, with the lines that head it and the warnings to print. */
export interface ScenarioFragment {
  /** Comment lines describing the source (file, dates, sample sizes). */
  readonly header: readonly string[];
  readonly edits: readonly ScenarioEdit[];
  /** What the data could not support, or what was approximated: printed as warnings too. */
  readonly warnings: readonly string[];
  /** The evidence behind the edited values, for the scenario's `sources`: file, dates, sample. */
  readonly evidence: string;
}
