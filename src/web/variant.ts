// One column of the page, checked as `recepsim run` would check its scenario: the controls are
// read, written into the scenario, validated by the scenario schema and normalised. Every
// problem is placed at the control that caused it (or, failing that, shown for the column).

import type { ModelConfig } from '../model/config.js';
import { type FieldPath, InputError, type InputIssue, WarningList } from '../model/issues.js';
import { normaliseScenario } from '../model/normalise.js';
import type { Scenario } from '../model/schema/index.js';
import { validateScenario } from '../model/validate.js';
import { adjustScenario, type RunSettings } from './adjust.js';
import type { WhatIfText } from '../text/whatif/index.js';
import { CONTROL_IDS, type ControlId, type ControlTexts, type ControlValues, controls, readControl } from './controls.js';

/** A problem of a column: at a control, or (control null) with the column as a whole. */
export interface ColumnIssue {
  readonly control: ControlId | null;
  readonly message: string;
  /** Where in the scenario, as the CLI would name it (e.g. "staff.advisors"); empty for a control's own check. */
  readonly field: string;
}

/** A column ready to simulate, or every problem it has. */
export type ColumnCheck =
  | {
      readonly ok: true;
      readonly values: ControlValues;
      readonly scenario: Scenario;
      readonly config: ModelConfig;
      readonly warnings: readonly ColumnIssue[];
    }
  | { readonly ok: false; readonly issues: readonly ColumnIssue[] };

/** Reads a column's controls and checks the scenario they make. */
export function checkColumn(base: Scenario, texts: ControlTexts, run: RunSettings, words: WhatIfText): ColumnCheck {
  // 1. Each control on its own.
  const issues: ColumnIssue[] = [];
  const values = {} as Record<ControlId, string | number | null>;
  for (const id of CONTROL_IDS) {
    const spec = controls[id];
    if (spec.initial(base) === null) {
      values[id] = null;
      continue;
    }
    const read = readControl(spec.input, texts[id], words);
    if (read.ok) values[id] = read.value;
    else {
      values[id] = spec.initial(base);
      issues.push({ control: id, message: read.message, field: '' });
    }
  }
  // A control that means nothing here (the desk without phone-desk) cannot be wrong.
  const relevant = issues.filter((issue) => issue.control === null || controls[issue.control].relevant(values));
  if (relevant.length > 0) return { ok: false, issues: relevant };

  // 2. The scenario schema, as for a file.
  const validated = validateScenario(adjustScenario(base, values, run));
  if (!validated.ok) return { ok: false, issues: validated.issues.map(placeIssue) };

  // 3. Cross-checks and normalisation.
  const warnings = new WarningList();
  try {
    const config = normaliseScenario(validated.scenario, warnings);
    return { ok: true, values, scenario: validated.scenario, config, warnings: warnings.issues.map(placeIssue) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, issues: error.issues.map(placeIssue) };
    throw error;
  }
}

// Which control writes which part of the scenario (longest prefix wins).
const CONTROL_OF_FIELD: readonly [FieldPath, ControlId][] = [
  [['staff', 'advisors'], 'advisors'],
  [['staff', 'phoneDesk'], 'deskSize'],
  [['policy', 'maxWaitingVisitors'], 'threshold'],
  [['policy'], 'policy'],
  [['calls', 'perHour'], 'callVolume'],
  [['walkIns', 'perHour'], 'walkInVolume'],
  [['appointments', 'slots'], 'perSlot'],
  [['calls', 'patience'], 'callerPatienceSec'],
  [['calls', 'redial'], 'redialProbability'],
  [['day', 'open'], 'open'],
  [['day'], 'close'],
  [['pickups', 'window'], 'close'],
  [['appointments'], 'close'],
  [['walkIns'], 'close'],
];

/** A scenario problem placed at the control that writes that field. */
function placeIssue(issue: InputIssue): ColumnIssue {
  const starts = (prefix: FieldPath) => prefix.every((key, i) => String(issue.path[i]) === String(key));
  const match = CONTROL_OF_FIELD.filter(([prefix]) => starts(prefix)).sort((a, b) => b[0].length - a[0].length)[0];
  return { control: match?.[1] ?? null, message: issue.message, field: fieldName(issue.path) };
}

/** "calls.reasons[2].share", as the CLI prints a path. */
export function fieldName(path: FieldPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}
