// Checks scenario input against the schema and rewords every zod issue in our own words (from the
// message catalogue): what was expected, what was found, at which path. The schema itself is read
// (zod's `def` introspection) for what an issue does not carry: both bounds of a number, the
// fields allowed where an unknown one was written, the shapes a union accepts.

import { z } from 'zod';
import type { CrossDetail } from '../engine/distributions/checks.js';
import { type NumberRule, validation } from '../text/messages.js';
import type { FieldPath, InputIssue } from './issues.js';
import { type Scenario, scenarioSchema } from './schema/index.js';

/** A schema problem; `pointsAt` says whether a file position should be that of the key or of its value. */
export interface SchemaIssue extends InputIssue {
  readonly pointsAt: 'key' | 'value';
}

/** The outcome of validating scenario input: the scenario with defaults filled, or every problem. */
export type ValidationResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: SchemaIssue[] };

/** Validates scenario input (parsed YAML/JSON) against the schema, collecting every problem. */
export function validateScenario(input: unknown): ValidationResult {
  const result = scenarioSchema.safeParse(input, { reportInput: true, error: () => ZOD_DEFAULT });
  if (result.success) return { ok: true, scenario: result.data };
  const scope: Scope = { schema: scenarioSchema, value: input, base: [] };
  return { ok: false, issues: result.error.issues.flatMap((issue) => describeIssue(issue, scope)) };
}

// Parse-level error map: its message is used only where the schema words no message of its own,
// so a message other than this marker is the schema's own wording.
const ZOD_DEFAULT = '\u0000zod default';

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** The parts of a zod schema definition this module reads. */
interface LooseDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, AnySchema>>;
  readonly catchall?: AnySchema;
  readonly element?: AnySchema;
  readonly options?: readonly AnySchema[];
  readonly innerType?: AnySchema;
  readonly in?: AnySchema;
  readonly valueType?: AnySchema;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly getter?: () => AnySchema;
  readonly checks?: readonly z.core.$ZodCheck[];
}

/** The parts of a number check's definition this module reads. */
interface NumberCheckDef {
  readonly check: string;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
}

const defOf = (schema: AnySchema): LooseDef => schema._zod.def as unknown as LooseDef;

/**
 * Where zod issue paths start: the whole scenario, or a union branch (whose sub-issues have paths
 * relative to the union). `schema` and `value` are those at `base`.
 */
interface Scope {
  readonly schema: AnySchema;
  readonly value: unknown;
  readonly base: FieldPath;
}

/** Our wording of one zod issue. */
function describeIssue(issue: ZodIssue, scope: Scope): SchemaIssue[] {
  const relative: FieldPath = issue.path.map(pathKey);
  const path: FieldPath = [...scope.base, ...relative];
  const here = () => schemasAt(scope, relative);
  const has = 'input' in issue && issue.input !== undefined;
  const input = issue.input;
  const at = (message: string, pointsAt: 'key' | 'value' = 'value'): SchemaIssue => ({ path, message, pointsAt });
  const custom = issue.message !== ZOD_DEFAULT;

  switch (issue.code) {
    case 'invalid_type': {
      if (!has) return [at(validation.missing())];
      if (custom) return [at(validation.ruleGot(issue.message, input))];
      return [at(validation.expected(expectedNoun(issue.expected, here()), input))];
    }
    case 'too_small':
    case 'too_big':
      if (custom) return [at(validation.ruleGot(issue.message, input))];
      return [at(validation.expected(sizeNoun(issue, here()), input))];
    case 'invalid_format':
      if (custom) return [at(validation.ruleGot(issue.message, input))];
      return [
        at(validation.expected(issue.pattern ? validation.matching(issue.pattern) : validation.format(issue.format), input)),
      ];
    case 'not_multiple_of':
      if (custom) return [at(validation.ruleGot(issue.message, input))];
      return [at(validation.expected(validation.multipleOf(Number(issue.divisor)), input))];
    case 'invalid_value':
      return [at(custom ? validation.ruleGot(issue.message, input) : validation.oneOf(issue.values, input))];
    case 'unrecognized_keys': {
      const allowed = allowedKeys(here());
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: validation.unknownField(key, allowed, closest(key, allowed)),
        pointsAt: 'key' as const,
      }));
    }
    case 'invalid_key':
      // The path names the key itself; the sub-issues say what is wrong with it.
      return issue.issues.flatMap((sub) =>
        describeIssue({ ...sub, path: [...issue.path, ...sub.path] } as ZodIssue, scope).map((described) => ({
          ...described,
          pointsAt: 'key' as const,
        })),
      );
    case 'invalid_element':
      return issue.issues.flatMap((sub) =>
        describeIssue({ ...sub, path: [...issue.path, ...sub.path] } as ZodIssue, scope),
      );
    case 'invalid_union':
      return describeUnion(issue, scope, relative);
    case 'custom': {
      const detail = (issue.params as { crossDetail?: CrossDetail } | undefined)?.crossDetail;
      if (detail !== undefined) return [at(crossDetailText(detail))];
      return [at(custom ? issue.message : validation.expected(validation.invalid(), input))];
    }
  }
}

