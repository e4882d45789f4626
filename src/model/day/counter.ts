// The service counter: visitors expected (booked, or coming back for a pickup) and those waiting
// to be attended, in one first-come first-served queue. Passive: it holds who is where and
// changes it when the reception says so; who serves whom, and when, is the reception's call.

import type { Visit } from './contacts.js';
import { ById } from './by-id.js';
import { Fifo } from './fifo.js';

/** Visitors at the counter during one day. */
export class Counter {
  private readonly waiting = new Fifo<Visit>();
  /** Visitors expected or inside (not yet done), by id. */
  private readonly visits = new ById<Visit>();

  /** Visitors waiting to be attended (not those being served or on hold). */
  get length(): number {
    return this.waiting.length;
  }

  /** A visitor who will arrive later (a booking, a pickup). */
  expect(visit: Visit): void {
    this.visits.add(visit);
  }

  /** The visitor expected or inside with this id, if any. */
  find(id: number): Visit | undefined {
    return this.visits.get(id);
  }

  /** `visit` joins the end of the queue. */
  join(visit: Visit): void {
    this.visits.add(visit);
    this.waiting.push(visit);
  }

  /** The next visitor in line, taken out of the queue. */
  next(): Visit | undefined {
    return this.waiting.shift();
  }

  /** `visit` leaves the queue without being served. */
  giveUp(visit: Visit): void {
    this.waiting.remove(visit);
    this.visits.delete(visit);
  }

  /** `visit` is done. */
  done(visit: Visit): void {
    this.visits.delete(visit);
  }

  /** Empties the counter for a new day. */
  reset(): void {
    this.waiting.clear();
    this.visits.clear();
  }
}
