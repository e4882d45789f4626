// Loading what a command simulates: a scenario file, the changes common to every run of the
// command (`--set`, `--reps`, `--days`, `--seed`), and a variant's own changes. A variant that
// changes the reception carries its label into the scenario's name, so summary.json, the report
// title and the results folder all say what was run.

import type { Configuration } from '../analysis/replicator.js';
import type { OverrideFlag } from '../io/overrides.js';
import { loadFromSource, readScenarioSource, type ScenarioSource } from '../io/scenario-source.js';
import { changesReception, labelOfOverrides, type Variant } from '../io/variants.js';
import type { ModelConfig } from '../model/config.js';
import { type InputIssue, WarningList } from '../model/issues.js';
import type { Scenario } from '../model/schema/index.js';

export { readScenarioSource, type ScenarioSource } from '../io/scenario-source.js';

/** A scenario as it will be simulated, and what made it so. */
export interface LoadedVariant extends Configuration {
  /** How tables and folders name it: the variant's name, the --set changes, or "as written". */
  readonly label: string;
  /** Every change applied, as `path=value`, in order: the command's, then the variant's. */
  readonly overrides: readonly string[];
  /** What manager-level changes did ("staff.advisors: 4 people on the file's pattern of 3 shifts: …"), each naming its flag. */
  readonly notes: readonly InputIssue[];
  /** Warnings about the scenario as changed. */
  readonly warnings: readonly InputIssue[];
  readonly scenario: Scenario;
  readonly config: ModelConfig;
  /** The scenario's name as the file gives it (before a variant's label is added). */
  readonly fileScenarioName: string;
}

/** What to load: the file, the changes every run shares, and the variant (absent: the file with those changes). */
export interface LoadRequest {
  readonly source: ScenarioSource | string;
  /** Changes shared by every variant (`--set`, `--reps`, …), applied first. */
  readonly common?: readonly OverrideFlag[];
  readonly variant?: Variant;
  /** Identifies this configuration to a replication runner (default: its label). */
  readonly key?: string;
}

/** Loads, validates and normalises one variant; InputError with every problem (naming file lines and flags). */
export function loadVariant(request: LoadRequest): LoadedVariant {
  const source = typeof request.source === 'string' ? readScenarioSource(request.source) : request.source;
  const common = request.common ?? [];
  const own = request.variant?.overrides ?? [];
  const warnings = new WarningList();
  const loaded = loadFromSource(source, { overrides: [...common, ...own], warnings });
  const label = request.variant?.label ?? labelOfOverrides(common);
  const renamed = changesReception([...common, ...own]) ? `${loaded.scenario.name} — ${label}` : loaded.scenario.name;
  return {
    key: request.key ?? label,
    label,
    overrides: [...common, ...own].map((flag) => (typeof flag === 'string' ? flag : flag.assignment)),
    notes: loaded.notes,
    warnings: warnings.issues,
    scenario: { ...loaded.scenario, name: renamed },
    config: { ...loaded.config, name: renamed },
    fileScenarioName: loaded.scenario.name,
  };
}
