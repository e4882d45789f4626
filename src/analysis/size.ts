// `size`: for each policy (and desk size), the smallest team of advisors that meets every target
// with 95% confidence, and the team with the lowest net cost per day. It searches instead of
// trying every team:
//
// 1. Bracket with the formula. The least team that could keep up with the work offered, and —
//    when advisors answer the phone — the least team whose calls alone meet the call targets by
//    Erlang A (call-estimate.ts; exact for answer-all's calls, optimistic for the other
//    policies). The search starts at the larger of the two.
// 2. Find the smallest team. Evaluate the start (evaluate.ts: a few replications, more only while
//    a target is too close to call, up to a cap). If it meets every target, step down while the
//    team below does too; if not, try one more advisor, then the limit: if even the limit fails,
//    no team within it meets the targets, and the targets not met there are the binding ones;
//    else bisect between. (Teams grow by one person on the file's pattern, so a larger team has
//    everything a smaller one has: meeting the targets is taken to be monotone in the team.)
// 3. Find the cheapest team. From the cheapest team evaluated, evaluate its neighbours and move
//    while one is cheaper (net cost is staff cost, rising with the team, plus lost margin,
//    falling with it). The neighbours' paired differences say whether the choice is clear.
//
// Each search depends only on its own points, and each point's evaluation only on itself, so
// the searches can run at once, in any order, or on different machines (shards), and give the
// same answer.
//
// ## size.json
//
// ```
// kind            "size"
// scenario, scenarioDigest, seed, days    (scenarioDigest: as in sweep.json)
// precision       { initialReps, maxReps }: replications of a point's first look, and the cap
// maxAdvisors     the largest team tried
// policies        ["answer-all", …]; desk: desk sizes tried under phone-desk
// shard           null, or { index, count } (searches k with k mod count = index − 1)
// searches        [ {
//   index         place of the search (policy, desk) in the run's order
//   policy, desk  what was searched (desk 0 unless phone-desk)
//   formula       { start, advisorsForWork, advisorsForCalls (null: the advisors do not answer
//                   calls, or no team within the limit meets the call targets by the formula),
//                   callModel (the formula used, null if none applies) }
//   smallest      label of the smallest team meeting every target with 95% confidence, or null
//   smallestAdvisors  its advisors, or null
//   binding       { at: label, targets: [JudgedTarget not met there] }: at the team just below the
//                   smallest (what stops a smaller team), or at the limit when no team meets them;
//                   null when the smallest is a single advisor
//   cheapest      { label, advisors, netCostPerDay: Figure, verdict, neighbours: [ { label,
//                   difference: { value, ci95, real } (neighbour − cheapest, paired) } ] } or null
//   points        [ PointEntry (evaluate.ts) ] every team evaluated, by advisors
// } ]
// overall         { fewestPeople: label (fewest advisors + desk meeting every target; on a tie the
//                   lower net cost) | null, cheapestMeetingTargets: label | null, cheapest: label | null }
// ```

import type { Figure } from '../metrics/summary/index.js';
import { firstLineTeam } from '../model/policies/index.js';
import { estimateCalls, firstLineHandleMin } from './call-estimate.js';
import { type EvaluatedPoint, evaluatePoint, type JudgedTarget, type PointEntry, type Precision, type ResolvePoint } from './evaluate.js';
import { type GridPoint, type GridPolicy, pointLabel, policyName } from './grid.js';
import { keyFigure } from './key-figures.js';
import { type Difference, pairedDifference } from './paired.js';
import type { Replicator } from './replicator.js';
import { inShard, type Shard } from './shards.js';
import { cheapestOf } from './sweep.js';
import { advisorsForWork, advisorWorkMinPerDay } from './workload.js';

/** First look at a team: this many replications (fewer if the cap is lower). */
export const DEFAULT_INITIAL_REPS = 10;
/** Teams tried up to, by default: this many advisors, or twice the file's team if more. */
export const DEFAULT_MAX_ADVISORS = 8;

/** The largest team tried by default, for a file with `fileAdvisors` advisors. */
export function defaultMaxAdvisors(fileAdvisors: number): number {
  return Math.max(DEFAULT_MAX_ADVISORS, 2 * fileAdvisors);
}

/** One search: a policy, and the desk size under phone-desk (else 0). */
export interface SearchSpec {
  readonly policy: GridPolicy;
  readonly desk: number;
}

/** What every search shares. */
export interface SizeContext {
  readonly resolve: ResolvePoint;
  readonly runner: Replicator & { plan?(more: number): void };
  readonly precision: Extract<Precision, { kind: 'sequential' }>;
  readonly maxAdvisors: number;
  /** The folder of a point's files. */
  readonly folderOf: (point: GridPoint) => string;
  /** Told of each point as its evaluation ends, while other points may still be simulated. */
  readonly onEvaluated?: (point: EvaluatedPoint) => void;
}

