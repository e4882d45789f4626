// Grid points of sweep and size as scenarios: each point is the scenario file with the changes a
// manager would make (policy, advisors on the file's shift pattern, desk), loaded and checked
// like any variant; and the files and CSV rows of evaluated points.

import type { EvaluatedPoint, PointEntry, ResolvePoint } from '../analysis/evaluate.js';
import { type GridPoint, pointChanges, pointLabel } from '../analysis/grid.js';
import { KEY_FIGURES } from '../analysis/key-figures.js';
import { formatIssues } from '../io/format-issues.js';
import type { OverrideFlag } from '../io/overrides.js';
import { slug } from '../io/results-folder.js';
import type { ScenarioSource } from '../io/scenario-source.js';
import { InputError } from '../model/issues.js';
import { toCsv, type CsvCell } from '../text/csv.js';
import { loadVariant } from './load.js';
import { configurationFiles } from './configuration-files.js';

/** Resolves grid points of `source` with the `common` changes first; each point's key is its label. */
export function pointResolver(source: ScenarioSource, common: readonly OverrideFlag[]): ResolvePoint {
  return (point: GridPoint) => {
    const label = pointLabel(point);
    try {
      const loaded = loadVariant({ source, common, variant: { label, overrides: pointChanges(point) }, key: label });
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

/** The folder of a point's files, relative to the results folder. */
export function pointFolder(point: GridPoint): string {
  return `points/${slug(pointLabel(point))}`;
}

/** The files of every valid evaluated point (summary.json, summary.csv, scenario.json under its folder). */
export function pointFiles(points: readonly EvaluatedPoint[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const point of points) {
    if (point.configuration === null || point.summary === null || point.entry.folder === null) continue;
    Object.assign(files, configurationFiles(point.entry.folder, point.configuration.scenario, point.summary, point.configuration.warnings));
  }
  return files;
}

/** One row per point: its place, verdict, every key figure with its interval, every target's status. */
export function pointsCsv(points: readonly PointEntry[]): string {
  const targetNames = [...new Set(points.flatMap((point) => point.targets.map((target) => target.name)))];
  const header = ['point', 'policy', 'advisors', 'desk', 'replications', 'verdict'];
  for (const figure of KEY_FIGURES) header.push(figure.path, `${figure.path}.ci95_low`, `${figure.path}.ci95_high`);
  for (const name of targetNames) header.push(`target.${name}`);
  const rows: CsvCell[][] = points.map((point) => {
    const row: CsvCell[] = [point.label, point.policy, point.advisors, point.desk, point.replications, point.verdict];
    for (const figure of KEY_FIGURES) {
      const value = point.figures[figure.path];
      row.push(value?.value ?? null, value?.ci95?.[0] ?? null, value?.ci95?.[1] ?? null);
    }
    for (const name of targetNames) row.push(point.targets.find((target) => target.name === name)?.status ?? null);
    return row;
  });
  return toCsv(header, rows);
}
