// The words of the planning commands (erlang, compare, sweep, size, merge) and of variants: part
// of the message catalogue, in their own module so the run's catalogue (messages.ts) stays short.

import { shown } from './messages.js';

/** `recepsim erlang`. */
export const erlangText = {
  modelName: (model: 'a' | 'b' | 'c') => ({ a: 'Erlang A', b: 'Erlang B', c: 'Erlang C' })[model],
  modelMeaning: (model: 'a' | 'b' | 'c') =>
    ({
      a: 'callers wait, and hang up after an exponential patience',
      b: 'no waiting: a call that finds every agent busy is lost',
      c: 'callers wait as long as it takes',
    })[model],
  heading: (model: string, callsPerHour: string, ahtMin: string, patienceMin: string | null, load: string) =>
    `${model} — ${callsPerHour} calls/h, ${ahtMin} min per call${patienceMin === null ? '' : `, patience ${patienceMin} min`}: ` +
    `offered load ${load} Erlangs`,
  required: (serviceLevel: string, withinSec: string, agents: number | null, maxAgents: number) =>
    agents === null
      ? `target ${serviceLevel} answered within ${withinSec}: not met by any team up to ${maxAgents} agents`
      : `target ${serviceLevel} answered within ${withinSec}: ${agents} ${agents === 1 ? 'agent' : 'agents'}`,
  columns: (withinSec: string) => ['agents', 'wait at all', 'mean wait', `answered ≤ ${withinSec}`, 'abandoned', 'blocked', 'utilisation', 'target'],
  unstable: () => 'overloaded: the queue grows without end',
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

/** Names of the key figures in planning tables, by their path in summary.json. */
export const figureText = {
  label: (path: string, callThreshold: string, visitorThreshold: string): string =>
    ({
      'calls.sl_answered_within_t_over_offered': `calls answered within ${callThreshold}`,
      'calls.p_abandon': 'calls abandoned',
      'calls.mean_wait_all': 'call mean wait',
      'callers.lostForGoodShare': 'callers lost for good',
      'visits.all.sl_attended_within_t_over_arrivals': `visitors attended within ${visitorThreshold}`,
      'visits.all.mean_wait_all': 'visitor mean wait',
      'visits.all.interruptedShare': 'visits interrupted by a call',
      'money.staffCostPerDay.total': 'staff cost per day',
      'money.lostMarginPerDay.total': 'lost margin per day',
      'money.netCostPerDay': 'net cost per day',
    })[path] ?? path,
  /** The analytic estimate's row: "calls answered within 20 s, Erlang A (calls only)". */
  estimateLabel: (callThreshold: string) => `  formula, calls alone (within ${callThreshold})`,
  estimateModel: (model: string) => ({ 'erlang-a': 'Erlang A', 'erlang-c': 'Erlang C', 'mmc+ring-limit': 'M/M/c+ring limit' })[model] ?? model,
  noEstimate: (reason: string) =>
    ({
      'no-calls': 'no calls',
      'patience-law': 'no formula for this patience law',
      overloaded: 'overloaded',
      'nobody-answers': 'nobody answers',
    })[reason] ?? reason,
  percentagePoints: () => 'pts',
  difference: (text: string, verdict: 'better' | 'worse' | 'noise') =>
    `${text} ${verdict === 'noise' ? '(within noise)' : `(${verdict})`}`,
  differenceRow: () => '  vs first',
  targetsRow: () => 'every target met (95%)',
  yes: () => '✓ yes',
  no: () => '✗ no',
  notApplicable: () => '—',
};

/** Headings of the planning tables. */
export const planningHeading = {
  compare: (scenario: string, replications: number, days: number, pairing: 'common-random-numbers' | 'independent', seed: string) =>
    `${scenario} — compared over ${replications} replications × ${days} ${days === 1 ? 'day' : 'days'}, seed ${seed}\n` +
    (pairing === 'common-random-numbers'
      ? 'Every variant saw the same customers; differences against the first are paired by replication, with 95% intervals.'
      : 'The variants have different seeds: differences against the first are unpaired, with 95% intervals.'),
  notes: () => 'What the changes did:',
  formulaFootnote: () =>
    'formula: the classic queueing result for the calls alone (fresh calls, steady hours, the people who answer on duty); ' +
    'the simulation adds visitors, interruptions, redials and the policy.',
};
