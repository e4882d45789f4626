// The mechanics of one day at the reception: queues, timers, who works on what, interrupted
// visits, transfers, voicemail, callbacks and redials. The phone policy is asked only small
// questions (may advisors answer now, whom to interrupt, what a free advisor does next).
//
// Times are minutes after midnight (steady-state mode: since the start). Every handler ends by
// calling `dispatch`, the one place where free people are given work.

import type { Calendar, HandlerId } from '../../engine/calendar.js';
import type { Distribution } from '../../engine/distributions/index.js';
import type { RandomStream } from '../../engine/random.js';
import type { ModelConfig, Segment, Skill } from '../config.js';
import type { CallOutcome, CallbackSource, DayObserver, Team, VisitOutcome, VisitorKind } from '../observer.js';
import type { AdvisorView, PhonePolicy, ReceptionView, WorkSource } from '../policies/index.js';
import { nextArrivalMin } from './arrivals.js';
import { type Call, type Callback, type Caller, type Line, type Message, NO_EVENT, type Visit, newVisit } from './contacts.js';
import { Fifo } from './fifo.js';
import { IdSet } from './id-set.js';
import { type CallPhase, type StaffMember, type Task, newStaffMember } from './staff-member.js';
import type { DayStreams } from './streams.js';

const DESK_SOURCES: readonly WorkSource[] = ['calls', 'callbacks', 'messages'];
const PARTS_SOURCES: readonly WorkSource[] = ['calls', 'callbacks'];
const OVERFLOW_SOURCES: readonly WorkSource[] = ['calls'];
const STAYING_SOURCES: readonly WorkSource[] = ['visitors'];

/** Identifies the day being simulated. */
export interface DayIdentity {
  readonly replication: number;
  readonly day: number;
  /** Index into the scenario's week. */
  readonly weekday: number;
}

/** One day at the reception, from the first shift to the last contact. */
export class ReceptionDay {
  private readonly horizon: ModelConfig['horizon'];
  private readonly steady: boolean;
  private readonly members: StaffMember[] = [];
  private readonly advisors: StaffMember[] = [];
  private readonly advisorViews: { doing: AdvisorView['doing']; sinceMin: number }[] = [];
  private readonly view: { nowMin: number; visitorsWaiting: number; callsWaiting: number; advisors: AdvisorView[] };

