// Evaluating one point of a planning grid: run its replications, summarise them, and judge every
// target on its 95% interval. With a sequential rule (size), replications are added only while
// a target is too close to call: the point starts with a few, and doubles them while some
// target's interval straddles it and none is clearly missed, up to a cap. The rule reads only
// the point's own results, so a point's evaluation is the same whatever else is evaluated, and
// in whatever order.
//
// ## A point in sweep.json and size.json
//
// ```
// label        "answer-all, 4 advisors", "phone-desk:1, 3 advisors"
// policy       "answer-all" | "divert" | "phone-desk" | "threshold" | "threshold:T"
// advisors     number of advisors (the file's shift pattern, repeated in order)
// desk         people at the phone desk (0 unless phone-desk)
// changes      [path=value…]: the changes that made the point, as --set would write them
// notes        [what those changes did]
// folder       relative folder of its summary.json, summary.csv and scenario.json (null if invalid)
// replications replications run (a sequential rule may have added some)
// verdict      "meets" (every target met with 95% confidence) | "fails" (some target missed with
//              95% confidence) | "borderline" (some interval still straddles its target) |
//              "invalid" (the point is not a valid scenario: see problems)
// problems     [messages] (invalid points only; else [])
// targets      [ { name, metric, kind, target, value, ci95, status: met|missed|borderline|notApplicable } ]
// figures      { <path of a key figure in summary.json>: Figure }   (src/analysis/key-figures.ts)
// callEstimate the formula's estimate for the calls alone (CallEstimateJson, src/analysis/compare.ts)
// ```

import type { Figure, Summary, TargetFacts, TargetResult } from '../metrics/summary/index.js';
import { summarise, targetFacts } from '../metrics/summary/index.js';
import type { RunTotals } from '../metrics/tally.js';
import type { ModelConfig } from '../model/config.js';
import type { InputIssue } from '../model/issues.js';
import type { Scenario } from '../model/schema/index.js';
import { estimateCalls } from './call-estimate.js';
import { callEstimateJson, type CallEstimateJson } from './compare.js';
import { type GridPoint, pointLabel, policyName } from './grid.js';
import { KEY_FIGURES, keyFigureOf } from './key-figures.js';
import type { Configuration, Replicator } from './replicator.js';

/** A grid point made into a scenario, ready to run. */
export interface PointConfiguration extends Configuration {
  readonly scenario: Scenario;
  readonly config: ModelConfig;
  /** The changes that made it, as `path=value`. */
  readonly changes: readonly string[];
  /** What those changes did. */
  readonly notes: readonly string[];
  /** Warnings about the scenario so changed. */
  readonly warnings: readonly InputIssue[];
}

/** Makes a grid point into a scenario, or says why it is not a valid one. */
export type ResolvePoint = (point: GridPoint) => { readonly ok: true; readonly configuration: PointConfiguration } | { readonly ok: false; readonly problems: readonly string[] };

/** How many replications a point gets: a fixed number, or from `initial` doubling up to `max` while a target is too close to call. */
export type Precision = { readonly kind: 'fixed' } | { readonly kind: 'sequential'; readonly initial: number; readonly max: number };

/** Where a target stands on its 95% interval. */
export type TargetStatus = 'met' | 'missed' | 'borderline' | 'notApplicable';

/** What a point's targets say together. */
export type Verdict = 'meets' | 'fails' | 'borderline' | 'invalid';

/** A target of a point, judged. */
export interface JudgedTarget extends TargetFacts {
  readonly status: TargetStatus;
}

/** A point in sweep.json and size.json: see the top of this file. */
export interface PointEntry {
  readonly label: string;
  readonly policy: string;
  readonly advisors: number;
  readonly desk: number;
  readonly changes: readonly string[];
  readonly notes: readonly string[];
  readonly folder: string | null;
  readonly replications: number;
  readonly verdict: Verdict;
  readonly problems: readonly string[];
  readonly targets: readonly JudgedTarget[];
  readonly figures: Readonly<Record<string, Figure>>;
  readonly callEstimate: CallEstimateJson | null;
}

