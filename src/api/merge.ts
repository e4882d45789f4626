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
function checkOneRun(shards: readonly { folder: string; result: ShardResult }[]): void {
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
    const differs = runDifference(first.result, shard.result);
    if (differs !== null) problem(mergeText.differentRuns(first.folder, shard.folder, differs));
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

/** What two shards disagree on, in words ("scenarios", "grids"…); null when they are of one run. */
function runDifference(a: ShardResult, b: ShardResult): Parameters<typeof mergeText.differentRuns>[2] | null {
  if (a.scenarioDigest !== b.scenarioDigest) return 'scenarios';
  if (a.seed !== b.seed || a.days !== b.days) return 'seedsOrDays';
  if (a.kind === 'sweep' && b.kind === 'sweep') {
    if (a.replications !== b.replications) return 'replications';
    if (JSON.stringify(a.grid) !== JSON.stringify(b.grid)) return 'grids';
  }
  if (a.kind === 'size' && b.kind === 'size') {
    if (JSON.stringify(a.precision) !== JSON.stringify(b.precision)) return 'replications';
    if (a.maxAdvisors !== b.maxAdvisors || JSON.stringify(a.policies) !== JSON.stringify(b.policies) || JSON.stringify(a.desk) !== JSON.stringify(b.desk)) {
      return 'teamLimits';
    }
  }
  return null;
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
