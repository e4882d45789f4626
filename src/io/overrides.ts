// Overrides of a scenario: `--set path=value` and the changes of a `--variant`, applied to the
// parsed scenario before validation. The path is dotted, with list indexes as `.2` or `[2]`; the
// value is read as YAML (4, true, divert, {dist: exponential, mean: 3}, [1, 2]).
//
// A few changes mean what a manager means rather than what the bare path says, and each leaves
// a note saying exactly what was done:
// - a team (`staff.advisors`, `staff.phoneDesk`, `staff.parts.agents`; `advisors` and `desk` for
//   short) given as a list of shifts keeps its pattern when given a count: `advisors=5` on a file
//   with shifts [A, B, C] is A, B, C, A, B — the shifts repeated in order, so every team is the
//   one before plus one person. `+N` and `-N` add or remove people the same way.
// - switching the policy kind (`policy.kind=divert`, or `policy=divert` for short) keeps the
//   policy's fields that still apply, drops the others and fills what the new kind needs:
//   `phone-desk:K` sets a desk of K (default: 1 if there was none), `threshold:T` sets
//   maxWaitingVisitors (default 0); leaving phone-desk lets the desk go.

import { type FieldPath, type InputIssue } from '../model/issues.js';
import { POLICY_KINDS, singlePolicySchema } from '../model/schema/policy.js';
import { override, variantText } from '../text/messages.js';
import { formatPath } from './format-issues.js';
import { parseYamlValue } from './source-map.js';

/**
 * One override: `path=value` as given to `--set`, or with the label of the flag that stands for
 * it (`{ assignment: "advisors=4", label: '--variant "B:advisors=4"' }`). A change a command
 * makes itself is `generated` (a sweep's grid point names its whole team and policy): that it
 * writes what the scenario already has is then no news, and goes unsaid.
 */
export type OverrideFlag = string | { readonly assignment: string; readonly label: string; readonly generated?: boolean };

/** A part of the scenario written by an override rather than the file, and the flag that wrote it. */
export interface OverriddenPath {
  readonly path: FieldPath;
  /** The label naming the flag in messages, e.g. `--set "calls.patience.mean=2"`. */
  readonly source: string;
}

/** The scenario input with overrides applied, what they wrote, the flags that could not be applied, those that changed nothing, and notes on what was done. */
export interface OverrideResult {
  readonly value: unknown;
  readonly overridden: readonly OverriddenPath[];
  readonly issues: readonly InputIssue[];
  /** A flag whose value a later flag replaced whole: it changed nothing. */
  readonly warnings: readonly InputIssue[];
  /** What a manager-level change did (a team resized on its pattern, a policy switched), each naming its flag. */
  readonly notes: readonly InputIssue[];
}

/** Short names a manager may use for the paths planning changes most. */
const ALIASES: Readonly<Record<string, FieldPath>> = {
  advisors: ['staff', 'advisors'],
  desk: ['staff', 'phoneDesk'],
};

/** Paths holding a team: a number of people or a list of shifts. */
const TEAM_PATHS: readonly string[] = ['staff.advisors', 'staff.phoneDesk', 'staff.parts.agents'];

/** Applies `path=value` flags in order (a later flag wins) to copies of `input`; bad flags become issues. */
export function applyOverrides(input: unknown, flags: readonly OverrideFlag[]): OverrideResult {
  const { value, overridden, issues, notes, applied, unchanged } = applyInOrder(input, flags);
  // A flag a later one wrote over changed nothing only if the result is the same without it: a
  // policy switched after `policy.ringSec=15` keeps that ring limit.
  const result = canonical(value);
  const changesResult = (flag: number) => canonical(applyInOrder(input, flags.filter((_, k) => k !== flag)).value) !== result;
  return { value, overridden, issues, warnings: [...unchanged, ...shadowedFlags(applied, changesResult)], notes };
}

