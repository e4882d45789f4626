// The assumptions and the run, for a reader who must judge or reproduce the figures: which inputs
// are estimates (the scenario's own grades, and the inputs that are estimates unless measured),
// and how the run was set up — opening hours, staff and shifts, policy, changes to the file,
// replications, seed and version — down to the command that gives the same figures again.

import { clockToMin } from '../model/schema/common.js';
import type { Scenario } from '../model/schema/index.js';
import type { PolicySpec } from '../model/schema/policy.js';
import { valueAtPath, type Grade } from '../model/schema/sources.js';
import { daysPerReplication, headcount, type ReportContext } from './context.js';

/** An input the scenario grades. */
export interface EstimateRow {
  /** The field path, as written in `sources`. */
  readonly path: string;
  /** The field's value as run, in the file's own notation. */
  readonly value: string;
  readonly grade: Grade;
  readonly source: string | null;
  /** Grade C alone: a vendor claim or an assumption. */
  readonly assumption: boolean;
}

/**
 * Inputs about people's behaviour and money that are estimates unless the dealership measured
 * them: the report names those the scenario has but does not grade.
 */
export const USUAL_ESTIMATES: readonly string[] = [
  'calls.perHour',
  'calls.patience',
  'calls.redial',
  'calls.voicemail',
  'walkIns.perHour',
  'walkIns.patience',
  'walkIns.balkAt',
  'appointments.noShow',
  'appointments.punctuality',
  'appointments.writeUp',
  'appointments.extraRequest',
  'pickups.notReady',
  'economics.marginPerJob',
  'economics.churnAfterLostContact',
  'economics.churnPerInterruption',
];

/** Longest value shown in the table of estimates; the whole value is in scenario.json. */
const VALUE_CHARS = 90;

/** The graded inputs, in the order the scenario lists them. */
export function estimatedInputs(scenario: Scenario): EstimateRow[] {
  return Object.entries(scenario.sources ?? {}).map(([path, evidence]) => ({
    path,
    value: shortened(flowText(valueAtPath(scenario, path)), VALUE_CHARS),
    grade: evidence.grade,
    source: evidence.source ?? null,
    assumption: evidence.grade === 'C',
  }));
}

/** The usual estimates the scenario has and grades nowhere (neither the field nor a part or parent of it). */
export function ungradedInputs(scenario: Scenario): string[] {
  const graded = Object.keys(scenario.sources ?? {}).map(normalPath);
  return USUAL_ESTIMATES.filter((path) => {
    if (valueAtPath(scenario, path) === undefined) return false;
    return !graded.some((other) => other === path || other.startsWith(`${path}.`) || path.startsWith(`${other}.`));
  });
}

