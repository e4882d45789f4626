// `merge`: the shards of one sweep or size run, joined into exactly the results of running it
// whole: the same sweep.json / size.json and CSV, byte for byte, and every point's files. Shards
// are checked to be one run's (same scenario digest, seed, grid, precision) and complete.

import { join } from 'node:path';
import { parseGridPolicy, type GridPolicy } from '../analysis/grid.js';
import { assembleSize, type SearchResult, type SizeResult } from '../analysis/size.js';
import { assembleSweep, type SweepPoint, type SweepResult } from '../analysis/sweep.js';
import { readResultsFile, readResultsFiles } from '../io/results-reader.js';
import { InputError, type InputIssue } from '../model/issues.js';
import { mergeText } from '../text/messages.js';
import { type ExecutionOptions, resultsFolderFor, writeFiles } from './execution.js';
import { jsonText, version } from './outputs.js';
import { NOW_FOLDER, pointsCsv } from './points.js';
import { planningReportFiles, reportChoice, type ReportOptions } from './planning-report.js';
import type { ReportLanguage, ReportLanguageCode } from '../text/report/index.js';

/** What to merge, and where to write. */
export interface MergeOptions extends Pick<ExecutionOptions, 'out' | 'resultsRoot' | 'startedAt'>, ReportOptions {
  /** The results folders of every shard of one run. */
  readonly folders: readonly string[];
}

/** The merged result, its files and folder. */
export interface MergeOutcome {
  readonly result: SweepResult | SizeResult;
  readonly files: Readonly<Record<string, string>>;
  readonly folder: string | null;
  /** The language of the report, which the printed table speaks too. */
  readonly language: ReportLanguage;
}

type ShardResult = SweepResult | SizeResult;

/** The files of a point that the merged folder and its report are made of. */
const POINT_FILES = ['scenario.json', 'summary.json'] as const;

/** Merges shard folders; InputError (nothing written) unless they are every shard of one run. */
export async function merge(options: MergeOptions): Promise<MergeOutcome> {
  const startedAt = options.startedAt ?? new Date();
  if (options.folders.length === 0) throw new InputError([{ path: [], message: mergeText.nothingToMerge() }]);
  const shards = options.folders.map((folder) => ({ folder, ...readShard(folder) }));
  checkOneRun(shards);

  const [first] = shards;
  const result = first.result.kind === 'sweep' ? mergeSweep(shards.map((shard) => shard.result as SweepResult)) : mergeSize(shards.map((shard) => shard.result as SizeResult));
  const files: Record<string, string> = {};
  files[`${result.kind}.json`] = jsonText(result);
  for (const shard of shards) {
    for (const [name, text] of Object.entries(shard.files)) if (name.startsWith('points/')) files[name] = text;
  }
  // Every shard ran the scenario as written on the same random numbers: the first's is the run's.
  for (const [name, text] of Object.entries(first.files)) if (name.startsWith(`${NOW_FOLDER}/`)) files[name] = text;
  // The CSV and the report in the language asked for, as the whole run writes them.
  const scenario = safeJson(files[`${NOW_FOLDER}/scenario.json`]) as { locale?: ReportLanguageCode; economics?: { currency?: string } } | undefined;
  const { language, csvLocale } = reportChoice(options, scenario?.locale);
  files[`${result.kind}.csv`] = pointsCsv(result.kind === 'sweep' ? result.points : result.searches.flatMap((search) => search.points), language, csvLocale, scenario?.economics?.currency);
  files['run.json'] = jsonText({
    recepsim: version(),
    command: 'merge',
    kind: result.kind,
    shards: shards.map((shard) => ({ folder: shard.folder, shard: shard.result.shard, run: safeJson(shard.files['run.json']) })),
    startedAt: startedAt.toISOString(),
  });
  if ((options.report ?? true) && files[`${NOW_FOLDER}/summary.json`] !== undefined) {
    Object.assign(files, await planningReportFiles(files, language, csvLocale));
  }
  const folder = resultsFolderFor({ ...options, startedAt }, `${result.scenario} ${result.kind}`);
  writeFiles(folder, files);
  return { result, files, folder, language };
}

/** A shard's result and files; InputError when the folder is not a shard's. */
function readShard(folder: string): { result: ShardResult; files: Record<string, string> } {
  // The run's result first: the rest of the folder is read only once it is known to be a shard's.
  const resultFile = readResultsFile(folder, ['sweep.json', 'size.json']);
  if (resultFile === undefined) throw new InputError([{ path: [], message: mergeText.notAShard(folder) }]);
  const result = safeJson(resultFile.text) as ShardResult | undefined;
  if (result?.kind !== 'sweep' && result?.kind !== 'size') throw new InputError([{ path: [], message: mergeText.unreadableShard(join(folder, resultFile.name)) }]);
  if (result.shard === null) throw new InputError([{ path: [], message: mergeText.wholeRun(folder) }]);
  const files = readResultsFiles(folder);
  // Every point the shard lists has its files: the merged folder and its report are made of them.
  const points = result.kind === 'sweep' ? result.points : result.searches.flatMap((search) => search.points);
  const missing = points.flatMap((point) => (point.folder === null ? [] : POINT_FILES.map((name) => `${point.folder}/${name}`))).filter((name) => files[name] === undefined);
  if (missing.length > 0) throw new InputError([{ path: [], message: mergeText.shardIncomplete(folder, missing[0], resultFile.name) }]);
  return { result, files };
}

