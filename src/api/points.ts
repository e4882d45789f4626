// Grid points of sweep and size as scenarios: each point is the scenario file with the changes a
// manager would make (policy, advisors on the file's shift pattern, desk), loaded and checked
// like any variant; and the files and CSV rows of evaluated points.

import type { EvaluatedPoint, PointEntry, ResolvePoint } from '../analysis/evaluate.js';
import { distinctPolicies, type GridPoint, type GridPolicy, isAxis, MAX_ADVISORS, MAX_DESK, pointChanges, pointLabel, policyName } from '../analysis/grid.js';
import { POLICY_KINDS } from '../model/schema/policy.js';
import type { Shard } from '../analysis/shards.js';
import { cli, override, sweepText } from '../text/messages.js';
import { KEY_FIGURES, type KeyFigure } from '../analysis/key-figures.js';
import { formatIssues } from '../io/format-issues.js';
import type { OverrideFlag } from '../io/overrides.js';
import { slug } from '../io/results-folder.js';
import type { ScenarioSource } from '../io/scenario-source.js';
import { InputError, type InputIssue } from '../model/issues.js';
import { MIN_REPLICATIONS } from '../model/schema/index.js';
import { describePolicy } from '../model/schema/policy.js';
import { toCsv, type CsvCell, type CsvLocale } from '../text/csv.js';
import { reportLanguage, type ReportLanguage } from '../text/report/index.js';
import { loadVariant, type LoadedVariant } from './load.js';
import type { Replicator } from '../analysis/replicator.js';
import { summarise, type Summary } from '../metrics/summary/index.js';
import { configurationFiles } from './configuration-files.js';

/** Resolves grid points of `source` with the `common` changes first; each point's key is its label. */
export function pointResolver(source: ScenarioSource, common: readonly OverrideFlag[]): ResolvePoint {
  return (point: GridPoint) => {
    const label = pointLabel(point);
    // A point names its whole configuration: that a change of it is what the file has already is no news.
    const changes = pointChanges(point).map((assignment) => ({ assignment, label: override.source(assignment), generated: true }));
    try {
      const loaded = loadVariant({ source, common, variant: { label, overrides: changes }, key: label });
      return {
        ok: true,
        configuration: {
          key: loaded.key,
          scenario: loaded.scenario,
          config: loaded.config,
          changes: loaded.overrides,
          notes: loaded.notes.map((note) => note.message),
          warnings: loaded.warnings,
        },
      };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { ok: false, problems: formatIssues(error.issues).split('\n') };
    }
  };
}

/** The folder of the scenario as written (with the command's common changes), beside the points. */
export const NOW_FOLDER = 'now';

/** The scenario as written, simulated for `replications` on the runner (replications 0.. like every point: common random numbers). */
export async function simulateNow(base: LoadedVariant, replications: number, runner: Replicator): Promise<Summary> {
  const count = Math.max(1, Math.min(replications, base.config.replications));
  const results = await runner.run({ key: NOW_FOLDER, scenario: base.scenario, config: base.config }, 0, count);
  return summarise(base.config, results.map((result) => result.totals));
}

/**
 * The warnings of a sweep or size: the scenario's (as written, with the common changes), then
 * that a file's policy by the hour gives way to each point's one policy, and that --desk goes
 * unused when no policy tried has a desk.
 */
export function planningWarnings(base: LoadedVariant, deskUnused: boolean): InputIssue[] {
  const filePolicy = base.scenario.policy;
  return [
    ...base.warnings,
    ...(Array.isArray(filePolicy) ? [{ path: ['policy'], message: sweepText.policyByHourReplaced(describePolicy(filePolicy)) }] : []),
    ...(deskUnused ? [{ path: [], message: sweepText.deskUnused() }] : []),
  ];
}

/** The files of the scenario as written: summary.json, summary.csv and scenario.json under now/. */
export function nowFiles(base: LoadedVariant, summary: Summary): Record<string, string> {
  return configurationFiles(NOW_FOLDER, base.scenario, summary, base.warnings);
}

/** The folder of a point's files, relative to the results folder. */
export function pointFolder(point: GridPoint): string {
  return `points/${slug(pointLabel(point))}`;
}

/**
 * The files of every valid evaluated point (summary.json, summary.csv, scenario.json under its
 * folder), in the order of `points`; `made` holds those already made (pointFilesAsEvaluated).
 */
export function pointFiles(points: readonly EvaluatedPoint[], made?: ReadonlyMap<EvaluatedPoint, Record<string, string>>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const point of points) Object.assign(files, made?.get(point) ?? filesOfPoint(point));
  return files;
}

/**
 * Makes each point's files as its evaluation ends (`add`), while other points are still being
 * simulated: on several threads the others take up this thread's share of the simulation then,
 * instead of idling while it makes every file at the end. `made` is for pointFiles.
 */
