import { describe, expect, it } from 'vitest';
import { HOURS, RunTally, emptyRunTotals, hourOf, type RunTotals } from '../../../src/metrics/tally.js';
import { sketchQuantile } from '../../../src/metrics/sketch.js';
import { callAttempt, callback, caller, dayStart, duty, message, tallySettings, visit } from './records.js';

/** 24 zeros with the given hours set. */
function hours(set: Record<number, number>): number[] {
  const bins = new Array<number>(HOURS).fill(0);
  for (const [hour, value] of Object.entries(set)) bins[Number(hour)] = value;
  return bins;
}

/** A measure's 24 hour bins (a split measure's entry with `measure.entry`). */
function byHour(bins: readonly Partial<Record<string, unknown>>[], name: string): number[] {
  const [measure, entry] = name.split('.');
  expect(bins).toHaveLength(HOURS);
  return bins.map((bin) => {
    const value = bin[measure];
    if (value === undefined) throw new Error(`measure ${measure} is not kept by hour`);
    return entry === undefined ? (value as number) : (value as Record<string, number>)[entry];
  });
}

/**
 * Two days measured over 08:00–19:00 (480–1140). Contacts at 470, 475, 1150 and 1200 are
 * outside the window; staff time and queues straddle its edges.
 */
function twoDays(): RunTotals {
  const tally = new RunTally(tallySettings);

  tally.dayStarted(dayStart(0));
  tally.callAttempt(callAttempt(0, 470)); // before the window
  tally.callAttempt(callAttempt(0, 500));
  tally.callAttempt(callAttempt(0, 530, { waitMin: 0.25, answeredBy: 'phoneDesk', reason: 1 }));
  tally.callAttempt(callAttempt(0, 545, { waitMin: 1.5, outcome: 'abandoned' }));
  tally.callAttempt(callAttempt(0, 600, { waitMin: 0.5, transfer: 'rang-out', skill: 'parts' }));
  tally.callAttempt(callAttempt(0, 700, { waitMin: 2, outcome: 'voicemail', callbackCreated: true }));
  tally.callAttempt(callAttempt(0, 1130, { outcome: 'voicemail', afterHours: true }));
  tally.callAttempt(callAttempt(0, 1150, { outcome: 'closed', afterHours: true })); // after the window
  tally.caller(caller(0, 470, { resolution: 'lost' })); // before the window
  tally.caller(caller(0, 500));
  tally.caller(caller(0, 545, { attempts: 3, segment: 'forced', resolution: 'lost' }));
  tally.visit(visit(0, 490, { waitMin: 3, interruptions: 2, holdMin: 4 }));
  tally.visit(visit(0, 475, { kind: 'appointment' })); // before the window
  tally.visit(visit(0, 520, { outcome: 'balked' }));
  tally.visit(visit(0, 600, { segment: 'forced', outcome: 'reneged', waitMin: 12 }));
  tally.visit(visit(0, 1000, { kind: 'pickup', waitMin: 6, interruptions: 1, holdMin: 2 }));
  tally.callback(callback(0, 700, 760));
  tally.callback(callback(0, 1100, null, { source: 'desk' }));
  tally.callback(callback(0, 470, 500)); // before the window
  tally.message(message(0, 500, 580));
  tally.message(message(0, 600, 800));
  tally.message(message(0, 900, null));
  tally.message(message(0, 1200, 1210)); // after the window
  tally.activity('advisors', 0, 'visit', 470, 490); // 10 min inside
  tally.activity('advisors', 0, 'call', 500, 520);
  tally.activity('advisors', 0, 'call', 520, 530, true); // while their visitor waits on hold
  tally.activity('advisors', 1, 'break', 780, 810);
  tally.activity('phoneDesk', 0, 'call', 1130, 1150); // 10 min inside
  tally.queueLength('visitors', 1, 470);
  tally.queueLength('visitors', 2, 500);
  tally.queueLength('calls', 1, 530);
  tally.queueLength('calls', 0, 530.25);
  tally.queueLength('visitors', 0, 560);
  tally.queueLength('calls', 3, 1135);
  tally.queueLength('calls', 0, 1145);
  tally.duty(duty(0, { fromMin: 450, overtimeMin: 15 })); // on duty 480–1140 inside
  tally.duty(duty(0, { member: 1, toMin: 900 }));
  tally.duty(duty(0, { team: 'phoneDesk', fromMin: 600, toMin: 1080, overtimeMin: 30 }));
  tally.dayEnded(0, 1200);

  tally.dayStarted(dayStart(1));
  tally.callAttempt(callAttempt(1, 481, { answeredBy: 'overflow', reason: 1 }));
  tally.callAttempt(callAttempt(1, 1139.9, { waitMin: 0.75, outcome: 'rang-out', reason: 1 }));
  tally.caller(caller(1, 481, { attempts: 2, resolution: 'lost' }));
  tally.caller(caller(1, 1000, { resolution: 'callback' }));
  tally.visit(visit(1, 485, { kind: 'appointment', segment: 'forced' }));
  tally.activity('advisors', 0, 'visit', 590, 610);
  tally.queueLength('visitors', 1, 1130); // still 1 when the window closes
  tally.duty(duty(1));
  tally.dayEnded(1, 1200);
  return tally.totals();
}