  private readonly visitors = new Fifo<Visit>();
  private readonly callsFor: Record<Line, Fifo<Call>> = {
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
  private readonly messages = new Fifo<Message>();

  private readonly calls = new Map<number, Call>();
  private readonly callers = new Map<number, Caller>();
  private readonly visits = new Map<number, Visit>();
  private nextId = 0;
  private closed = false;
  /** Ids of people on duty who are free (see StaffMember.isFree), in id order. */
  private readonly free: IdSet;
  private readonly freeSnapshot: Int32Array;
  private lastQueueLengths = [-1, -1, -1, -1];

  private readonly on: Record<
    | 'callArrival'
    | 'redial'
    | 'callPatience'
    | 'callRingLimit'
    | 'taskEnd'
    | 'walkInArrival'
    | 'visitArrival'
    | 'renege'
    | 'messageArrival'
    | 'shiftStart'
    | 'breakDue'
    | 'shiftEnd'
    | 'close',
    HandlerId
  >;

  constructor(
    private readonly config: ModelConfig,
    private readonly policy: PhonePolicy,
    private readonly calendar: Calendar,
    private readonly streams: DayStreams,
    private readonly observer: DayObserver,
    private readonly identity: DayIdentity,
  ) {
    this.horizon = config.horizon;
    this.steady = config.horizon.mode === 'steady';
    const addTeam = (team: Team, shifts: ModelConfig['advisors']) => {
      shifts.forEach((shift, index) => this.members.push(newStaffMember(this.members.length, team, index, shift)));
    };
    addTeam('advisors', config.advisors);
    addTeam('phoneDesk', config.phoneDesk);
    if (config.parts) addTeam('parts', config.parts.agents);
    if (config.overflow) {
      const always = { fromMin: 0, toMin: Infinity, breaks: [] };
      addTeam('overflow', Array.from({ length: config.overflow.agents }, () => always));
    }
    for (const member of this.members) {
      if (member.team !== 'advisors') continue;
      this.advisors.push(member);
      this.advisorViews.push({ doing: 'away', sinceMin: 0 });
    }
    this.view = { nowMin: 0, visitorsWaiting: 0, callsWaiting: 0, advisors: this.advisorViews };
    this.free = new IdSet(this.members.length);
    this.freeSnapshot = new Int32Array(Math.max(1, this.members.length));
    const c = calendar;
    this.on = {
      callArrival: c.register(() => this.onCallArrival()),
      redial: c.register((id) => this.onRedial(id)),
      callPatience: c.register((id) => this.onCallPatience(id)),
      callRingLimit: c.register((id) => this.onCallRingLimit(id)),
      taskEnd: c.register((member) => this.onTaskEnd(this.members[member])),
      walkInArrival: c.register(() => this.onWalkInArrival()),
      visitArrival: c.register((id) => this.onVisitArrival(id)),
      renege: c.register((id) => this.onRenege(id)),
      messageArrival: c.register(() => this.onMessageArrival()),
      shiftStart: c.register((member) => this.onShiftStart(this.members[member])),
      breakDue: c.register((member) => this.onBreakDue(this.members[member])),
      shiftEnd: c.register((member) => this.onShiftEnd(this.members[member])),
      close: c.register(() => this.onClose()),
    };
  }

  /** Simulates the whole day and reports it to the observer. */
  run(): void {
    const { horizon } = this;
    this.observer.dayStarted({
      day: this.identity.day,
      weekday: this.identity.weekday,
      openMin: horizon.openMin,
      closeMin: horizon.closeMin,
      measureFromMin: horizon.measureFromMin,
      measureToMin: horizon.measureToMin,
    });
    // Closing is scheduled first so that, at the same instant, the doors shut before shifts end.
    if (!this.steady) this.calendar.scheduleAt(horizon.closeMin, this.on.close);
    this.scheduleStaff();
    this.scheduleArrivals();
    this.calendar.run();
    this.finishDay();
  }

  // ── Setting up the day ────────────────────────────────────────────────────────────────

  private scheduleStaff(): void {
    this.members.forEach((member, id) => {
      const { fromMin, toMin, breaks } = member.shift;
      this.calendar.scheduleAt(member.team === 'overflow' ? 0 : fromMin, this.on.shiftStart, id);
      if (this.steady || member.team === 'overflow') return;
      for (const pause of breaks) this.calendar.scheduleAt(pause.fromMin, this.on.breakDue, id);
      this.calendar.scheduleAt(toMin, this.on.shiftEnd, id);
    });
  }

  private scheduleArrivals(): void {
    const { config, streams, horizon } = this;
    const dayEndMin = this.steady ? horizon.closeMin : horizon.lastRedialMin;
    if (config.calls) this.scheduleNext(config.calls.ratePerMin, 0, dayEndMin, streams.callArrivals, this.on.callArrival);
    if (config.messages) {
      this.scheduleNext(config.messages.ratePerMin, 0, dayEndMin, streams.messageArrivals, this.on.messageArrival);
    }
    if (config.walkIns) {
      this.scheduleNext(config.walkIns.ratePerMin, horizon.openMin, horizon.closeMin, streams.walkInArrivals, this.on.walkInArrival);
    }
    if (config.appointments) this.bookAppointments(config.appointments);
  }

  /** Schedules the next arrival of a Poisson stream after `fromMin`, if one comes before `endMin`. */
  private scheduleNext(
    table: readonly (readonly number[])[],
    fromMin: number,
    endMin: number,
    random: RandomStream,
    handler: HandlerId,
  ): void {
    const rates = table[this.steady ? 0 : this.identity.weekday];
    const atMin = nextArrivalMin(rates, fromMin, endMin, random, this.steady);
    if (atMin < endMin) this.calendar.scheduleAt(atMin, handler);
  }

  /** Every booking of the day: who shows up, when, and how long their write-up takes. */
  private bookAppointments(book: NonNullable<ModelConfig['appointments']>): void {
    const s = this.streams;
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
      const arrivalMin = Math.min(Math.max(slotMin + offsetMin, this.horizon.openMin), this.horizon.closeMin);
      if (arrivalMin >= this.horizon.closeMin) continue;
      this.expectVisit('appointment', segment, arrivalMin, serviceMin);
    }
  }

