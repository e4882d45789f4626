// The phone: calls ringing, waiting, answered, transferred, sent to voicemail or the overflow
// team, callers hanging up and redialling, callbacks waiting to be returned. Who answers is the
// reception's call (through the policy); this module owns what happens to a call.

import type { HandlerId } from '../../engine/calendar.js';
import { type CallbackSource, type CallOutcome, type Line, RECEPTION_LINES, SKILLS, type Skill, type Team } from '../domain.js';
import type { PhonePolicy, ReceptionView } from '../policies/index.js';
import { type Call, type Callback, type Caller, NO_EVENT } from './contacts.js';
import type { DayContext } from './day-context.js';
import { Fifo } from './fifo.js';
import type { Staff } from './staff.js';
import type { CallPhase, StaffMember } from './staff-member.js';

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
  private readonly calls = new Map<number, Call>();
  private readonly callers = new Map<number, Caller>();
  private readonly on: Record<'callArrival' | 'redial' | 'patience' | 'ringLimit', HandlerId>;

  constructor(
    private readonly day: DayContext,
    private readonly policy: PhonePolicy,
    private readonly staff: Staff,
    /** The policy's view of the reception, with what each advisor is doing. */
    private readonly viewWithAdvisors: () => ReceptionView,
  ) {
    const calendar = day.calendar;
    this.on = {
      callArrival: calendar.register(() => this.onCallArrival()),
      redial: calendar.register((id) => this.onRedial(id)),
      patience: calendar.register((id) => this.onPatience(id)),
      ringLimit: calendar.register((id) => this.onRingLimit(id)),
    };
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

  /** Schedules the first call of the day. */
  start(): void {
    const calls = this.day.config.calls;
    if (calls) this.day.scheduleNextArrival(calls.ratePerMin, 0, this.day.lastArrivalMin, this.day.streams.callArrivals, this.on.callArrival);
  }

  /** The oldest call `member` may answer now, without taking it off its line. */
  waitingCallFor(member: StaffMember, view: ReceptionView): Call | undefined {
    const on = this.waitingOn;
    switch (member.team) {
      case 'advisors': {
        if (this.day.closed && !this.day.steady) return undefined;
        if (!this.policy.advisorsMayAnswer(view)) return undefined;
        return on.advisors.peek() ?? (this.policy.advisorsHelpDesk ? on.desk.peek() : undefined);
      }
      case 'phoneDesk':
        return on.desk.peek();
      case 'parts':
        return on.parts.peek();
      case 'overflow':
        return on.overflow.peek();
    }
  }

  /** The oldest callback a person of `team` can return, taken off its list. */
  takeCallbackFor(team: Team): Callback | undefined {
    const queues = this.callbacksFor;
    switch (team) {
      case 'advisors':
        return queues.advisor.shift() ?? queues.any.shift();
      case 'phoneDesk':
        return queues.any.shift();
      case 'parts':
        return queues.parts.shift();
      case 'overflow':
        return undefined;
    }
  }

  /** A person answers a waiting call. */
  answer(member: StaffMember, call: Call): void {
    this.dequeue(call);
    const now = this.day.calendar.now;
    this.cancelTimers(call);
    if (member.team === 'parts') call.transfer = 'answered';
    else if (call.answeredBy === null) {
      call.answeredBy = member.team;
      call.waitMin = now - call.arrivalMin;
    }
    const phase = this.phaseFor(member.team, call);
    this.staff.startTask(member, { activity: 'call', call, phase }, this.phaseMinutes(phase, call));
  }

  /** A person starts returning a callback. */
  startCallback(member: StaffMember, callback: Callback): void {
    this.day.observer.callback({
      day: this.day.identity.day,
      source: callback.source,
      segment: callback.segment,
      createdMin: callback.createdMin,
      startMin: this.day.calendar.now,
      team: member.team,
    });
    this.staff.startTask(member, { activity: 'callback', callback }, callback.handleMin);
  }

  /** A person's part of an answered call is done: it is resolved, logged or passed on. */
  finishPhase(call: Call, phase: CallPhase, talkedMin: number): void {
    const { config, calendar } = this.day;
    call.talkMin += talkedMin;
    switch (phase) {
      case 'resolve':
        this.endAttempt(call, 'answered');
        return;
      case 'take-message':
        this.createCallback(call, 'overflow');
        this.endAttempt(call, 'answered');
        return;
      case 'triage':
        if (config.policy.kind === 'phone-desk' && config.policy.advisorCalls === 'transfer') {
          call.transferredToAdvisors = true;
          this.enqueue(call, 'advisors');
          call.ringEvent = calendar.schedule(config.policy.transferRingSec / 60, this.on.ringLimit, call.id);
        } else {
          this.createCallback(call, 'desk');
          this.endAttempt(call, 'answered');
        }
        return;
      case 'transfer-to-parts':
        this.enqueue(call, 'parts');
        call.ringEvent = calendar.schedule(config.parts?.ringMin ?? 0, this.on.ringLimit, call.id);
        return;
    }
  }

  /** Closing time: the line switches to night mode, and calls waiting at the reception go to voicemail. */
  close(): void {
    for (const line of RECEPTION_LINES) {
      for (const call of this.waitingOn[line].drain()) {
        call.line = null;
        if (call.transferredToAdvisors) {
          if (call.ringEvent !== NO_EVENT) this.day.calendar.cancel(call.ringEvent);
          this.createCallback(call, 'transfer');
          this.endAttempt(call, 'answered');
          continue;
        }
        this.cancelPatience(call);
        if (call.ringEvent !== NO_EVENT) this.day.calendar.cancel(call.ringEvent);
        call.waitMin = this.day.calendar.now - call.arrivalMin;
        this.closedLine(call);
      }
    }
  }

  /** At the end of the day: the callbacks nobody returned. */
  finishDay(): void {
    for (const skill of SKILLS) {
      for (const callback of this.callbacksFor[skill].drain()) {
        this.day.observer.callback({
          day: this.day.identity.day,
          source: callback.source,
          segment: callback.segment,
          createdMin: callback.createdMin,
          startMin: null,
          team: null,
        });
      }
    }
  }

  private onCallArrival(): void {
    const { config, calendar, streams } = this.day;
    const calls = config.calls;
    if (!calls) return;
    const now = calendar.now;
    const reasonIndex = calls.reasonChoice.pick(streams.callReasons);
    const caller: Caller = {
      id: this.day.newId(),
      reasonIndex,
      reason: calls.reasons[reasonIndex],
      firstArrivalMin: now,
      attempts: 0,
    };
    this.day.scheduleNextArrival(calls.ratePerMin, now, this.day.lastArrivalMin, streams.callArrivals, this.on.callArrival);
    this.callers.set(caller.id, caller);
    this.ring(caller);
  }

  private onRedial(callerId: number): void {
    const caller = this.callers.get(callerId);
    if (caller) this.ring(caller);
  }

  /** A new attempt of `caller` reaches the reception. */
  private ring(caller: Caller): void {
    const { config, calendar, streams: s, observer } = this.day;
    const calls = config.calls!;
    const now = calendar.now;
    caller.attempts++;
    observer.arrival('call', now);
    const call: Call = {
      id: this.day.newId(),
      caller,
      arrivalMin: now,
      afterHours: this.day.isClosed(),
      // Drawn for every attempt, used or not, to keep attempts in step across policies.
      patienceMin: calls.patienceMin ? calls.patienceMin.sample(s.callPatience) : Infinity,
      handleMin: caller.reason.handleMin.sample(s.callHandling),
      queued: false,
      waitMin: 0,
      answeredBy: null,
      talkMin: 0,
      callbackCreated: false,
      transfer: 'none',
      line: null,
      transferredToAdvisors: false,
      patienceEvent: NO_EVENT,
      ringEvent: NO_EVENT,
    };
    if (call.afterHours) {
      this.closedLine(call);
      return;
    }
    this.calls.set(call.id, call);
    this.enqueue(call, this.policy.firstLine === 'phoneDesk' ? 'desk' : 'advisors');
    this.day.dispatch();
    if (call.queued && call.line === 'advisors') this.tryInterruption();
    if (!call.queued) return;
    if (call.patienceMin < Infinity) call.patienceEvent = calendar.schedule(call.patienceMin, this.on.patience, call.id);
    if (config.ringMin === 0) this.ringLimitReached(call);
    else if (config.ringMin < Infinity) call.ringEvent = calendar.schedule(config.ringMin, this.on.ringLimit, call.id);
  }

  /** All advisors busy and the call not answered: the policy may have one interrupt a visit. */
  private tryInterruption(): void {
    const chosen = this.policy.chooseInterruption(this.viewWithAdvisors(), this.day.streams.policy);
    if (chosen < 0) return;
    const member = this.staff.advisors[chosen];
    this.staff.holdVisit(member);
    this.answer(member, this.waitingOn.advisors.shift()!);
    this.day.dispatch();
  }

  private onPatience(id: number): void {
    const call = this.calls.get(id);
    if (!call || !call.queued) return;
    if (call.ringEvent !== NO_EVENT) this.day.calendar.cancel(call.ringEvent);
    this.dequeue(call);
    call.waitMin = this.day.calendar.now - call.arrivalMin;
    this.endAttempt(call, 'abandoned');
    this.day.dispatch();
  }

  private onRingLimit(id: number): void {
    const call = this.calls.get(id);
    if (!call || !call.queued) return;
    call.ringEvent = NO_EVENT;
    this.ringLimitReached(call);
    this.day.dispatch();
  }

  /** Nobody picked up in time: a transfer fails, or the call goes where the policy sends it. */
  private ringLimitReached(call: Call): void {
    const line = call.line;
    this.dequeue(call);
    if (line === 'parts') {
      call.transfer = 'rang-out';
      this.endAttempt(call, 'answered');
      return;
    }
    if (call.transferredToAdvisors) {
      this.createCallback(call, 'transfer');
      this.endAttempt(call, 'answered');
      return;
    }
    call.waitMin = this.day.calendar.now - call.arrivalMin;
    switch (this.day.config.policy.unanswered) {
      case 'ring-out':
        this.cancelPatience(call);
        this.endAttempt(call, 'rang-out');
        return;
      case 'voicemail':
        this.cancelPatience(call);
        this.voicemail(call);
        return;
      case 'overflow':
        // The caller keeps waiting, now for the overflow team; patience runs on.
        this.enqueue(call, 'overflow');
        return;
    }
  }

  /** A call the reception cannot take because it is closed: voicemail if there is one. */
  private closedLine(call: Call): void {
    this.calls.set(call.id, call);
    if (this.day.config.calls?.voicemailMessageProbability != null) this.voicemail(call);
    else this.endAttempt(call, 'closed');
  }

  private voicemail(call: Call): void {
    const leavesMessage = this.day.streams.voicemail() < (this.day.config.calls?.voicemailMessageProbability ?? 0);
    if (leavesMessage) this.createCallback(call, 'voicemail');
    this.endAttempt(call, 'voicemail');
  }

  /** What a person of `team` does with an answered call. */
  private phaseFor(team: Team, call: Call): CallPhase {
    const skill = call.caller.reason.skill;
    if (team === 'parts') return 'resolve';
    if (skill === 'parts') return 'transfer-to-parts';
    if (team === 'overflow') return skill === 'any' ? 'resolve' : 'take-message';
    if (team === 'phoneDesk' && skill === 'advisor' && !call.transferredToAdvisors) return 'triage';
    return 'resolve';
  }

  private phaseMinutes(phase: CallPhase, call: Call): number {
    const config = this.day.config;
    switch (phase) {
      case 'resolve':
        return call.handleMin;
      case 'triage':
        return config.policy.kind === 'phone-desk' ? config.policy.triageMin : 0;
      case 'take-message':
        return config.overflow?.takeMessageMin ?? 0;
      case 'transfer-to-parts':
        return config.parts?.transferMin ?? 0;
    }
  }

  /** The attempt is over: record it; then the caller is served, called back, redials or is lost. */
  private endAttempt(call: Call, outcome: CallOutcome): void {
    this.calls.delete(call.id);
    const caller = call.caller;
    this.day.observer.callAttempt({
      day: this.day.identity.day,
      callerId: caller.id,
      attempt: caller.attempts,
      reason: caller.reasonIndex,
      skill: caller.reason.skill,
      segment: caller.reason.segment,
      arrivalMin: call.arrivalMin,
      waitMin: call.waitMin,
      outcome,
      answeredBy: call.answeredBy,
      talkMin: call.talkMin,
      callbackCreated: call.callbackCreated,
      transfer: call.transfer,
      afterHours: call.afterHours,
    });
    const resolved = outcome === 'answered' && call.transfer !== 'rang-out' && call.transfer !== 'abandoned';
    if (call.callbackCreated) this.endCaller(caller, 'callback');
    else if (resolved) this.endCaller(caller, 'served');
    else this.maybeRedial(caller);
  }

  private maybeRedial(caller: Caller): void {
    const { config, streams, calendar, horizon } = this.day;
    const calls = config.calls!;
    const probabilities = calls.redialProbabilities;
    if (probabilities.length === 0 || caller.attempts >= calls.maxAttempts || !calls.redialDelayMin) {
      this.endCaller(caller, 'lost');
      return;
    }
    const p = probabilities[Math.min(caller.attempts - 1, probabilities.length - 1)];
    const redials = streams.callRedials() < p;
    const atMin = calendar.now + calls.redialDelayMin.sample(streams.callRedials);
    if (redials && atMin < horizon.lastRedialMin) calendar.scheduleAt(atMin, this.on.redial, caller.id);
    else this.endCaller(caller, 'lost');
  }

  private endCaller(caller: Caller, resolution: 'served' | 'callback' | 'lost'): void {
    this.callers.delete(caller.id);
    this.day.observer.caller({
      day: this.day.identity.day,
      callerId: caller.id,
      firstArrivalMin: caller.firstArrivalMin,
      attempts: caller.attempts,
      segment: caller.reason.segment,
      resolution,
    });
  }

  private createCallback(call: Call, source: CallbackSource): void {
    call.callbackCreated = true;
    const reason = call.caller.reason;
    this.callbacksFor[reason.skill].push({
      id: this.day.newId(),
      source,
      segment: reason.segment,
      skill: reason.skill,
      createdMin: this.day.calendar.now,
      handleMin: reason.handleMin.sample(this.day.streams.callbackHandling),
      queued: false,
    });
  }

  private enqueue(call: Call, line: Line): void {
    this.waitingOn[line].push(call);
    call.line = line;
  }

  private dequeue(call: Call): void {
    if (call.line) this.waitingOn[call.line].remove(call);
    call.line = null;
  }

  private cancelPatience(call: Call): void {
    if (call.patienceEvent !== NO_EVENT) this.day.calendar.cancel(call.patienceEvent);
    call.patienceEvent = NO_EVENT;
  }

  private cancelTimers(call: Call): void {
    this.cancelPatience(call);
    if (call.ringEvent !== NO_EVENT) this.day.calendar.cancel(call.ringEvent);
    call.ringEvent = NO_EVENT;
  }
}