/** A flag's write, in order: the path, the flag's label, its place among the flags and its text. */
interface AppliedWrite {
  readonly path: FieldPath;
  readonly source: string;
  readonly flag: number;
  readonly assignment: string;
}

function applyInOrder(
  input: unknown,
  flags: readonly OverrideFlag[],
): { value: unknown; overridden: OverriddenPath[]; issues: InputIssue[]; notes: InputIssue[]; applied: AppliedWrite[]; unchanged: InputIssue[] } {
  let value = input;
  const overridden: OverriddenPath[] = [];
  const issues: InputIssue[] = [];
  const notes: InputIssue[] = [];
  // The paths each applied flag wrote, and its label, in order.
  const applied: AppliedWrite[] = [];
  // Flags that wrote what the scenario already held (seed=7 on a file with seed 7).
  const unchanged: InputIssue[] = [];
  let valueText = canonical(value);
  for (const [index, given] of flags.entries()) {
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
    const change = plannedChange(structuredClone(value), parsed.steps, parsed.valueText, written.value);
    if ('error' in change) {
      fail(change.error);
      continue;
    }
    let root = change.root;
    const paths: FieldPath[] = [];
    const finalPaths: FieldPath[] = [];
    for (const write of change.writes) {
      const result = setAt(root, write.steps, write.value);
      if ('error' in result) {
        fail(result.error);
        root = undefined;
        break;
      }
      root = result.root;
      paths.push(...result.written);
      finalPaths.push(result.written[result.written.length - 1]);
    }
    if (root === undefined) continue;
    const rootText = canonical(root);
    if (rootText === valueText && !(typeof given === 'object' && given.generated === true)) unchanged.push({ path: finalPaths[finalPaths.length - 1] ?? [], message: override.unchanged(), file: source });
    value = root;
    valueText = rootText;
    for (const path of paths) overridden.push({ path, source });
    for (const path of finalPaths) applied.push({ path, source, flag: index, assignment: flag });
    for (const note of change.notes) notes.push({ path: [], message: note, file: source });
  }
  return { value, overridden, issues, notes, applied, unchanged };
}

/**
 * The `locale` the flags set, read as applyOverrides reads it (the last flag writing it wins);
 * undefined when none does. Messages follow it from the start, as they follow the file's `locale`.
 */
export function localeSetBy(flags: readonly OverrideFlag[]): unknown {
  let locale: unknown;
  for (const given of flags) {
    const parsed = parseFlag(typeof given === 'string' ? given : given.assignment);
    if (parsed === undefined || parsed.steps.length !== 1 || parsed.steps[0].kind !== 'name' || parsed.steps[0].name !== 'locale') continue;
    const written = parseYamlValue(parsed.valueText);
    if (!('error' in written)) locale = written.value;
  }
  return locale;
}

/**
 * A warning for each flag whose field a later flag wrote again, whole (same field or a parent of
 * it), leaving the result as it would be without it.
 */
function shadowedFlags(applied: readonly AppliedWrite[], changesResult: (flag: number) => boolean): InputIssue[] {
  const warnings: InputIssue[] = [];
  applied.forEach((earlier, i) => {
    // A flag writing several fields (a policy and its desk) is shadowed only by another flag.
    const later = lastWhere(applied.slice(i + 1), (candidate) => candidate.flag !== earlier.flag && isWithin(earlier.path, candidate.path));
    if (later === undefined || changesResult(earlier.flag)) return;
    // Two changes of one --variant share its label: they are told apart by their text.
    const [was, is] =
      later.source === earlier.source && later.assignment !== earlier.assignment ? [JSON.stringify(earlier.assignment), JSON.stringify(later.assignment)] : [earlier.source, later.source];
    warnings.push({ path: earlier.path, message: override.shadowed(was, is), file: earlier.source });
  });
  return warnings;
}

