// The words of the planning reports (size, sweep, compare) in English: the recommendation, the
// tables, the charts and the CSV headers. Spanish (planning-es.ts) has the same keys. Numbers come
// formatted, but for counts (whole): they choose singular or plural, and Intl writes them here.

import { wholeCount } from './numbers.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** Counts in sentences, as Intl writes them for the locale. */
const whole = wholeCount('en-GB');

/** Key figures' names, by their path in summary.json. */
const KEY_FIGURES_EN: Readonly<Record<string, (threshold: string) => string>> = {
  'calls.sl_answered_within_t_over_offered': (threshold: string) => `calls answered within ${threshold}`,
  'calls.p_abandon': () => 'calls abandoned',
  'calls.mean_wait_all': () => 'mean call wait',
  'callers.lostForGoodShare': () => 'callers lost for good',
  'callers.lostPerDay.total': () => 'callers lost for good per day',
  'money.customersLostPerDay.total': () => 'customers lost per day',
  'visits.all.sl_attended_within_t_over_arrivals': (threshold: string) => `visitors attended within ${threshold}`,
  'visits.all.mean_wait_all': () => 'mean visitor wait',
  'visits.all.interruptedShare': () => 'visits interrupted by a call',
  'money.staffCostPerDay.total': () => 'staff cost per day',
  'money.lostMarginPerDay.total': () => 'lost margin per day',
  'money.netCostPerDay': () => 'net cost per day',
};

