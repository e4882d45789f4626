// Points of a planning grid: a phone policy, a number of advisors and, under phone-desk, a desk
// size. A point is a variant of the scenario written as changes a manager would make
// (`policy=phone-desk:2`, `advisors=4`: the file's shift pattern kept), so it runs, reads and
// names itself like any --variant.

import { POLICY_KINDS, type PolicyKind } from '../model/schema/policy.js';

/** Most advisors a grid may ask for. */
export const MAX_ADVISORS = 200;
/** Largest phone desk a grid may ask for. */
export const MAX_DESK = 50;

/** Whether `values` is an axis: at least one whole number from `least` to `most`, each once. */
export function isAxis(values: readonly number[], least: number, most: number): boolean {
  return values.length > 0 && values.every((value) => Number.isInteger(value) && value >= least && value <= most) && new Set(values).size === values.length;
}

/** Whether `policies` names each policy once (one given twice would run its points twice). */
export function distinctPolicies(policies: readonly GridPolicy[]): boolean {
  return policies.length > 0 && new Set(policies.map(policyName)).size === policies.length;
}

/** A policy of the grid, with its parameter: the desk size is the grid's own axis, `threshold:T` sets T. */
export interface GridPolicy {
  readonly kind: PolicyKind;
  /** maxWaitingVisitors for threshold (absent: the file's, or 0). */
  readonly threshold?: number;
}

/** One configuration of the grid. */
export interface GridPoint {
  readonly policy: GridPolicy;
  readonly advisors: number;
  /** People at the phone desk: ≥ 1 under phone-desk, 0 otherwise. */
  readonly desk: number;
}

/** The axes of a grid. */
export interface GridAxes {
  readonly policies: readonly GridPolicy[];
  readonly advisors: readonly number[];
  /** Desk sizes for phone-desk (other policies have none). */
  readonly desk: readonly number[];
}

/** "threshold:2", "phone-desk", "answer-all". */
export function policyName(policy: GridPolicy): string {
  return policy.threshold === undefined ? policy.kind : `${policy.kind}:${policy.threshold}`;
}

/** How tables and folders name a point: "answer-all, 4 advisors", "phone-desk:2, 3 advisors". */
export function pointLabel(point: GridPoint): string {
  const policy = point.policy.kind === 'phone-desk' ? `phone-desk:${point.desk}` : policyName(point.policy);
  return `${policy}, ${point.advisors} ${point.advisors === 1 ? 'advisor' : 'advisors'}`;
}

/** The changes that make a point of the scenario, in the language of --set. */
export function pointChanges(point: GridPoint): string[] {
  const policy = point.policy.kind === 'phone-desk' ? `phone-desk:${point.desk}` : policyName(point.policy);
  return [`policy=${policy}`, `advisors=${point.advisors}`];
}

/** Every point of the axes, in order: by policy, then desk size (phone-desk only), then advisors. */
export function gridPoints(axes: GridAxes): GridPoint[] {
  const points: GridPoint[] = [];
  for (const policy of axes.policies) {
    const desks = policy.kind === 'phone-desk' ? axes.desk.filter((size) => size >= 1) : [0];
    for (const desk of desks) for (const advisors of axes.advisors) points.push({ policy, advisors, desk });
  }
  return points;
}

/** Reads "answer-all", "threshold:2"; undefined when not a policy. */
export function parseGridPolicy(text: string): GridPolicy | undefined {
  const [kind, parameter, ...rest] = text.trim().split(':');
  if (!(POLICY_KINDS as readonly string[]).includes(kind) || rest.length > 0) return undefined;
  if (parameter === undefined) return { kind: kind as PolicyKind };
  if (kind !== 'threshold' || !/^\d+$/.test(parameter)) return undefined;
  return { kind: 'threshold', threshold: Number(parameter) };
}

/** Reads "2..6", "2,3,5" or "4" into whole numbers ≥ `least`, in order; undefined when not of that form. */
export function parseRange(text: string, least: number, most: number): number[] | undefined {
  const trimmed = text.trim();
  const range = /^(\d+)\s*\.\.\s*(\d+)$/.exec(trimmed);
  if (range !== null) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from > to || from < least || to > most) return undefined;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  const parts = trimmed.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^\d+$/.test(part))) return undefined;
  const values = parts.map(Number);
  if (values.some((value) => value < least || value > most) || new Set(values).size !== values.length) return undefined;
  return [...values].sort((a, b) => a - b);
}