export function pointFilesAsEvaluated(): { add(point: EvaluatedPoint): void; readonly made: ReadonlyMap<EvaluatedPoint, Record<string, string>> } {
  const made = new Map<EvaluatedPoint, Record<string, string>>();
  return { add: (point) => void made.set(point, filesOfPoint(point)), made };
}

function filesOfPoint(point: EvaluatedPoint): Record<string, string> {
  if (point.configuration === null || point.summary === null || point.entry.folder === null) return {};
  return configurationFiles(point.entry.folder, point.configuration.scenario, point.summary, point.configuration.warnings);
}

/** One row per point: its place, verdict, every key figure with its interval (named with its unit), every target's status. */
export function pointsCsv(points: readonly PointEntry[], language: ReportLanguage = reportLanguage('en'), locale: CsvLocale = 'en', currency = 'EUR'): string {
  const words = language.text.planning.csv;
  const targetNames = [...new Set(points.flatMap((point) => point.targets.map((target) => target.name)))];
  const header = [words.point, words.policy, words.advisors, words.desk, words.replications, words.verdict];
  for (const figure of KEY_FIGURES) {
    const column = keyFigureColumn(figure, language, currency);
    header.push(column, words.lowOf(column), words.highOf(column));
  }
  for (const name of targetNames) header.push(words.target(name));
  const rows: CsvCell[][] = points.map((point) => {
    const row: CsvCell[] = [point.label, point.policy, point.advisors, point.desk, point.replications, point.verdict];
    for (const figure of KEY_FIGURES) {
      const value = point.figures[figure.path];
      const scale = shownScale(figure);
      row.push(scaled(value?.value, scale), scaled(value?.ci95?.[0], scale), scaled(value?.ci95?.[1], scale));
    }
    for (const name of targetNames) row.push(point.targets.find((target) => target.name === name)?.status ?? null);
    return row;
  });
  return toCsv(header, rows, locale);
}

/** A key figure's CSV column: its path with its unit, as every report shows it (call waits in seconds). */
export function keyFigureColumn(figure: KeyFigure, language: ReportLanguage, currency: string): string {
  const units = language.text.csvUnits;
  const unit = { share: units.share, seconds: units.seconds, minutes: units.minutes, count: units.perDay, money: units.moneyPerDay(currency) }[figure.format];
  return `${figure.path}_${unit}`;
}

/** What a key figure's values are multiplied by in CSV files: call waits (minutes) in seconds. */
export function shownScale(figure: KeyFigure): number {
  return figure.format === 'seconds' ? 60 : 1;
}

/** A value in its shown unit, to 6 significant digits after scaling (as summary.csv); null stays null. */
export function scaled(value: number | null | undefined, scale: number): number | null {
  if (value === null || value === undefined) return null;
  return scale === 1 ? value : Number((value * scale).toPrecision(6));
}

/**
 * The problems of a grid's options as a script passes them (the command line reads its flags into
 * the same shapes, with the same bounds): advisors and desk sizes whole numbers in range, each
 * once; each policy once; a shard i of n; size's largest team and first look. Without this an
 * empty list of advisors ran nothing, and a desk of 0 was silently left out.
 */
export function gridOptionIssues(options: {
  readonly advisors?: readonly number[];
  readonly desk?: readonly number[];
  readonly policies?: readonly GridPolicy[];
  readonly shard?: Shard | null;
  readonly maxAdvisors?: number;
  readonly initialReps?: number;
}): InputIssue[] {
  const issues: InputIssue[] = [];
  const bad = (option: string, expected: string, got: unknown) => issues.push({ path: [], message: cli.badFlag(option, expected, got) });
  if (options.advisors !== undefined && !isAxis(options.advisors, 1, MAX_ADVISORS)) bad('advisors', sweepText.advisorsExpected(), options.advisors);
  if (options.desk !== undefined && !isAxis(options.desk, 1, MAX_DESK)) bad('desk', sweepText.deskExpected(), options.desk);
  if (options.policies !== undefined && !distinctPolicies(options.policies)) {
    bad('policies', sweepText.policyExpected(POLICY_KINDS), options.policies.map((policy) => policyName(policy)).join(','));
  }
  const shard = options.shard;
  if (shard !== undefined && shard !== null && !(Number.isInteger(shard.index) && Number.isInteger(shard.count) && shard.index >= 1 && shard.index <= shard.count)) {
    bad('shard', sweepText.shardExpected(), `${shard.index}/${shard.count}`);
  }
  const whole = (value: number | undefined, least: number, most?: number) => value === undefined || (Number.isInteger(value) && value >= least && (most === undefined || value <= most));
  if (!whole(options.maxAdvisors, 1, MAX_ADVISORS)) bad('maxAdvisors', cli.numberExpected(true, 1, MAX_ADVISORS), options.maxAdvisors);
  if (!whole(options.initialReps, MIN_REPLICATIONS)) bad('initialReps', cli.numberExpected(true, MIN_REPLICATIONS), options.initialReps);
  return issues;
}
