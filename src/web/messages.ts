// Every sentence of the what-if page, in one place, as functions (like src/text/messages.ts).
// Figure names, units and verdicts come from the report's catalogue, so the page and the report
// say the same thing the same way.

import type { PolicyKind } from '../model/schema/policy.js';
import type { ControlId } from './controls.js';

const CONTROL_LABELS: Record<ControlId, string> = {
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
};

const CONTROL_HINTS: Partial<Record<ControlId, string>> = {
  advisors: 'keeps the shift pattern of the scenario: more advisors repeat its shifts in order',
  callVolume: '1 = as in the scenario; 1.2 = 20 % more calls in every hour',
  walkInVolume: '1 = as in the scenario',
  callerPatienceSec: 'how long callers wait before hanging up, on average',
  redialProbability: 'after a failed attempt',
  deskFrom: 'outside these hours nobody staffs the desk',
};

const POLICY_LABELS: Record<PolicyKind, string> = {
  'answer-all': 'answer every call (interrupting visits)',
  divert: 'only free advisors answer',
  'phone-desk': 'a phone desk answers',
  threshold: 'advisors answer while few visitors wait',
};

/** The what-if page's words. */
export const page = {
  title: (scenario: string) => `What if… — ${scenario}`,
  heading: () => 'What if…',
  lede: () =>
    'Move a control and the figures update as simulated days arrive. ' +
    'The baseline is the scenario as written; each variant changes it. ' +
    'Every column is simulated on the same customers (same seed), so differences come from the changes, not from chance.',
  controlLabel: (id: ControlId) => CONTROL_LABELS[id],
  controlHint: (id: ControlId) => CONTROL_HINTS[id] ?? '',
  policyLabel: (kind: PolicyKind) => POLICY_LABELS[kind],
  notInScenario: () => 'not in this scenario',
  groupTeam: () => 'Team and phone',
  groupDemand: () => 'Demand',
  groupCallers: () => 'Callers',
  groupHours: () => 'Opening hours',
  groupRun: () => 'Precision (all columns)',
  seed: () => 'Seed',
  seedHint: () => 'same seed, same customers: change it to see another sample',
  days: () => 'Working days per replication',
  replications: () => 'Replications',
  runHint: () => 'more replications: narrower intervals, slower answer',
  baseline: () => 'Baseline',
  variant: (letter: string) => `Variant ${letter}`,
  editing: (name: string) => `Changing: ${name}`,
  addVariant: () => 'Add a variant',
  removeVariant: () => 'Remove this variant',
  resetVariant: () => 'Back to the baseline',
  downloadScenario: () => 'Download scenario (YAML)',
  downloadReport: () => 'Download report (HTML)',
  downloadHint: () => 'the scenario loads in “recepsim run”, which gives the same figures for the same seed',
  verdictHeading: () => 'Verdict',
  allTargetsMet: () => 'meets every target',
  targetsMissed: (count: number) => `misses ${count} ${count === 1 ? 'target' : 'targets'}`,
  targetsUnsure: (count: number) => `${count} ${count === 1 ? 'target' : 'targets'} too close to call`,
  noTargets: () => 'no targets set',
  keyFigures: () => 'Key figures',
  figureColumn: () => 'figure',
  targetsHeading: () => 'Targets',
  byHourHeading: (name: string) => `Targets hour by hour — ${name}`,
  byHourNote: () => 'green: met with 95 % confidence; amber: too close to call; red: missed with 95 % confidence; blank: no traffic',
  chartsHeading: (name: string) => `Charts — ${name}`,
  progress: (done: number, total: number) => `${done} of ${total} replications`,
  waiting: () => 'simulating…',
  stale: () => 'showing the last valid settings',
  fixToRun: () => 'fix the marked value to see this column',
  problemInColumn: (field: string, message: string) => (field === '' ? message : `${field}: ${message}`),
  warning: (field: string, message: string) => (field === '' ? message : `${field}: ${message}`),
  workerFailed: (message: string) => `the simulation stopped on an internal error (a bug, please report it): ${message}`,
  noWorkers: () => 'this browser cannot run the simulation in the background (no Web Workers)',
  // Key figures not in the report's catalogue.
  callersLostPerDay: () => 'callers lost for good per day',
  visitorMeanWait: () => 'visitors: mean wait',
  visitorsAttendedWithin: (threshold: string) => `visitors attended within ${threshold}`,
  visitsInterrupted: () => 'visits interrupted by a call',
  callsAbandoned: () => 'calls abandoned (hung up)',
  callsAnsweredWithin: (threshold: string) => `calls answered within ${threshold}`,
  hour: () => 'hour',
  leavesOutHeading: () => 'What the model leaves out',
  leavesOut: () => [
    'Each simulated day starts empty and ends when the last visitor inside is served; nothing carries over to the next day.',
    'Customers do not talk to each other or come back another day because of today: a lost customer is counted once, through the churn probabilities of the scenario.',
    'Advisors are interchangeable and never slower when busy; skills beyond "advisor", "phone desk" and "parts line" are not modelled.',
    'The workshop itself (bays, technicians, parts) is outside the model: a car "not ready" at pickup is a probability, not a consequence of workshop load.',
    'Demand is what the scenario says: a campaign, the weather or a recall that changes who calls is only in the model through the volume controls.',
    'Money counts staff time and the margin of customers expected to go elsewhere; goodwill, reviews and the manager\'s own time are not priced.',
  ],
  ranIn: (seconds: string) => `${seconds} s`,
};
