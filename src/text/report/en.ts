// The words of reports in English: the terminal table, the HTML report, the charts and the CSV
// headers. Spanish (es.ts) is a table of the same keys: its type is this table's, so a key
// missing there does not compile. Numbers come formatted (numbers.ts); only words live here.

import { policiesEn, type PoliciesText } from '../policies/en.js';
import { planningEn } from './planning-en.js';
import { wholeCount } from './numbers.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** Counts in sentences, as Intl writes them for the locale. */
const whole = wholeCount('en-GB');

/** The English words of a report. */
export const en = {
  // The run
  title: (scenario: string, replications: number, days: number) =>
    `${scenario} — ${whole(replications)} ${plural(replications, 'replication', 'replications')} × ${whole(days)} ${plural(days, 'day', 'days')}`,
  facts: (policy: string, staff: string, seed: string) => `policy ${policy} · ${staff} · seed ${seed}`,
  /** The changes a run made to its scenario file, after its title. */
  variant: (changes: string) => `changed: ${changes}`,
  staffTeam: {
    advisors: (count: number) => `${count} ${plural(count, 'advisor', 'advisors')}`,
    phoneDesk: (count: number) => `${count} at the phone desk`,
    parts: (count: number) => `${count} on the parts line`,
    overflow: (count: number) => `${count} overflow ${plural(count, 'agent', 'agents')}`,
  },
  sections: {
    verdict: 'Verdict',
    calls: 'Calls',
    callbacks: 'Callbacks',
    messages: 'Messages',
    visitors: 'Visitors',
    staff: 'Staff',
    money: 'Money',
    targets: 'Targets',
    keyFigures: 'Key figures',
    charts: 'Charts',
    assumptions: 'Assumptions and the run',
    about: 'About these figures',
  },
  visitorKinds: { appointment: 'appointments', walkIn: 'walk-ins', pickup: 'pickups', all: 'all' },
  teams: { advisors: 'advisors', phoneDesk: 'phone desk', parts: 'parts line', overflow: 'overflow' },
  activities: {
    visit: 'serving visitors',
    call: 'on calls',
    callback: 'returning callbacks',
    message: 'answering messages',
  },
  causes: { callersLost: 'unanswered calls', walkInsLost: 'walk-ins who left', interruptions: 'interrupted visits' },
  segments: { simple: 'simple jobs', forced: 'forced jobs' },
  queues: {
    visitors: 'visitors waiting',
    calls: 'calls waiting',
    callbacks: 'callbacks pending',
    messages: 'messages unanswered',
  },
  /**
   * A policy as tables, titles and charts name it (English: its code). `size`: the desk of
   * phone-desk, or the T of threshold, when given ("phone-desk:2").
   */
  policyName: (kind: string, size?: number) => {
    const name = policiesEn[kind as keyof PoliciesText]?.name ?? kind;
    return size === undefined ? name : `${name}:${size}`;
  },
  /** Each policy's words, by kind (src/text/policies/). */
  policies: policiesEn,
  /** A policy in a sentence, for the assumptions: it names the code the file uses, then what the policy does. */
  policySentence: (code: string, description: string) => `${code}: ${description}`,

  // Key figures: calls
  offeredPerDay: 'offered per day',
  /** Attempts that rang while the reception was closed (voicemail or lost), not among those offered. */
  whileClosedPerDay: 'rang while closed, per day',
  answeredWithin: (threshold: string) => `answered within ${threshold} ÷ offered`,
  abandoned: 'abandoned (hung up)',
  meanWait: 'mean wait',
  p90Wait: 'p90 wait',
  redialsPerCaller: 'redials per caller',
  callersLostForGood: 'callers lost for good',
  // callbacks
  callbacksPerDay: 'created per day',
  returnedSameDay: 'returned the same day',
  meanDelay: 'mean delay',
  p90Delay: 'p90 delay',
  // messages
  messagesPerDay: 'received per day',
  answeredSameDay: 'answered the same day',
  answeredWithinTarget: (target: string) => `answered within ${target}`,
  meanReply: 'mean reply time',
  p90Reply: 'p90 reply time',
  // visitors
  arrivalsPerDay: 'arrivals per day',
  attendedWithin: (threshold: string) => `attended within ${threshold}`,
  visitorsLost: 'lost (balked or gave up)',
  interrupted: 'interrupted by a call',
  holdPerVisit: 'on hold per visit',
  // staff
  utilisation: 'utilisation',
  overtimePerDay: 'overtime per day',
  /** The share of time on calls taken while one's own visitor waited on hold (answer-all). */
  onCallsVisitorOnHold: '  of which, own visitor on hold',
  // money
  staffCostPerDay: 'staff cost per day',
  lostMarginPerDay: 'lost margin per day',
  customersLostPerDay: 'customers lost per day',
  netCostPerDay: 'net cost per day',

  // Targets and the verdict
  targetNames: {
    callServiceLevel: (threshold: string) => `calls answered within ${threshold}`,
    callMaxAbandon: () => 'calls abandoned',
    callMaxLostForGood: () => 'callers lost for good',
    visitorServiceLevel: (threshold: string) => `visitors attended within ${threshold}`,
    visitorMaxInterruptedShare: () => 'visits interrupted',
    visitorMaxMeanWaitMin: () => 'visitor mean wait',
  },
  atLeast: (target: string) => `≥ ${target}`,
  atMost: (target: string) => `≤ ${target}`,
  atLeastWords: (target: string) => `at least ${target}`,
  atMostWords: (target: string) => `at most ${target}`,
  /** How a target came out, with its mark: the mark reads without colour. */
  statuses: {
    met: '✓ met',
    borderline: '~ borderline',
    missed: '✗ missed',
    notApplicable: '– not applicable',
  },
  statusLegend: {
    met: 'met: the whole 95% interval is on the right side',
    borderline: 'borderline: the 95% interval straddles the target',
    missed: 'missed: the whole 95% interval is on the wrong side',
    notApplicable: 'not applicable: nothing to measure',
  },
  columnTarget: 'target',
  columnValue: 'value',
  columnStatus: 'verdict',
  noTargets: 'No targets are set in the scenario: add targets to get a verdict.',
  verdictHeadline: (missed: number, borderline: number, met: number, total: number) => {
    if (missed === 0 && borderline === 0) return `${plural(met, 'The target is', `All ${met} targets are`)} met.`;
    // The first count says what is counted: "1 of 2 targets borderline, 1 met", never "1 borderline, 1 met".
    const ofTotal = (count: number) => `${count} of ${total} ${plural(total, 'target', 'targets')}`;
    const parts: string[] = [];
    if (missed > 0) parts.push(`${ofTotal(missed)} missed`);
    if (borderline > 0) parts.push(`${parts.length === 0 ? ofTotal(borderline) : borderline} borderline`);
    if (met > 0) parts.push(`${met} met`);
    return `${parts.join(', ')}.`;
  },
  allNotApplicable: 'No target has anything to measure in this scenario.',
  /** The target furthest from being met, in words; `value` and `target` are formatted quantities. */
  binding: (target: string, value: string, bound: string) =>
    `The binding target, the one furthest from being met, is ${target}: ${value} against ${bound}.`,
  tightest: (target: string, value: string, bound: string) =>
    `The tightest target, the one closest to being missed, is ${target}: ${value} against ${bound}.`,
  /** Hours when a target fails, e.g. "08:00–11:00 and 17:00–19:00". */
  failsAtHours: (hours: string, worstHour: string, worstValue: string) =>
    `By hour of arrival it fails ${hours}; worst ${worstHour} (${worstValue}).`,
  failsEveryHour: (hours: string, worstHour: string, worstValue: string) =>
    `By hour of arrival it fails at every hour with traffic (${hours}); worst ${worstHour} (${worstValue}).`,
  holdsEveryHour: 'By hour of arrival it holds at every hour with traffic.',
  /** It holds at every hour by its estimate, but at `hours` the 95% interval straddles the target (amber in the heat strip). */
  holdsEveryHourBorderline: (hours: string) => `By hour of arrival it holds at every hour with traffic, though borderline ${hours}.`,
  noHourly: 'There is no hourly figure for it.',
  /** Targets besides the binding one that are not met with 95% confidence; each says how it came out (borderline: its value may even be on the right side). */
  alsoFailing: (targets: string) => `Also not met with 95% confidence: ${targets}.`,
  otherTarget: (target: string, value: string, status: 'missed' | 'borderline') => `${target} (${value}, ${status})`,
  hourRange: (from: string, to: string) => `${from}–${to}`,

  // Charts
  chartTitles: {
    'target-hours': 'Where the targets fail, hour by hour',
    'waits-by-hour': 'Waits by hour of arrival',
    'queue-by-hour': 'Queue by hour of the day',
    'service-level-by-hour': 'Service level by hour of arrival',
    'utilisation': 'Staff time by activity',
    'lost-customers': 'Where the lost customers went',
  },
  axisHourOfArrival: 'hour of arrival',
  axisHourOfDay: 'hour of the day',
  axisMeanWait: 'mean wait, with its 95% interval',
  callsWaitPanel: 'calls (seconds)',
  visitorsWaitPanel: 'visitors (minutes)',
  axisMeanWaiting: 'mean number waiting, with its 95% interval',
  axisShareOfTime: 'share of time on duty less breaks',
  axisServiceLevel: 'service level (%)',
  callsAnsweredWithin: (threshold: string) => `calls answered within ${threshold}`,
  visitorsAttendedWithin: (threshold: string) => `visitors attended within ${threshold}`,
  targetRule: (bound: string) => `target ${bound}`,
  customersPanel: 'customers gone elsewhere per day',
  marginPanel: 'margin lost per day',
  legendActivity: 'activity',
  legendStatus: 'verdict',
  noData: 'nothing to show: no traffic',

  // The HTML report
  htmlTitle: (scenario: string) => `recepsim report — ${scenario}`,
  factPolicy: 'policy',
  factStaff: 'staff',
  factRuns: 'replications × days',
  factSeed: 'seed',
  // Warnings about the scenario
  warningsHeading: 'Warnings about the scenario',
  warningsIntro: 'The scenario ran as written, but perhaps not as meant. Each warning names its place in the file (or the flag that made it).',
  // Assumptions and the run
  estimatesHeading: 'Inputs that are estimates',
  estimatesIntro:
    'Grades as in the scenario file: A study or mystery shop with a stated sample; B trade press or consultant; ' +
    'C vendor claim or assumption. Results resting on a C input deserve a second run with that input changed.',
  columnInput: 'input',
  columnGrade: 'grade',
  columnSource: 'source',
  assumptionMark: 'assumption',
  ungradedHeading: 'Not graded: estimates unless measured at this dealership',
  noGrades: 'The scenario grades none of its inputs (add a sources section to say where each figure comes from).',
  runHeading: 'The run',
  runScenario: 'scenario',
  runFile: 'scenario file',
  runChanges: 'changes to the file',
  runNoChanges: 'none',
  runOpening: 'opening hours',
  runWeek: 'working week',
  runSteadyState: (hours: string, warmup: string) => `steady state: ${hours} h per replication, ${warmup} h warm-up discarded`,
  runPolicy: 'phone policy',
  runStaff: 'staff',
  runShift: (from: string, to: string, breaks: string) => (breaks === '' ? `${from}–${to}` : `${from}–${to} (break ${breaks})`),
  runAllDay: (team: string) => `${team}, all opening hours`,
  runReplications: 'replications × working days',
  runSeed: 'seed',
  runVersion: 'recepsim version',
  runReproduce: 'to reproduce',
  runSameBytes: 'The same scenario, changes and seed give the same figures, byte for byte, on any machine and any number of workers.',
  // Footnotes
  footnotes: (replications: number, days: number) => [
    `Every figure is estimated from ${whole(replications)} independent replications of ${whole(days)} working ${plural(days, 'day', 'days')}; ` +
      '“± h” is the half-width of its 95% confidence interval across replications.',
    'Service level of calls = attempts answered within the threshold ÷ attempts offered: ' +
      'an abandoned call counts as a failure, not as a call that never happened. ' +
      'Visitors attended within the threshold are counted over all arrivals, so visitors who leave count as failures too.',
    'Shares and means are pooled: totals over all replications divided by totals, not averages of daily ratios. ' +
      'Counts per day are averages of each replication’s daily count.',
    'p90 is the wait that 90% of contacts did not exceed (within 0.5%). ' +
      'Lost margin counts the customers expected to go elsewhere after a lost contact or an interrupted visit; ' +
      'net cost = staff cost + lost margin.',
    'A target is met when its whole 95% interval is on the right side of it, missed when the whole interval is on the wrong side, ' +
      'and borderline when the interval straddles it: more replications would settle it.',
  ],

  // Units and small words
  unitMinutes: 'min',
  unitSeconds: 's',
  unitHours: 'h',
  plusMinus: (halfWidth: string) => `± ${halfWidth}`,
  /** A positive value too small to show at the decimals shown: "< 0.01". */
  below: (value: string) => `< ${value}`,
  noValue: '—',

  // CSV headers: summary.csv (one row per figure) and hourly.csv (one row per hour)
  csv: {
    section: 'section',
    metric: 'metric',
    unit: 'unit',
    value: 'value',
    low: 'ci95_low',
    high: 'ci95_high',
    hour: 'hour',
    /** An hourly column's interval bounds: "<column>.ci95_low". */
    lowOf: (column: string) => `${column}.ci95_low`,
    highOf: (column: string) => `${column}.ci95_high`,
  },
  /** Units named in CSV files (columns and the unit column). */
  /** The planning reports (size, sweep, compare): planning-en.ts. */
  planning: planningEn,
  csvUnits: {
    minutes: 'min',
    seconds: 's',
    share: 'share',
    perDay: 'per_day',
    minutesPerDay: 'min_per_day',
    minutesPerVisit: 'min_per_visit',
    moneyPerDay: (currency: string) => `${currency}_per_day`,
    money: (currency: string) => currency,
    people: 'people',
    perCaller: 'per_caller',
    perVisit: 'per_visit',
    count: 'count',
    text: '',
    flag: 'true_false',
  },
};

/** The words of a report, in one language: every language has exactly these keys. */
export type ReportText = typeof en;
