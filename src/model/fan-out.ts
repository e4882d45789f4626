// Several observers of one day, told the same things in the same order.

import type { DayObserver } from './observer.js';

/** One observer that forwards every record to each of `observers`, in order. */
export function fanOut(observers: readonly DayObserver[]): DayObserver {
  if (observers.length === 1) return observers[0];
  return {
    dayStarted: (day) => observers.forEach((o) => o.dayStarted(day)),
    arrival: (kind, atMin) => observers.forEach((o) => o.arrival(kind, atMin)),
    callAttempt: (record) => observers.forEach((o) => o.callAttempt(record)),
    caller: (record) => observers.forEach((o) => o.caller(record)),
    visit: (record) => observers.forEach((o) => o.visit(record)),
    callback: (record) => observers.forEach((o) => o.callback(record)),
    message: (record) => observers.forEach((o) => o.message(record)),
    activity: (team, member, activity, fromMin, toMin, visitorOnHold) =>
      observers.forEach((o) => o.activity(team, member, activity, fromMin, toMin, visitorOnHold)),
    queueLength: (queue, length, atMin) => observers.forEach((o) => o.queueLength(queue, length, atMin)),
    duty: (record) => observers.forEach((o) => o.duty(record)),
    dayEnded: (day, lastEventMin) => observers.forEach((o) => o.dayEnded(day, lastEventMin)),
  };
}