/** The English words of planning reports. */
export const planningEn = {
  kinds: { size: 'Team sizing', sweep: 'Sweep of teams and policies', compare: 'Comparison of variants' },
  htmlTitle: (kind: string, scenario: string) => `recepsim — ${kind} — ${scenario}`,
  sections: {
    recommendation: 'Recommendation',
    policies: 'Smallest and cheapest team per policy',
    points: 'Every team evaluated',
    variants: 'Variants',
    differences: 'Key figures and differences',
    charts: 'Charts',
  },

  // Facts under the title
  factPolicies: (list: string) => `policies ${list}`,
  factUpTo: (advisors: number) => `up to ${advisors} ${plural(advisors, 'advisor', 'advisors')}`,
  factAdvisors: (list: string) => `advisors ${list}`,
  factReplicationsRange: (first: number, max: number, days: number) =>
    first === max ? `${whole(first)} replications × ${whole(days)} ${plural(days, 'day', 'days')} per team` : `${whole(first)} to ${whole(max)} replications × ${whole(days)} ${plural(days, 'day', 'days')} per team`,
  factReplications: (replications: number, days: number) => `${whole(replications)} replications × ${whole(days)} ${plural(days, 'day', 'days')}`,
  factSeed: (seed: string) => `seed ${seed}`,
  factVariants: (count: number) => `${count} variants`,

  // A team in words
  pointLabel: (policy: string, advisors: string) => `${policy}, ${advisors}`,
  deskHours: (from: string, to: string) => `${from} to ${to}`,

  // What a target's figure means, as a clause: "94% of calls are answered within 20 s"
  figureClause: {
    callServiceLevel: (value: string, threshold: string) => `${value} of calls are answered within ${threshold}`,
    callMaxAbandon: (value: string) => `${value} of calls are abandoned`,
    callMaxLostForGood: (value: string) => `${value} of callers are lost for good`,
    visitorServiceLevel: (value: string, threshold: string) => `${value} of visitors are attended within ${threshold}`,
    visitorMaxInterruptedShare: (value: string) => `${value} of visits are interrupted by a call`,
    visitorMaxMeanWaitMin: (value: string) => `visitors wait ${value} on average`,
  },

  // The recommendation
  recommend: (team: string, clauses: string) => `${capitalise(team)}, ${clauses}`,
  /** A figure's clause with its value now: "94% of calls are answered within 20 s (now 71%)". */
  clauseNow: (clause: string, now: string | null) => `${clause}${now === null ? '' : ` (now ${now})`}`,
  lostMargin: {
    down: (from: string, to: string) => `lost margin drops from ${from} to ${to} a day`,
    up: (from: string, to: string) => `lost margin rises from ${from} to ${to} a day`,
    same: (value: string) => `lost margin stays at ${value} a day`,
  },
  staffCost: {
    more: (amount: string) => `for ${amount} more staff cost`,
    less: (amount: string) => `saving ${amount} of staff cost`,
    same: () => 'at the same staff cost',
  },
  /** The recommendation's first sentence: the team, the binding figure, and the money. */
  recommendSentence: (head: string, margin: string, staff: string, _clauses: number) => `${head}, and ${margin}, ${staff}.`,
  recommendNoNow: (head: string) => `${head}.`,
  meetsEveryCost: (count: number, cost: string) =>
    `${plural(count, 'Its target is', `All ${count} targets are`)} met with 95% confidence; of the teams that meet them it has the lowest net cost, ${cost} a day.`,
  bindingAtSmaller: (target: string, label: string, value: string, bound: string) =>
    `What binds is ${target}: one advisor fewer (${label}) gives ${value}, against a target of ${bound}.`,
  noTeam: (limits: string) => `No team within the limits tried (${limits}) meets every target with 95% confidence.`,
  noTeamLimits: (policies: string, advisors: string) => `${policies}; ${advisors}`,
  closest: (label: string, failing: string, count: number) => `The closest is ${label}, where ${failing} still ${plural(count, 'fails', 'fail')}.`,
  failingItem: (target: string, value: string, bound: string) => `${target} (${value}, target ${bound})`,
  nowIs: (team: string, headline: string) => `Now, as written (${team}): ${headline}`,
  nowAlreadyMeets: 'The scenario as written already meets every target.',
  cheapestMisses: (label: string, cost: string) => `The lowest net cost of the teams tried, ${label} at ${cost} a day, does not meet every target.`,
  nowCostsLess: (cost: string) => `The scenario as written costs less than any team tried: ${cost} a day.`,
  otherPolicies: (list: string) => `Smallest team meeting every target, by policy: ${list}.`,
  policySmallest: (policy: string, team: string | null, limit: string) => (team === null ? `${policy}: none ${limit}` : `${policy}: ${team}`),
  upToLimit: (advisors: string) => `up to ${advisors}`,
  noNow: 'The scenario as written was not simulated with these results (an older results folder): no comparison with now.',

  // compare
  compareCheapest: (variant: string, amount: string, reference: string, real: boolean) =>
    `${variant} has the lowest net cost: ${amount} a day less than ${reference}${real ? ', beyond noise' : ', but within noise'}.`,
  compareReferenceCheapest: (reference: string) => `No variant has a lower net cost than ${reference}.`,
  compareVariant: (variant: string, better: string | null, worse: string | null, noise: string | null) =>
    `${variant}: ${[better === null ? null : `better beyond noise in ${better}`, worse === null ? null : `worse beyond noise in ${worse}`, noise === null ? null : `within noise in ${noise}`]
      .filter((part) => part !== null)
      .join('; ')}.`,
  compareTargetsMet: (variants: string) => `Every target is met with 95% confidence by ${variants}.`,
  compareTargetsNone: 'No variant meets every target with 95% confidence.',
  compareIndependent: 'The variants ran on different seeds: differences are not paired and their intervals are wider.',
  comparePaired: (replications: number) =>
    `The variants ran on the same random numbers (${whole(replications)} replications): each difference is paired replication by replication, so its interval is narrower than the two figures' intervals suggest.`,
  differenceItem: (figure: string, difference: string) => `${figure} ${difference}`,
  columnDifference: (reference: string) => `difference vs ${reference}`,
  real: 'real',
  noise: 'noise',
  reference: 'reference',

  // Tables
  columnPolicy: 'policy',
  columnSmallest: 'smallest team meeting every target',
  columnCheapest: 'lowest net cost',
  columnBinding: 'what binds',
  columnTeam: 'team',
  columnReplications: 'replications',
  columnTargets: 'targets',
  columnFigure: 'key figure',
  noneUpTo: (advisors: string) => `none up to ${advisors}`,
  bindingAtLimit: (label: string) => `even ${label}: `,
  bindingBelow: (label: string) => `one fewer (${label}): `,
  verdicts: { meets: '✓ all met', fails: '✗ missed', borderline: '~ borderline', invalid: 'not a valid scenario' },
  recommendedMark: 'recommended',
  nowMark: 'now',

  // Key figures
  /** A key figure's name, by its path in summary.json (the path itself for one unknown here). */
  keyFigure: (path: string, threshold: string) => (KEY_FIGURES_EN[path]?.(threshold) ?? path),
  percentagePoints: 'pts',

  // Charts
  chartTitles: {
    'team-size': 'Key figures by team size, per policy',
    'money-curve': 'Money by team size: staff cost, lost margin and net cost per day',
    'paired-differences': (reference: string) => `Differences against ${reference}, with their paired 95% intervals`,
  },
  axisAdvisors: 'advisors',
  targetLine: (bound: string) => `target ${bound}`,
  recommendedLabel: (label: string) => `recommended: ${label}`,
  moneyMeasures: { staff: 'staff cost', lost: 'lost margin', net: 'net cost' },
  legendDifference: { real: 'beyond noise', noise: 'within noise' },

  // The run
  runCommand: 'command',
  runCommonChanges: 'changes to every team',
  runReplicationsPlanning: 'replications × working days',
  runReplicationsSequential: (first: number, max: number, days: number) =>
    first < max
      ? `${whole(first)} per team first, doubled while a target is too close to call, up to ${whole(max)}; × ${whole(days)} ${plural(days, 'day', 'days')}`
      : `${whole(first)} × ${whole(days)}`,
  footnotes: [
    'Every team runs on the same random numbers (the same customers, calls and durations), so differences between teams are differences of the teams, not of luck.',
    'A team meets the targets when every target’s whole 95% interval is on the right side of it; the recommended team is the one with the lowest net cost (staff cost + lost margin) among those.',
    '“Now” is the scenario file as written (with the changes to every team), run on the same random numbers.',
  ],

  // CSV headers
  csv: {
    point: 'point',
    policy: 'policy',
    advisors: 'advisors',
    desk: 'desk',
    replications: 'replications',
    verdict: 'verdict',
    target: (name: string) => `target.${name}`,
    figure: 'figure',
    unit: 'unit',
    variant: 'variant',
    value: 'value',
    low: 'ci95_low',
    high: 'ci95_high',
    lowOf: (column: string) => `${column}.ci95_low`,
    highOf: (column: string) => `${column}.ci95_high`,
    difference: 'difference',
    differenceLow: 'difference_ci95_low',
    differenceHigh: 'difference_ci95_high',
    differenceReal: 'difference_real',
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The words of planning reports, in one language. */
export type PlanningText = typeof planningEn;
