import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../../src/metrics/sketch.js';
import { summarise, type Figure } from '../../../src/metrics/summary/index.js';
import { RunTally, emptyRunTotals, type RunTotals } from '../../../src/metrics/tally.js';
import { callAttempt, caller, dayStart, duty, summarySettings, tallySettings, visit } from './records.js';

/** Empty totals of a run that simulated `days` days, changed by `fill`. */
function run(days: number, fill: (totals: RunTotals) => void = () => {}): RunTotals {
  const totals = emptyRunTotals(2);
  totals.daysSimulated = days;
  fill(totals);
  return totals;
}

function sketchOf(values: readonly number[]) {
  const sketch = new QuantileSketch();
  for (const value of values) sketch.add(value);
  return sketch.toData();
}

/** Replaces every number by 0: what is left is the shape, which must not grow with the days. */
function shape(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? 0 : v));
}

/** A figure from a point estimate and half-width, rounded and clipped at 0 like the summary. */
function expected(value: number, halfWidth: number): Figure {
  const six = (x: number) => Number(x.toPrecision(6));
  return { value: six(value), ci95: [six(Math.max(0, value - halfWidth)), six(value + halfWidth)] };
}

// Three replications of 1, 2 and 5 days: 10, 20 and 30 offered calls, 1, 4 and 3 abandoned.
const threeRuns = [
  run(1, (t) => {
    t.calls.whole.offered = 10;
    t.calls.whole.abandoned = 1;
  }),
  run(2, (t) => {
    t.calls.whole.offered = 20;
    t.calls.whole.abandoned = 4;
  }),
  run(5, (t) => {
    t.calls.whole.offered = 30;
    t.calls.whole.abandoned = 3;
  }),
];

