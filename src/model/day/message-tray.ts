// Written messages (WhatsApp, web): answered only in idle time, and put back at the front of
// the tray, with the work left, whenever anything else needs the person answering. Passive.

import type { Message } from './contacts.js';
import { Fifo } from './fifo.js';

/** The day's unanswered messages. */
export class MessageTray {
  private readonly waiting = new Fifo<Message>();

  /** Messages waiting (not in anyone's hands). */
  get length(): number {
    return this.waiting.length;
  }

  /** A new message arrives. */
  add(message: Message): void {
    this.waiting.push(message);
  }

  /** The oldest waiting message, taken off the tray. */
  take(): Message | undefined {
    return this.waiting.shift();
  }

  /** A message put aside half-answered goes back first in line. */
  putBack(message: Message): void {
    this.waiting.pushFront(message);
  }

  /** Empties the tray for a new day. */
  reset(): void {
    this.waiting.clear();
  }

  /** Every message still waiting, oldest first; the tray is left empty. */
  drain(): Message[] {
    return this.waiting.drain();
  }
}