/** Every problem with the set of shards: kinds, counts, one run's, each shard once, none missing. */
function checkOneRun(shards: readonly { folder: string; result: ShardResult; files: Readonly<Record<string, string>> }[]): void {
  const issues: InputIssue[] = [];
  const problem = (message: string) => issues.push({ path: [], message });
  const [first] = shards;
  const seen = new Map<number, string>();
  for (const shard of shards) {
    if (shard.result.kind !== first.result.kind) {
      problem(mergeText.mixedKinds());
      break;
    }
    if (shard.result.shard!.count !== first.result.shard!.count) problem(mergeText.differentCounts(first.folder, shard.folder));
    for (const [what, values] of runDifferences(first, shard)) problem(mergeText.differentRuns(first.folder, shard.folder, what, values));
    const index = shard.result.shard!.index;
    const earlier = seen.get(index);
    if (earlier !== undefined) problem(mergeText.duplicateShard(index, shard.result.shard!.count, earlier, shard.folder));
    seen.set(index, shard.folder);
  }
  if (issues.length === 0) {
    const count = first.result.shard!.count;
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
    if (missing.length > 0) problem(mergeText.missingShards(missing, count));
  }
  if (issues.length > 0) throw new InputError(issues);
}

type RunPart = Parameters<typeof mergeText.differentRuns>[2];

/** What two shards' runs disagree on ("seeds", with both; "grids"…); none when they are of one run. */
function runDifferences(
  a: { readonly result: ShardResult; readonly files: Readonly<Record<string, string>> },
  b: { readonly result: ShardResult; readonly files: Readonly<Record<string, string>> },
): [RunPart, (readonly [unknown, unknown])?][] {
  const differences: [RunPart, (readonly [unknown, unknown])?][] = [];
  // The scenario's digest covers its seed, days and replications too (set by --seed, --days, --reps):
  // those are told by name, and the scenarios differ only when something else does.
  if (a.result.scenarioDigest !== b.result.scenarioDigest && !sameScenarioBesidesRun(a.files, b.files)) differences.push(['scenarios']);
  if (a.result.seed !== b.result.seed) differences.push(['seeds', [a.result.seed, b.result.seed]]);
  if (a.result.days !== b.result.days) differences.push(['days', [a.result.days, b.result.days]]);
  if (a.result.kind === 'sweep' && b.result.kind === 'sweep') {
    if (a.result.replications !== b.result.replications) differences.push(['replications', [a.result.replications, b.result.replications]]);
    if (JSON.stringify(a.result.grid) !== JSON.stringify(b.result.grid)) differences.push(['grids']);
  }
  if (a.result.kind === 'size' && b.result.kind === 'size') {
    if (JSON.stringify(a.result.precision) !== JSON.stringify(b.result.precision)) differences.push(['replications']);
    if (a.result.maxAdvisors !== b.result.maxAdvisors || JSON.stringify(a.result.policies) !== JSON.stringify(b.result.policies) || JSON.stringify(a.result.desk) !== JSON.stringify(b.result.desk)) {
      differences.push(['teamLimits']);
    }
  }
  return differences;
}

/** The fields of a scenario that size the run rather than describe the reception. */
const RUN_FIELDS = ['seed', 'days', 'replications'] as const;

/** True when the two shards ran the same scenario as written, but for its run fields (false when either cannot tell). */
function sameScenarioBesidesRun(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const reception = (files: Readonly<Record<string, string>>) => {
    const scenario = safeJson(files[`${NOW_FOLDER}/scenario.json`]);
    if (scenario === null || typeof scenario !== 'object' || Array.isArray(scenario)) return undefined;
    const rest: Record<string, unknown> = { ...(scenario as Record<string, unknown>) };
    for (const field of RUN_FIELDS) delete rest[field];
    return JSON.stringify(rest);
  };
  const first = reception(a);
  return first !== undefined && first === reception(b);
}

function mergeSweep(shards: readonly SweepResult[]): SweepResult {
  const [first] = shards;
  const points: SweepPoint[] = shards.flatMap((shard) => shard.points);
  const axes = { policies: first.grid.policies.map(policyOf), advisors: first.grid.advisors, desk: first.grid.desk };
  return assembleSweep(
    { scenario: first.scenario, scenarioDigest: first.scenarioDigest, seed: first.seed, days: first.days, replications: first.replications, axes },
    points,
    null,
  );
}

function mergeSize(shards: readonly SizeResult[]): SizeResult {
  const [first] = shards;
  const searches: SearchResult[] = shards.flatMap((shard) => shard.searches);
  return assembleSize(
    {
      scenario: first.scenario,
      scenarioDigest: first.scenarioDigest,
      seed: first.seed,
      days: first.days,
      precision: first.precision,
      maxAdvisors: first.maxAdvisors,
      policies: first.policies.map(policyOf),
      desk: first.desk,
    },
    searches,
    null,
  );
}

function policyOf(name: string): GridPolicy {
  const policy = parseGridPolicy(name);
  if (policy === undefined) throw new RangeError(`merge: ${JSON.stringify(name)} in a shard is not a policy`);
  return policy;
}

function safeJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