describe('RunTally', () => {
  const totals = twoDays();

  it('counts as blocked the attempts turned away without waiting, and only those', () => {
    const tally = new RunTally(tallySettings);
    tally.dayStarted(dayStart(0));
    tally.callAttempt(callAttempt(0, 500, { outcome: 'rang-out' }));
    tally.callAttempt(callAttempt(0, 510, { outcome: 'voicemail' }));
    tally.callAttempt(callAttempt(0, 520, { outcome: 'rang-out', waitMin: 0.5 }));
    tally.callAttempt(callAttempt(0, 530, { outcome: 'abandoned' }));
    tally.dayEnded(0, 600);
    expect(tally.totals().calls.whole.blocked).toBe(2);
  });

  it('keeps what the textbook figures need: hang-up times, quick hang-ups, first attempts, time in the building', () => {
    const tally = new RunTally(tallySettings);
    tally.dayStarted(dayStart(0));
    tally.callAttempt(callAttempt(0, 500, { outcome: 'abandoned', waitMin: 0.25 }));
    tally.callAttempt(callAttempt(0, 505, { outcome: 'abandoned', waitMin: 2, attempt: 2 }));
    tally.callAttempt(callAttempt(0, 510, { outcome: 'rang-out', waitMin: 0 }));
    tally.callAttempt(callAttempt(0, 520, { outcome: 'answered', waitMin: 0.5, attempt: 3, talkMin: 4.5 }));
    tally.callAttempt(callAttempt(0, 530, { outcome: 'rang-out', waitMin: 1, talkMin: 0 }));
    tally.visit(visit(0, 500, { outcome: 'served', waitMin: 4, endMin: 530 }));
    tally.visit(visit(0, 510, { outcome: 'reneged', waitMin: 12, endMin: 522 }));
    tally.visit(visit(0, 515, { outcome: 'balked', waitMin: 0, endMin: 515 }));
    tally.dayEnded(0, 600);
    const { calls, visits } = tally.totals();
    expect([calls.whole.abandonWaitSumMin, calls.whole.abandonedWithin]).toEqual([2.25, 1]);
    expect(calls.whole).toMatchObject({ firstOffered: 3, firstWaited: 2, firstBlocked: 1 });
    // Talk time of answered attempts only.
    expect(calls.whole.talkSumMin).toBe(4.5);
    expect(visits.byKind.walkIn).toMatchObject({ waitSumRenegedMin: 12, visitSumServedMin: 26, inBuildingSumMin: 30 + 12 + 0 });
  });

  it('counts days and measured time', () => {
    expect(totals.daysSimulated).toBe(2);
    expect(byHour(totals.queues.byHour, 'measuredMin')).toEqual(hours({ 8: 120, 9: 120, 10: 120, 11: 120, 12: 120, 13: 120, 14: 120, 15: 120, 16: 120, 17: 120, 18: 120 }));
  });

  it('counts offered call attempts in the window, after-hours ones apart', () => {
    const calls = totals.calls.whole;
    expect(calls).toMatchObject({
      offered: 7,
      answered: 4,
      abandoned: 1,
      rangOut: 1,
      voicemailWithMessage: 1,
      voicemailWithoutMessage: 0,
      closed: 0,
      blocked: 0, // the ring-out and the voicemail both waited first
      answeredBy: { advisors: 2, phoneDesk: 1, parts: 0, overflow: 1 },
    });
    expect(totals.afterHours.whole).toEqual({
      attempts: 1,
      answered: 0,
      voicemailWithMessage: 0,
      answeredBy: { advisors: 0, phoneDesk: 0, parts: 0, overflow: 0 },
    });
    expect(calls.answeredWithin).toBe(3); // waits 0, 0.25 and 0 against 1/3
    expect(calls.waited).toBe(5);
    expect(calls.waitSumMin).toBe(5);
    expect(calls.waitSumAnsweredMin).toBe(0.75);
    expect([calls.transfersAnswered, calls.transfersRangOut]).toEqual([0, 1]);
    // By reason: only what the by-reason figures read.
    expect(totals.calls.byReason).toEqual([
      { offered: 4, answeredWithin: 1, abandoned: 1, waitSumMin: 4 },
      { offered: 3, answeredWithin: 2, abandoned: 0, waitSumMin: 1 },
    ]);
    expect(calls.waitSketch).toMatchObject({ count: 7, zeroCount: 2, minPositive: 0.25, max: 2 });
    expect(calls.waitAnsweredSketch).toMatchObject({ count: 4, zeroCount: 2, minPositive: 0.25, max: 0.5 });
    expect(sketchQuantile(calls.waitSketch, 0.5)).toBeCloseTo(0.5, 2);
  });

  it('bins calls by hour of arrival', () => {
    const hourly = totals.calls.byHour;
    expect(byHour(hourly, 'offered')).toEqual(hours({ 8: 3, 9: 1, 10: 1, 11: 1, 18: 1 }));
    expect(byHour(hourly, 'answered')).toEqual(hours({ 8: 3, 10: 1 }));
    expect(byHour(hourly, 'answeredWithin')).toEqual(hours({ 8: 3 }));
    expect(byHour(hourly, 'abandoned')).toEqual(hours({ 9: 1 }));
    expect(byHour(hourly, 'waitSumMin')).toEqual(hours({ 8: 0.25, 9: 1.5, 10: 0.5, 11: 2, 18: 0.75 }));
    expect(byHour(hourly, 'waitSumAnsweredMin')).toEqual(hours({ 8: 0.25, 10: 0.5 }));
    // Only what the hourly figures read is kept by hour.
    expect(() => byHour(hourly, 'waited')).toThrow('not kept by hour');
  });

  it('counts callers by their first arrival', () => {
    expect(totals.callers.whole).toEqual({
      callers: 4,
      attempts: 7,
      served: 1,
      callback: 1,
      lost: 2,
      lostBySegment: { simple: 1, forced: 1 },
    });
  });

  it('counts visits by kind', () => {
    const { walkIn, appointment, pickup } = totals.visits.byKind;
    expect(walkIn).toMatchObject({
      arrivals: 3,
      served: 1,
      balked: 1,
      reneged: 1,
      attendedWithin: 1,
      waited: 2,
      waitSumMin: 15,
      waitSumServedMin: 3,
      interrupted: 1,
      interruptions: 2,
      holdMin: 4,
      lostBySegment: { simple: 1, forced: 1 },
    });
    expect(walkIn.interruptionChurnBySegment.simple).toBeCloseTo(1 - 0.9 ** 2, 12);
    expect(walkIn.interruptionChurnBySegment.forced).toBe(0);
    expect(walkIn.waitSketch).toMatchObject({ count: 3, zeroCount: 1, max: 12 });
    expect(walkIn.waitServedSketch).toMatchObject({ count: 1, zeroCount: 0, max: 3 });
    expect(appointment).toMatchObject({ arrivals: 1, served: 1, attendedWithin: 1, waited: 0, waitSumMin: 0 });
    expect(pickup).toMatchObject({
      arrivals: 1,
      served: 1,
      attendedWithin: 0,
      waited: 1,
      waitSumMin: 6,
      interrupted: 1,
      interruptions: 1,
      holdMin: 2,
    });
    expect(pickup.interruptionChurnBySegment.simple).toBeCloseTo(0.1, 12);
    const hourly = totals.visits.byHour;
    expect(byHour(hourly, 'arrivals')).toEqual(hours({ 8: 3, 10: 1, 16: 1 }));
    expect(byHour(hourly, 'served')).toEqual(hours({ 8: 2, 16: 1 }));
    expect(byHour(hourly, 'balked')).toEqual(hours({ 8: 1 }));
    expect(byHour(hourly, 'reneged')).toEqual(hours({ 10: 1 }));
    expect(byHour(hourly, 'attendedWithin')).toEqual(hours({ 8: 2 }));
    expect(byHour(hourly, 'waitSumMin')).toEqual(hours({ 8: 3, 10: 12, 16: 6 }));
    expect(byHour(hourly, 'interrupted')).toEqual(hours({ 8: 1, 16: 1 }));
  });

  it('counts callbacks and messages', () => {
    expect(totals.callbacks.whole).toMatchObject({
      created: 2,
      createdBySource: { voicemail: 1, desk: 1, overflow: 0, transfer: 0 },
      returned: 1,
      delaySumMin: 60,
    });
    expect(totals.callbacks.whole.delaySketch).toMatchObject({ count: 1, max: 60 });
    expect(totals.messages.whole).toMatchObject({ arrivals: 3, answered: 2, answeredWithin: 1, replySumMin: 280 });
    expect(totals.messages.whole.replySketch).toMatchObject({ count: 2, minPositive: 80, max: 200 });
  });

  it('clips staff time to the window', () => {
    const { advisors, phoneDesk } = totals.staff;
    expect(advisors.whole).toEqual({
      memberDays: 3,
      onDutyMin: 660 + 420 + 660,
      overtimeMin: 0, // worked after 19:00, outside the window
      activityMin: { visit: 10 + 20, call: 30, callback: 0, message: 0, break: 30 },
      busyMin: 60,
      breakMin: 30,
      callNoVisitorOnHoldMin: 20,
      callVisitorOnHoldMin: 10,
    });
    expect(byHour(advisors.byHour, 'busyMin')).toEqual(hours({ 8: 40, 9: 10, 10: 10 }));
    expect(byHour(advisors.byHour, 'onDutyMin')).toEqual(
      hours({ 8: 180, 9: 180, 10: 180, 11: 180, 12: 180, 13: 180, 14: 180, 15: 120, 16: 120, 17: 120, 18: 120 }),
    );
    expect(byHour(advisors.byHour, 'breakMin')).toEqual(hours({ 13: 30 }));
    expect(phoneDesk.whole).toMatchObject({ memberDays: 1, onDutyMin: 510, overtimeMin: 30 });
    expect(phoneDesk.whole.activityMin.call).toBe(10);
    expect(byHour(phoneDesk.byHour, 'onDutyMin')).toEqual(hours({ 10: 60, 11: 60, 12: 60, 13: 60, 14: 60, 15: 60, 16: 60, 17: 60, 18: 30 }));
    expect(totals.staff.parts.whole.memberDays).toBe(0);
  });

  it('integrates queue lengths over time inside the window', () => {
    const queues = totals.queues.byHour;
    // Visitors: 1 from 480 (set before the window), 2 from 500 to 560; on day 1, 1 from 1130 to the end.
    expect(byHour(queues, 'queueLengthMin.visitors')).toEqual(hours({ 8: 20 + 80, 9: 40, 18: 10 }));
    expect(byHour(queues, 'queueLengthMin.calls')).toEqual(hours({ 8: 0.25, 18: 15 }));
    expect(byHour(queues, 'queueLengthMin.callbacks')).toEqual(hours({}));
  });

  it('returns plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(totals))).toEqual(totals);
  });

  it('returns a copy: later days do not change earlier totals', () => {
    const tally = new RunTally(tallySettings);
    tally.dayStarted(dayStart(0));
    tally.callAttempt(callAttempt(0, 500));
    tally.dayEnded(0, 600);
    const first = tally.totals();
    tally.dayStarted(dayStart(1));
    tally.callAttempt(callAttempt(1, 500));
    tally.dayEnded(1, 600);
    expect(first.calls.whole.offered).toBe(1);
    expect(tally.totals().calls.whole.offered).toBe(2);
  });

  it('drops the warm-up of a steady-state run and measures to its end', () => {
    const tally = new RunTally(tallySettings);
    tally.dayStarted(dayStart(0, { openMin: 0, closeMin: 600, measureFromMin: 120, measureToMin: 600 }));
    tally.callAttempt(callAttempt(0, 60, { waitMin: 1 })); // warm-up
    tally.callAttempt(callAttempt(0, 1500, { waitMin: 1 })); // after the horizon
    tally.queueLength('calls', 2, 100);
    tally.activity('advisors', 0, 'call', 100, 130);
    tally.duty(duty(0, { fromMin: 0, toMin: 600 }));
    tally.dayEnded(0, 650);
    const steady = tally.totals();
    expect(steady.calls.whole.offered).toBe(0); // 1500 is past measureToMin
    expect(steady.staff.advisors.whole.onDutyMin).toBe(480);
    expect(steady.staff.advisors.whole.activityMin.call).toBe(10);
    const queueMin = byHour(steady.queues.byHour, 'queueLengthMin.calls');
    expect(queueMin[2]).toBe(120); // 2 × 60 min in 02:00–03:00
    expect(queueMin.reduce((a, b) => a + b)).toBe(2 * 480);
    expect(byHour(steady.queues.byHour, 'measuredMin').reduce((a, b) => a + b)).toBe(480);
  });

  it('measures an open-ended window up to the last event', () => {
    const tally = new RunTally(tallySettings);
    tally.dayStarted(dayStart(0, { measureFromMin: 0, measureToMin: Infinity }));
    tally.callAttempt(callAttempt(0, 1200, { afterHours: true, outcome: 'closed' }));
    tally.queueLength('visitors', 1, 600);
    tally.dayEnded(0, 660);
    const open = tally.totals();
    expect(open.afterHours.whole.attempts).toBe(1);
    expect(byHour(open.queues.byHour, 'measuredMin').reduce((a, b) => a + b)).toBe(660);
    expect(byHour(open.queues.byHour, 'queueLengthMin.visitors')[10]).toBe(60);
  });

  it('keeps the queue-minutes between opening and closing apart, over the minutes open', () => {
    // A working day measured over the whole calendar day, open 08:00–19:00 (480–1140).
    const tally = new RunTally(tallySettings);
    tally.dayStarted(dayStart(0, { measureFromMin: 0, measureToMin: 1440 }));
    tally.queueLength('visitors', 2, 470); // 2 from 07:50 …
    tally.queueLength('visitors', 0, 500); // … to 08:20: 20 of its minutes are while open
    tally.queueLength('messages', 3, 1130); // 3 from 18:50 to 20:00: 10 minutes while open
    tally.queueLength('messages', 0, 1200);
    tally.dayEnded(0, 1200);
    const { queues } = tally.totals();
    const sum = (name: string) => byHour(queues.byHour, name).reduce((a, b) => a + b);
    expect(sum('openMin')).toBeCloseTo(660, 9);
    expect(sum('measuredMin')).toBe(1440);
    expect(sum('queueLengthMinWhileOpen.visitors')).toBeCloseTo(2 * 20, 9);
    expect(sum('queueLengthMinWhileOpen.messages')).toBeCloseTo(3 * 10, 9);
    // The hours keep every minute waited, before opening and after closing too.
    expect(sum('queueLengthMin.visitors')).toBe(2 * 30);
    expect(byHour(queues.byHour, 'queueLengthMin.messages')[19]).toBe(3 * 60);
  });

  it('bins hours of the day, wrapping every 24 hours', () => {
    expect([0, 59.9, 60, 1439, 1440, 1500, 24 * 60 * 3 + 125].map(hourOf)).toEqual([0, 0, 1, 23, 0, 1, 2]);
  });

  it('starts from empty totals', () => {
    expect(new RunTally(tallySettings).totals()).toEqual(emptyRunTotals(2));
  });

  it('fails loudly on records outside their day', () => {
    const tally = new RunTally(tallySettings);
    expect(() => tally.callAttempt(callAttempt(0, 500))).toThrow('no day started');
    tally.dayStarted(dayStart(3));
    expect(() => tally.visit(visit(2, 500))).toThrow('day 2 during day 3');
    expect(() => tally.dayStarted(dayStart(4))).toThrow('day 4 started before day 3 ended');
    expect(() => tally.callAttempt(callAttempt(3, 500, { reason: 5 }))).toThrow('reason 5');
    tally.queueLength('calls', 1, 700);
    expect(() => tally.queueLength('calls', 0, 650)).toThrow('at 650');
  });
});