/** JSON with object keys in order: equal for equal data, however it was built. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
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

/** The shifts of a team of `count` people on the pattern of `shifts`: the list repeated in order, cut at `count`. */
export function teamOnPattern<T>(shifts: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, index) => structuredClone(shifts[index % shifts.length]));
}

/** One step of an override path: a field name (`.name`, which may be digits) or a list index (`[2]`). */
type Step = { readonly kind: 'name'; readonly name: string } | { readonly kind: 'index'; readonly index: number };

/** What one flag writes: values at paths (in order), and notes on what it means. */
interface PlannedChange {
  readonly root: unknown;
  readonly writes: readonly { readonly steps: readonly Step[]; readonly value: unknown }[];
  readonly notes: readonly string[];
}

/** Turns one flag into the writes it stands for: a plain set, or a manager-level change. */
function plannedChange(root: unknown, steps: readonly Step[], valueText: string, value: unknown): PlannedChange | { error: string } {
  const single = steps.length === 1 && steps[0].kind === 'name' ? steps[0].name : undefined;
  if (single === 'policy' && typeof value === 'string') return switchPolicy(root, value);
  const resolved = single !== undefined && Object.hasOwn(ALIASES, single) ? names(ALIASES[single]) : steps;
  const dotted = resolved.map((step) => (step.kind === 'name' ? step.name : `[${step.index}]`)).join('.');
  // One window's kind switched ("policy[1].kind=divert"), as the message below suggests: the
  // window keeps its hours and the fields that still apply, as a switch of the whole policy does.
  const windowIndex = windowKindIndex(resolved, root);
  if (windowIndex !== undefined && typeof value === 'string') {
    const switched = switchWindow(root, windowIndex, value);
    if (switched !== undefined) return switched;
  }
  // A field of `policy` by name means nothing on a list of windows: refused, not written.
  if (resolved.length > 1 && resolved[0].kind === 'name' && resolved[0].name === 'policy' && resolved[1].kind === 'name' && Array.isArray(policyOf(root))) {
    return { error: variantText.policyIsWindows(dotted) };
  }
  if (dotted === 'policy.kind' && typeof value === 'string' && typeof currentPolicyKind(root) === 'string') {
    return switchPolicy(root, value);
  }
  if (TEAM_PATHS.includes(dotted)) return changeTeam(root, resolved, dotted, valueText, value);
  return { root, writes: [{ steps: resolved, value }], notes: [] };
}

/** A team given a count or a change: resized on the file's pattern when it is a list of shifts. */
function changeTeam(root: unknown, steps: readonly Step[], dotted: string, valueText: string, value: unknown): PlannedChange | { error: string } {
  const current = valueAt(root, steps);
  const relative = /^\s*([+-])\s*(\d+)\s*$/.exec(valueText);
  let count: number;
  if (relative !== null) {
    const delta = (relative[1] === '-' ? -1 : 1) * Number(relative[2]);
    const before = Array.isArray(current) ? current.length : current === undefined && dotted === 'staff.phoneDesk' ? 0 : current;
    if (typeof before !== 'number') return { error: variantText.relativeNeedsCount(dotted, current) };
    count = before + delta;
    if (count < 0) return { error: variantText.relativeBelowZero(dotted, count) };
  } else if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    count = value;
  } else {
    // Anything else (a list, a bad value) is written as given, for the schema to judge.
    return { root, writes: [{ steps, value }], notes: [] };
  }
  if (!Array.isArray(current) || current.length === 0) {
    const note = relative === null ? [] : [variantText.teamCounted(dotted, typeof current === 'number' ? current : 0, count)];
    return { root, writes: [{ steps, value: count }], notes: note };
  }
  const team = teamOnPattern(current, count);
  // No pattern to keep for nobody: zero people is the number 0, which the schema accepts.
  const written = count === 0 ? 0 : team;
  const note = variantText.teamResized(dotted, count, current.length, describeTeam(team));
  return { root, writes: [{ steps, value: written }], notes: [note] };
}

