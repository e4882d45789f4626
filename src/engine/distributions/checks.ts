// Parameter checks shared by the distribution kinds. `create` throws the message as a
// RangeError; the zod schemas add the same message as an issue for the cross-field checks
// (single-field checks use zod's own .positive() etc.), so both paths agree.
import type { z } from 'zod';

/** Throws `kind: name must be a finite number, got value` unless `value` is finite. */
export function requireFinite(kind: string, name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${kind}: ${name} must be a finite number, got ${value}`);
}

/** Throws a RangeError naming the kind, the parameter and the value unless `value` is finite and > 0. */
export function requirePositive(kind: string, name: string, value: number): void {
  requireFinite(kind, name, value);
  if (!(value > 0)) throw new RangeError(`${kind}: ${name} must be greater than 0, got ${value}`);
}

/** Throws a RangeError naming the kind, the parameter and the value unless `value` is an integer ≥ 1. */
export function requirePositiveInteger(kind: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${kind}: ${name} must be an integer of at least 1, got ${value}`);
  }
}

/** What a broken constraint between parameters is, as data, so the scenario's validator can word it in the user's language. */
export type CrossDetail =
  | { readonly rule: 'lessThan'; readonly kind: string; readonly lowName: string; readonly low: number; readonly highName: string; readonly high: number }
  | { readonly rule: 'triangularMode'; readonly min: number; readonly max: number; readonly mode: number }
  | { readonly rule: 'normalTruncation'; readonly minProbability: number; readonly mean: number; readonly sd: number; readonly probability: number; readonly bounds: string };

/** A broken constraint between parameters: the parameter to blame and the full message. */
export interface CrossProblem {
  /** Name of the parameter the message is attached to (the zod issue's path). */
  readonly param: string;
  /** Message naming the kind, the parameters and their values (in English: the RangeError's). */
  readonly message: string;
  readonly detail: CrossDetail;
}

/** The problem when `lowName` (value `low`) is not strictly less than `highName` (value `high`), if any. */
export function lessThan(kind: string, lowName: string, low: number, highName: string, high: number): CrossProblem | undefined {
  if (low < high) return undefined;
  return {
    param: highName,
    message: `${kind}: ${lowName} must be less than ${highName}, got ${lowName} ${low} and ${highName} ${high}`,
    detail: { rule: 'lessThan', kind, lowName, low, highName, high },
  };
}

/** Throws the problem as a RangeError, if there is one. */
export function throwIf(problem: CrossProblem | undefined): void {
  if (problem !== undefined) throw new RangeError(problem.message);
}

/** Adds the problem, if any, to a zod refinement context as a custom issue at its parameter, its detail in `params.crossDetail`. */
export function reportIf(problem: CrossProblem | undefined, ctx: z.RefinementCtx): void {
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.param], params: { crossDetail: problem.detail } });
}