describe('summarise', () => {
  it('pools ratios over replications with the ratio estimator', () => {
    const summary = summarise(summarySettings(), threeRuns);
    // R = 8/60; residuals y − R·x = −1/3, 4/3, −1; SE = √(26/9 / 6) / 20; t(0.975, 2) = 4.302653.
    // 8/60 ± 0.149278: the low end, −0.0159448, is clipped at 0.
    expect(summary.calls.p_abandon).toEqual(expected(8 / 60, 0.1492780982561073));
    expect(summary.calls.p_abandon).toEqual({ value: 0.133333, ci95: [0, 0.282611] });
    // Mean waits are not probabilities: the same ratio of minutes keeps its upper end.
    const waits = summarise(
      summarySettings(),
      threeRuns.map((r, i) => ({ ...r, calls: { ...r.calls, whole: { ...r.calls.whole, waitSumMin: [1, 4, 3][i] * 10 } } })),
    );
    expect(waits.calls.mean_wait_all).toEqual({ value: 1.33333, ci95: [0, 2.82611] });
    expect(summary.calls.outcomeShare.abandoned).toEqual(summary.calls.p_abandon);
  });

  it('averages counts per day over replications', () => {
    const summary = summarise(summarySettings(), threeRuns);
    // Per day: 10, 10, 6; mean 26/3, SE 4/3.
    expect(summary.calls.offeredPerDay).toEqual(expected(26 / 3, 4.302652729911275 * (4 / 3)));
    expect(summary.replications).toBe(3);
    expect(summary.daysSimulated).toBe(8);
  });

  it('leaves figures undefined where there is nothing to divide by, and intervals with one replication', () => {
    const summary = summarise(summarySettings(), [threeRuns[0]]);
    expect(summary.calls.p_abandon).toEqual({ value: 0.1, ci95: null });
    expect(summary.visits.all.mean_wait_all).toEqual({ value: null, ci95: null });
    expect(summary.calls.waitMin.all).toEqual({
      p50: { value: null, ci95: null },
      p90: { value: null, ci95: null },
      p95: { value: null, ci95: null },
      max: null,
    });
  });

  it('takes redials per caller as attempts per caller − 1', () => {
    const summary = summarise(summarySettings(), [
      run(1, (t) => Object.assign(t.callers.whole, { callers: 10, attempts: 12, lost: 1 })),
      run(1, (t) => Object.assign(t.callers.whole, { callers: 20, attempts: 30, lost: 3 })),
    ]);
    // attempts/callers: R = 42/30; residuals 12 − 14 = −2, 30 − 28 = 2; SE = √(8/2)/15; t(0.975, 1) = 12.7062.
    expect(summary.callers.redialsPerCaller).toEqual(expected(0.4, 12.706204736174707 * (2 / 15)));
    expect(summary.callers.redialsPerCaller).toEqual({ value: 0.4, ci95: [0, 2.09416] });
    // A share's interval also stops at 1.
    expect(summary.callers.lostForGoodShare.ci95![1]).toBeLessThanOrEqual(1);
    const spread = summarise(summarySettings(), [
      run(1, (t) => Object.assign(t.callers.whole, { callers: 10, attempts: 10, lost: 9 })),
      run(1, (t) => Object.assign(t.callers.whole, { callers: 10, attempts: 10, lost: 5 })),
    ]);
    expect(spread.callers.lostForGoodShare).toEqual({ value: 0.7, ci95: [0, 1] });
    expect(summary.callers.lostForGoodShare.value).toBeCloseTo(4 / 30, 6);
  });

  it('takes quantiles from the merged sketch and intervals from per-replication quantiles', () => {
    const a = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8];
    const b = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];
    const runs = [a, b].map((waits) => run(1, (t) => (t.calls.whole.waitSketch = sketchOf(waits))));
    const { all } = summarise(summarySettings(), runs).calls.waitMin;
    const merged = QuantileSketch.fromData(sketchOf([...a, ...b]));
    const p90a = QuantileSketch.fromData(sketchOf(a)).quantile(0.9);
    const p90b = QuantileSketch.fromData(sketchOf(b)).quantile(0.9);
    const halfWidth = 12.706204736174707 * (Math.abs(p90a - p90b) / 2);
    const p90 = merged.quantile(0.9);
    // The interval is floored at zero: a wait is never negative.
    expect(all.p90).toEqual({ value: expected(p90, halfWidth).value, ci95: [0, expected(p90, halfWidth).ci95![1]] });
    expect(Math.abs(all.p90.value! - 70) / 70).toBeLessThan(0.005); // rank ⌊0.9 · 19⌋ = 17 of the 20 values: 70
    expect(Math.abs(all.p50.value! - 7) / 7).toBeLessThan(0.005); // rank 9: 7
    expect(all.max).toBe(90);
  });

  it('measures utilisation as busy time over time on duty less breaks', () => {
    const team = (t: RunTotals, onDutyMin: number, visitMin: number, callMin: number, breakMin: number) =>
      Object.assign(t.staff.advisors.whole, {
        onDutyMin,
        activityMin: { visit: visitMin, call: callMin, callback: 0, message: 0, break: breakMin },
        busyMin: visitMin + callMin,
        breakMin,
        overtimeMin: 30,
      });
    const summary = summarise(summarySettings(), [
      run(2, (t) => team(t, 1000, 300, 100, 100)),
      run(2, (t) => team(t, 1200, 500, 100, 200)),
    ]);
    const { advisors } = summary.staff;
    expect(advisors.utilisation.value).toBe(0.526316); // 1000 / 1900
    expect(advisors.utilisationByActivity.visit.value).toBe(0.421053); // 800 / 1900
    expect(advisors.utilisationByActivity.call.value).toBe(0.105263); // 200 / 1900
    expect(advisors.overtimeMinPerDay).toEqual({ value: 15, ci95: [15, 15] });
    expect(summary.staff.parts.utilisation).toEqual({ value: null, ci95: null });
  });

  it('adds up the money per day', () => {
    const config = summarySettings({ parts: { costPerHour: 15 }, overflow: { costPerCall: 2 } });
    const fill = (t: RunTotals) => {
      t.staff.advisors.whole.onDutyMin = 1200; // 20 h × 30 = 600
      t.staff.phoneDesk.whole.onDutyMin = 480; // 8 h × 20 = 160
      t.staff.parts.whole.onDutyMin = 240; // 4 h × 15 = 60
      t.calls.whole.answeredBy.overflow = 5; // 6 calls × 2 = 12
      t.afterHours.whole.answeredBy.overflow = 1;
      t.callers.whole.lostBySegment = { simple: 4, forced: 2 };
      t.visits.byKind.walkIn.lostBySegment = { simple: 2, forced: 1 };
      t.visits.byKind.appointment.lostBySegment = { simple: 3, forced: 0 }; // not walk-ins: no churn counted
      t.visits.byKind.walkIn.interruptionChurnBySegment = { simple: 0.5, forced: 0 };
      t.visits.byKind.pickup.interruptionChurnBySegment = { simple: 0, forced: 0.25 };
    };
    const { money } = summarise(config, [run(2, fill), run(2, fill)]);
    const exact = (value: number) => ({ value, ci95: [value, value] });
    expect(money.currency).toBe('EUR');
    expect(money.staffCostPerDay).toEqual({
      advisors: exact(300),
      phoneDesk: exact(80),
      parts: exact(30),
      overflow: exact(6),
      total: exact(416),
    });
    // Simple: 4 × 0.5 + 2 × 0.5 + 0.5 = 3.5 customers; forced: 2 × 0.1 + 1 × 0.1 + 0.25 = 0.55.
    expect(money.customersLostPerDay).toEqual({ simple: exact(1.75), forced: exact(0.275), total: exact(2.025) });
    expect(money.lostMarginPerDay).toEqual({ simple: exact(175), forced: exact(110), total: exact(285) });
    expect(money.lostMarginByCausePerDay).toEqual({
      callersLost: exact(140), // (2 × 100 + 0.2 × 400) / 2
      walkInsLost: exact(70), // (1 × 100 + 0.1 × 400) / 2
      interruptions: exact(75), // (0.5 × 100 + 0.25 × 400) / 2
    });
    expect(money.customersLostByCausePerDay).toEqual({
      callersLost: exact(1.1), // (2 + 0.2) / 2
      walkInsLost: exact(0.55), // (1 + 0.1) / 2
      interruptions: exact(0.375), // (0.5 + 0.25) / 2
    });
    expect(money.netCostPerDay).toEqual(exact(701));
  });

  it('turns configured targets into pass and fail', () => {
    const base = summarySettings();
    const config = summarySettings({
      targets: { ...base.targets, callServiceLevel: 0.8, callMaxAbandon: 0.05, visitorMaxMeanWaitMin: 10 },
    });
    const fill = (answeredWithin: number, abandoned: number, visitWaitMin: number) => (t: RunTotals) => {
      Object.assign(t.calls.whole, { answeredWithin, offered: 100, abandoned });
      Object.assign(t.visits.byKind.walkIn, { arrivals: 10, waitSumMin: visitWaitMin });
    };
    const summary = summarise(config, [run(1, fill(95, 1, 20)), run(1, fill(85, 3, 150))]);
    expect(summary.targets.map((t) => t.name)).toEqual(['callServiceLevel', 'callMaxAbandon', 'visitorMaxMeanWaitMin']);
    const [serviceLevel, abandon, visitorWait] = summary.targets;
    // 180/200 = 0.9 ≥ 0.8, but with two replications the interval reaches far below.
    expect(serviceLevel).toMatchObject({ metric: 'calls.sl_answered_within_t_over_offered', kind: 'atLeast', target: 0.8, value: 0.9, met: true, metWithConfidence: false });
    expect(serviceLevel.ci95).toEqual(summary.calls.sl_answered_within_t_over_offered.ci95);
    // 4/200 = 0.02 ≤ 0.05.
    expect(abandon).toMatchObject({ kind: 'atMost', target: 0.05, value: 0.02, met: true });
    // 170/20 = 8.5 min ≤ 10, interval up to 8.5 + 12.706 × 6.5.
    expect(visitorWait).toMatchObject({ metric: 'visits.all.mean_wait_all', value: 8.5, met: true, metWithConfidence: false });
    // A missed target.
    const missed = summarise(
      summarySettings({ targets: { ...base.targets, callMaxAbandon: 0.01 } }),
      [run(1, fill(95, 5, 0)), run(1, fill(95, 5, 0))],
    );
    expect(missed.targets).toEqual([
      { name: 'callMaxAbandon', metric: 'calls.p_abandon', kind: 'atMost', target: 0.01, value: 0.05, ci95: [0.05, 0.05], applicable: true, met: false, metWithConfidence: false },
    ]);
    // Met with confidence: no spread at all.
    const sure = summarise(
      summarySettings({ targets: { ...base.targets, callServiceLevel: 0.9 } }),
      [run(1, fill(95, 0, 0)), run(1, fill(95, 0, 0))],
    );
    expect(sure.targets[0]).toMatchObject({ value: 0.95, met: true, metWithConfidence: true });
    // Nothing to measure (no calls offered): not applicable, neither met nor missed.
    const noCalls = summarise(
      summarySettings({ targets: { ...base.targets, callServiceLevel: 0.8, callMaxAbandon: 0.05 } }),
      [1, 2].map(() => run(1, (t) => Object.assign(t.visits.byKind.walkIn, { arrivals: 10 }))),
    );
    expect(noCalls.targets).toEqual([
      { name: 'callServiceLevel', metric: 'calls.sl_answered_within_t_over_offered', kind: 'atLeast', target: 0.8, value: null, ci95: null, applicable: false, met: null, metWithConfidence: null },
      { name: 'callMaxAbandon', metric: 'calls.p_abandon', kind: 'atMost', target: 0.05, value: null, ci95: null, applicable: false, met: null, metWithConfidence: null },
    ]);
  });

  it('adds the visitor kinds together', () => {
    const summary = summarise(summarySettings(), [
      run(1, (t) => {
        Object.assign(t.visits.byKind.walkIn, { arrivals: 4, served: 2, balked: 1, reneged: 1, interrupted: 1, interruptions: 3 });
        Object.assign(t.visits.byKind.pickup, { arrivals: 6, served: 6, holdMin: 8 });
        t.visits.byKind.walkIn.waitSketch = sketchOf([0, 5, 0, 7]);
        t.visits.byKind.pickup.waitSketch = sketchOf([1, 2, 3, 4, 5, 6]);
      }),
    ]);
    const { all, walkIn } = summary.visits;
    expect(all.arrivalsPerDay.value).toBe(10);
    expect(all.lostShare.value).toBe(0.2);
    expect(walkIn.lostShare.value).toBe(0.5);
    expect(all.interruptedShare.value).toBe(0.125);
    expect(all.interruptionsPerVisit.value).toBe(0.375);
    expect(all.holdMinPerVisit.value).toBe(1);
    expect(all.waitMin.all.max).toBe(7);
  });

  it('gives 24 hourly rows', () => {
    const summary = summarise(summarySettings(), [
      run(2, (t) => {
        Object.assign(t.calls.byHour[9], { offered: 40, abandoned: 4 });
        t.queues.byHour[9].queueLengthMin!.visitors = 90;
        t.queues.byHour[9].measuredMin = 120;
        Object.assign(t.staff.advisors.byHour[9], { busyMin: 90, onDutyMin: 120 });
      }),
    ]);
    expect(summary.hourly.map((row) => row.hour)).toEqual([...Array(24).keys()]);
    const nine = summary.hourly[9];
    expect(nine.calls.offeredPerDay.value).toBe(20);
    expect(nine.calls.p_abandon.value).toBe(0.1);
    expect(nine.meanQueueLength.visitors.value).toBe(0.75);
    expect(nine.utilisation.advisors.value).toBe(0.75);
    expect(summary.hourly[3].calls.p_abandon.value).toBeNull();
  });

  it('averages the queues over the minutes open for the day, over the hour of the clock by hour', () => {
    const summary = summarise(summarySettings(), [
      run(1, (t) => {
        // 30 visitor-minutes while open (08:00–10:00) and 60 more after closing, at 19:00.
        Object.assign(t.queues.byHour[9], { measuredMin: 60, openMin: 60 });
        Object.assign(t.queues.byHour[8], { measuredMin: 60, openMin: 60 });
        t.queues.byHour[9].queueLengthMin!.visitors = 30;
        t.queues.byHour[9].queueLengthMinWhileOpen!.visitors = 30;
        t.queues.byHour[19].measuredMin = 60;
        t.queues.byHour[19].queueLengthMin!.visitors = 60;
      }),
    ]);
    expect(summary.meanQueueLength.visitors.value).toBe(0.25);
    expect(summary.hourly[19].meanQueueLength.visitors.value).toBe(1);
    expect(summary.hourly[9].meanQueueLength.visitors.value).toBe(0.5);
  });

  it('keeps its documented shape and key order, as plain JSON', () => {
    const summary = summarise(summarySettings(), threeRuns);
    expect(Object.keys(summary)).toEqual([
      'scenario',
      'replications',
      'daysSimulated',
      'thresholds',
      'calls',
      'callers',
      'visits',
      'callbacks',
      'messages',
      'meanQueueLength',
      'staff',
      'money',
      'targets',
      'hourly',
    ]);
    expect(Object.keys(summary.visits)).toEqual(['all', 'appointment', 'walkIn', 'pickup']);
    expect(summary.calls.byReason.map((r) => r.reason)).toEqual(['booking', 'status']);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(JSON.stringify(summary)).toBe(JSON.stringify(summarise(summarySettings(), threeRuns)));
  });

  it('rejects an empty list of replications', () => {
    expect(() => summarise(summarySettings(), [])).toThrow('got none');
    expect(() => summarise(summarySettings(), [run(0)])).toThrow('replication 0 simulated 0 days');
  });
});