/** A distribution's parameters that contradict each other, in the catalogue's words. */
function crossDetailText(detail: CrossDetail): string {
  switch (detail.rule) {
    case 'lessThan':
      return validation.distributionOrder(detail.kind, detail.lowName, detail.low, detail.highName, detail.high);
    case 'triangularMode':
      return validation.triangularMode(detail.min, detail.max, detail.mode);
    case 'normalTruncation':
      return validation.normalTruncation(detail.minProbability, detail.mean, detail.sd, detail.probability, detail.bounds);
  }
}

/** A failed union: the branch that got furthest speaks, or else a list of the shapes accepted. */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, scope: Scope, relative: FieldPath): SchemaIssue[] {
  const path: FieldPath = [...scope.base, ...relative];
  const input = issue.input;
  if (issue.discriminator !== undefined && issue.errors.length === 0) {
    // No branch has the discriminator value written; zod's path ends at the discriminator key.
    const values = 'options' in issue ? (issue.options ?? []) : [];
    const parent = isPlainObject(input) ? input : {};
    const written = parent[issue.discriminator];
    const message = written === undefined ? validation.missingOneOf(values) : validation.oneOf(values, written);
    return [{ path, message, pointsAt: 'value' }];
  }
  if (input === undefined) return [{ path, message: validation.missing(), pointsAt: 'value' }];

  // A branch that failed only because the value has another type at all did not get anywhere.
  const scored = issue.errors
    .map((issues, index) => ({ issues, index, badness: badness(issues) }))
    .filter(({ issues }) => !issues.some(isTypeMismatchAtRoot));
  if (scored.length > 0) {
    const best = scored.reduce((a, b) => (b.badness < a.badness ? b : a));
    // The branch's issues are relative to the union; their schema is that branch (when found).
    const branch = unionOptionsAt(scope, relative, issue.errors.length)?.[best.index];
    const inner: Scope = branch === undefined ? scope : { schema: branch, value: input, base: path };
    const prefix = branch === undefined ? relative : [];
    return best.issues.flatMap((sub) =>
      describeIssue({ ...sub, path: [...prefix, ...sub.path] } as ZodIssue, inner),
    );
  }
  const alternatives = unique(schemasAt(scope, relative, false).map(({ schema }) => describeShape(schema)));
  return [{ path, message: validation.expectedEither(alternatives, input), pointsAt: 'value' }];
}

function isTypeMismatchAtRoot(issue: ZodIssue): boolean {
  if (issue.path.length > 0 || issue.input === undefined) return false;
  if (issue.code === 'invalid_type') return issue.expected !== 'int';
  return issue.code === 'invalid_value';
}

/** How far from fitting a branch is: each unknown key and each other problem counts one. */
function badness(issues: readonly ZodIssue[]): number {
  return issues.reduce((sum, issue) => sum + (issue.code === 'unrecognized_keys' ? issue.keys.length : 1), 0);
}