  private expectVisit(kind: VisitorKind, segment: Segment, arrivalMin: number, serviceMin: number): void {
    const visit = newVisit(this.nextId++, kind, segment, arrivalMin, serviceMin, Infinity);
    this.visits.set(visit.id, visit);
    this.calendar.scheduleAt(arrivalMin, this.on.visitArrival, visit.id);
  }

  // ── Visitors ─────────────────────────────────────────────────────────────────────────

  private onWalkInArrival(): void {
    const walkIns = this.config.walkIns;
    if (!walkIns) return;
    const s = this.streams;
    const now = this.calendar.now;
    const serviceMin = walkIns.writeUpMin.sample(s.walkInService);
    const patienceMin = walkIns.patienceMin ? walkIns.patienceMin.sample(s.walkInPatience) : Infinity;
    const segment = segmentOf(s.walkInSegments, walkIns.forcedShare);
    this.scheduleNext(walkIns.ratePerMin, now, this.horizon.closeMin, s.walkInArrivals, this.on.walkInArrival);
    const visit = newVisit(this.nextId++, 'walkIn', segment, now, serviceMin, patienceMin);
    this.observer.arrival('walkIn', now);
    if (this.visitors.length >= walkIns.balkAtWaiting) {
      this.recordVisit(visit, 'balked', 0);
      return;
    }
    this.joinCounterQueue(visit);
  }

  private onVisitArrival(id: number): void {
    const visit = this.visits.get(id);
    if (!visit) return;
    this.observer.arrival(visit.kind, visit.arrivalMin);
    this.joinCounterQueue(visit);
  }

  private joinCounterQueue(visit: Visit): void {
    this.visits.set(visit.id, visit);
    this.visitors.push(visit);
    this.dispatch();
    if (visit.queued && visit.patienceMin < Infinity) {
      visit.renegeEvent = this.calendar.schedule(visit.patienceMin, this.on.renege, visit.id);
    }
  }

  private onRenege(id: number): void {
    const visit = this.visits.get(id);
    if (!visit || !visit.queued) return;
    this.visitors.remove(visit);
    this.visits.delete(id);
    this.recordVisit(visit, 'reneged', this.calendar.now - visit.arrivalMin);
    this.dispatch();
  }

  private startVisit(member: StaffMember, visit: Visit): void {
    if (visit.renegeEvent !== NO_EVENT) this.calendar.cancel(visit.renegeEvent);
    visit.startedMin = this.calendar.now;
    this.startTask(member, { activity: 'visit', visit }, visit.serviceMin);
  }

  private finishVisit(visit: Visit): void {
    this.visits.delete(visit.id);
    this.recordVisit(visit, 'served', visit.startedMin - visit.arrivalMin);
    if (visit.isDropOff && this.config.pickups) this.maybeSchedulePickup(visit.segment);
  }

  /** A drop-off done: with probability `share` its owner comes back in the pickup window. */
  private maybeSchedulePickup(segment: Segment): void {
    const pickups = this.config.pickups;
    if (!pickups) return;
    const s = this.streams;
    const now = this.calendar.now;
    const comesBack = s.pickups() < pickups.share;
    const position = s.pickups();
    const notReady = s.pickupService() < pickups.notReadyProbability;
    const serviceMin =
      pickups.serviceMin.sample(s.pickupService) + (notReady ? sampleOrZero(pickups.notReadyExtraMin, s.pickupService) : 0);
    const fromMin = Math.max(now, pickups.windowFromMin);
    const toMin = Math.min(pickups.windowToMin, this.horizon.closeMin);
    if (!comesBack || fromMin >= toMin) return;
    this.expectVisit('pickup', segment, fromMin + position * (toMin - fromMin), serviceMin);
  }

  private recordVisit(visit: Visit, outcome: VisitOutcome, waitMin: number): void {
    this.observer.visit({
      day: this.identity.day,
      kind: visit.kind,
      segment: visit.segment,
      arrivalMin: visit.arrivalMin,
      outcome,
      waitMin,
      endMin: this.calendar.now,
      serviceMin: visit.serviceMin,
      interruptions: visit.interruptions,
      holdMin: visit.holdMin,
    });
  }

  // ── Calls ────────────────────────────────────────────────────────────────────────────

