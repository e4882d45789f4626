// `--set path=value` overrides, applied to the parsed scenario before validation. The path is
// dotted, with list indexes as `.2` or `[2]`; the value is read as YAML (4, true, divert,
// {dist: exponential, mean: 3}, [1, 2]).

import type { FieldPath, InputIssue } from '../model/issues.js';
import { override } from '../text/messages.js';
import { formatPath } from './format-issues.js';
import { parseYamlValue } from './source-map.js';

/** A part of the scenario written by an override rather than the file, and the flag that wrote it. */
export interface OverriddenPath {
  readonly path: FieldPath;
  /** The label naming the flag in messages, e.g. `--set "calls.patience.mean=2"`. */
  readonly source: string;
}

/**
 * One override: `path=value` as given to `--set`, or with the label of the flag that stands for
 * it (`{ assignment: "days=5", label: "--days 5" }`).
 */
export type OverrideFlag = string | { readonly assignment: string; readonly label: string };

/** The scenario input with overrides applied, what they wrote, the flags that could not be applied and those that changed nothing. */
export interface OverrideResult {
  readonly value: unknown;
  readonly overridden: readonly OverriddenPath[];
  readonly issues: readonly InputIssue[];
  /** A flag whose value a later flag replaced whole: it changed nothing. */
  readonly warnings: readonly InputIssue[];
}

/** Applies `path=value` flags in order (a later flag wins) to copies of `input`; bad flags become issues. */
export function applyOverrides(input: unknown, flags: readonly OverrideFlag[]): OverrideResult {
  let value = input;
  const overridden: OverriddenPath[] = [];
  const issues: InputIssue[] = [];
  // The path each applied flag wrote, and its label, in order.
  const applied: { readonly path: FieldPath; readonly source: string }[] = [];
  for (const given of flags) {
    const flag = typeof given === 'string' ? given : given.assignment;
    const source = typeof given === 'string' ? override.source(flag) : given.label;
    const fail = (message: string) => issues.push({ path: [], message, file: source });
    const parsed = parseFlag(flag);
    if (parsed === undefined) {
      fail(override.malformed());
      continue;
    }
    const written = parseYamlValue(parsed.valueText);
    if ('error' in written) {
      fail(written.error);
      continue;
    }
    // Each flag writes into a fresh copy, so one that fails half-way leaves no created parents behind.
    const result = setAt(structuredClone(value), parsed.steps, written.value);
    if ('error' in result) {
      fail(result.error);
      continue;
    }
    value = result.root;
    for (const path of result.written) overridden.push({ path, source });
    applied.push({ path: result.written[result.written.length - 1], source });
  }
  return { value, overridden, issues, warnings: shadowedFlags(applied) };
}

/** A warning for each flag whose field a later flag wrote again, whole (same field or a parent of it). */
function shadowedFlags(applied: readonly { readonly path: FieldPath; readonly source: string }[]): InputIssue[] {
  const warnings: InputIssue[] = [];
  applied.forEach((earlier, i) => {
    const later = lastWhere(applied.slice(i + 1), (candidate) => isWithin(earlier.path, candidate.path));
    if (later !== undefined) warnings.push({ path: earlier.path, message: override.shadowed(earlier.source, later.source), file: earlier.source });
  });
  return warnings;
}

/** True if `path` is `ancestor` or lies inside it. */
function isWithin(path: FieldPath, ancestor: FieldPath): boolean {
  return ancestor.length <= path.length && ancestor.every((key, k) => String(key) === String(path[k]));
}

/** The override that wrote the value at `path` (or an ancestor of it), if any; the last flag wins. */
export function overrideAt(overridden: readonly OverriddenPath[], path: FieldPath): OverriddenPath | undefined {
  return lastWhere(overridden, (candidate) => isWithin(path, candidate.path));
}

function lastWhere<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index])) return items[index];
  return undefined;
}

/** One step of an override path: a field name (`.name`, which may be digits) or a list index (`[2]`). */
type Step = { readonly kind: 'name'; readonly name: string } | { readonly kind: 'index'; readonly index: number };

/** Splits `path=value`; undefined when there is no `=` or the path is not a well-formed dotted path. */
function parseFlag(flag: string): { steps: Step[]; valueText: string } | undefined {
  const equals = flag.indexOf('=');
  if (equals < 0) return undefined;
  const steps = parsePath(flag.slice(0, equals).trim());
  return steps === undefined ? undefined : { steps, valueText: flag.slice(equals + 1) };
}

function parsePath(text: string): Step[] | undefined {
  if (text === '') return undefined;
  const steps: Step[] = [];
  // Segments between dots; each is a name followed by any number of [index].
  for (const segment of text.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(segment);
    if (match === null) return undefined;
    const [, name, indexes] = match;
    // "__proto__" would reach Object.prototype rather than a field.
    if ((name === '' && indexes === '') || name === '__proto__') return undefined;
    if (name !== '') steps.push({ kind: 'name', name });
    for (const index of indexes.matchAll(/\[(\d+)\]/g)) steps.push({ kind: 'index', index: Number(index[1]) });
  }
  // A path cannot start with an index: the scenario is an object.
  return steps[0].kind === 'name' ? steps : undefined;
}

type Container = Record<string, unknown> | unknown[];

/**
 * Writes `value` at the path, creating missing (or null) parents: an object, or a list when the
 * next step is an index. Returns the paths written (created parents included) or the reason not.
 */
function setAt(
  root: unknown,
  steps: readonly Step[],
  value: unknown,
): { root: unknown; written: FieldPath[] } | { error: string } {
  const created: FieldPath[] = [];
  const wrapper: Record<string, unknown> = { root };
  let container: Container = wrapper;
  let key: string | number = 'root';
  const path: (string | number)[] = [];
  for (const step of steps) {
    let current = Object.hasOwn(container, key) ? (container as Record<string | number, unknown>)[key] : undefined;
    if (current === undefined || current === null) {
      current = step.kind === 'index' ? [] : {};
      (container as Record<string | number, unknown>)[key] = current;
      created.push([...path]);
    }
    const at = formatPath(path);
    if (Array.isArray(current)) {
      const index = step.kind === 'index' ? step.index : /^\d+$/.test(step.name) ? Number(step.name) : undefined;
      if (index === undefined) return { error: override.notAnObject(at, current) };
      if (index > current.length) return { error: override.indexOutOfRange(index, current.length) };
      key = index;
    } else if (typeof current === 'object') {
      if (step.kind === 'index') return { error: override.notAList(at, current) };
      key = step.name;
    } else {
      return { error: step.kind === 'index' ? override.notAList(at, current) : override.notAnObject(at, current) };
    }
    container = current as Container;
    path.push(key);
  }
  (container as Record<string | number, unknown>)[key] = value;
  return { root: wrapper.root, written: [...created.filter((p) => p.length > 0), path] };
}
