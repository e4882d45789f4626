// The same randomized workload (thousands of events, many ties, cancellations from inside
// handlers, absolute and relative scheduling) driven on both calendars must produce the
// identical sequence of (time, handler, payload) and identical answers to every call.

import { describe, expect, it } from 'vitest';
import type { Calendar, EventId } from '../../src/engine/calendar.js';
import { newCalendar } from '../support/calendars.js';

/** Tiny deterministic generator for the workload itself (independent of the calendars). */
function lcg(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function driveWorkload(calendar: Calendar, seed: number): string[] {
  const nextInt = lcg(seed);
  const log: string[] = [];
  const ids: EventId[] = [];
  // Few distinct delays, so ties are everywhere.
  const delays = [0, 0, 0.5, 1, 1, 2, 3.25];
  const handlers: number[] = [];
  const onEvent = (kind: number) => (payload: number) => {
    log.push(`run ${calendar.now} h${kind} p${payload} pending=${calendar.pendingCount}`);
    const children = nextInt(3);
    for (let i = 0; i < children && ids.length < 6_000; i++) {
      const handler = handlers[nextInt(handlers.length)];
      const childPayload = ids.length;
      if (nextInt(4) === 0) {
        ids.push(calendar.scheduleAt(calendar.now + nextInt(4), handler, childPayload));
      } else {
        ids.push(calendar.schedule(delays[nextInt(delays.length)], handler, childPayload));
      }
    }
    if (nextInt(3) === 0 && ids.length > 0) {
      const victim = nextInt(ids.length);
      log.push(`cancel ${victim} -> ${calendar.cancel(ids[victim])}`);
    }
  };
  for (let kind = 0; kind < 3; kind++) handlers.push(calendar.register(onEvent(kind)));
  for (let i = 0; i < 400; i++) {
    ids.push(calendar.schedule(nextInt(50), handlers[nextInt(3)], i));
  }
  for (let horizon = 10; horizon <= 60; horizon += 10) {
    calendar.runUntil(horizon);
    log.push(`until ${horizon}: now=${calendar.now} pending=${calendar.pendingCount} run=${calendar.eventsRun}`);
  }
  calendar.run();
  log.push(`end: now=${calendar.now} pending=${calendar.pendingCount} run=${calendar.eventsRun}`);
  return log;
}

describe('recepsim and simjs calendars', () => {
  it.each([1, 2, 3, 42, 2026])('agree event by event on randomized workload %i', (seed) => {
    const ours = driveWorkload(newCalendar('recepsim'), seed);
    const oracle = driveWorkload(newCalendar('simjs'), seed);
    expect(ours.filter((line) => line.startsWith('run')).length).toBeGreaterThan(3_000);
    expect(ours.some((line) => line.endsWith('-> true'))).toBe(true);
    expect(ours.some((line) => line.endsWith('-> false'))).toBe(true);
    expect(ours).toEqual(oracle);
  });
});