/** The noun for a type zod expected, refined by the schema at the path when it is a number. */
function expectedNoun(expected: string, candidates: readonly Candidate[]): string {
  const nullable = candidates.length > 0 && candidates.every((c) => c.nullable);
  const noun = (() => {
    switch (expected) {
      case 'number':
      case 'int': {
        const rule = uniqueNumberRule(candidates);
        return validation.number(rule ?? { whole: expected === 'int' });
      }
      case 'string':
        return validation.text();
      case 'boolean':
        return validation.boolean();
      case 'array':
        return validation.list();
      case 'object':
      case 'record':
        return validation.object();
      case 'null':
        return validation.nullValue();
      default:
        return validation.kind(expected);
    }
  })();
  return nullable ? validation.orNull(noun) : noun;
}

/** The noun for a too_small / too_big issue, with both bounds when the schema has them. */
function sizeNoun(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, candidates: readonly Candidate[]): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'number':
    case 'int': {
      const rules = candidates.flatMap(({ schema }) => (defOf(schema).type === 'number' ? [numberRule(schema)] : []));
      const matching = rules.find((rule) => (small ? rule.min === bound : rule.max === bound));
      const fromIssue: NumberRule = small
        ? { min: bound, minExclusive: !issue.inclusive, whole: issue.origin === 'int' }
        : { max: bound, maxExclusive: !issue.inclusive, whole: issue.origin === 'int' };
      return validation.number(matching ?? fromIssue);
    }
    case 'string':
      if (small && bound === 1) return validation.nonEmptyText();
      return validation.textOfLength(small, bound);
    case 'array':
      return small ? validation.listOfAtLeast(bound) : validation.listOfAtMost(bound);
    default:
      return validation.sized(issue.origin, small, bound);
  }
}

/** Bounds and wholeness of a number schema, from its checks (the tightest of each kind). */
function numberRule(schema: AnySchema): NumberRule {
  let rule: NumberRule = { whole: false };
  for (const check of defOf(schema).checks ?? []) {
    const def = check._zod.def as unknown as NumberCheckDef;
    const value = typeof def.value === 'number' ? def.value : undefined;
    if (def.check === 'number_format') {
      rule = { ...rule, whole: rule.whole || (def.format?.includes('int') ?? false) };
    } else if (def.check === 'greater_than' && value !== undefined && (rule.min === undefined || value >= rule.min)) {
      rule = { ...rule, min: value, minExclusive: !def.inclusive };
    } else if (def.check === 'less_than' && value !== undefined && (rule.max === undefined || value <= rule.max)) {
      rule = { ...rule, max: value, maxExclusive: !def.inclusive };
    }
  }
  return rule;
}

/** The number rule at the path when every number schema found there agrees on it. */
function uniqueNumberRule(candidates: readonly Candidate[]): NumberRule | undefined {
  const rules = candidates.flatMap(({ schema }) => (defOf(schema).type === 'number' ? [numberRule(schema)] : []));
  const texts = unique(rules.map((rule) => validation.number(rule)));
  return texts.length === 1 ? rules[0] : undefined;
}

/** A short noun for what one schema accepts, for "expected X or Y". */
function describeShape(schema: AnySchema): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'number':
      return validation.number(numberRule(schema));
    case 'string':
      return validation.text();
    case 'boolean':
      return validation.boolean();
    case 'array':
      return validation.list();
    case 'object':
      return validation.objectWith(Object.keys(def.shape ?? {}));
    case 'record':
      return validation.object();
    case 'null':
      return validation.nullValue();
    case 'enum':
      return validation.values(Object.values(def.entries ?? {}));
    case 'literal':
      return validation.values(def.values ?? []);
    default:
      return validation.kind(def.type);
  }
}

function allowedKeys(candidates: readonly Candidate[]): string[] {
  return unique(candidates.flatMap(({ schema }) => Object.keys(defOf(schema).shape ?? {})));
}

/** A schema found at a path, with its wrappers (optional, default, …) taken off. */
interface Candidate {
  readonly schema: AnySchema;
  readonly nullable: boolean;
}

/**
 * The schemas that describe the value at `path` (relative to the scope), walking the schema and
 * the input together so a union contributes only the branches that fit the input (e.g. the
 * `dist` written).
 */
