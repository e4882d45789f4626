// A realistic summary for the report tests, made by the real `summarise` from hand-built run
// totals: a dealership open 08:00–19:00 with appointments, walk-ins, pickups and calls (none at
// 14:00), three advisors and a parts line, five replications of 20 days that differ a little.
// Not a test file itself.

import { QuantileSketch } from '../../../src/metrics/sketch.js';
import { summarise, type Summary, type SummarySettings } from '../../../src/metrics/summary/index.js';
import { WORK_ACTIVITIES } from '../../../src/model/domain.js';
import { emptyRunTotals, type RunTotals, type StaffMeasures, type VisitMeasures } from '../../../src/metrics/tally.js';
import { scenarioSchema } from '../../../src/model/schema/index.js';
import { reportContext, type ReportContext, type RunFacts } from '../../../src/report/context.js';
import { reportLanguage, type ReportLanguageCode } from '../../../src/text/report/index.js';

export interface FixtureOptions {
  /** Inbound calls (default true). */
  readonly calls?: boolean;
  /** Visitors at the counter (default true). */
  readonly visitors?: boolean;
  /** WhatsApp messages (default false). */
  readonly messages?: boolean;
  readonly replications?: number;
  /** The report's language (default English). */
  readonly language?: ReportLanguageCode;
  /** The run's `--set` changes (default none). */
  readonly changes?: readonly string[];
}

const DAYS = 20;
const OPEN_HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
const CALLS_PER_HOUR: Readonly<Record<number, number>> = { 8: 9, 9: 11, 10: 13, 11: 13, 12: 10, 13: 6, 15: 7, 16: 10, 17: 11, 18: 8 };
const VISITORS_PER_HOUR = {
  appointment: { 8: 6, 9: 5, 10: 3 },
  walkIn: { 8: 3, 9: 2, 10: 1.5, 11: 1, 12: 1, 16: 1 },
  pickup: { 16: 4, 17: 5, 18: 3 },
} as const satisfies Record<'appointment' | 'walkIn' | 'pickup', Readonly<Record<number, number>>>;

/** Settings like a scenario's: 20 s and 5 min thresholds, five targets, EUR. */
export function fixtureSettings(options: FixtureOptions = {}): SummarySettings {
  return {
    name: 'Medium dealership, status quo',
    targets: {
      callAnsweredWithinMin: 1 / 3,
      callServiceLevel: 0.8,
      callMaxAbandon: 0.08,
      callMaxLostForGood: null,
      visitorAttendedWithinMin: 5,
      visitorServiceLevel: 0.7,
      visitorMaxInterruptedShare: 0.1,
      visitorMaxMeanWaitMin: 10,
    },
    economics: {
      currency: 'EUR',
      advisorCostPerHour: 30,
      phoneDeskCostPerHour: 22,
      marginPerJob: { simple: 120, forced: 400 },
      churnAfterLostContact: { simple: 0.6, forced: 0.1 },
      churnPerInterruption: 0.1,
    },
    calls: options.calls === false ? null : { reasons: [{ name: 'booking' }, { name: 'status, parts' }] },
    messages: options.messages ? { replyTargetMin: 120 } : null,
    parts: { costPerHour: 18 },
    overflow: null,
  };
}

/** A scenario like the fixture's: 3 advisors and a parts line, answer-all, seed 42, graded inputs. */
export function fixtureScenario(options: FixtureOptions = {}) {
  return scenarioSchema.parse({
    name: 'Medium dealership, status quo',
    day: { open: '08:00', close: '19:00' },
    days: DAYS,
    replications: options.replications ?? 5,
    seed: 42,
    staff: {
      advisors: [
        { from: '08:00', to: '19:00', breaks: ['13:00-14:00'] },
        { from: '08:00', to: '19:00', breaks: ['14:00-15:00'] },
        { from: '08:00', to: '19:00' },
      ],
      parts: { agents: 1 },
    },
    policy: { kind: 'answer-all' },
    calls: {
      perHour: 10,
      reasons: [{ name: 'booking', share: 1, handle: { dist: 'exponential', mean: 3 } }],
      patience: { dist: 'exponential', mean: 1.2 },
    },
    walkIns: { perHour: 1, writeUp: { dist: 'lognormal', mean: 20, cv: 0.5 }, patience: { dist: 'exponential', mean: 25 } },
    sources: {
      'calls.patience': { grade: 'A/B', source: 'Volie 25-million-call study' },
      'economics.churnPerInterruption': { grade: 'C' },
    },
  });
}

