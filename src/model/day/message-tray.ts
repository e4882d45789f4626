// Written messages (WhatsApp, web): answered only in idle time, and put back at the front of
// the tray, with the work left, whenever anything else needs the person answering.

import type { HandlerId } from '../../engine/calendar.js';
import type { Message } from './contacts.js';
import type { DayContext } from './day-context.js';
import { Fifo } from './fifo.js';

/** The day's unanswered messages. */
export class MessageTray {
  private readonly waiting = new Fifo<Message>();
  private readonly arrivalHandler: HandlerId;

  constructor(private readonly day: DayContext) {
    this.arrivalHandler = day.calendar.register(() => this.onArrival());
  }

  /** Messages waiting (not in anyone's hands). */
  get length(): number {
    return this.waiting.length;
  }

  /** Schedules the first message of the day. */
  start(): void {
    const messages = this.day.config.messages;
    if (messages) {
      this.day.scheduleNextArrival(messages.ratePerMin, 0, this.day.lastArrivalMin, this.day.streams.messageArrivals, this.arrivalHandler);
    }
  }

  /** The oldest waiting message, taken off the tray. */
  take(): Message | undefined {
    return this.waiting.shift();
  }

  /** A message put aside half-answered goes back first in line. */
  putBack(message: Message): void {
    this.waiting.pushFront(message);
  }

  /** A message has been answered. */
  answered(message: Message): void {
    const { observer, identity, calendar } = this.day;
    observer.message({ day: identity.day, arrivalMin: message.arrivalMin, answeredMin: calendar.now });
  }

  /** At the end of the day: the messages nobody answered. */
  finishDay(): void {
    for (const message of this.waiting.drain()) {
      this.day.observer.message({ day: this.day.identity.day, arrivalMin: message.arrivalMin, answeredMin: null });
    }
  }

  private onArrival(): void {
    const { config, calendar, observer, streams } = this.day;
    const messages = config.messages;
    if (!messages) return;
    const now = calendar.now;
    observer.arrival('message', now);
    this.waiting.push({
      id: this.day.newId(),
      arrivalMin: now,
      remainingMin: messages.handleMin.sample(streams.messageHandling),
      queued: false,
    });
    this.day.scheduleNextArrival(messages.ratePerMin, now, this.day.lastArrivalMin, streams.messageArrivals, this.arrivalHandler);
    this.day.dispatch();
  }
}
