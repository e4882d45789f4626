// The service counter: appointment drop-offs, walk-ins (who may balk or give up) and pickups,
// in one first-come first-served queue. Who serves them is decided by the reception.

import type { HandlerId } from '../../engine/calendar.js';
import type { ModelConfig } from '../config.js';
import type { Segment, VisitOutcome, VisitorKind } from '../domain.js';
import { NO_EVENT, type Visit, newVisit } from './contacts.js';
import { type DayContext, sampleOrZero, segmentOf } from './day-context.js';
import { Fifo } from './fifo.js';

/** Visitors at the counter during one day. */
export class Counter {
  private readonly waiting = new Fifo<Visit>();
  /** Visitors expected or inside, by id. */
  private readonly visits = new Map<number, Visit>();
  private readonly on: Record<'walkInArrival' | 'visitArrival' | 'renege', HandlerId>;

  constructor(private readonly day: DayContext) {
    const calendar = day.calendar;
    this.on = {
      walkInArrival: calendar.register(() => this.onWalkInArrival()),
      visitArrival: calendar.register((id) => this.onVisitArrival(id)),
      renege: calendar.register((id) => this.onRenege(id)),
    };
  }

  /** Visitors waiting to be attended (not those being served or on hold). */
  get length(): number {
    return this.waiting.length;
  }

  /** Schedules the first walk-in and every booked appointment of the day. */
  start(): void {
    const { config, horizon, streams } = this.day;
    if (config.walkIns) {
      this.day.scheduleNextArrival(config.walkIns.ratePerMin, horizon.openMin, horizon.closeMin, streams.walkInArrivals, this.on.walkInArrival);
    }
    if (config.appointments) this.bookAppointments(config.appointments);
  }

  /** The next visitor in line, taken out of the queue. */
  next(): Visit | undefined {
    return this.waiting.shift();
  }

  /** A person starts attending `visit`: it will not give up any more. */
  attend(visit: Visit): void {
    if (visit.renegeEvent !== NO_EVENT) this.day.calendar.cancel(visit.renegeEvent);
    visit.startedMin = this.day.calendar.now;
  }

  /** `visit` is done: record it; a drop-off may bring its owner back for a pickup. */
  finish(visit: Visit): void {
    this.visits.delete(visit.id);
    this.record(visit, 'served', visit.startedMin - visit.arrivalMin);
    if (visit.isDropOff && this.day.config.pickups) this.maybeSchedulePickup(visit.segment);
  }

  /** Every booking of the day: who shows up, when, and how long their write-up takes. */
  private bookAppointments(book: NonNullable<ModelConfig['appointments']>): void {
    const { streams: s, horizon } = this.day;
    for (const slotMin of book.bookingsMin) {
      // Every draw is made for every booking, shown or not, so bookings stay in step across runs.
      const shows = s.appointmentShows() >= book.noShowProbability;
      const offsetMin = book.punctualityMin.sample(s.appointmentPunctuality);
      const extra = s.appointmentService() < book.extraRequestProbability;
      const serviceMin =
        book.writeUpMin.sample(s.appointmentService) + (extra ? sampleOrZero(book.extraRequestMin, s.appointmentService) : 0);
      const segment = segmentOf(s.appointmentSegments, book.forcedShare);
      if (!shows) continue;
      // Early birds wait at the door: they arrive at opening.
      const arrivalMin = Math.min(Math.max(slotMin + offsetMin, horizon.openMin), horizon.closeMin);
      if (arrivalMin >= horizon.closeMin) continue;
      this.expect('appointment', segment, arrivalMin, serviceMin);
    }
  }

  private expect(kind: VisitorKind, segment: Segment, arrivalMin: number, serviceMin: number): void {
    const visit = newVisit(this.day.newId(), kind, segment, arrivalMin, serviceMin, Infinity);
    this.visits.set(visit.id, visit);
    this.day.calendar.scheduleAt(arrivalMin, this.on.visitArrival, visit.id);
  }

  private onWalkInArrival(): void {
    const { config, calendar, streams: s, horizon, observer } = this.day;
    const walkIns = config.walkIns;
    if (!walkIns) return;
    const now = calendar.now;
    const serviceMin = walkIns.writeUpMin.sample(s.walkInService);
    const patienceMin = walkIns.patienceMin ? walkIns.patienceMin.sample(s.walkInPatience) : Infinity;
    const segment = segmentOf(s.walkInSegments, walkIns.forcedShare);
    this.day.scheduleNextArrival(walkIns.ratePerMin, now, horizon.closeMin, s.walkInArrivals, this.on.walkInArrival);
    const visit = newVisit(this.day.newId(), 'walkIn', segment, now, serviceMin, patienceMin);
    observer.arrival('walkIn', now);
    if (this.waiting.length >= walkIns.balkAtWaiting) {
      this.record(visit, 'balked', 0);
      return;
    }
    this.join(visit);
  }

  private onVisitArrival(id: number): void {
    const visit = this.visits.get(id);
    if (!visit) return;
    this.day.observer.arrival(visit.kind, visit.arrivalMin);
    this.join(visit);
  }

  private join(visit: Visit): void {
    this.visits.set(visit.id, visit);
    this.waiting.push(visit);
    this.day.dispatch();
    if (visit.queued && visit.patienceMin < Infinity) {
      visit.renegeEvent = this.day.calendar.schedule(visit.patienceMin, this.on.renege, visit.id);
    }
  }

  private onRenege(id: number): void {
    const visit = this.visits.get(id);
    if (!visit || !visit.queued) return;
    this.waiting.remove(visit);
    this.visits.delete(id);
    this.record(visit, 'reneged', this.day.calendar.now - visit.arrivalMin);
    this.day.dispatch();
  }

  /** A drop-off done: with probability `share` its owner comes back in the pickup window. */
  private maybeSchedulePickup(segment: Segment): void {
    const { config, streams: s, calendar, horizon } = this.day;
    const pickups = config.pickups;
    if (!pickups) return;
    const now = calendar.now;
    const comesBack = s.pickups() < pickups.share;
    const position = s.pickups();
    const notReady = s.pickupService() < pickups.notReadyProbability;
    const serviceMin =
      pickups.serviceMin.sample(s.pickupService) + (notReady ? sampleOrZero(pickups.notReadyExtraMin, s.pickupService) : 0);
    const fromMin = Math.max(now, pickups.windowFromMin);
    const toMin = Math.min(pickups.windowToMin, horizon.closeMin);
    if (!comesBack || fromMin >= toMin) return;
    this.expect('pickup', segment, fromMin + position * (toMin - fromMin), serviceMin);
  }

  private record(visit: Visit, outcome: VisitOutcome, waitMin: number): void {
    this.day.observer.visit({
      day: this.day.identity.day,
      kind: visit.kind,
      segment: visit.segment,
      arrivalMin: visit.arrivalMin,
      outcome,
      waitMin,
      endMin: this.day.calendar.now,
      serviceMin: visit.serviceMin,
      interruptions: visit.interruptions,
      holdMin: visit.holdMin,
    });
  }
}
