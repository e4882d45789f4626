// Whole days through the model and the tallies, for what must add up exactly: one count of
// callbacks whatever the hour, and staff time counted to the last contact, past midnight too.

import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../../src/analysis/replication.js';
import { engines } from '../../../../src/engine/engines.js';
import { loadScenario } from '../../../../src/io/load-scenario.js';
import { ROOT } from '../../../support/cli.js';
import { summarise } from '../../../../src/metrics/summary/index.js';
import { InputError, WarningList } from '../../../../src/model/issues.js';
import { normaliseScenario } from '../../../../src/model/normalise.js';
import type { DayObserver, DutyRecord, VisitRecord } from '../../../../src/model/observer.js';
import { type ScenarioInput, scenarioSchema } from '../../../../src/model/schema/index.js';
import { crossCheck } from '../../../../src/text/messages.js';

function configOf(input: ScenarioInput) {
  return normaliseScenario(scenarioSchema.parse(input), new WarningList());
}

/** An observer that keeps copies of the visit and duty records. */
function keeper(): DayObserver & { visits: VisitRecord[]; duties: DutyRecord[] } {
  const visits: VisitRecord[] = [];
  const duties: DutyRecord[] = [];
  const ignore = () => {};
  return {
    visits,
    duties,
    dayStarted: ignore,
    arrival: ignore,
    callAttempt: ignore,
    caller: ignore,
    visit: (record) => visits.push({ ...record }),
    callback: ignore,
    message: ignore,
    activity: ignore,
    queueLength: ignore,
    duty: (record) => duties.push(record),
    dayEnded: ignore,
  };
}

describe('a day closing at 24:00', () => {
  it('has one count of callbacks: the calls section and the callbacks section agree', () => {
    const hours = Object.fromEntries(Array.from({ length: 24 }, (_, h) => [String(h).padStart(2, '0'), h < 8 ? 2 : 20]));
    const config = configOf({
      name: 'open till midnight',
      day: { open: '08:00', close: '24:00' },
      days: 3,
      replications: 2,
      seed: 5,
      staff: { advisors: 1 },
      policy: { kind: 'answer-all' },
      calls: {
        perHour: hours,
        reasons: [{ name: 'any', share: 1, handle: { dist: 'exponential', mean: 4 } }],
        voicemail: { leavesMessage: 1 },
      },
    });
    const runs = [0, 1].map((r) => runReplication(config, r, engines.recepsim).totals);
    const summary = summarise(config, runs);
    // Calls still waiting at midnight go to voicemail, and calls before 08:00 leave messages too.
    expect(summary.callbacks.createdPerDay.value).toBeGreaterThan(20);
    expect(summary.calls.callbacksCreatedPerDay).toEqual(summary.callbacks.createdPerDay);
    const withMessage = runs.reduce((n, r) => n + r.calls.whole.voicemailWithMessage + r.afterHours.whole.voicemailWithMessage, 0);
    expect(runs.reduce((n, r) => n + r.callbacks.whole.created, 0)).toBe(withMessage);
  });
});

