// Goal-seek (target → staff): for a column's settings, which team meets every target at the
// lowest net cost? It is `recepsim size` for that column's policy: the same search
// (src/analysis/size.ts, `searchTeam`) with the same precision and limit, run through whatever
// Replicator it is given (the page's simulation workers), on teams made the way the page makes
// them (the advisors control on the file's shift pattern, everything else as the column has it).
// Then the teams around the answer, so a chart can show the key figures against team size.

import { type EvaluatedPoint, evaluatePoint, type JudgedTarget, type PointConfiguration, type PointEntry, type ResolvePoint } from '../analysis/evaluate.js';
import { type GridPoint, pointLabel } from '../analysis/grid.js';
import type { Replicator } from '../analysis/replicator.js';
import { assembleSize, DEFAULT_INITIAL_REPS, defaultMaxAdvisors, searchTeam, type SearchResult, type SizeHeader } from '../analysis/size.js';
import type { Scenario } from '../model/schema/index.js';
import { policyWindowsOf } from '../model/schema/policy.js';
import type { WhatIfText } from '../text/whatif/index.js';
import type { RunSettings } from './adjust.js';
import type { ControlTexts } from './controls.js';
import { checkColumn } from './variant.js';

/** What to seek for: a column (the scenario as loaded, its controls as typed, the run settings). */
export interface GoalSeekInput {
  readonly base: Scenario;
  readonly texts: ControlTexts;
  readonly run: RunSettings;
}

/** Teams either side of the answer that the chart shows. */
export const CURVE_REACH = 2;

/** What goal-seek found. */
export interface GoalSeekAnswer {
  /** The policy searched, as size names it ("answer-all", "phone-desk", "threshold:2"), and its desk. */
  readonly policy: string;
  readonly desk: number;
  /** The largest team tried. */
  readonly maxAdvisors: number;
  /** The cheapest team meeting every target with 95% confidence, or null when no team within the limit does. */
  readonly answer: PointEntry | null;
  /** The smallest team meeting every target, the binding targets and the cheapest team at all: size's search. */
  readonly search: SearchResult;
  /** The targets that stop a smaller team (or, when nothing meets them, the targets missed at the limit). */
  readonly binding: readonly JudgedTarget[];
  /** Teams around the answer (or, without one, around the cheapest team), by advisors. */
  readonly curve: readonly PointEntry[];
}

/** Seeks the cheapest team meeting every target for the column, running replications on `replicator`. */
export async function seekTeam(input: GoalSeekInput, replicator: Replicator, words: WhatIfText): Promise<GoalSeekAnswer> {
  const column = checkColumn(input.base, input.texts, input.run, words);
  if (!column.ok) throw new RangeError('goal-seek: the column has problems; the page seeks only for valid settings');
  if (!oneAllDay(column.scenario)) throw new RangeError('goal-seek: a policy by the hour has no single policy to search; the page offers goal-seek only for one policy all day');
  const policySpec = policyWindowsOf(column.scenario.policy)[0];
  const policy = policySpec.kind === 'threshold' ? { kind: policySpec.kind, threshold: policySpec.maxWaitingVisitors ?? 0 } : { kind: policySpec.kind };
  const desk = policySpec.kind === 'phone-desk' ? column.config.phoneDesk.length : 0;
  // As size's default: 8, or twice the file's team.
  const maxAdvisors = defaultMaxAdvisors(countOf(input.base));
  const precision = { kind: 'sequential', initial: Math.min(DEFAULT_INITIAL_REPS, input.run.replications), max: input.run.replications } as const;

  const resolve: ResolvePoint = (point: GridPoint) => {
    const checked = checkColumn(input.base, { ...input.texts, advisors: String(point.advisors) }, input.run, words);
    if (!checked.ok) return { ok: false, problems: checked.issues.map((issue) => words.problemAt(issue.field, issue.message)) };
    const configuration: PointConfiguration = {
      key: JSON.stringify(checked.scenario),
      scenario: checked.scenario,
      config: checked.config,
      changes: [`advisors=${point.advisors}`],
      notes: [],
      warnings: [],
    };
    return { ok: true, configuration };
  };
  const folderOf = (point: GridPoint) => pointLabel(point);
  const { result: search, evaluated } = await searchTeam({ policy, desk }, 0, { resolve, runner: replicator, precision, maxAdvisors, folderOf });

  // size's own verdict on the one search: the cheapest team meeting every target.
  const header: SizeHeader = {
    scenario: input.base.name,
    scenarioDigest: '',
    seed: input.run.seed,
    days: input.run.days,
    precision: { initialReps: precision.initial, maxReps: precision.max },
    maxAdvisors,
    policies: [policy],
    desk: desk > 0 ? [desk] : [],
  };
  const overall = assembleSize(header, [search], null).overall;
  const answer = search.points.find((point) => point.label === overall.cheapestMeetingTargets) ?? null;

  // The teams around the answer: those the search did not evaluate are evaluated the same way.
  const centre = answer?.advisors ?? search.cheapest?.advisors ?? search.formula.start;
  const byAdvisors = new Map<number, EvaluatedPoint>(evaluated.map((point) => [point.point.advisors, point]));
  const around: number[] = [];
  for (let advisors = Math.max(1, centre - CURVE_REACH); advisors <= Math.min(maxAdvisors, centre + CURVE_REACH); advisors++) around.push(advisors);
  const curve = await Promise.all(
    around.map(async (advisors) => {
      const known = byAdvisors.get(advisors);
      if (known !== undefined) return known.entry;
      const point: GridPoint = { policy, advisors, desk };
      return (await evaluatePoint(point, resolve(point), replicator, precision, folderOf(point))).entry;
    }),
  );
  return { policy: search.policy, desk, maxAdvisors, answer, search, binding: search.binding?.targets ?? [], curve };
}

/** Whether the column's policy holds all day: goal-seek searches one policy, as size does (size replaces a policy by the hour). */
export function oneAllDay(scenario: Scenario): boolean {
  return policyWindowsOf(scenario.policy).length === 1;
}

/** The advisors of a scenario as written: a count, or the length of its list of shifts. */
function countOf(scenario: Scenario): number {
  const advisors = scenario.staff.advisors;
  return typeof advisors === 'number' ? advisors : advisors.length;
}
