import { describe, expect, it } from 'vitest';
import { EventLimitError } from '../../../src/engine/calendar.js';
import { engineNames, newCalendar } from '../../support/calendars.js';

describe.each(engineNames)('%s calendar', (engine) => {
  it('runs events in time order, and equal times in the order they were scheduled', () => {
    const calendar = newCalendar(engine);
    const seen: string[] = [];
    const note = calendar.register((payload) => seen.push(`${calendar.now}:${payload}`));
    calendar.schedule(5, note, 1);
    calendar.schedule(2, note, 2);
    calendar.schedule(5, note, 3);
    calendar.scheduleAt(2, note, 4);
    calendar.schedule(0, note, 5);
    calendar.run();
    expect(seen).toEqual(['0:5', '2:2', '2:4', '5:1', '5:3']);
    expect(calendar.pendingCount).toBe(0);
    expect(calendar.eventsRun).toBe(5);
  });

  it('reset empties it for reuse: clock at 0, nothing pending, handlers kept, old ids dead', () => {
    const calendar = newCalendar(engine);
    const seen: string[] = [];
    const note = calendar.register((payload) => seen.push(`${calendar.now}:${payload}`));
    calendar.schedule(1, note, 1);
    const stale = calendar.schedule(9, note, 2);
    calendar.runUntil(5);
    calendar.reset();
    expect([calendar.now, calendar.pendingCount, calendar.eventsRun]).toEqual([0, 0, 0]);
    const fresh = calendar.schedule(3, note, 3);
    expect(calendar.cancel(stale)).toBe(false);
    calendar.schedule(3, note, 4);
    calendar.run();
    expect(seen).toEqual(['1:1', '3:3', '3:4']);
    expect(calendar.cancel(fresh)).toBe(false);
    expect(calendar.eventsRun).toBe(2);
  });

  it('schedules relative to the current time from inside a handler, FIFO among ties', () => {
    const calendar = newCalendar(engine);
    const seen: number[] = [];
    let chain = 0;
    const record = calendar.register((payload) => seen.push(payload));
    const spawn = calendar.register(() => {
      calendar.schedule(0, record, 100 + chain);
      calendar.schedule(0, record, 200 + chain);
      chain++;
    });
    calendar.schedule(1, spawn);
    calendar.schedule(1, record, 7);
    calendar.run();
    expect(seen).toEqual([7, 100, 200]);
    expect(calendar.now).toBe(1);
  });

  it('cancels a pending event once, and refuses ids of events that already ran', () => {
    const calendar = newCalendar(engine);
    const seen: number[] = [];
    const record = calendar.register((payload) => seen.push(payload));
    const first = calendar.schedule(1, record, 1);
    const second = calendar.schedule(2, record, 2);
    calendar.schedule(3, record, 3);
    expect(calendar.cancel(second)).toBe(true);
    expect(calendar.cancel(second)).toBe(false);
    expect(calendar.pendingCount).toBe(2);
    calendar.runUntil(1.5);
    expect(calendar.cancel(first)).toBe(false);
    // A new event may reuse the freed storage; the old id must still not cancel it.
    calendar.schedule(1, record, 4);
    expect(calendar.cancel(first)).toBe(false);
    calendar.run();
    expect(seen).toEqual([1, 4, 3]);
  });

  it('runUntil runs events at the horizon itself and leaves the clock there', () => {
    const calendar = newCalendar(engine);
    const seen: number[] = [];
    const record = calendar.register((payload) => seen.push(payload));
    calendar.schedule(10, record, 1);
    calendar.schedule(10.5, record, 2);
    calendar.runUntil(10);
    expect(seen).toEqual([1]);
    expect(calendar.now).toBe(10);
    calendar.runUntil(10.25);
    expect(calendar.now).toBe(10.25);
    expect(calendar.pendingCount).toBe(1);
  });

  it('rejects negative, NaN and infinite delays, times in the past and unknown handlers, naming the value', () => {
    const calendar = newCalendar(engine);
    const record = calendar.register(() => {});
    expect(() => calendar.schedule(-3, record)).toThrow(/-3/);
    expect(() => calendar.schedule(Number.NaN, record)).toThrow(/NaN/);
    expect(() => calendar.schedule(Infinity, record)).toThrow(/Infinity/);
    calendar.runUntil(5);
    expect(() => calendar.scheduleAt(4, record)).toThrow(/time 4.*clock is at 5/);
    expect(() => calendar.runUntil(2)).toThrow(/until 2/);
    expect(() => calendar.schedule(1, 99)).toThrow(/handler id 99/);
    expect(calendar.pendingCount).toBe(0);
  });

  it('stops a runaway model at the event cap with a clear error', () => {
    const calendar = newCalendar(engine, 1000);
    const again: number = calendar.register(() => calendar.schedule(0, again));
    calendar.schedule(0, again);
    expect(() => calendar.run()).toThrow(EventLimitError);
    expect(calendar.eventsRun).toBe(1000);
    expect(() => calendar.run()).toThrow(/event limit of 1000 events/);
  });
});

describe('heap calendar under load', () => {
  it('pops a large random workload in (time, sequence) order with interleaved cancels', () => {
    const calendar = newCalendar('recepsim');
    const fired: Array<[number, number]> = [];
    const record = calendar.register((payload) => fired.push([calendar.now, payload]));
    let state = 12345;
    const nextInt = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    const ids: number[] = [];
    const cancelled = new Set<number>();
    for (let i = 0; i < 20_000; i++) ids.push(calendar.schedule(nextInt(500), record, i));
    for (let i = 0; i < 5_000; i++) {
      const k = nextInt(ids.length);
      if (calendar.cancel(ids[k])) cancelled.add(k);
    }
    calendar.run();
    expect(fired.length).toBe(20_000 - cancelled.size);
    for (let i = 1; i < fired.length; i++) {
      const [t0, p0] = fired[i - 1];
      const [t1, p1] = fired[i];
      expect(t1 > t0 || (t1 === t0 && p1 > p0)).toBe(true);
    }
    expect(fired.some(([, payload]) => cancelled.has(payload))).toBe(false);
  });
});
