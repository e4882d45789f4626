// The words of the planning commands (erlang, compare, sweep, size, merge) and of variants: part
// of the message catalogue, in their own module so the run's catalogue (messages.ts) stays short.
// Their printed tables speak the report's language (planning-tables-en.ts, planning-tables-es.ts);
// bad input is told in English, like the rest of the command line.

import { shown } from './messages.js';
import { planningTablesEn, type PlanningTablesText } from './planning-tables-en.js';
import { planningTablesEs } from './planning-tables-es.js';
import type { ReportLanguageCode } from './report/index.js';

/** The words of the planning commands' tables and recommendations, by language (error messages stay below, in English). */
export const planningTables: { readonly [Code in ReportLanguageCode]: PlanningTablesText } = { en: planningTablesEn, es: planningTablesEs };

/** `recepsim erlang`. */
export const erlangText = {
  modelName: (model: 'a' | 'b' | 'c') => ({ a: 'Erlang A', b: 'Erlang B', c: 'Erlang C' })[model],
  modelMeaning: (model: 'a' | 'b' | 'c') =>
    ({
      a: 'callers wait, and hang up after an exponential patience',
      b: 'no waiting: a call that finds every agent busy is lost',
      c: 'callers wait as long as it takes',
    })[model],
  patienceNeeded: () => 'Erlang A needs --patience-min (mean patience of a waiting caller, minutes)',
  patienceIgnored: (model: string) => `--patience-min is ignored by ${model} (only Erlang A has impatient callers)`,
  targetExpected: () => 'a service level and a threshold in seconds, like 80/20 (80 % within 20 s)',
};

/** Variants: what was asked, what was done. */
export const variantText = {
  /** The label of the scenario as written. */
  asWritten: () => 'as written',
  malformed: () => 'expected NAME:path=value,… (for example "two desks:policy=phone-desk:2")',
  emptyLabel: () => 'expected a name before the colon',
  teamResized: (path: string, count: number, pattern: number, shifts: string) =>
    `${path}: ${count} ${count === 1 ? 'person' : 'people'} on the file's pattern of ${pattern} ${pattern === 1 ? 'shift' : 'shifts'}: ${shifts}`,
  teamCounted: (path: string, before: number, after: number) => `${path}: ${before} → ${after} ${after === 1 ? 'person' : 'people'}`,
  relativeNeedsCount: (path: string, found: unknown) =>
    `expected a number of people at ${path} to add to or take from, got ${shown(found)}`,
  relativeBelowZero: (path: string, count: number) => `expected at least 0 people at ${path}, got ${count}`,
  relativeValue: () => 'a count like 4, or a change like +1 or -1',
  policySwitched: (from: string, to: string, dropped: readonly string[], defaulted: readonly string[]) =>
    `policy ${from} → ${to}` +
    (dropped.length > 0 ? `: dropped ${dropped.join(', ')} (no meaning under ${to})` : '') +
    (defaulted.length > 0 ? `${dropped.length > 0 ? ';' : ':'} set ${defaulted.join(', ')} (needed by ${to})` : ''),
  deskSet: (count: number) => `staff.phoneDesk: ${count} at the phone desk`,
  deskDropped: (count: number) => `staff.phoneDesk: the ${count}-person desk left (only phone-desk has one)`,
  policyWindowsReplaced: (windows: string, to: string) => `policy by the hour (${windows}) → ${to} all day`,
  policyIsWindows: (path: string) =>
    `cannot set ${path}: the policy changes with the hour (a list of windows); set one window's field (policy[0].kind=…, policy[1].ringSec=…) or policy=KIND for one policy all day`,
  unknownPolicy: (name: string, kinds: readonly string[]) => `unknown policy ${shown(name)}: expected one of ${kinds.join(', ')}`,
  policyParameter: (kind: string) =>
    kind === 'phone-desk'
      ? 'phone-desk:K sets the desk size, a whole number ≥ 1'
      : kind === 'threshold'
        ? 'threshold:T sets maxWaitingVisitors, a whole number ≥ 0'
        : `${kind} takes no :parameter`,
};