  private onCallArrival(): void {
    const calls = this.config.calls;
    if (!calls) return;
    const now = this.calendar.now;
    const reasonIndex = calls.reasonChoice.pick(this.streams.callReasons);
    const caller: Caller = {
      id: this.nextId++,
      reasonIndex,
      reason: calls.reasons[reasonIndex],
      firstArrivalMin: now,
      attempts: 0,
    };
    const endMin = this.steady ? this.horizon.closeMin : this.horizon.lastRedialMin;
    this.scheduleNext(calls.ratePerMin, now, endMin, this.streams.callArrivals, this.on.callArrival);
    this.callers.set(caller.id, caller);
    this.ring(caller);
  }

  private onRedial(callerId: number): void {
    const caller = this.callers.get(callerId);
    if (caller) this.ring(caller);
  }

  /** A new attempt of `caller` reaches the reception. */
  private ring(caller: Caller): void {
    const calls = this.config.calls!;
    const s = this.streams;
    const now = this.calendar.now;
    caller.attempts++;
    this.observer.arrival('call', now);
    const call: Call = {
      id: this.nextId++,
      caller,
      arrivalMin: now,
      afterHours: this.isClosed(),
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
    this.enqueueCall(call, this.policy.firstLine === 'phoneDesk' ? 'desk' : 'advisors');
    this.dispatch();
    if (call.queued && call.line === 'advisors') this.tryInterruption();
    if (!call.queued) return;
    if (call.patienceMin < Infinity) call.patienceEvent = this.calendar.schedule(call.patienceMin, this.on.callPatience, call.id);
    if (this.config.ringMin === 0) this.ringLimitReached(call);
    else if (this.config.ringMin < Infinity) {
      call.ringEvent = this.calendar.schedule(this.config.ringMin, this.on.callRingLimit, call.id);
    }
  }

  private enqueueCall(call: Call, line: Line): void {
    this.callsFor[line].push(call);
    call.line = line;
  }

  private dequeueCall(call: Call): void {
    if (call.line) this.callsFor[call.line].remove(call);
    call.line = null;
  }

  /** All advisors busy and the call not answered: the policy may have one interrupt a visit. */
  private tryInterruption(): void {
    const chosen = this.policy.chooseInterruption(this.refreshFullView(), this.streams.policy);
    if (chosen < 0) return;
    const member = this.advisors[chosen];
    const task = member.task;
    if (task?.activity !== 'visit') throw new Error(`policy chose advisor ${chosen}, who is not serving a visitor`);
    const now = this.calendar.now;
    this.calendar.cancel(member.taskEvent);
    this.observer.activity(member.team, member.index, 'visit', member.taskStartMin, now);
    task.visit.interruptions++;
    task.visit.holdSinceMin = now;
    member.suspendedVisit = task.visit;
    member.suspendedRemainingMin = member.taskEndMin - now;
    this.setTask(member, null);
    const call = this.callsFor.advisors.shift()!;
    this.answer(member, call);
    this.dispatch();
  }

  private onCallPatience(id: number): void {
    const call = this.calls.get(id);
    if (!call || !call.queued) return;
    if (call.ringEvent !== NO_EVENT) this.calendar.cancel(call.ringEvent);
    this.dequeueCall(call);
    call.waitMin = this.calendar.now - call.arrivalMin;
    this.endAttempt(call, 'abandoned');
    this.dispatch();
  }

  private onCallRingLimit(id: number): void {
    const call = this.calls.get(id);
    if (!call || !call.queued) return;
    call.ringEvent = NO_EVENT;
    this.ringLimitReached(call);
    this.dispatch();
  }

  /** Nobody picked up in time: a transfer fails or the call goes where the policy sends it. */
  private ringLimitReached(call: Call): void {
    const line = call.line;
    this.dequeueCall(call);
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
    call.waitMin = this.calendar.now - call.arrivalMin;
    switch (this.config.policy.unanswered) {
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
        this.enqueueCall(call, 'overflow');
        return;
    }
  }

  private cancelPatience(call: Call): void {
    if (call.patienceEvent !== NO_EVENT) this.calendar.cancel(call.patienceEvent);
    call.patienceEvent = NO_EVENT;
  }

  /** A call the reception cannot take because it is closed: voicemail if there is one. */
  private closedLine(call: Call): void {
    this.calls.set(call.id, call);
    if (this.config.calls?.voicemailMessageProbability != null) this.voicemail(call);
    else this.endAttempt(call, 'closed');
  }

  private voicemail(call: Call): void {
    const leavesMessage = this.streams.voicemail() < (this.config.calls?.voicemailMessageProbability ?? 0);
    if (leavesMessage) this.createCallback(call, 'voicemail');
    this.endAttempt(call, 'voicemail');
  }

  /** A person answers a waiting call. */
  private answer(member: StaffMember, call: Call): void {
    this.dequeueCall(call);
    const now = this.calendar.now;
    if (call.patienceEvent !== NO_EVENT) this.calendar.cancel(call.patienceEvent);
    if (call.ringEvent !== NO_EVENT) this.calendar.cancel(call.ringEvent);
    call.patienceEvent = NO_EVENT;
    call.ringEvent = NO_EVENT;
    if (member.team === 'parts') call.transfer = 'answered';
    else if (call.answeredBy === null) {
      call.answeredBy = member.team;
      call.waitMin = now - call.arrivalMin;
    }
    const phase = this.phaseFor(member.team, call);
    this.startTask(member, { activity: 'call', call, phase }, this.phaseMinutes(phase, call));
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
    const { config } = this;
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

  /** The person's part of an answered call is done: resolved, logged or passed on. */
  private finishCallPhase(call: Call, phase: CallPhase): void {
    const { config } = this;
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
          this.enqueueCall(call, 'advisors');
          call.ringEvent = this.calendar.schedule(config.policy.transferRingSec / 60, this.on.callRingLimit, call.id);
        } else {
          this.createCallback(call, 'desk');
          this.endAttempt(call, 'answered');
        }
        return;
      case 'transfer-to-parts':
        this.enqueueCall(call, 'parts');
        call.ringEvent = this.calendar.schedule(config.parts?.ringMin ?? 0, this.on.callRingLimit, call.id);
        return;
    }
  }

