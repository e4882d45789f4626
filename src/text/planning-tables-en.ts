// The words of the planning commands' terminal output (erlang, compare, sweep, size, merge) in
// English: headings, table columns, verdicts and recommendations. Spanish (planning-tables-es.ts)
// has the same keys. Numbers come formatted; only words live here. Error messages stay in
// planning.ts, in English like the rest of the command line's.

import { wholeCount } from './report/numbers.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** Counts in sentences, as Intl writes them for the locale. */
const whole = wholeCount('en-GB');

/** The English words of the planning tables. */
export const planningTablesEn = {
  erlang: {
    heading: (model: string, callsPerHour: string, ahtMin: string, patienceMin: string | null, load: string) =>
      `${model} — ${callsPerHour} calls/h, ${ahtMin} min per call${patienceMin === null ? '' : `, patience ${patienceMin} min`}: ` +
      `offered load ${load} Erlangs`,
    required: (serviceLevel: string, withinSec: string, agents: number | null, maxAgents: number) =>
      agents === null
        ? `target ${serviceLevel} answered within ${withinSec}: not met by any team up to ${whole(maxAgents)} agents`
        : `target ${serviceLevel} answered within ${withinSec}: ${whole(agents)} ${plural(agents, 'agent', 'agents')}`,
    columns: (withinSec: string) => ['agents', 'wait at all', 'mean wait', `answered ≤ ${withinSec}`, 'abandoned', 'blocked', 'utilisation', 'target'],
    unstable: () => 'overloaded: the queue grows without end',
  },

  /** Names of the key figures in planning tables, by their path in summary.json. */
  figures: {
    label: (path: string, callThreshold: string, visitorThreshold: string): string =>
      ({
        'calls.sl_answered_within_t_over_offered': `calls answered within ${callThreshold}`,
        'calls.p_abandon': 'calls abandoned',
        'calls.mean_wait_all': 'call mean wait',
        'callers.lostForGoodShare': 'callers lost for good',
        'callers.lostPerDay.total': 'callers lost per day',
        'visits.all.sl_attended_within_t_over_arrivals': `visitors attended within ${visitorThreshold}`,
        'visits.all.mean_wait_all': 'visitor mean wait',
        'visits.all.interruptedShare': 'visits interrupted by a call',
        'money.customersLostPerDay.total': 'customers lost per day',
        'money.staffCostPerDay.total': 'staff cost per day',
        'money.lostMarginPerDay.total': 'lost margin per day',
        'money.netCostPerDay': 'net cost per day',
      })[path] ?? path,
    /** The analytic estimate's row: "formula, calls alone (within 20 s)". */
    estimateLabel: (callThreshold: string) => `  formula, calls alone (within ${callThreshold})`,
    estimateModel: (model: string) => ({ 'erlang-a': 'Erlang A', 'erlang-c': 'Erlang C', 'mmc+ring-limit': 'M/M/c+ring limit' })[model] ?? model,
    noEstimate: (reason: string) =>
      ({
        'no-calls': 'no calls',
        'patience-law': 'no formula for this patience law',
        overloaded: 'overloaded',
        'nobody-answers': 'nobody answers',
        'policy-by-hour': 'no one formula: the policy changes with the hour',
      })[reason] ?? reason,
    percentagePoints: () => 'pts',
    difference: (text: string, verdict: 'better' | 'worse' | 'noise') =>
      `${text} ${verdict === 'noise' ? '(within noise)' : verdict === 'better' ? '(better)' : '(worse)'}`,
    differenceRow: () => '  vs first',
    targetsRow: () => 'every target met (95%)',
    yes: () => '✓ yes',
    no: () => '✗ no',
    notApplicable: () => '—',
  },

  compare: {
    heading: (scenario: string, replications: number, days: number, pairing: 'common-random-numbers' | 'independent', seed: string) =>
      `${scenario} — compared over ${whole(replications)} replications × ${whole(days)} ${plural(days, 'day', 'days')}, seed ${seed}\n` +
      (pairing === 'common-random-numbers'
        ? 'Every variant saw the same customers; differences against the first are paired by replication, with 95% intervals.'
        : 'The variants have different seeds: differences against the first are unpaired, with 95% intervals.'),
    notes: () => 'What the changes did:',
    formulaFootnote: () =>
      'formula: the classic queueing result for the calls alone (fresh calls, steady hours, the people who answer on duty); ' +
      'the simulation adds visitors, interruptions, redials and the policy.',
  },

  sweep: {
    heading: (scenario: string, replications: number, days: number, seed: string, shard: string | null) =>
      `${scenario} — sweep, ${whole(replications)} replications × ${whole(days)} ${plural(days, 'day', 'days')} per point, seed ${seed}` +
      (shard === null ? '' : `, shard ${shard}`) +
      '\nEvery point saw the same customers; ✓ marks every target met with 95% confidence.',
    columns: () => ['point', 'replications', 'targets'],
    invalid: () => 'not a valid scenario',
    cheapestMeeting: (label: string | null) =>
      label === null ? 'No point meets every target with 95% confidence.' : `Cheapest meeting every target: ${label}.`,
    cheapest: (label: string | null) => (label === null ? '' : `Lowest net cost per day: ${label}.`),
    shardPart: (shard: string) =>
      `Shard ${shard} holds part of the grid: which point is cheapest, and whether any meets every target, is said by recepsim merge of every shard.`,
    verdict: (verdict: 'meets' | 'fails' | 'borderline' | 'invalid') =>
      ({ meets: '✓ all met', fails: '✗ missed', borderline: '~ borderline', invalid: '— invalid' })[verdict],
    markCheapest: () => '◀ lowest net cost',
    markCheapestMeeting: () => '◀ cheapest meeting every target',
  },

  size: {
    heading: (scenario: string, initialReps: number, maxReps: number, days: number, seed: string, shard: string | null) =>
      `${scenario} — team size: the smallest team meeting every target with 95% confidence, and the lowest net cost per day\n` +
      `Each team gets ${whole(initialReps)} replications × ${whole(days)} ${plural(days, 'day', 'days')}` +
      // Replications that start at the cap cannot be doubled: say so by not promising it.
      (initialReps < maxReps ? `, doubled while a target is too close to call, up to ${whole(maxReps)}` : '') +
      `; every team sees the same customers (seed ${seed})` +
      (shard === null ? '.' : `; shard ${shard}.`),
    columns: () => ['policy', 'smallest team meeting every target', 'lowest net cost per day', 'formula'],
    people: (advisors: number, desk: number) => `${advisors} ${plural(advisors, 'advisor', 'advisors')}${desk > 0 ? ` + ${desk} at the desk` : ''}`,
    noTeam: (maxAdvisors: number) => `none up to ${maxAdvisors} ${plural(maxAdvisors, 'advisor', 'advisors')}`,
    bindingHeading: () => 'What binds (the targets a smaller team misses, or the largest team still misses):',
    bindingLine: (policy: string, none: boolean, at: string, targets: string) => `${policy}, ${none ? 'even' : 'one fewer:'} ${at}: ${targets}`,
    bindingValue: (target: string, value: string, bound: string) => `${target} ${value} (target ${bound})`,
    cheapest: (people: string, cost: string, meets: boolean) => `${people}: ${cost}${meets ? '' : ' (targets not all met)'}`,
    clearChoice: (clear: boolean): string => (clear ? '' : ', within noise of a neighbour'),
    formula: (start: number, forCalls: number | null, model: string | null) =>
      `start ${start}` + (forCalls === null ? '' : `; calls alone need ${forCalls} (${model ?? '—'})`),
    fewestPeople: (label: string | null) =>
      label === null ? 'No team within the limits meets every target with 95% confidence.' : `Fewest people meeting every target: ${label}.`,
    cheapestMeeting: (label: string | null) => (label === null ? '' : `Cheapest meeting every target: ${label}.`),
    cheapestOverall: (label: string | null) => (label === null ? '' : `Lowest net cost per day: ${label}.`),
    shardPart: (shard: string) =>
      `Shard ${shard} holds part of the searches: which policy needs the fewest people, and which team is cheapest of all, is said by recepsim merge of every shard.`,
    evaluated: () => 'Teams evaluated:',
  },
};

/** The words of the planning tables: every language has these keys. */
export type PlanningTablesText = typeof planningTablesEn;