/** One search's result in size.json: see the top of this file. */
export interface SearchResult {
  readonly index: number;
  readonly policy: string;
  readonly desk: number;
  readonly formula: {
    readonly start: number;
    readonly advisorsForWork: number;
    readonly advisorsForCalls: number | null;
    readonly callModel: string | null;
  };
  readonly smallest: string | null;
  readonly smallestAdvisors: number | null;
  readonly binding: { readonly at: string; readonly targets: readonly JudgedTarget[] } | null;
  readonly cheapest: {
    readonly label: string;
    readonly advisors: number;
    readonly netCostPerDay: Figure;
    readonly verdict: PointEntry['verdict'];
    readonly neighbours: readonly { readonly label: string; readonly difference: Difference }[];
  } | null;
  readonly points: readonly PointEntry[];
}

/** size.json: see the top of this file. */
export interface SizeResult {
  readonly kind: 'size';
  readonly scenario: string;
  readonly scenarioDigest: string;
  readonly seed: number | string;
  readonly days: number;
  readonly precision: { readonly initialReps: number; readonly maxReps: number };
  readonly maxAdvisors: number;
  readonly policies: readonly string[];
  readonly desk: readonly number[];
  readonly shard: Shard | null;
  readonly searches: readonly SearchResult[];
  readonly overall: { readonly fewestPeople: string | null; readonly cheapestMeetingTargets: string | null; readonly cheapest: string | null };
}

/** The facts every shard of one size run shares. */
export interface SizeHeader {
  readonly scenario: string;
  readonly scenarioDigest: string;
  readonly seed: number | string;
  readonly days: number;
  readonly precision: { readonly initialReps: number; readonly maxReps: number };
  readonly maxAdvisors: number;
  readonly policies: readonly GridPolicy[];
  readonly desk: readonly number[];
}

/** The searches of a size run, in order: each policy, and each desk size under phone-desk. */
export function searchSpecs(policies: readonly GridPolicy[], desk: readonly number[]): SearchSpec[] {
  return policies.flatMap((policy) => (policy.kind === 'phone-desk' ? desk.filter((size) => size >= 1).map((size) => ({ policy, desk: size })) : [{ policy, desk: 0 }]));
}

/** Runs the searches of `shard` (all when null), at once; each search's evaluated points with it. */
export async function sizeTeams(
  header: SizeHeader,
  context: SizeContext,
  shard: Shard | null,
): Promise<{ result: SizeResult; evaluated: EvaluatedPoint[] }> {
  const specs = searchSpecs(header.policies, header.desk)
    .map((spec, index) => ({ spec, index }))
    .filter(({ index }) => inShard(index, shard));
  const searches = await Promise.all(specs.map(({ spec, index }) => searchTeam(spec, index, context)));
  return { result: assembleSize(header, searches.map((search) => search.result), shard), evaluated: searches.flatMap((search) => search.evaluated) };
}

/** The size result of `searches` (in any order). */
export function assembleSize(header: SizeHeader, searches: readonly SearchResult[], shard: Shard | null): SizeResult {
  const ordered = [...searches].sort((a, b) => a.index - b.index);
  const points = ordered.flatMap((search) => search.points);
  const meeting = points.filter((point) => point.verdict === 'meets');
  const fewest = Math.min(...meeting.map((point) => point.advisors + point.desk));
  return {
    kind: 'size',
    scenario: header.scenario,
    scenarioDigest: header.scenarioDigest,
    seed: header.seed,
    days: header.days,
    precision: header.precision,
    maxAdvisors: header.maxAdvisors,
    policies: header.policies.map(policyName),
    desk: header.policies.some((policy) => policy.kind === 'phone-desk') ? header.desk.filter((size) => size >= 1) : [],
    shard,
    searches: ordered,
    overall: {
      fewestPeople: cheapestOf(meeting.filter((point) => point.advisors + point.desk === fewest)),
      cheapestMeetingTargets: cheapestOf(meeting),
      cheapest: cheapestOf(points),
    },
  };
}

