// A calendar whose event list and clock are simjs's own (its PQueue of requests, ordered by
// delivery time then insertion order). It implements the same interface as HeapCalendar so
// any model can run on either; identical results on both are the oracle test.

import {
  type Calendar,
  type CalendarOptions,
  type EventHandler,
  type EventId,
  type HandlerId,
  DEFAULT_MAX_EVENTS,
  EventLimitError,
  checkDelay,
  checkHorizon,
  checkTime,
} from '../calendar.js';
import { type SimjsEntity, type SimjsRequest, type SimjsSim, loadSimjs } from './load-simjs.js';

/** Calendar backed by simjs's Sim and request queue. */
export class SimjsCalendar implements Calendar {
  private readonly sim: SimjsSim;
  private readonly owner: SimjsEntity;
  private readonly makeRequest: (at: number) => SimjsRequest;
  private readonly handlers: EventHandler[] = [];
  private readonly pending = new Map<EventId, SimjsRequest>();
  private readonly maxEvents: number;
  private nextId = 0;
  private runCount = 0;

  constructor(options: CalendarOptions = {}) {
    const simjs = loadSimjs();
    this.sim = new simjs.Sim();
    // Timers in simjs belong to an entity; one entity owns all of this calendar's events.
    this.owner = this.sim.addEntity(
      class TimerOwner extends simjs.Entity {
        start(): void {}
      },
    );
    // simjs's setTimer computes now + duration; building the request directly keeps an
    // absolute time exact (now + (time - now) can differ from time in the last bit).
    this.makeRequest = (at) => {
      const request = new simjs.Request(this.owner, this.sim.time(), at);
      this.sim.queue.insert(request);
      return request;
    };
    this.maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  }

  get now(): number {
    return this.sim.time();
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  get eventsRun(): number {
    return this.runCount;
  }

  register(handler: EventHandler): HandlerId {
    this.handlers.push(handler);
    return this.handlers.length - 1;
  }

  schedule(delay: number, handler: HandlerId, payload = 0): EventId {
    checkDelay(delay);
    this.checkHandler(handler);
    return this.track(this.owner.setTimer(delay), handler, payload);
  }

  scheduleAt(time: number, handler: HandlerId, payload = 0): EventId {
    checkTime(time, this.sim.time());
    this.checkHandler(handler);
    return this.track(this.makeRequest(time), handler, payload);
  }

  cancel(id: EventId): boolean {
    const request = this.pending.get(id);
    if (!request) return false;
    this.pending.delete(id);
    request.cancel();
    return true;
  }

  runUntil(time: number): void {
    checkHorizon(time, this.sim.time());
    for (;;) {
      const next = this.nextLive();
      if (!next || next.deliverAt > time) break;
      this.step();
    }
    this.sim.simTime = time;
  }

  run(): void {
    while (this.nextLive()) this.step();
  }

  reset(): void {
    for (const request of this.pending.values()) request.cancel();
    this.pending.clear();
    // simjs's queue keeps its insertion counter, so ties still run in the order scheduled.
    this.sim.queue.data.length = 0;
    this.sim.simTime = 0;
    this.runCount = 0;
  }

  /** Discards cancelled requests at the head of simjs's queue and returns the live head. */
  private nextLive(): SimjsRequest | undefined {
    const queue = this.sim.queue;
    while (queue.data.length > 0 && queue.data[0].cancelled) queue.remove();
    return queue.data[0];
  }

  private step(): void {
    if (this.runCount >= this.maxEvents) throw new EventLimitError(this.maxEvents, this.sim.time());
    this.runCount++;
    this.sim.step();
  }

  private track(request: SimjsRequest, handler: HandlerId, payload: number): EventId {
    const id = this.nextId++;
    this.pending.set(id, request);
    const run = this.handlers[handler];
    request.done(() => {
      this.pending.delete(id);
      run(payload);
    });
    return id;
  }

  private checkHandler(handler: HandlerId): void {
    if (!(handler >= 0 && handler < this.handlers.length)) {
      throw new RangeError(`unknown handler id ${handler}: register the handler first`);
    }
  }
}
