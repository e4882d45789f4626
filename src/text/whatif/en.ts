// The words of the what-if page in English. Spanish (es.ts) is a table of the same keys: its
// type is this table's, so a key missing there does not compile. Figure names, units, statuses
// and the verdict's sentences are the report's (src/text/report/), and a policy's words are its
// entry in src/text/policies/, so page and report agree.

import { type NumberRule, validation } from '../messages.js';
import { policiesEn } from '../policies/en.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** The English words of the what-if page. */
export const en = {
  title: (scenario: string) => `What if… — ${scenario}`,
  heading: 'What if…',
  lede:
    'Move a control and the figures update as simulated days arrive. ' +
    'The baseline is the scenario as written; each variant changes it. ' +
    'Every column is simulated on the same customers (same seed), so differences come from the changes, not from chance.',
  language: 'Language',
  controls: {
    advisors: 'Advisors',
    policy: 'Phone policy',
    threshold: 'Advisors answer while at most this many visitors wait',
    deskSize: 'People at the phone desk',
    deskFrom: 'Phone desk from',
    deskTo: 'Phone desk until',
    callVolume: 'Call volume ×',
    walkInVolume: 'Walk-in volume ×',
    perSlot: 'Appointments per slot',
    callerPatienceSec: 'Caller patience (mean, seconds)',
    redialProbability: 'Probability a caller redials',
    open: 'Doors open',
    close: 'Doors close',
  },
  hints: {
    advisors: 'keeps the shift pattern of the scenario: more advisors repeat its shifts in order',
    policy: '',
    threshold: '',
    deskSize: '',
    deskFrom: 'outside these hours nobody staffs the desk',
    deskTo: '',
    callVolume: '1 = as in the scenario; 1.2 = 20 % more calls in every hour',
    walkInVolume: '1 = as in the scenario',
    perSlot: '',
    callerPatienceSec: 'how long callers wait before hanging up, on average',
    redialProbability: 'after a failed attempt',
    open: '',
    close: '',
  },
  /** The policies' menu: each policy's `menu` (src/text/policies/). */
  policies: policiesEn,
  notInScenario: 'not in this scenario',
  groups: { team: 'Team and phone', demand: 'Demand', callers: 'Callers', hours: 'Opening hours', run: 'Precision (all columns)' },
  seed: 'Seed',
  seedHint: 'same seed, same customers: change it to see another sample',
  days: 'Working days per replication',
  replications: 'Replications',
  runHint: 'more replications: narrower intervals, slower answer',
  baseline: 'Baseline',
  variant: (letter: string) => `Variant ${letter}`,
  editing: (name: string) => `Changing: ${name}`,
  variants: 'Variants',
  addVariant: 'Add a variant',
  removeVariant: 'Remove this variant',
  resetVariant: 'Back to the baseline',
  stepDown: (control: string) => `${control}: one less`,
  stepUp: (control: string) => `${control}: one more`,
  downloadScenario: 'Download scenario (YAML)',
  downloadReport: 'Download report (HTML)',
  downloadHint: 'the scenario loads in “recepsim run”, which gives the same figures for the same seed',
  headline: (name: string, verdict: string) => `${name}: ${verdict}`,
  figureColumn: 'figure',
  chartsHeading: (name: string) => `Charts — ${name}`,
  progress: (done: number, total: number) => `${done} of ${total} ${plural(total, 'replication', 'replications')}`,
  waiting: 'simulating…',
  stale: 'showing the last valid settings',
  problemAt: (field: string, message: string) => (field === '' ? message : `${field}: ${message}`),
  workerFailed: (message: string) => `the simulation stopped on an internal error (a bug, please report it): ${message}`,
  noWorkers: 'this browser cannot run the simulation in the background (no Web Workers)',
  goalSeekHeading: 'Which team meets the targets at the lowest net cost?',
  goalSeekLede:
    'The same search as “recepsim size”, for the variant being changed (its policy, volumes and hours): each team is simulated until every target is clearly met or missed, with the run settings below as the most replications a team gets.',
  goalSeekRun: (name: string) => `Find the team for ${name}`,
  policyByTheHour: (windows: string) =>
    `the scenario changes policy with the hour (${windows}): shown here is the first; left as it is, the scenario runs as written, and a policy you choose instead holds all day`,
  goalSeekByTheHour: (name: string) => `${name} changes its phone policy with the hour: goal-seek searches one policy all day, as “recepsim size” does.`,
  goalSeekSearching: (name: string, replications: number) => `searching the team for ${name}… ${replications} ${plural(replications, 'replication', 'replications')} so far`,
  goalSeekTeam: (advisors: number, desk: number) =>
    `${advisors} ${plural(advisors, 'advisor', 'advisors')}${desk > 0 ? ` and ${desk} at the phone desk` : ''}`,
  goalSeekAnswer: (name: string, team: string, netCost: string) => `${name}: ${team} meet every target at the lowest net cost, ${netCost} per day.`,
  goalSeekApply: (advisors: number) => `Use ${advisors} ${plural(advisors, 'advisor', 'advisors')}`,
  goalSeekNone: (name: string, maxAdvisors: number) =>
    `${name}: no team of up to ${maxAdvisors} advisors meets every target with 95 % confidence. Change the policy, the desk or the hours, or ask less of the targets.`,
  goalSeekBinding: (team: string) => `What stops a smaller team — with ${team}:`,
  goalSeekBindingAtLimit: (team: string) => `Still not met with ${team}:`,
  goalSeekSmallest: (team: string) => `The smallest team meeting every target: ${team}.`,
  goalSeekCheapestAtAll: (team: string, netCost: string) => `Lowest net cost if the targets were not required: ${team}, ${netCost} per day.`,
  goalSeekStale: (name: string) => `${name} has changed since this answer: find the team again for the new settings.`,
  goalSeekCurveCaption: 'Key figures against team size, around the answer',
  goalSeekAxis: 'advisors',
  goalSeekSeries: (policy: string, desk: number) => (desk > 0 ? `${policy}, desk of ${desk}` : policy),
  goalSeekTarget: (kind: 'atLeast' | 'atMost', bound: string) => `target ${kind === 'atLeast' ? '≥' : '≤'} ${bound}`,
  goalSeekRecommended: (advisors: number) => `the answer: ${advisors}`,
  goalSeekTeamColumn: 'team',
  goalSeekVerdictColumn: 'every target',
  differenceNote: (pairs: number) =>
    `Under each variant: its difference from the baseline, paired replication by replication (the same customers on both, ${pairs} ${plural(pairs, 'replication', 'replications')}), with its 95 % interval. “Real” when the interval excludes 0; otherwise the difference is within the noise.`,
  differenceMark: { better: 'real gain', worse: 'real loss', noise: 'within noise' },
  percentagePoints: 'pts',
  // Key figures the report names differently or not at all.
  callersLostPerDay: 'callers lost for good per day',
  callsAnsweredWithin: (threshold: string) => `calls answered within ${threshold}`,
  callMeanWait: 'calls: mean wait',
  callersLostForGoodShare: 'callers lost for good (share of callers)',
  callsAbandoned: 'calls abandoned (hung up)',
  visitorMeanWait: 'visitors: mean wait',
  visitorsAttendedWithin: (threshold: string) => `visitors attended within ${threshold}`,
  visitsInterrupted: 'visits interrupted by a call',
  // What a control expects, when what was typed will not do (English: the CLI's own words).
  expectedNumber: (rule: NumberRule, got: unknown) => validation.expected(validation.number(rule), got),
  expectedClock: (got: unknown) => validation.ruleGot('expected a clock time "HH:MM" (24-hour)', got),
  expectedChoice: (options: readonly string[], got: unknown) => validation.oneOf(options, got),
  expectedSeed: (got: unknown) => validation.expected(validation.nonEmptyText(), got),
  leavesOutHeading: 'What the model leaves out',
  leavesOut: [
    'Each simulated day starts empty; visitors inside at closing are still served, and nothing carries over to the next day.',
    'A customer lost is counted once, through the churn probabilities of the scenario: nobody comes back another day because of today.',
    'Advisors are interchangeable and never slower when busy; skills beyond advisor, phone desk and parts line are not modelled.',
    'The workshop itself (bays, technicians, parts) is outside the model: a car not ready at pickup is a probability, not a consequence of workshop load.',
    'Demand is what the scenario says: a campaign, the weather or a recall reaches the model only through the volume controls.',
    "Money counts staff time and the margin of customers expected to go elsewhere; goodwill, reviews and the manager's own time are not priced.",
  ],
};

/** The words of the what-if page, in one language: every language has exactly these keys. */
export type WhatIfText = typeof en;