/** `recepsim compare`. */
export const compareText = {
  nothingToCompare: () =>
    'nothing to compare: give one scenario and --variant NAME:path=value for each variant, or two scenario files or more',
  variantsOfOneScenario: () => '--variant changes one scenario: give one scenario file with --variant, or several files without',
  duplicateLabel: (label: string) => `two variants are named ${shown(label)}: give each its own name`,
  seedsDiffer: () =>
    'the scenarios have different seeds, so they do not share their customers: differences are shown with unpaired (wider) intervals',
  replicationsDiffer: (paired: number) => `the scenarios have different numbers of replications: differences use the first ${paired} of each`,
};

/** `recepsim sweep`. */
export const sweepText = {
  deskUnused: () => '--desk changes nothing: no policy of the sweep has a phone desk (add --policy phone-desk)',
  policyByHourNeedsPolicy: (windows: string) =>
    `the scenario's policy changes with the hour (${windows}), and a sweep point holds one policy all day: expected --policy with the policies to try`,
  policyByHourReplaced: (windows: string) =>
    `the scenario's policy changes with the hour (${windows}); each point tries one policy all day instead`,
  advisorsExpected: () => 'a whole number of advisors, a range like 2..6 or a list like 2,3,5 (from 1 to 200, low to high)',
  deskExpected: () => 'a desk size, a range like 1..3 or a list like 1,2 (from 0 to 50, low to high)',
  policyExpected: (kinds: readonly string[]) => `policies separated by commas, each one of ${kinds.join(', ')} (threshold:T sets T)`,
  shardExpected: () => 'i/n with 1 ≤ i ≤ n, like 2/3',
};

/** `recepsim size`. */
export const sizeText = {
  maxAdvisorsExpected: () => 'a whole number of advisors from 1 to 200',
  initialRepsExpected: () => 'a whole number of at least 2',
};

/** `recepsim merge`. */
export const mergeText = {
  notAFolder: (path: string) => `${shown(path)} is not a results folder (no such folder)`,
  notAShard: (path: string) => `${shown(path)} holds no sweep.json or size.json of a run with --shard`,
  wholeRun: (path: string) => `${shown(path)} is a whole run, not a shard: there is nothing to merge it with`,
  mixedKinds: () => 'the folders hold results of different commands (sweep and size): merge the shards of one run',
  differentCounts: (first: string, other: string) => `${shown(first)} and ${shown(other)} are shards of runs cut in different numbers of shards`,
  differentRuns: (first: string, other: string, what: string) =>
    `${shown(first)} and ${shown(other)} are shards of different runs: their ${what} differ`,
  duplicateShard: (index: number, count: number, first: string, other: string) =>
    `shard ${index}/${count} is given twice: ${shown(first)} and ${shown(other)}`,
  missingShards: (missing: readonly number[], count: number) =>
    `missing ${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((index) => `${index}/${count}`).join(', ')}: give every shard of the run`,
  nothingToMerge: () => 'expected the results folders of every shard of one sweep or size run',
  merged: (count: number, kind: string) => `merged ${count} shards of one ${kind} run`,
};

/** The formula's line under `run`'s table, in the report's language. */
export const formulaText = {
  en: {
    line: (model: string, team: string, within: string, level: string, abandoned: string, simulatedLevel: string, simulatedAbandoned: string) =>
      `Formula for the calls alone (${model}, the ${team} on duty each hour): ${level} answered within ${within}, ${abandoned} abandoned; simulated: ${simulatedLevel}, ${simulatedAbandoned}.`,
    footnote: () =>
      'The simulation adds what the formula leaves out: visitors, interruptions, redials, breaks taken when a contact ends, the policy.',
    team: (team: 'advisors' | 'phoneDesk') => (team === 'advisors' ? 'advisors' : 'phone desk'),
  },
  es: {
    line: (model: string, team: string, within: string, level: string, abandoned: string, simulatedLevel: string, simulatedAbandoned: string) =>
      `Fórmula para las llamadas solas (${model}, ${team} de servicio cada hora): ${level} atendidas en ${within}, ${abandoned} abandonadas; simulado: ${simulatedLevel}, ${simulatedAbandoned}.`,
    footnote: () =>
      'La simulación añade lo que la fórmula no ve: visitantes, interrupciones, rellamadas, pausas tomadas al acabar un contacto, la política.',
    team: (team: 'advisors' | 'phoneDesk') => (team === 'advisors' ? 'los asesores' : 'la centralita'),
  },
};