/** A switch's text read ("divert", "phone-desk:2", "threshold:1"): the kind, its schema, and the desk size or threshold given. */
function readPolicySwitch(text: string): { kind: string; option: (typeof singlePolicySchema.options)[number]; parameter: number | undefined } | { error: string } {
  const [kind, parameterText, ...extra] = text.trim().split(':');
  const option = singlePolicySchema.options.find((candidate) => candidate.shape.kind.value === kind);
  if (option === undefined) return { error: variantText.unknownPolicy(kind, POLICY_KINDS) };
  if (parameterText === undefined && extra.length === 0) return { kind, option, parameter: undefined };
  const parameter = /^\d+$/.test(parameterText ?? '') && extra.length === 0 ? Number(parameterText) : undefined;
  // Only phone-desk (a desk of at least one) and threshold take a number.
  const fits = parameter !== undefined && (kind === 'threshold' || (kind === 'phone-desk' && parameter >= 1));
  return fits ? { kind, option, parameter } : { error: variantText.policyParameter(kind) };
}

/** A policy switched to `text` ("divert", "phone-desk:2", "threshold:1"), keeping the fields that still apply. */
function switchPolicy(root: unknown, text: string): PlannedChange | { error: string } {
  const read = readPolicySwitch(text);
  if ('error' in read) return read;
  const { kind, option, parameter } = read;
  const current = (root as { policy?: unknown } | undefined)?.policy;
  const currentObject = current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
  const fromKind = typeof currentObject.kind === 'string' ? currentObject.kind : undefined;
  const allowed = new Set(Object.keys(option.shape));
  const policy: Record<string, unknown> = { kind };
  const dropped: string[] = [];
  for (const [key, field] of Object.entries(currentObject)) {
    if (key === 'kind') continue;
    if (allowed.has(key)) policy[key] = field;
    else dropped.push(key);
  }
  const defaulted: string[] = [];
  if (kind === 'threshold' && (parameter !== undefined || policy.maxWaitingVisitors === undefined)) {
    policy.maxWaitingVisitors = parameter ?? 0;
    defaulted.push(`maxWaitingVisitors: ${String(policy.maxWaitingVisitors)}`);
  }
  const writes: { steps: Step[]; value: unknown }[] = [{ steps: names(['policy']), value: policy }];
  const notes: string[] = [];
  if (Array.isArray(current)) notes.push(variantText.policyWindowsReplaced(describeWindows(current), kind));
  else if (fromKind !== kind || dropped.length > 0 || defaulted.length > 0) {
    notes.push(variantText.policySwitched(fromKind ?? '—', kind, dropped, defaulted));
  }
  const staff = (root as { staff?: Record<string, unknown> } | undefined)?.staff;
  const desk = staff?.phoneDesk;
  const deskCount = Array.isArray(desk) ? desk.length : typeof desk === 'number' ? desk : 0;
  if (kind === 'phone-desk' && (parameter !== undefined || deskCount === 0)) {
    const size = parameter ?? 1;
    writes.push({ steps: names(['staff', 'phoneDesk']), value: Array.isArray(desk) && desk.length > 0 ? teamOnPattern(desk, size) : size });
    notes.push(variantText.deskSet(size));
  } else if (kind !== 'phone-desk' && deskCount > 0) {
    writes.push({ steps: names(['staff', 'phoneDesk']), value: 0 });
    notes.push(variantText.deskDropped(deskCount));
  }
  return { root, writes, notes };
}

/** The index of the window in `policy[N].kind` (or `policy.N.kind`) when the policy is a list of windows holding one there. */
function windowKindIndex(steps: readonly Step[], root: unknown): number | undefined {
  const windows = policyOf(root);
  if (steps.length !== 3 || !Array.isArray(windows)) return undefined;
  const [section, at, field] = steps;
  if (section.kind !== 'name' || section.name !== 'policy' || field.kind !== 'name' || field.name !== 'kind') return undefined;
  const index = at.kind === 'index' ? at.index : /^\d+$/.test(at.name) ? Number(at.name) : undefined;
  const window: unknown = index === undefined ? undefined : windows[index];
  return window !== null && typeof window === 'object' && !Array.isArray(window) ? index : undefined;
}