/** The facts of the fixture's run. */
export const FIXTURE_RUN: RunFacts = { version: '9.9.9', scenarioFile: 'scenarios/medium dealership.yaml', changes: [], warnings: [] };

/** The context a report of the fixture prints. */
export function fixtureContext(options: FixtureOptions = {}): ReportContext {
  return reportContext(
    fixtureScenario(options),
    { ...FIXTURE_RUN, changes: options.changes ?? [] },
    reportLanguage(options.language ?? 'en'),
  );
}

/** The summary of the fixture. */
export function fixtureSummary(options: FixtureOptions = {}): Summary {
  const replications = options.replications ?? 5;
  const runs = Array.from({ length: replications }, (_, r) => fixtureRun(r, options));
  return summarise(fixtureSettings(options), runs);
}

/** Waits spread like an exponential of mean `meanMin` (deterministic quantiles), added to a sketch. */
function addWaits(sketch: QuantileSketch, count: number, meanMin: number): void {
  for (let i = 0; i < count; i++) sketch.add(-meanMin * Math.log(1 - (i + 0.5) / count));
}

function fixtureRun(r: number, options: FixtureOptions): RunTotals {
  const withCalls = options.calls !== false;
  const t = emptyRunTotals(withCalls ? 2 : 0);
  const f = 1 + 0.06 * Math.sin(1.7 * r + 0.3); // demand of this replication
  const g = 1 + 0.08 * Math.cos(2.3 * r); // congestion of this replication
  t.daysSimulated = DAYS;

  const callWait = new QuantileSketch();
  const callWaitAnswered = new QuantileSketch();
  let callLoadSum = 0;
  for (const hour of OPEN_HOURS) {
    const queues = t.queues.byHour[hour];
    queues.measuredMin = DAYS * 60;
    const rate = withCalls ? (CALLS_PER_HOUR[hour] ?? 0) : 0;
    const load = rate / 13;
    callLoadSum += load;
    const offered = Math.round(rate * DAYS * f);
    if (offered === 0) continue;
    const abandoned = Math.round(offered * (0.02 + 0.08 * load) * g);
    const answered = offered - abandoned;
    const within = Math.min(answered, Math.round(offered * (0.95 - 0.25 * load) / g));
    const meanWait = (0.1 + 0.6 * load * load) * g;
    const waitSumMin = offered * meanWait;
    const waitSumAnsweredMin = answered * meanWait * 0.9;
    Object.assign(t.calls.byHour[hour], { offered, answered, answeredWithin: within, abandoned, waitSumMin, waitSumAnsweredMin });
    addWaits(callWait, offered, meanWait);
    addWaits(callWaitAnswered, answered, meanWait * 0.9);
    queues.queueLengthMin!.calls = DAYS * 60 * 0.4 * load * load * g;
    const c = t.calls.whole;
    c.offered += offered;
    c.answered += answered;
    c.abandoned += abandoned;
    c.answeredBy.advisors += answered;
    c.answeredWithin += within;
    c.waited += Math.round(offered * (0.2 + 0.5 * load));
    c.waitSumMin += waitSumMin;
    c.waitSumAnsweredMin += waitSumAnsweredMin;
    t.calls.byReason.forEach((reason, i) => {
      const share = i === 0 ? 0.6 : 0.4;
      reason.offered! += Math.round(offered * share);
      reason.answeredWithin! += Math.round(within * share);
      reason.abandoned! += Math.round(abandoned * share);
      reason.waitSumMin! += waitSumMin * share;
    });
  }
  t.calls.whole.waitSketch = callWait.toData();
  t.calls.whole.waitAnsweredSketch = callWaitAnswered.toData();
  if (withCalls) {
    const callers = Math.round(t.calls.whole.offered / 1.15);
    const lost = Math.round(callers * 0.04 * f * g);
    const forcedLost = Math.round(lost * 0.15);
    Object.assign(t.callers.whole, {
      callers,
      attempts: t.calls.whole.offered,
      served: callers - lost,
      callback: 0,
      lost,
      lostBySegment: { simple: lost - forcedLost, forced: forcedLost },
    });
  }

  for (const kind of options.visitors === false ? [] : (['appointment', 'walkIn', 'pickup'] as const)) {
    const v: VisitMeasures = t.visits.byKind[kind];
    const wait = new QuantileSketch();
    const waitServed = new QuantileSketch();
    for (const [hourText, rate] of Object.entries(VISITORS_PER_HOUR[kind])) {
      const hour = Number(hourText);
      const load = rate / 6;
      const callLoad = (CALLS_PER_HOUR[hour] ?? 0) / 13;
      const arrivals = Math.round(rate * DAYS * f);
      const lost = kind === 'walkIn' ? Math.round(arrivals * 0.12 * load * g) : 0;
      const served = arrivals - lost;
      const within = Math.round(served * (0.9 - 0.3 * load) / g);
      const meanWait = (2 + 6 * load) * g;
      const interrupted = withCalls ? Math.round(served * 0.15 * callLoad * g) : 0;
      v.arrivals += arrivals;
      v.served += served;
      v.balked += Math.floor(lost / 2);
      v.reneged += lost - Math.floor(lost / 2);
      v.attendedWithin += within;
      v.waited += Math.round(arrivals * 0.6);
      v.waitSumMin += arrivals * meanWait;
      v.waitSumServedMin += served * meanWait;
      v.interrupted += interrupted;
      v.interruptions += Math.round(interrupted * 1.3);
      v.holdMin += interrupted * 1.3 * 3.5;
      v.lostBySegment.simple += lost;
      v.interruptionChurnBySegment.simple += interrupted * 0.1 * 0.8;
      v.interruptionChurnBySegment.forced += interrupted * 0.1 * 0.2;
      addWaits(wait, arrivals, meanWait);
      addWaits(waitServed, served, meanWait);
      const h = t.visits.byHour[hour];
      h.arrivals! += arrivals;
      h.served! += served;
      h.balked! += Math.floor(lost / 2);
      h.reneged! += lost - Math.floor(lost / 2);
      h.attendedWithin! += within;
      h.waitSumMin! += arrivals * meanWait;
      h.interrupted! += interrupted;
      t.queues.byHour[hour].queueLengthMin!.visitors += DAYS * 60 * 0.5 * load * g;
    }
    v.waitSketch = wait.toData();
    v.waitServedSketch = waitServed.toData();
  }

  if (options.messages) {
    const arrivals = Math.round(6 * DAYS * f);
    const answered = arrivals - Math.round(arrivals * 0.05 * g);
    const reply = new QuantileSketch();
    addWaits(reply, answered, 75 * g);
    Object.assign(t.messages.whole, {
      arrivals,
      answered,
      answeredWithin: Math.round(answered * 0.8),
      replySumMin: answered * 75 * g,
      replySketch: reply.toData(),
    });
    for (const hour of OPEN_HOURS) t.queues.byHour[hour].queueLengthMin!.messages = DAYS * 60 * 0.8 * g;
  }

  // Three advisors all day with a 30-minute lunch break at 13:00; one parts-line person.
  const advisors = t.staff.advisors.whole;
  advisors.memberDays = 3 * DAYS;
  for (const hour of OPEN_HOURS) {
    const onDuty = 3 * DAYS * 60;
    const breakMin = hour === 13 ? 3 * DAYS * 30 : 0;
    const busy = (onDuty - breakMin) * Math.min(0.97, (0.5 + (0.3 * callLoadSum) / OPEN_HOURS.length) * f);
    Object.assign(t.staff.advisors.byHour[hour], { onDutyMin: onDuty, breakMin, busyMin: busy });
    advisors.onDutyMin += onDuty;
    advisors.activityMin.break += breakMin;
    advisors.breakMin += breakMin;
    advisors.activityMin.visit += busy * (withCalls ? 0.7 : 0.95);
    advisors.activityMin.call += busy * (withCalls ? 0.3 : 0);
    advisors.activityMin.message += options.messages ? busy * 0.05 : 0;
  }
  advisors.overtimeMin = DAYS * 14 * g;
  advisors.busyMin = workMin(advisors);
  const parts = t.staff.parts.whole;
  const partsBusy = withCalls ? 0.25 * f : 0;
  parts.memberDays = DAYS;
  for (const hour of OPEN_HOURS) {
    Object.assign(t.staff.parts.byHour[hour], { onDutyMin: DAYS * 60, busyMin: DAYS * 60 * partsBusy });
    parts.onDutyMin += DAYS * 60;
    parts.activityMin.call += DAYS * 60 * partsBusy;
  }
  parts.busyMin = workMin(parts);
  return t;
}

/** Minutes of every activity but breaks. */
function workMin(staff: StaffMeasures): number {
  let total = 0;
  for (const activity of WORK_ACTIVITIES) total += staff.activityMin[activity];
  return total;
}