/** A point evaluated: its entry, and (valid points) its runs and summary for files and paired differences. */
export interface EvaluatedPoint {
  readonly point: GridPoint;
  readonly entry: PointEntry;
  readonly configuration: PointConfiguration | null;
  readonly runs: readonly RunTotals[];
  readonly summary: Summary | null;
}

/** Where a target stands: met or missed when its whole interval is on one side, borderline when it straddles. */
export function targetStatus(target: TargetResult): TargetStatus {
  if (!target.applicable || target.value === null) return 'notApplicable';
  if (target.metWithConfidence) return 'met';
  if (target.ci95 === null) return target.met ? 'borderline' : 'missed';
  const wrongSide = target.kind === 'atLeast' ? target.ci95[1] < target.target : target.ci95[0] > target.target;
  return wrongSide ? 'missed' : 'borderline';
}

/** The verdict of a summary's targets: every one met, one missed, or some too close to call. */
export function verdictOf(targets: readonly JudgedTarget[]): Exclude<Verdict, 'invalid'> {
  if (targets.some((target) => target.status === 'missed')) return 'fails';
  if (targets.some((target) => target.status === 'borderline')) return 'borderline';
  return 'meets';
}

/** Runs and judges one point; `folder` names its files. */
export async function evaluatePoint(
  point: GridPoint,
  resolved: ReturnType<ResolvePoint>,
  runner: Replicator & { plan?(more: number): void },
  precision: Precision,
  folder: string,
): Promise<EvaluatedPoint> {
  if (!resolved.ok) {
    const entry: PointEntry = {
      ...pointFacts(point),
      changes: [],
      notes: [],
      folder: null,
      replications: 0,
      verdict: 'invalid',
      problems: resolved.problems,
      targets: [],
      figures: {},
      callEstimate: null,
    };
    return { point, entry, configuration: null, runs: [], summary: null };
  }
  const { configuration } = resolved;
  const config = configuration.config;
  const max = precision.kind === 'fixed' ? config.replications : Math.max(2, precision.max);
  let wanted = precision.kind === 'fixed' ? max : Math.min(max, Math.max(2, precision.initial));
  const runs: RunTotals[] = [];
  for (;;) {
    if (runs.length > 0) runner.plan?.(wanted - runs.length);
    const results = await runner.run(configuration, runs.length, wanted - runs.length);
    for (const result of results) runs.push(result.totals);
    const summary = summarise(config, runs);
    const targets = summary.targets.map(judged);
    const verdict = verdictOf(targets);
    if (verdict !== 'borderline' || runs.length >= max) {
      const entry: PointEntry = {
        ...pointFacts(point),
        changes: configuration.changes,
        notes: configuration.notes,
        folder,
        replications: runs.length,
        verdict,
        problems: [],
        targets,
        figures: Object.fromEntries(KEY_FIGURES.map((figure) => [figure.path, keyFigureOf(figure, summary, runs)])),
        callEstimate: callEstimateJson(estimateCalls(configuration.scenario, config)),
      };
      return { point, entry, configuration, runs, summary };
    }
    wanted = Math.min(max, 2 * runs.length);
  }
}

/** The replications the first look at a point takes under `precision` (for planning progress). */
export function firstLook(precision: Precision, replications: number): number {
  return precision.kind === 'fixed' ? replications : Math.min(Math.max(2, precision.max), Math.max(2, precision.initial));
}

function judged(target: TargetResult): JudgedTarget {
  return { ...targetFacts(target), status: targetStatus(target) };
}

function pointFacts(point: GridPoint): Pick<PointEntry, 'label' | 'policy' | 'advisors' | 'desk'> {
  return { label: pointLabel(point), policy: policyName(point.policy), advisors: point.advisors, desk: point.desk };
}