/**
 * Window `index` switched to `text` ("divert", "threshold:1"), keeping its hours and the fields
 * that still apply; undefined (written as given, for the schema to judge) for a kind with a desk
 * size, which a window does not set.
 */
function switchWindow(root: unknown, index: number, text: string): PlannedChange | { error: string } | undefined {
  if (text.trim().startsWith('phone-desk:')) return undefined;
  const read = readPolicySwitch(text);
  if ('error' in read) return read;
  const { kind, option, parameter } = read;
  const current = (policyOf(root) as Record<string, unknown>[])[index];
  const fromKind = typeof current.kind === 'string' ? current.kind : '—';
  const allowed = new Set([...Object.keys(option.shape), 'from', 'to']);
  const window: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, field] of Object.entries(current)) {
    if (key === 'kind') window.kind = kind;
    else if (allowed.has(key)) window[key] = field;
    else dropped.push(key);
  }
  const defaulted: string[] = [];
  if (kind === 'threshold' && (parameter !== undefined || window.maxWaitingVisitors === undefined)) {
    window.maxWaitingVisitors = parameter ?? 0;
    defaulted.push(`maxWaitingVisitors: ${String(window.maxWaitingVisitors)}`);
  }
  const hours = `${String(current.from)}–${String(current.to)}`;
  const notes = fromKind !== kind || dropped.length > 0 || defaulted.length > 0 ? [variantText.policySwitched(`${fromKind} ${hours}`, kind, dropped, defaulted)] : [];
  return { root, writes: [{ steps: names(['policy', index]), value: window }], notes };
}

function policyOf(root: unknown): unknown {
  return (root as { policy?: unknown } | undefined)?.policy;
}

/** "phone-desk 08:00–11:00, answer-all 11:00–19:00": policy windows as written. */
function describeWindows(windows: readonly unknown[]): string {
  return windows
    .map((window) => {
      const { kind, from, to } = (window ?? {}) as { kind?: unknown; from?: unknown; to?: unknown };
      return `${String(kind)} ${String(from)}–${String(to)}`;
    })
    .join(', ');
}

function currentPolicyKind(root: unknown): unknown {
  const policy = (root as { policy?: { kind?: unknown } } | undefined)?.policy;
  return policy !== null && typeof policy === 'object' ? policy.kind : undefined;
}

/** "2 × 08:00–19:00 (break 13:00-14:00), 1 × 08:00–16:00": the shifts, alike ones counted together. */
function describeTeam(shifts: readonly unknown[]): string {
  const counts = new Map<string, number>();
  for (const shift of shifts) counts.set(describeShift(shift), (counts.get(describeShift(shift)) ?? 0) + 1);
  return [...counts].map(([shift, count]) => `${count} × ${shift}`).join(', ') || '—';
}

/** "08:00–16:00 (break 13:00-13:30)" for a shift as written; anything else as YAML-ish text. */
function describeShift(shift: unknown): string {
  if (typeof shift !== 'object' || shift === null) return String(shift);
  const { from, to, breaks } = shift as { from?: unknown; to?: unknown; breaks?: unknown };
  return variantText.shift(String(from), String(to), Array.isArray(breaks) ? breaks.map(String) : []);
}

function names(path: FieldPath): Step[] {
  return path.map((key) => (typeof key === 'number' ? { kind: 'index', index: key } : { kind: 'name', name: key }));
}

function valueAt(root: unknown, steps: readonly Step[]): unknown {
  let current = root;
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step.kind === 'name' ? step.name : step.index];
  }
  return current;
}

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