/** A value in the scenario file's own notation, on one line: `{ dist: lognormal, mean: 15, cv: 0.4 }`. */
export function flowText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (typeof value === 'object') {
    // An hourly profile reads in clock order ("08" before "10"), as written.
    const pairs = Object.entries(value);
    if (pairs.every(([key]) => /^\d+$/.test(key))) pairs.sort(([a], [b]) => a.localeCompare(b));
    const entries = pairs.map(([key, item]) => `${/^[\w-]+$/.test(key) ? key : JSON.stringify(key)}: ${flowText(item)}`);
    return `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string') return /^[\w.:\- /]+$/.test(value) && !/^\d/.test(value) ? value : JSON.stringify(value);
  return String(value);
}

/** `text` cut to `chars` characters at most, the cut marked with "…". */
function shortened(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** One labelled fact of the run. */
export interface RunRow {
  readonly label: string;
  readonly value: string;
  /** Shown as code (a command, a path). */
  readonly code?: boolean;
}

/** The facts of the run, worded in the report's language. */
export function runRows(context: ReportContext): RunRow[] {
  const { scenario, run, language } = context;
  const { text, numbers } = language;
  const rows: RunRow[] = [{ label: text.runScenario, value: scenario.name }];
  if (run.scenarioFile !== null) rows.push({ label: text.runFile, value: run.scenarioFile, code: true });
  rows.push({ label: text.runChanges, value: run.changes.length === 0 ? text.runNoChanges : run.changes.join(' · '), code: run.changes.length > 0 });
  if (scenario.steadyState === undefined) {
    rows.push({ label: text.runOpening, value: text.hourRange(clock(scenario.day.open, context), clock(scenario.day.close, context)) });
    rows.push({ label: text.runWeek, value: numbers.list(scenario.week.map((day) => numbers.weekday(day))) });
  } else {
    const { hours, warmupHours } = scenario.steadyState;
    rows.push({ label: text.runOpening, value: text.runSteadyState(numbers.trimmed(hours, 2), numbers.trimmed(warmupHours, 2)) });
  }
  rows.push({ label: text.runPolicy, value: policyText(context) });
  rows.push({ label: text.runStaff, value: staffText(context) });
  rows.push({ label: text.runReplications, value: `${numbers.decimal(scenario.replications, 0)} × ${numbers.decimal(daysPerReplication(scenario), 0)}` });
  rows.push({ label: text.runSeed, value: String(scenario.seed) });
  // A report written outside the command line (the what-if page) may not know the version.
  if (run.version !== '') rows.push({ label: text.runVersion, value: run.version });
  rows.push({ label: text.runReproduce, value: reproduceCommand(context), code: true });
  return rows;
}

/**
 * The command that runs the same figures again: the file as named, with the replications, days
 * and seed that ran and every change, in order.
 */
export function reproduceCommand(context: ReportContext): string {
  const { scenario, run } = context;
  const words = ['recepsim', 'run', run.scenarioFile ?? 'scenario.json', '--reps', String(scenario.replications)];
  if (scenario.steadyState === undefined) words.push('--days', String(scenario.days));
  words.push('--seed', String(scenario.seed));
  for (const change of run.changes) words.push('--set', change);
  return words.map(shellWord).join(' ');
}

/** A word as a POSIX shell reads it back: quoted when it holds anything but plain characters. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function clock(hhmm: string, context: ReportContext): string {
  return context.language.numbers.clock(clockToMin(hhmm));
}

/** The policy in words, then any setting beyond its kind in the file's notation. */
function policyText(context: ReportContext): string {
  const { policy } = context.scenario;
  const { policies, policySentence } = context.language.text;
  const one = ({ kind, ...settings }: PolicySpec) => {
    const words = policySentence(kind, policies[kind].description);
    return Object.keys(settings).length === 0 ? words : `${words} ${flowText(settings)}`;
  };
  if (!Array.isArray(policy)) return one(policy);
  // By the hour: each window's hours, then its policy.
  return policy.map(({ from, to, ...rest }) => `${clock(from, context)}–${clock(to, context)}: ${one(rest as PolicySpec)}`).join('; ');
}

/** Each team: its head count, and its shifts when it has them. */
function staffText(context: ReportContext): string {
  const { staff } = context.scenario;
  const { text } = context.language;
  const team = (count: string, shifts: number | Scenario['staff']['advisors']) =>
    typeof shifts === 'number' ? text.runAllDay(count) : `${count}: ${context.language.numbers.list(shifts.map((shift) => shiftText(shift, context)))}`;
  const parts = [team(text.staffTeam.advisors(headcount(staff.advisors)), staff.advisors)];
  if (headcount(staff.phoneDesk) > 0) parts.push(team(text.staffTeam.phoneDesk(headcount(staff.phoneDesk)), staff.phoneDesk));
  if (staff.parts !== undefined) parts.push(team(text.staffTeam.parts(headcount(staff.parts.agents)), staff.parts.agents));
  if (staff.overflow !== undefined) parts.push(text.staffTeam.overflow(staff.overflow.agents));
  return parts.join('; ');
}

function shiftText(shift: { readonly from: string; readonly to: string; readonly breaks: readonly string[] }, context: ReportContext): string {
  const range = (from: string, to: string) => context.language.text.hourRange(clock(from, context), clock(to, context));
  const breaks = shift.breaks.map((span) => {
    const [from, to] = span.split('-');
    return range(from, to);
  });
  return context.language.text.runShift(clock(shift.from, context), clock(shift.to, context), context.language.numbers.list(breaks));
}

/** A field path with list indexes written as `.2`, for comparing paths. */
function normalPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}
