// A policy that changes with the hour: a phone desk from 00:00 to 12:00 (its two people on
// shift then), answer-all from 12:00 to 24:00, visitors all day at four advisors. Inside each
// window the calls are a steady-state M/M/c+M queue — the desk's (c = 2) in the morning, the
// advisors' (c = 4, calls preempting visits) in the afternoon — so, away from the change and the
// day's edges, they must match Erlang A within their confidence intervals; and no visit is
// interrupted while the desk holds the phone.

import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/analysis/replication.js';
import { erlangAMetrics } from '../../src/analysis/queueing/index.js';
import { engines } from '../../src/engine/engines.js';
import { ratioEstimate } from '../../src/metrics/confidence.js';
import { WarningList } from '../../src/model/issues.js';
import { normaliseScenario } from '../../src/model/normalise.js';
import type { Activity, CallAttemptRecord, DayObserver, Team, VisitRecord } from '../../src/model/observer.js';
import { type ScenarioInput, scenarioSchema } from '../../src/model/schema/index.js';
import { maxStandardError, RUN_SCALE } from '../support/precision.js';

const LAMBDA_PER_MIN = 1.5;
const MEAN_HANDLE_MIN = 1.2;
const MEAN_PATIENCE_MIN = 2;
const DESK = 2;
const ADVISORS = 4;
const CHANGE_MIN = 12 * 60;
const REPLICATIONS = 16;
const DAYS = 10 * RUN_SCALE;

/** Arrival times measured in each window: past the warm-up after a change, clear of the next one. */
const MEASURED = {
  desk: { fromMin: 60, toMin: CHANGE_MIN - 30, servers: DESK },
  answerAll: { fromMin: CHANGE_MIN + 60, toMin: 24 * 60 - 30, servers: ADVISORS },
} as const;
type WindowName = keyof typeof MEASURED;

const WINDOWED: ScenarioInput = {
  name: 'desk in the morning, answer-all after',
  day: { open: '00:00', close: '24:00' },
  days: DAYS,
  replications: REPLICATIONS,
  seed: 7,
  staff: {
    advisors: ADVISORS,
    phoneDesk: Array.from({ length: DESK }, () => ({ from: '00:00', to: '12:00' })),
  },
  policy: [
    { from: '00:00', to: '12:00', kind: 'phone-desk' },
    { from: '12:00', to: '24:00', kind: 'answer-all' },
  ],
  walkIns: { perHour: 3, writeUp: { dist: 'exponential', mean: 15 } },
  calls: {
    perHour: LAMBDA_PER_MIN * 60,
    reasons: [{ name: 'any', share: 1, handle: { dist: 'exponential', mean: MEAN_HANDLE_MIN } }],
    patience: { dist: 'exponential', mean: MEAN_PATIENCE_MIN },
  },
  targets: { calls: { answeredWithinSec: 20 } },
};

/** Per replication and window: offered attempts, abandoned, waited, Σ wait; and what the visits and staff did. */
class WindowTally implements DayObserver {
  readonly calls = { desk: { offered: 0, abandoned: 0, waited: 0, waitSumMin: 0 }, answerAll: { offered: 0, abandoned: 0, waited: 0, waitSumMin: 0 } };
  /** Interruptions of visits begun and ended inside the desk's window, and of those inside answer-all's. */
  readonly interruptions = { desk: 0, answerAll: 0 };
  readonly visits = { desk: 0, answerAll: 0 };
  /** Calls taken by each team before and after the change (by when the talk started). */
  readonly callsTaken = { advisorsBefore: 0, advisorsAfter: 0, deskBefore: 0, deskAfter: 0 };

  dayStarted(): void {}
  arrival(): void {}
  caller(): void {}
  callback(): void {}
  message(): void {}
  queueLength(): void {}
  duty(): void {}
  dayEnded(): void {}

  callAttempt(record: CallAttemptRecord): void {
    for (const name of Object.keys(MEASURED) as WindowName[]) {
      const window = MEASURED[name];
      if (record.arrivalMin < window.fromMin || record.arrivalMin >= window.toMin) continue;
      const calls = this.calls[name];
      calls.offered++;
      if (record.outcome === 'abandoned') calls.abandoned++;
      if (record.waitMin > 0) calls.waited++;
      calls.waitSumMin += record.waitMin;
    }
  }