/** One search: the smallest team meeting every target, and the cheapest team. */
export async function searchTeam(spec: SearchSpec, index: number, context: SizeContext): Promise<{ result: SearchResult; evaluated: EvaluatedPoint[] }> {
  const { maxAdvisors } = context;
  const pointOf = (advisors: number): GridPoint => ({ policy: spec.policy, advisors, desk: spec.desk });
  const resolved = new Map<number, ReturnType<ResolvePoint>>();
  const resolve = (advisors: number) => {
    let found = resolved.get(advisors);
    if (found === undefined) {
      found = context.resolve(pointOf(advisors));
      resolved.set(advisors, found);
    }
    return found;
  };
  const evaluations = new Map<number, Promise<EvaluatedPoint>>();
  const evaluate = (advisors: number): Promise<EvaluatedPoint> => {
    let found = evaluations.get(advisors);
    if (found === undefined) {
      const point = pointOf(advisors);
      found = evaluatePoint(point, resolve(advisors), context.runner, context.precision, context.folderOf(point)).then((evaluated) => {
        context.onEvaluated?.(evaluated);
        return evaluated;
      });
      evaluations.set(advisors, found);
    }
    return found;
  };
  const meets = async (advisors: number) => (await evaluate(advisors)).entry.verdict === 'meets';

  // 1. Bracket with the formula.
  const formula = formulaStart(maxAdvisors, resolve);
  const start = formula.start;

  // 2. The smallest team meeting every target.
  let smallest: number | null = null;
  if (await meets(start)) {
    smallest = start;
    while (smallest > 1 && (await meets(smallest - 1))) smallest--;
  } else if (start < maxAdvisors) {
    if (await meets(start + 1)) smallest = start + 1;
    else if (start + 1 < maxAdvisors && (await meets(maxAdvisors))) {
      let failing = start + 1;
      let meeting = maxAdvisors;
      while (meeting - failing > 1) {
        const middle = Math.floor((failing + meeting) / 2);
        if (await meets(middle)) meeting = middle;
        else failing = middle;
      }
      smallest = meeting;
    }
  }
  const bindingAt = smallest === null ? maxAdvisors : smallest > 1 ? smallest - 1 : null;
  let binding: SearchResult['binding'] = null;
  if (bindingAt !== null) {
    const entry = (await evaluate(bindingAt)).entry;
    binding = { at: entry.label, targets: entry.targets.filter((target) => target.status !== 'met' && target.status !== 'notApplicable') };
  }

  // 3. The cheapest team: walk to a neighbour while one is cheaper.
  const cost = (point: EvaluatedPoint) => point.entry.figures['money.netCostPerDay']?.value ?? Infinity;
  const cheapestEvaluated = async () => {
    const all = await Promise.all([...evaluations.values()]);
    return all.filter((point) => point.summary !== null).sort((a, b) => cost(a) - cost(b) || a.point.advisors - b.point.advisors)[0];
  };
  let best = await cheapestEvaluated();
  while (best !== undefined) {
    const around = [best.point.advisors - 1, best.point.advisors + 1].filter((advisors) => advisors >= 1 && advisors <= maxAdvisors);
    await Promise.all(around.map(evaluate));
    const next = await cheapestEvaluated();
    if (next.point.advisors === best.point.advisors) break;
    best = next;
  }
  const evaluated = (await Promise.all([...evaluations.values()])).sort((a, b) => a.point.advisors - b.point.advisors);
  const cheapest =
    best === undefined
      ? null
      : {
          label: best.entry.label,
          advisors: best.point.advisors,
          netCostPerDay: best.entry.figures['money.netCostPerDay'],
          verdict: best.entry.verdict,
          neighbours: evaluated
            .filter((point) => point.summary !== null && Math.abs(point.point.advisors - best!.point.advisors) === 1)
            .map((point) => ({
              label: point.entry.label,
              difference: pairedDifference(
                keyFigure('money.netCostPerDay'),
                { settings: best!.configuration!.config, runs: best!.runs },
                { settings: point.configuration!.config, runs: point.runs },
              ),
            })),
        };
  return {
    result: {
      index,
      policy: policyName(spec.policy),
      desk: spec.desk,
      formula,
      smallest: smallest === null ? null : pointLabel(pointOf(smallest)),
      smallestAdvisors: smallest,
      binding,
      cheapest,
      points: evaluated.map((point) => point.entry),
    },
    evaluated,
  };
}

/**
 * Where the formula says to start: the least team that keeps up with the work, and — when the
 * advisors answer the phone — the least team whose calls alone meet the call targets.
 */
function formulaStart(maxAdvisors: number, resolve: (advisors: number) => ReturnType<ResolvePoint>): SearchResult['formula'] {
  let forWork: number | null = null;
  let forCalls: number | null = null;
  let callModel: string | null = null;
  for (let advisors = 1; advisors <= maxAdvisors; advisors++) {
    const resolved = resolve(advisors);
    if (!resolved.ok) continue;
    const { scenario, config } = resolved.configuration;
    const answerCalls = firstLineTeam(config.policies[0].policy) === 'advisors';
    const estimate = estimateCalls(scenario, config);
    if (estimate.ok) callModel = estimate.estimate.model;
    // The calls' work counts whether or not a formula applies to them.
    forWork ??= advisorsForWork(config, advisorWorkMinPerDay(config, answerCalls, firstLineHandleMin(config)));
    if (!answerCalls) break;
    const targets = config.targets;
    const callsMet =
      estimate.ok &&
      (targets.callServiceLevel === null || estimate.estimate.sl_answered_within_t_over_offered >= targets.callServiceLevel) &&
      (targets.callMaxAbandon === null || estimate.estimate.p_abandon <= targets.callMaxAbandon);
    if (callsMet) {
      forCalls = advisors;
      break;
    }
    // A team too small for its calls has no formula; a larger one may. Other reasons hold for every team.
    if (!estimate.ok && estimate.why.reason !== 'overloaded') break;
  }
  const start = Math.min(maxAdvisors, Math.max(forWork ?? 1, forCalls ?? 1));
  return { start, advisorsForWork: forWork ?? 1, advisorsForCalls: forCalls, callModel };
}