describe('a voicemail left while the reception is closed', () => {
  /** Calls from 08:00, doors open 09:00, every caller sent to voicemail leaves a message. */
  const earlyCalls = (advisorFrom: string) =>
    configOf({
      name: 'calls before opening',
      day: { open: '09:00', close: '12:00' },
      days: 3,
      seed: 11,
      staff: { advisors: [{ from: advisorFrom, to: '12:00' }] },
      policy: { kind: 'answer-all' },
      calls: {
        perHour: { '08': 3, '09': 2 },
        reasons: [{ name: 'any', share: 1, handle: { dist: 'deterministic', value: 1 } }],
        voicemail: { leavesMessage: 1 },
      },
    });

  /** Each day's callbacks left before opening, and the callbacks queue's changes before it. */
  function beforeOpening(config: ReturnType<typeof configOf>) {
    const callbacks: { day: number; createdMin: number; startMin: number | null }[] = [];
    const lengths: { day: number; length: number; atMin: number }[] = [];
    let day = -1;
    const seen: DayObserver = {
      ...keeper(),
      dayStarted: (started) => {
        day = started.day;
      },
      callback: (record) => callbacks.push({ day: record.day, createdMin: record.createdMin, startMin: record.startMin }),
      queueLength: (queue, length, atMin) => {
        if (queue === 'callbacks' && atMin < 9 * 60) lengths.push({ day, length, atMin });
      },
    };
    runReplication(config, 0, engines.recepsim, [seen]);
    const early = callbacks.filter((callback) => callback.createdMin < 9 * 60);
    expect(new Set(early.map((callback) => callback.day)).size).toBe(3); // every day has some
    return { early, lengths };
  }

  it('is returned at once by someone on duty and free', () => {
    const { early } = beforeOpening(earlyCalls('08:00'));
    for (const day of [0, 1, 2]) {
      const first = early.filter((callback) => callback.day === day).sort((a, b) => a.createdMin - b.createdMin)[0];
      expect(first.startMin).toBe(first.createdMin);
    }
  });

  it('with nobody on duty, waits in the callbacks queue from the minute it is left', () => {
    const { early, lengths } = beforeOpening(earlyCalls('09:00'));
    for (const callback of early) {
      expect(callback.startMin).toBeGreaterThanOrEqual(9 * 60);
      expect(lengths.some((change) => change.day === callback.day && change.atMin === callback.createdMin && change.length > 0)).toBe(true);
    }
  });
});

describe('a day that runs past midnight', () => {
  const fullBook = (walkInsPerHour: number, writeUpMin: number): ScenarioInput => ({
    name: 'one advisor, a full book',
    day: { open: '08:00', close: '19:00' },
    days: 2,
    replications: 2,
    seed: 3,
    staff: { advisors: 1 },
    policy: { kind: 'answer-all' },
    appointments: { slots: { from: '08:00', to: '18:30', every: 10, perSlot: 2 }, writeUp: { dist: 'deterministic', value: 25 } },
    walkIns: { perHour: walkInsPerHour, writeUp: { dist: 'exponential', mean: writeUpMin } },
    economics: { staffCostPerHour: 30 },
  });

  it('counts every minute of overtime and staff cost until the last visitor is served', () => {
    const config = configOf(fullBook(0.5, 20));
    const seen = keeper();
    const { totals } = runReplication(config, 0, engines.recepsim, [seen]);
    const lastEndMin = Math.max(...seen.visits.map((v) => v.endMin));
    expect(lastEndMin).toBeGreaterThan(24 * 60 + 60); // served well past midnight
    const recordedOvertime = seen.duties.reduce((sum, d) => sum + d.overtimeMin, 0);
    expect(recordedOvertime).toBeGreaterThan(lastEndMin - 19 * 60 - 1e-9);
    expect(totals.staff.advisors.whole.overtimeMin).toBeCloseTo(recordedOvertime, 9);
    const onDutyMin = seen.duties.reduce((sum, d) => sum + (d.toMin - d.fromMin) + d.overtimeMin, 0);
    expect(totals.staff.advisors.whole.onDutyMin).toBeCloseTo(onDutyMin, 9);
    const summary = summarise(config, [totals]);
    expect(summary.money.staffCostPerDay.advisors.value).toBeCloseTo(((onDutyMin / 60) * 30) / 2, 1); // 6 significant digits
  });

  it('refuses, with the reason, a day that cannot empty', () => {
    const config = configOf(fullBook(30, 60));
    expect(() => runReplication(config, 0, engines.recepsim)).toThrow(InputError);
    expect(() => runReplication(config, 0, engines.recepsim)).toThrow(crossCheck.dayCannotEmpty(0, 0, 7));
  });
});