  visit(record: VisitRecord): void {
    if (record.outcome !== 'served') return;
    const inside = (fromMin: number, toMin: number) => record.arrivalMin >= fromMin && record.endMin <= toMin;
    if (inside(0, CHANGE_MIN)) {
      this.visits.desk++;
      this.interruptions.desk += record.interruptions;
    } else if (inside(CHANGE_MIN, 24 * 60)) {
      this.visits.answerAll++;
      this.interruptions.answerAll += record.interruptions;
    }
  }

  activity(team: Team, _member: number, activity: Activity, fromMin: number): void {
    if (activity !== 'call') return;
    const after = fromMin >= CHANGE_MIN;
    if (team === 'advisors') this.callsTaken[after ? 'advisorsAfter' : 'advisorsBefore']++;
    if (team === 'phoneDesk') this.callsTaken[after ? 'deskAfter' : 'deskBefore']++;
  }
}

const config = normaliseScenario(scenarioSchema.parse(WINDOWED), new WarningList());
const tallies = Array.from({ length: REPLICATIONS }, (_, replication) => {
  const tally = new WindowTally();
  runReplication(config, replication, engines.recepsim, [tally]);
  return tally;
});

describe('a phone desk in the morning, answer-all in the afternoon', () => {
  it('interrupts no visit while the desk holds the phone, and visits again after', () => {
    const sum = (pick: (tally: WindowTally) => number) => tallies.reduce((total, tally) => total + pick(tally), 0);
    expect(sum((t) => t.visits.desk)).toBeGreaterThan(100);
    expect(sum((t) => t.interruptions.desk)).toBe(0);
    // Answer-all with four advisors and 1.8 erlangs of calls: a visit is interrupted often.
    expect(sum((t) => t.interruptions.answerAll) / sum((t) => t.visits.answerAll)).toBeGreaterThan(0.2);
  });

  it('hands the phone from the desk to the advisors at the change', () => {
    const taken = (key: keyof WindowTally['callsTaken']) => tallies.reduce((total, tally) => total + tally.callsTaken[key], 0);
    expect(taken('advisorsBefore')).toBe(0);
    // The desk finishes the call in hand after 12:00 at most; it takes no new one.
    expect(taken('deskAfter')).toBeLessThanOrEqual(DESK * DAYS * REPLICATIONS);
    expect(taken('deskBefore')).toBeGreaterThan(1000);
    expect(taken('advisorsAfter')).toBeGreaterThan(1000);
  });

  it.each(Object.keys(MEASURED) as WindowName[])('in the %s window, calls behave as Erlang A (M/M/c+M) of that window', (name) => {
    const exact = erlangAMetrics({
      servers: MEASURED[name].servers,
      lambdaPerMin: LAMBDA_PER_MIN,
      meanServiceMin: MEAN_HANDLE_MIN,
      patienceMeanMin: MEAN_PATIENCE_MIN,
      slThresholdMin: 1 / 3,
    });
    const calls = tallies.map((tally) => tally.calls[name]);
    const offered = calls.map((c) => c.offered);
    const figures = {
      p_abandon: [calls.map((c) => c.abandoned), exact.p_abandon],
      p_wait_gt0: [calls.map((c) => c.waited), exact.p_wait_gt0],
      mean_wait_all: [calls.map((c) => c.waitSumMin), exact.mean_wait_all],
    } as const;
    for (const [metric, [numerators, truth]] of Object.entries(figures)) {
      const estimate = ratioEstimate(numerators, offered);
      const { standardError } = estimate;
      const message = `${name} ${metric}: simulated ${estimate.value} (SE ${standardError.toPrecision(3)}) vs Erlang A ${truth}`;
      expect(Math.abs(estimate.value - truth), message).toBeLessThanOrEqual(4 * standardError);
      expect(standardError, `${message}: run too short`).toBeLessThanOrEqual(maxStandardError(truth, metric));
    }
  });
});
