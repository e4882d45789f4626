// Loading a scenario from its text, without the file system (so the browser can use it too):
// parse → apply --set overrides → read slot files → validate → normalise, then give every problem
// the place the user wrote it (file:line:column, or the --set flag) and fail once with all of them.

import type { ModelConfig } from '../model/config.js';
import { type FieldPath, type InputIssue, InputError, type WarningSink } from '../model/issues.js';
import { warnIgnoredInputs } from '../model/ignored-inputs.js';
import { normaliseScenario } from '../model/normalise.js';
import type { Scenario } from '../model/schema/index.js';
import { validateScenario } from '../model/validate.js';
import { applyOverrides, overrideAt, type OverriddenPath, type OverrideFlag } from './overrides.js';
import { type ReadSibling, resolveSlotFiles } from './slots-csv.js';
import { type ParsedSource, parseSource } from './source-map.js';

export type { ReadSibling } from './slots-csv.js';

/** How to load a scenario. */
export interface LoadOptions {
  /** `path=value` flags, applied in order after parsing (a later flag wins). */
  readonly overrides?: readonly OverrideFlag[];
  /** Receives the warnings, positioned like errors. */
  readonly warnings: WarningSink;
}

/** How to load a scenario given as text. */
export interface LoadTextOptions extends LoadOptions {
  /** Reads files the scenario names (a slots CSV), relative to it; absent: such a reference is a problem. */
  readonly readSibling?: ReadSibling;
  /** The text already parsed, for a scenario loaded many times (variants): overrides never change it. */
  readonly parsed?: ParsedSource;
}

/** A loaded scenario: as validated (defaults filled, slot files read) and normalised for the simulation. */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly config: ModelConfig;
  /** The scenario's file name, as given. */
  readonly sourcePath: string;
  /** What manager-level overrides did (a team resized on its pattern, a policy switched), each naming its flag. */
  readonly notes: readonly InputIssue[];
}

/** Loads scenario text named `name` (its extension says the format); throws one InputError with every problem. */
export function loadScenarioFromText(text: string, name: string, options: LoadTextOptions): LoadedScenario {
  // 1. Parse, keeping positions (invalid YAML stops here: nothing else can be checked).
  const source = options.parsed ?? parseSource(text, name);
  for (const warning of source.warnings) options.warnings.warn(warning);

  // 2. Overrides from the command line.
  const overrides = applyOverrides(source.value, options.overrides ?? []);
  for (const warning of overrides.warnings) options.warnings.warn(warning);

  // 3. Slot files: their bookings replace the reference.
  const slots = resolveSlotFiles(overrides.value, name, options.readSibling);

  // 4. The schema.
  const place = placer(source, overrides.overridden, slots.placeBooking);
  const validated = validateScenario(slots.value);
  const issues = withoutRepeats([...overrides.issues, ...slots.issues, ...(validated.ok ? [] : validated.issues)].map(place));
  if (!validated.ok || issues.length > 0) throw new InputError(issues);

  // 5. Cross-checks and normalisation.
  const warnings: WarningSink = { warn: (issue) => options.warnings.warn(place(issue)) };
  try {
    const config = normaliseScenario(validated.scenario, warnings);
    warnIgnoredInputs(slots.value, validated.scenario, warnings);
    return { scenario: validated.scenario, config, sourcePath: name, notes: overrides.notes };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(withoutRepeats(error.issues.map(place)));
    throw error;
  }
}

/**
 * Gives an issue its place: kept if it has a file already (a CSV row); the CSV line of a booking
 * read from the appointment book's file; the flag's label if an override wrote that part of the
 * scenario; else the line and column in the scenario file.
 */
function placer(
  source: ParsedSource,
  overridden: readonly OverriddenPath[],
  placeBooking: (issue: InputIssue) => InputIssue | undefined,
) {
  return (issue: InputIssue & { readonly pointsAt?: 'key' | 'value' }): InputIssue => {
    const { pointsAt, ...rest } = issue;
    if (rest.file !== undefined) return rest;
    const booking = placeBooking(rest);
    if (booking !== undefined) return booking;
    const path: FieldPath = rest.path;
    const flag = overrideAt(overridden, path);
    if (flag !== undefined) return { ...rest, file: flag.source };
    const position = source.locate(path, pointsAt);
    return position === undefined
      ? { ...rest, file: source.name }
      : { ...rest, file: source.name, line: position.line, column: position.column };
  };
}

/** Issues without exact repeats (a CSV line booking 3 customers outside opening hours is one problem). */
function withoutRepeats(issues: readonly InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.file, issue.line, issue.column, issue.path, issue.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
