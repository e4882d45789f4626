// The phone: calls waiting on each line (the advisors', the desk's, the overflow team's, the
// parts line's), callers between attempts, and callbacks waiting to be returned. Passive: it
// holds who waits where and changes it when the reception says so.

import { LINES, type Line, RECEPTION_LINES, SKILLS, type Skill } from '../domain.js';
import type { Call, Callback, Caller } from './contacts.js';
import { ById } from './by-id.js';
import { Fifo } from './fifo.js';

/** Calls and callbacks during one day. */
export class PhoneLine {
  private readonly waitingOn: Record<Line, Fifo<Call>> = {
    advisors: new Fifo<Call>(),
    desk: new Fifo<Call>(),
    overflow: new Fifo<Call>(),
    parts: new Fifo<Call>(),
  };
  private readonly callbacksFor: Record<Skill, Fifo<Callback>> = {
    any: new Fifo<Callback>(),
    advisor: new Fifo<Callback>(),
    parts: new Fifo<Callback>(),
  };
  /** Attempts in progress and callers not yet done, by id. */
  private readonly calls = new ById<Call>();
  private readonly callers = new ById<Caller>();

  /**
   * The queue of `line`.
   * NOTE: a switch, not `waitingOn[line]`: a lookup by a name that varies is a slow keyed load,
   * and this runs several times for every call.
   */
  private queueOf(line: Line): Fifo<Call> {
    switch (line) {
      case 'advisors':
        return this.waitingOn.advisors;
      case 'desk':
        return this.waitingOn.desk;
      case 'overflow':
        return this.waitingOn.overflow;
      case 'parts':
        return this.waitingOn.parts;
    }
  }

  /** Empties every line and list for a new day. */
  reset(): void {
    for (const line of LINES) this.queueOf(line).clear();
    for (const skill of SKILLS) this.callbacksFor[skill].clear();
    this.calls.clear();
    this.callers.clear();
  }

  /** Calls waiting for the advisors. */
  get waitingForAdvisors(): number {
    return this.waitingOn.advisors.length;
  }

  /** Calls waiting for the reception (advisors or desk), as reported in queue lengths. */
  get waitingAtReception(): number {
    return this.waitingOn.advisors.length + this.waitingOn.desk.length;
  }

  /** Calls waiting anywhere, transfers included. */
  get waitingAnywhere(): number {
    const on = this.waitingOn;
    return on.advisors.length + on.desk.length + on.overflow.length + on.parts.length;
  }

  /** Callbacks not yet started. */
  get callbacksWaiting(): number {
    const queues = this.callbacksFor;
    return queues.any.length + queues.advisor.length + queues.parts.length;
  }

  /** A caller whose attempts are not over. */
  addCaller(caller: Caller): void {
    this.callers.add(caller);
  }

  /** The caller with this id, if their story is not over. */
  findCaller(id: number): Caller | undefined {
    return this.callers.get(id);
  }

  /** The caller's story is over. */
  removeCaller(caller: Caller): void {
    this.callers.delete(caller);
  }

  /** An attempt in progress. */
  addCall(call: Call): void {
    this.calls.add(call);
  }

  /** The attempt in progress with this id, if any. */
  findCall(id: number): Call | undefined {
    return this.calls.get(id);
  }

  /** The attempt is over. */
  removeCall(call: Call): void {
    this.calls.delete(call);
  }

  /** `call` starts waiting on `line`. */
  enqueue(call: Call, line: Line): void {
    this.queueOf(line).push(call);
    call.line = line;
  }

  /** `call` stops waiting, wherever it was. */
  dequeue(call: Call): void {
    if (call.line) this.queueOf(call.line).remove(call);
    call.line = null;
  }

  /** The oldest call waiting on `line`, left there. */
  peek(line: Line): Call | undefined {
    return this.queueOf(line).peek();
  }

  /** The oldest call waiting on `line`, taken off it. */
  takeFrom(line: Line): Call | undefined {
    const call = this.queueOf(line).shift();
    if (call) call.line = null;
    return call;
  }

  /**
   * Calls waiting on `from` move to the end of `to`, oldest first, all but those the desk
   * transferred to the advisors (they wait for an advisor whatever the line's policy).
   */
  moveWaiting(from: Line, to: Line): void {
    const staying: Call[] = [];
    for (const call of this.queueOf(from).drain()) {
      if (call.transferredToAdvisors) staying.push(call);
      else this.enqueue(call, to);
    }
    for (const call of staying) this.queueOf(from).push(call);
  }

  /** Every call waiting at the reception (advisors' line, then desk), oldest first; those lines are left empty. */
  drainReception(): Call[] {
    const calls: Call[] = [];
    for (const line of RECEPTION_LINES) {
      for (const call of this.queueOf(line).drain()) {
        call.line = null;
        calls.push(call);
      }
    }
    return calls;
  }

  /** A callback joins the list of its skill. */
  addCallback(callback: Callback): void {
    this.callbacksFor[callback.skill].push(callback);
  }

  /** The oldest callback needing `skill`, taken off its list. */
  takeCallback(skill: Skill): Callback | undefined {
    return this.callbacksFor[skill].shift();
  }

  /** Every callback not started, by skill (SKILLS order), oldest first; the lists are left empty. */
  drainCallbacks(): Callback[] {
    return SKILLS.flatMap((skill) => this.callbacksFor[skill].drain());
  }
}
