// What a planning report (size, sweep, compare) reads: the command's result file (size.json,
// sweep.json or compare.json), the summary and scenario of every configuration it ran (points/…,
// variants/…, and now/: the scenario as written), and run.json. Read from the results folder's
// files as texts, so that the report a command writes and the one `recepsim report` writes again
// from the folder are made from the same bytes. The types are the parts of those files the
// report reads (their full shape: src/analysis/{size,sweep,compare,evaluate}.ts).

import type { Figure, Summary, TargetFacts } from '../../metrics/summary/index.js';
import { issueRecordsOf, type IssueRecord } from '../../model/issues.js';
import type { Scenario } from '../../model/schema/index.js';
import { REPORT_LANGUAGES, type ReportLanguageCode } from '../../text/report/index.js';

/** The planning commands whose folders get a planning report. */
export type PlanningKind = 'size' | 'sweep' | 'compare';

/** A target of a point, judged on its 95% interval. */
export interface PlanningTarget extends TargetFacts {
  readonly status: 'met' | 'missed' | 'borderline' | 'notApplicable';
}

/** A team of a sweep or size run. */
export interface PlanningPoint {
  readonly label: string;
  /** "answer-all", "threshold:2", "phone-desk" (the desk size apart). */
  readonly policy: string;
  readonly advisors: number;
  readonly desk: number;
  /** Folder of its summary and scenario; null when the point is not a valid scenario. */
  readonly folder: string | null;
  readonly replications: number;
  readonly verdict: 'meets' | 'fails' | 'borderline' | 'invalid';
  readonly problems: readonly string[];
  readonly targets: readonly PlanningTarget[];
}

/** One search of size.json: a policy (and desk size). */
export interface SizeSearch {
  readonly policy: string;
  readonly desk: number;
  readonly smallest: string | null;
  readonly smallestAdvisors: number | null;
  readonly binding: { readonly at: string; readonly targets: readonly PlanningTarget[] } | null;
  readonly cheapest: { readonly label: string; readonly advisors: number; readonly netCostPerDay: Figure; readonly verdict: PlanningPoint['verdict'] } | null;
  readonly points: readonly PlanningPoint[];
}

/** size.json, as the report reads it. */
export interface SizeResults {
  readonly kind: 'size';
  readonly scenario: string;
  readonly seed: number | string;
  readonly days: number;
  readonly precision: { readonly initialReps: number; readonly maxReps: number };
  readonly maxAdvisors: number;
  readonly policies: readonly string[];
  readonly desk: readonly number[];
  readonly searches: readonly SizeSearch[];
  readonly overall: { readonly fewestPeople: string | null; readonly cheapestMeetingTargets: string | null; readonly cheapest: string | null };
}

/** sweep.json, as the report reads it. */
export interface SweepResults {
  readonly kind: 'sweep';
  readonly scenario: string;
  readonly seed: number | string;
  readonly days: number;
  readonly replications: number;
  readonly grid: { readonly policies: readonly string[]; readonly advisors: readonly number[]; readonly desk: readonly number[] };
  readonly points: readonly PlanningPoint[];
  readonly cheapestMeetingTargets: string | null;
  readonly cheapest: string | null;
}

/** A difference B − A with its 95% interval and whether the interval excludes 0. */
export interface PlanningDifference {
  readonly value: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly real: boolean;
}

/** How a compared figure reads: a share, minutes, minutes shown as seconds, a count per day, or money. */
export type CompareFormat = 'share' | 'minutes' | 'seconds' | 'count' | 'money';

/** compare.json, as the report reads it. */
export interface CompareResults {
  readonly kind: 'compare';
  readonly replications: number;
  readonly days: number;
  readonly seed: number | string;
  readonly pairing: 'common-random-numbers' | 'independent';
  readonly variants: readonly {
    readonly label: string;
    readonly overrides: readonly string[];
    /** What the changes did, in the run's language. */
    readonly notes?: readonly string[];
    readonly folder: string;
    readonly targetsMet: boolean | null;
  }[];
  readonly figures: readonly {
    readonly path: string;
    readonly format: CompareFormat;
    readonly better: 'higher' | 'lower';
    readonly values: readonly Figure[];
    readonly differences: readonly (PlanningDifference | null)[];
  }[];
}

/** What a planning command's results are. */
export type PlanningResults = SizeResults | SweepResults | CompareResults;

/** One configuration run: its summary and its scenario as run. */
export interface RanConfiguration {
  readonly summary: Summary;
  readonly scenario: Scenario;
}

/** The facts of the run the report prints (from run.json). */
export interface PlanningRunFacts {
  readonly version: string;
  /** The scenario file(s) as named on the command line. */
  readonly scenarioFiles: readonly string[];
  /** Changes applied to every configuration (`--set`, `--reps`…), as `path=value`. */
  readonly changes: readonly string[];
  /** The warnings the command printed about the scenario, worded in each language (none from older folders). */
  readonly warningsIn: Partial<Record<ReportLanguageCode, readonly IssueRecord[]>>;
  /** compare: what each variant's changes did, worded in each language (none from older folders). */
  readonly variantNotesIn: Partial<Record<ReportLanguageCode, readonly (readonly string[])[]>>;
}

