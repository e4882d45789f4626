// `sweep`: every combination of policies, advisors and desk sizes, each with the same fixed
// number of replications on common random numbers, marking which meet every target with 95%
// confidence and the cheapest that does. Pure: the caller runs and summarises the points
// (evaluate.ts); this module assembles the result, which merging shards assembles the same way.
//
// ## sweep.json
//
// ```
// kind          "sweep"
// scenario      the scenario's name as the file gives it
// scenarioDigest  SHA-256 of the scenario as run before the points' changes (shards of one sweep share it)
// seed, days, replications    of every point
// grid          { policies ["answer-all", "threshold:1", …], advisors [2, 3, …], desk [1, 2, …] }
// shard         null, or { index, count } for one shard of several (1-based): points k with
//               k mod count = index − 1 (in grid order) are this shard's
// points        [ PointEntry (src/analysis/evaluate.ts) with `index`: its place in the grid ]
// cheapestMeetingTargets   label of the point with the lowest net cost per day among those
//               meeting every target with 95% confidence; null if none does
// cheapest      label of the point with the lowest net cost per day; null if none is valid
// ```

import type { PointEntry } from './evaluate.js';
import { type GridAxes, gridPoints, policyName } from './grid.js';
import type { Shard } from './shards.js';

/** A point of a sweep: its entry and its place in the grid. */
export type SweepPoint = PointEntry & { readonly index: number };

/** sweep.json: see the top of this file. */
export interface SweepResult {
  readonly kind: 'sweep';
  readonly scenario: string;
  readonly scenarioDigest: string;
  readonly seed: number | string;
  readonly days: number;
  readonly replications: number;
  readonly grid: { readonly policies: readonly string[]; readonly advisors: readonly number[]; readonly desk: readonly number[] };
  readonly shard: Shard | null;
  readonly points: readonly SweepPoint[];
  readonly cheapestMeetingTargets: string | null;
  readonly cheapest: string | null;
}

/** The facts every shard of one sweep shares: what is swept, on what. */
export interface SweepHeader {
  readonly scenario: string;
  readonly scenarioDigest: string;
  readonly seed: number | string;
  readonly days: number;
  readonly replications: number;
  readonly axes: GridAxes;
}

/** The sweep of `points` (in any order); `shard` says which part of the grid they are. */
export function assembleSweep(header: SweepHeader, points: readonly SweepPoint[], shard: Shard | null): SweepResult {
  const ordered = [...points].sort((a, b) => a.index - b.index);
  return {
    kind: 'sweep',
    scenario: header.scenario,
    scenarioDigest: header.scenarioDigest,
    seed: header.seed,
    days: header.days,
    replications: header.replications,
    grid: {
      policies: header.axes.policies.map(policyName),
      advisors: header.axes.advisors,
      desk: gridPoints(header.axes).some((point) => point.policy.kind === 'phone-desk') ? header.axes.desk.filter((size) => size >= 1) : [],
    },
    shard,
    points: ordered,
    cheapestMeetingTargets: cheapestOf(ordered.filter((point) => point.verdict === 'meets')),
    cheapest: cheapestOf(ordered),
  };
}

/** Label of the point with the lowest net cost per day (the first in order on a tie); null if none has one. */
export function cheapestOf(points: readonly PointEntry[]): string | null {
  let best: PointEntry | null = null;
  for (const point of points) {
    const cost = point.figures['money.netCostPerDay']?.value;
    if (cost === null || cost === undefined) continue;
    if (best === null || cost < best.figures['money.netCostPerDay'].value!) best = point;
  }
  return best?.label ?? null;
}