describe('the size of run totals', () => {
  /** A replication of `days` identical days. */
  function replication(days: number): RunTotals {
    const tally = new RunTally(tallySettings);
    for (let day = 0; day < days; day++) {
      tally.dayStarted(dayStart(day));
      for (let i = 0; i < 20; i++) {
        const arrivalMin = 480 + i * 30;
        tally.callAttempt(callAttempt(day, arrivalMin, { waitMin: (i % 4) * 0.5, outcome: i % 5 === 0 ? 'abandoned' : 'answered' }));
        tally.caller(caller(day, arrivalMin, { attempts: 1 + (i % 2) }));
        tally.visit(visit(day, arrivalMin + 5, { waitMin: i % 7, interruptions: i % 3 }));
        tally.activity('advisors', i % 2, 'visit', arrivalMin + 5, arrivalMin + 25);
        tally.queueLength('visitors', i % 3, arrivalMin);
      }
      tally.duty(duty(day));
      tally.duty(duty(day, { member: 1 }));
      tally.dayEnded(day, 1140);
    }
    return tally.totals();
  }

  it('does not grow with the number of days', () => {
    const short = replication(10);
    const long = replication(1_000);
    expect(long.daysSimulated).toBe(1_000);
    expect(shape(long)).toBe(shape(short));
    expect(shape(summarise(summarySettings(), [long, long]))).toBe(shape(summarise(summarySettings(), [short, short])));
    // Identical days give identical daily figures.
    expect(summarise(summarySettings(), [long, long]).calls).toEqual(summarise(summarySettings(), [short, short]).calls);
  });
});