/** Everything a planning report is made from. */
export interface PlanningReportInput {
  readonly results: PlanningResults;
  /** Every configuration run, by folder ('now', 'points/answer-all-4-advisors', 'variants/desk'). */
  readonly configurations: ReadonlyMap<string, RanConfiguration>;
  readonly run: PlanningRunFacts;
}

/** The folder of the scenario as written, in size and sweep folders. */
export const NOW_FOLDER = 'now';

/** A compare's folder of its reference when that is the file as written, in every language (its label is worded in the run's). */
export const AS_WRITTEN_FOLDER = 'variants/as-written';

/**
 * The input with a compare's reference named in `asWritten`'s words when it is the file as
 * written: compare.json keeps the label in the language of the run, its folder is the same in
 * every language.
 */
export function withReferenceLabel(input: PlanningReportInput, asWritten: string): PlanningReportInput {
  const { results } = input;
  if (results.kind !== 'compare' || results.variants[0]?.folder !== AS_WRITTEN_FOLDER) return input;
  const [reference, ...others] = results.variants;
  return { ...input, results: { ...results, variants: [{ ...reference, label: asWritten }, ...others] } };
}

/** Which planning command wrote a folder, from its files' names; null when none did. */
export function planningKindOf(names: Iterable<string>): PlanningKind | null {
  const all = new Set(names);
  for (const kind of ['size', 'sweep', 'compare'] as const) if (all.has(`${kind}.json`)) return kind;
  return null;
}

/**
 * The report's input from a results folder's files (relative path → text), or the problems that
 * stop it: each a file and what is wrong with it. Only JSON files are read.
 */
export function planningInput(files: Readonly<Record<string, string>>, currentVersion: string): { readonly input: PlanningReportInput | null; readonly problems: readonly { file: string; problem: 'missing' | 'notJson' | 'unexpected' }[] } {
  const problems: { file: string; problem: 'missing' | 'notJson' | 'unexpected' }[] = [];
  const json = (file: string): Record<string, unknown> | null => {
    const text = files[file];
    if (text === undefined) {
      problems.push({ file, problem: 'missing' });
      return null;
    }
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      problems.push({ file, problem: 'notJson' });
      return null;
    }
    problems.push({ file, problem: 'unexpected' });
    return null;
  };
  const kind = planningKindOf(Object.keys(files));
  if (kind === null) return { input: null, problems: [{ file: 'size.json', problem: 'missing' }] };
  const results = json(`${kind}.json`) as PlanningResults | null;
  if (results === null) return { input: null, problems };
  if (results.kind !== kind) return { input: null, problems: [{ file: `${kind}.json`, problem: 'unexpected' }] };
  const folders = new Set<string>();
  if (results.kind === 'compare') for (const variant of results.variants) folders.add(variant.folder);
  else {
    const points = results.kind === 'size' ? results.searches.flatMap((search) => search.points) : results.points;
    for (const point of points) if (point.folder !== null) folders.add(point.folder);
    // Folders of older versions have no now/: the report says so and goes without it.
    if (files[`${NOW_FOLDER}/summary.json`] !== undefined) folders.add(NOW_FOLDER);
  }
  const configurations = new Map<string, RanConfiguration>();
  for (const folder of folders) {
    const summary = json(`${folder}/summary.json`);
    const scenario = json(`${folder}/scenario.json`);
    if (summary !== null && scenario !== null) configurations.set(folder, { summary: summary as unknown as Summary, scenario: scenario as unknown as Scenario });
  }
  const run = files['run.json'] === undefined ? {} : (json('run.json') ?? {});
  if (problems.length > 0) return { input: null, problems };
  return { input: { results, configurations, run: runFacts(run, currentVersion) }, problems };
}

/** What run.json says; a merged folder's facts are its first shard's (every shard ran the same). */
function runFacts(run: Record<string, unknown>, currentVersion: string): PlanningRunFacts {
  const shards = run.shards;
  if (Array.isArray(shards) && shards.length > 0 && typeof shards[0] === 'object' && shards[0] !== null) {
    const first = (shards[0] as { run?: unknown }).run;
    if (typeof first === 'object' && first !== null) return runFacts({ ...(first as Record<string, unknown>), recepsim: run.recepsim ?? (first as Record<string, unknown>).recepsim }, currentVersion);
  }
  const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  const files = typeof run.scenarioFile === 'string' ? [run.scenarioFile] : texts(run.scenarioFiles);
  const notes = typeof run.variantNotes === 'object' && run.variantNotes !== null ? (run.variantNotes as Record<string, unknown>) : {};
  const worded = typeof run.scenarioWarnings === 'object' && run.scenarioWarnings !== null ? (run.scenarioWarnings as Record<string, unknown>) : {};
  return {
    version: typeof run.recepsim === 'string' ? run.recepsim : currentVersion,
    scenarioFiles: files,
    changes: texts(run.common),
    warningsIn: Object.fromEntries(REPORT_LANGUAGES.filter((code) => Array.isArray(worded[code])).map((code) => [code, issueRecordsOf(worded[code])])),
    variantNotesIn: Object.fromEntries(REPORT_LANGUAGES.filter((code) => Array.isArray(notes[code])).map((code) => [code, (notes[code] as unknown[]).map(texts)])),
  };
}