describe('interruptChoice', () => {
  /** Per replication of the medium example under answer-all with `choice` (common random numbers across choices). */
  function runsWith(choice: string) {
    const { config } = loadScenario(`${ROOT}/scenarios/medium-dealership.yaml`, {
      warnings: new WarningList(),
      overrides: ['replications=12', 'days=20', `policy={kind: answer-all, interruptChoice: ${choice}}`],
    });
    return Array.from({ length: config.replications }, (_, r) => {
      const visits = Object.values(runReplication(config, r, engines.recepsim).totals.visits.byKind);
      const total = (get: (v: (typeof visits)[number]) => number) => visits.reduce((sum, v) => sum + get(v), 0);
      return { share: total((v) => v.interrupted) / total((v) => v.served), perVisit: total((v) => v.interruptions) / total((v) => v.served) };
    });
  }
  /** Mean and standard error of paired differences a − b. */
  function paired(a: number[], b: number[]) {
    const d = a.map((x, i) => x - b[i]);
    const mean = d.reduce((s, x) => s + x, 0) / d.length;
    const variance = d.reduce((s, x) => s + (x - mean) ** 2, 0) / (d.length - 1);
    return { mean, standardError: Math.sqrt(variance / d.length) };
  }

  it('changes which visits are interrupted, not how many interruptions there are', () => {
    const latest = runsWith('latest-start');
    const random = runsWith('random');
    const mostLeft = runsWith('most-work-left');
    // Interrupting the visit that just (re)started, or the longest, hits the same visits again;
    // a random pick spreads the interruptions over more visits.
    const spread = paired(random.map((r) => r.share), latest.map((r) => r.share));
    expect(spread.mean).toBeGreaterThan(4 * spread.standardError);
    const longest = paired(latest.map((r) => r.share), mostLeft.map((r) => r.share));
    expect(longest.mean).toBeGreaterThan(4 * longest.standardError);
    for (const other of [random, mostLeft]) {
      const gap = paired(other.map((r) => r.perVisit), latest.map((r) => r.perVisit));
      expect(Math.abs(gap.mean)).toBeLessThanOrEqual(4 * gap.standardError + 1e-9);
    }
  });
});

describe('a policy that changes with the hour', () => {
  it('lets each call keep the rules it rang under: ring-outs only for calls that rang under divert, at their own ring limit', () => {
    // Divert with a 30 s ring limit until 12:00, answer-all (no ring limit) after; one busy advisor.
    const config = configOf({
      name: 'divert, then answer-all',
      day: { open: '08:00', close: '16:00' },
      days: 20,
      replications: 2,
      seed: 3,
      staff: { advisors: 1 },
      policy: [
        { from: '08:00', to: '12:00', kind: 'divert', ringSec: 30 },
        { from: '12:00', to: '16:00', kind: 'answer-all' },
      ],
      calls: { perHour: 40, reasons: [{ name: 'any', share: 1, handle: { dist: 'exponential', mean: 2 } }], patience: { dist: 'exponential', mean: 5 } },
    });
    const attempts: { arrivalMin: number; waitMin: number; outcome: string }[] = [];
    const observer = { ...keeper(), callAttempt: (record: { arrivalMin: number; waitMin: number; outcome: string }) => attempts.push({ ...record }) };
    runReplication(config, 0, engines.recepsim, [observer]);
    const rangOut = attempts.filter((attempt) => attempt.outcome === 'rang-out');
    expect(rangOut.length).toBeGreaterThan(50);
    for (const attempt of rangOut) {
      expect(attempt.arrivalMin).toBeLessThan(12 * 60);
      expect(attempt.waitMin).toBeCloseTo(0.5, 9);
    }
    // A call that rang just before 12:00 still rings out after it, at its own limit.
    expect(rangOut.some((attempt) => attempt.arrivalMin + attempt.waitMin > 12 * 60)).toBe(true);
    // After 12:00 calls wait as long as the caller will, well past 30 s.
    expect(attempts.some((attempt) => attempt.arrivalMin >= 12 * 60 && attempt.outcome === 'answered' && attempt.waitMin > 0.5)).toBe(true);
  });
});