  /** The attempt is over: record it, then the caller is served, called back, redials or is lost. */
  private endAttempt(call: Call, outcome: CallOutcome): void {
    this.calls.delete(call.id);
    const caller = call.caller;
    this.observer.callAttempt({
      day: this.identity.day,
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
    const calls = this.config.calls!;
    const probabilities = calls.redialProbabilities;
    if (probabilities.length === 0 || caller.attempts >= calls.maxAttempts || !calls.redialDelayMin) {
      this.endCaller(caller, 'lost');
      return;
    }
    const p = probabilities[Math.min(caller.attempts - 1, probabilities.length - 1)];
    const redials = this.streams.callRedials() < p;
    const delayMin = calls.redialDelayMin.sample(this.streams.callRedials);
    const atMin = this.calendar.now + delayMin;
    if (redials && atMin < this.horizon.lastRedialMin) this.calendar.scheduleAt(atMin, this.on.redial, caller.id);
    else this.endCaller(caller, 'lost');
  }

  private endCaller(caller: Caller, resolution: 'served' | 'callback' | 'lost'): void {
    this.callers.delete(caller.id);
    this.observer.caller({
      day: this.identity.day,
      callerId: caller.id,
      firstArrivalMin: caller.firstArrivalMin,
      attempts: caller.attempts,
      segment: caller.reason.segment,
      resolution,
    });
  }

  // ── Callbacks and messages ───────────────────────────────────────────────────────────

  private createCallback(call: Call, source: CallbackSource): void {
    call.callbackCreated = true;
    const reason = call.caller.reason;
    this.callbacksFor[reason.skill].push({
      id: this.nextId++,
      source,
      segment: reason.segment,
      skill: reason.skill,
      createdMin: this.calendar.now,
      handleMin: reason.handleMin.sample(this.streams.callbackHandling),
      queued: false,
    });
  }

  private startCallback(member: StaffMember, callback: Callback): void {
    this.observer.callback({
      day: this.identity.day,
      source: callback.source,
      segment: callback.segment,
      createdMin: callback.createdMin,
      startMin: this.calendar.now,
      team: member.team,
    });
    this.startTask(member, { activity: 'callback', callback }, callback.handleMin);
  }

  private onMessageArrival(): void {
    const messages = this.config.messages;
    if (!messages) return;
    const now = this.calendar.now;
    this.observer.arrival('message', now);
    this.messages.push({
      id: this.nextId++,
      arrivalMin: now,
      remainingMin: messages.handleMin.sample(this.streams.messageHandling),
      queued: false,
    });
    const endMin = this.steady ? this.horizon.closeMin : this.horizon.lastRedialMin;
    this.scheduleNext(messages.ratePerMin, now, endMin, this.streams.messageArrivals, this.on.messageArrival);
    this.dispatch();
  }

  /** Message work is done in idle time: anything else that comes along puts it aside. */
  private setMessageAside(member: StaffMember): void {
    const task = member.task;
    if (task?.activity !== 'message') return;
    const now = this.calendar.now;
    this.calendar.cancel(member.taskEvent);
    this.observer.activity(member.team, member.index, 'message', member.taskStartMin, now);
    task.message.remainingMin = member.taskEndMin - now;
    this.messages.pushFront(task.message);
    this.setTask(member, null);
  }

  // ── Staff ────────────────────────────────────────────────────────────────────────────

  private onShiftStart(member: StaffMember): void {
    member.duty = 'on-duty';
    if (member.isFree) this.free.add(member.id);
    this.dispatch();
  }

  private onBreakDue(member: StaffMember): void {
    if (member.duty !== 'on-duty' || member.shiftOver) return;
    member.breakDue = true;
    this.setMessageAside(member);
    this.dispatch();
  }

  private onShiftEnd(member: StaffMember): void {
    member.shiftOver = true;
    this.setMessageAside(member);
    this.dispatch();
  }

  private onClose(): void {
    this.closed = true;
    // The line switches to night mode: calls still waiting for the reception go to voicemail.
    for (const line of ['advisors', 'desk'] as const) {
      for (const call of this.callsFor[line].drain()) {
        call.line = null;
        if (call.transferredToAdvisors) {
          if (call.ringEvent !== NO_EVENT) this.calendar.cancel(call.ringEvent);
          this.createCallback(call, 'transfer');
          this.endAttempt(call, 'answered');
          continue;
        }
        this.cancelPatience(call);
        if (call.ringEvent !== NO_EVENT) this.calendar.cancel(call.ringEvent);
        call.waitMin = this.calendar.now - call.arrivalMin;
        this.closedLine(call);
      }
    }
    this.dispatch();
  }

  private onTaskEnd(member: StaffMember): void {
    const task = member.task!;
    const now = this.calendar.now;
    this.setTask(member, null);
    member.taskEvent = NO_EVENT;
    this.observer.activity(member.team, member.index, task.activity, member.taskStartMin, now);
    switch (task.activity) {
      case 'visit':
        this.finishVisit(task.visit);
        break;
      case 'call':
        task.call.talkMin += now - member.taskStartMin;
        this.finishCallPhase(task.call, task.phase);
        break;
      case 'message':
        this.observer.message({ day: this.identity.day, arrivalMin: task.message.arrivalMin, answeredMin: now });
        break;
      case 'callback':
      case 'break':
        break;
    }
    this.dispatch();
  }

  /** The one place a person's task changes, so that `isFree` and the free set stay true. */
  private setTask(member: StaffMember, task: Task | null): void {
    member.task = task;
    member.isFree = task === null || task.activity === 'message';
    if (member.duty !== 'on-duty') return;
    if (member.isFree) this.free.add(member.id);
    else this.free.delete(member.id);
  }

  private startTask(member: StaffMember, task: Task, durationMin: number): void {
    const now = this.calendar.now;
    this.setTask(member, task);
    member.taskStartMin = now;
    member.taskEndMin = now + durationMin;
    member.taskEvent = this.calendar.scheduleAt(member.taskEndMin, this.on.taskEnd, member.id);
  }

  private isClosed(): boolean {
    if (this.steady) return false;
    const now = this.calendar.now;
    return this.closed || now < this.horizon.openMin || now >= this.horizon.closeMin;
  }

  // ── Giving work to free people ───────────────────────────────────────────────────────

  /** Gives work to every free person, in a fixed order, until nobody free can take anything. */
  private dispatch(): void {
    let assigned = this.free.size > 0;
    while (assigned) {
      assigned = false;
      const nothingWaiting = this.waitingWork() === 0;
      // Walk a copy: giving work changes who is free.
      const count = this.free.copyInto(this.freeSnapshot);
      for (let i = 0; i < count; i++) {
        const member = this.members[this.freeSnapshot[i]];
        if (!member.isFree || member.duty !== 'on-duty') continue;
        // Fast path: a free person with nothing personal pending and nothing waiting stays free.
        const personal = member.breakDue || member.shiftOver || (member.task === null && member.suspendedVisit !== null);
        if (!personal && nothingWaiting) continue;
        if (this.giveWork(member)) assigned = true;
      }
    }
    this.reportQueues();
  }

  /** Contacts waiting for someone, in every queue. */
  private waitingWork(): number {
    const calls = this.callsFor;
    const callbacks = this.callbacksFor;
    return (
      this.visitors.length +
      calls.advisors.length +
      calls.desk.length +
      calls.overflow.length +
      calls.parts.length +
      callbacks.any.length +
      callbacks.advisor.length +
      callbacks.parts.length +
      this.messages.length
    );
  }

  /** Gives `member` (free, or doing message work) the next thing to do; true if it changed. */
  private giveWork(member: StaffMember): boolean {
    const idle = member.task === null;
    if (idle && member.suspendedVisit) return this.resumeOrAnswer(member);
    if (member.breakDue) {
      this.startBreak(member);
      return true;
    }
    let sources = this.sourcesFor(member);
    if (member.shiftOver) {
      if (!this.mustStay(member)) {
        this.leave(member);
        return false;
      }
      sources = STAYING_SOURCES;
    }
    for (const source of sources) {
      if (source === 'messages') {
        if (!idle) return false;
        const message = this.messages.shift();
        if (!message) continue;
        this.startTask(member, { activity: 'message', message }, message.remainingMin);
        return true;
      }
      if (this.takeFrom(member, source)) return true;
    }
    return false;
  }

  private sourcesFor(member: StaffMember): readonly WorkSource[] {
    switch (member.team) {
      case 'advisors':
        return this.policy.advisorPriorities(this.refreshView());
      case 'phoneDesk':
        return DESK_SOURCES;
      case 'parts':
        return PARTS_SOURCES;
      case 'overflow':
        return OVERFLOW_SOURCES;
    }
  }

  /** Takes work from `source` for `member` if there is some they may take; true if taken. */
  private takeFrom(member: StaffMember, source: WorkSource): boolean {
    if (source === 'visitors') {
      if (member.team !== 'advisors') return false;
      const visit = this.visitors.shift();
      if (!visit) return false;
      this.setMessageAside(member);
      this.startVisit(member, visit);
      return true;
    }
    if (source === 'calls') {
      const call = this.waitingCallFor(member);
      if (!call) return false;
      this.setMessageAside(member);
      this.answer(member, call);
      return true;
    }
    if (source === 'callbacks') {
      const callback = this.waitingCallbackFor(member.team);
      if (!callback) return false;
      this.setMessageAside(member);
      this.startCallback(member, callback);
      return true;
    }
    return false;
  }

  private waitingCallFor(member: StaffMember): Call | undefined {
    switch (member.team) {
      case 'advisors': {
        if (this.closed && !this.steady) return undefined;
        if (!this.policy.advisorsMayAnswer(this.refreshView())) return undefined;
        const call = this.callsFor.advisors.peek();
        if (call) return call;
        return this.policy.advisorsHelpDesk ? this.callsFor.desk.peek() : undefined;
      }
      case 'phoneDesk':
        return this.callsFor.desk.peek();
      case 'parts':
        return this.callsFor.parts.peek();
      case 'overflow':
        return this.callsFor.overflow.peek();
    }
  }

  private waitingCallbackFor(team: Team): Callback | undefined {
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

  /** An advisor with a visitor on hold: a waiting call first if the policy says so, else resume. */
  private resumeOrAnswer(member: StaffMember): boolean {
    const priorities = this.policy.advisorPriorities(this.refreshView());
    const callsFirst = priorities.indexOf('calls') < priorities.indexOf('visitors');
    if (callsFirst && !member.shiftOver && this.takeFrom(member, 'calls')) return true;
    const visit = member.suspendedVisit!;
    const now = this.calendar.now;
    visit.holdMin += now - visit.holdSinceMin;
    member.suspendedVisit = null;
    this.startTask(member, { activity: 'visit', visit }, member.suspendedRemainingMin);
    return true;
  }

  private startBreak(member: StaffMember): void {
    const pause = member.shift.breaks[member.nextBreak];
    member.nextBreak++;
    member.breakDue = false;
    if (!pause) return;
    this.setMessageAside(member);
    const untilMin = this.calendar.now + (pause.toMin - pause.fromMin);
    this.startTask(member, { activity: 'break', untilMin }, pause.toMin - pause.fromMin);
  }

  /** At the end of a shift an advisor stays while visitors are inside and nobody else can serve them. */
  private mustStay(member: StaffMember): boolean {
    if (member.team !== 'advisors' || this.visitors.length === 0) return false;
    return this.closed || !this.advisors.some((other) => other !== member && other.duty === 'on-duty' && !other.shiftOver);
  }

  private leave(member: StaffMember): void {
    this.free.delete(member.id);
    member.duty = 'gone';
    member.leftAtMin = this.calendar.now;
  }

  /** Brings the policy's view of the queues up to date and returns it. */
  private refreshView(): ReceptionView {
    const view = this.view;
    view.nowMin = this.calendar.now;
    view.visitorsWaiting = this.visitors.length;
    view.callsWaiting = this.callsFor.advisors.length;
    return view;
  }

  /** The view including what each advisor is doing (only interruption decisions need that). */
  private refreshFullView(): ReceptionView {
    const view = this.refreshView();
    for (let i = 0; i < this.advisors.length; i++) {
      const member = this.advisors[i];
      const target = this.advisorViews[i];
      target.sinceMin = member.taskStartMin;
      if (member.duty !== 'on-duty') target.doing = 'away';
      else if (member.task === null || member.task.activity === 'message') target.doing = 'free';
      else if (member.task.activity === 'visit') target.doing = 'visit';
      else if (member.task.activity === 'break') target.doing = 'break';
      else target.doing = 'phone';
    }
    return view;
  }

  private reportQueues(): void {
    const now = this.calendar.now;
    const lengths = [
      this.visitors.length,
      this.callsFor.advisors.length + this.callsFor.desk.length,
      this.callbacksFor.any.length + this.callbacksFor.advisor.length + this.callbacksFor.parts.length,
      this.messages.length,
    ];
    const names = ['visitors', 'calls', 'callbacks', 'messages'] as const;
    for (let i = 0; i < lengths.length; i++) {
      if (lengths[i] === this.lastQueueLengths[i]) continue;
      this.lastQueueLengths[i] = lengths[i];
      this.observer.queueLength(names[i], lengths[i], now);
    }
  }

  // ── End of the day ───────────────────────────────────────────────────────────────────

  private finishDay(): void {
    const day = this.identity.day;
    const lastMin = this.calendar.now;
    for (const skill of ['any', 'advisor', 'parts'] as const) {
      for (const callback of this.callbacksFor[skill].drain()) {
        this.observer.callback({
          day,
          source: callback.source,
          segment: callback.segment,
          createdMin: callback.createdMin,
          startMin: null,
          team: null,
        });
      }
    }
    for (const message of this.messages.drain()) {
      this.observer.message({ day, arrivalMin: message.arrivalMin, answeredMin: null });
    }
    this.reportQueues();
    for (const member of this.members) {
      if (member.team === 'overflow' || member.duty === 'before-shift') continue;
      const toMin = this.steady ? this.horizon.closeMin : member.shift.toMin;
      const leftAtMin = member.duty === 'gone' ? member.leftAtMin : Math.max(lastMin, toMin);
      this.observer.duty({
        day,
        team: member.team,
        member: member.index,
        fromMin: member.shift.fromMin,
        toMin,
        overtimeMin: Math.max(0, leftAtMin - toMin),
      });
    }
    this.observer.dayEnded(day, lastMin);
  }
}

/** Draws a visitor's segment. */
function segmentOf(random: RandomStream, forcedShare: number): Segment {
  return random() < forcedShare ? 'forced' : 'simple';
}

/** Samples a distribution or returns 0 when there is none. */
function sampleOrZero(distribution: Distribution | null, random: RandomStream): number {
  return distribution ? distribution.sample(random) : 0;
}