function schemasAt(scope: Scope, path: FieldPath, filterByInput = true): Candidate[] {
  let value: unknown = scope.value;
  let candidates = expand(scope.schema, value, false, filterByInput);
  for (const key of path) {
    const child = childValue(value, key);
    candidates = childSchemas(candidates, key).flatMap((next) => expand(next, child, false, filterByInput));
    value = child;
  }
  return candidates;
}

/** The options of the union at `path`, if there is exactly one there with `count` options. */
function unionOptionsAt(scope: Scope, path: FieldPath, count: number): readonly AnySchema[] | undefined {
  const schemas =
    path.length === 0 ? [scope.schema] : childSchemas(schemasAt(scope, path.slice(0, -1)), path[path.length - 1]);
  const unions = schemas.map(unwrapToUnion).filter((options) => options?.length === count);
  return unions.length === 1 ? unions[0] : undefined;
}

/** The schemas of field or element `key` of the given parents (wrappers still on). */
function childSchemas(parents: readonly Candidate[], key: string | number): AnySchema[] {
  return parents.flatMap(({ schema }) => {
    const def = defOf(schema);
    let next: AnySchema | undefined;
    const catchall = def.catchall !== undefined && defOf(def.catchall).type !== 'never' ? def.catchall : undefined;
    if (def.type === 'object') next = def.shape?.[key] ?? catchall;
    else if (def.type === 'array' && typeof key === 'number') next = def.element;
    else if (def.type === 'record') next = def.valueType;
    return next === undefined ? [] : [next];
  });
}

/** The options of a union under wrappers (optional, default, …), or undefined if it is no union. */
function unwrapToUnion(schema: AnySchema): readonly AnySchema[] | undefined {
  const def = defOf(schema);
  if (def.type === 'union') return def.options;
  if (def.innerType !== undefined) return unwrapToUnion(def.innerType);
  if (def.type === 'pipe' && def.in !== undefined) return unwrapToUnion(def.in);
  return undefined;
}

function childValue(value: unknown, key: string | number): unknown {
  return isPlainObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** Takes wrappers off a schema and opens unions into their branches (those that fit `value`). */
function expand(schema: AnySchema, value: unknown, nullable: boolean, filterByInput: boolean): Candidate[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return expand(def.innerType as AnySchema, value, nullable, filterByInput);
    case 'nullable':
      return expand(def.innerType as AnySchema, value, true, filterByInput);
    case 'pipe':
      return expand(def.in as AnySchema, value, nullable, filterByInput);
    case 'lazy':
      return expand((def.getter as () => AnySchema)(), value, nullable, filterByInput);
    case 'union': {
      const all = (def.options ?? []).flatMap((option) => expand(option, value, nullable, filterByInput));
      if (!filterByInput) return all;
      const fitting = all.filter(({ schema: branch }) => fits(branch, value));
      if (fitting.length === 0) return all;
      // Among object branches, the ones that know most of the keys written are the ones meant.
      const written = isPlainObject(value) ? Object.keys(value) : [];
      const known = (candidate: Candidate) => written.filter((key) => key in (defOf(candidate.schema).shape ?? {})).length;
      const most = Math.max(...fitting.map(known));
      return fitting.filter((candidate) => defOf(candidate.schema).type !== 'object' || known(candidate) === most);
    }
    default:
      return [{ schema, nullable }];
  }
}

/** Whether a branch could be meant for this value: same broad type, same literal fields. */
function fits(schema: AnySchema, value: unknown): boolean {
  const def = defOf(schema);
  if (value === undefined) return true;
  switch (def.type) {
    case 'number':
      return typeof value === 'number';
    case 'string':
    case 'enum':
    case 'literal':
      return typeof value === 'string' || typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'record':
      return isPlainObject(value);
    case 'object': {
      if (!isPlainObject(value)) return false;
      return Object.entries(def.shape ?? {}).every(([key, field]) => {
        const fieldDef = defOf(field);
        return fieldDef.type !== 'literal' || (fieldDef.values ?? []).includes(value[key]);
      });
    }
    default:
      return true;
  }
}

/** The allowed key closest to a mistyped one (case, or at most two edits), if any. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(key.length / 2));
  for (const candidate of allowed) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? String(key) : key;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
