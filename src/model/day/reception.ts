// One day at the reception, and the rule book of the reception in one place. ReceptionDay
// registers every event handler and, after every change of state, decides who does what next,
// asking the phone policy the small questions that are its own. The parts it moves hold state
// and change it when told; they call nobody back:
//
//   Staff        people, their shifts, breaks and the task in their hands
//   Counter      visitors expected and waiting
//   PhoneLine    calls waiting on each line, callers between attempts, callbacks
//   MessageTray  messages waiting
//   DayRecords   the records the observer receives
//   demand.ts    the random draws that make each contact
//
// Read top to bottom: the day's frame (opening, closing, shifts, breaks), visitors, calls,
// messages, tasks ending, then `dispatch` — the rule that gives every free person their next
// piece of work. Every event handler that changes who waits or who is free ends with it: a
// callback a voicemail leaves while the reception is closed is offered at once to anyone on duty.
// Times are minutes after midnight (steady-state mode: since the start).

import type { Calendar, HandlerId } from '../../engine/calendar.js';
import type { RandomStream } from '../../engine/random.js';
import type { HorizonConfig, ModelConfig, RateTable } from '../config.js';
import { type Activity, type CallbackSource, type CallOutcome, QUEUES, type Skill, type Team, type VisitorKind, type WorkSource } from '../domain.js';
import { InputError } from '../issues.js';
import type { DayObserver } from '../observer.js';
import { crossCheck } from '../../text/messages.js';
import type { AdvisorView, CallPhase, PhonePolicy, ReceptionView, TimedPolicy } from '../policies/index.js';
import { callPhaseMinutes } from '../policies/index.js';
import { nextArrivalMin } from './arrivals.js';
import { type Call, type Callback, type Caller, NO_EVENT, type Visit, newVisit } from './contacts.js';
import { Counter } from './counter.js';
import { DayRecords } from './day-records.js';
import {
  drawBookings,
  drawHandleMin,
  drawMessage,
  drawPatienceMin,
  drawPickupPlan,
  drawRedial,
  drawWalkIn,
  pickupArrivalMin,
  type PickupPlan,
  type WalkInNeeds,
} from './demand.js';
import { MessageTray } from './message-tray.js';
import { PhoneLine } from './phone-line.js';
import type { StaffMember } from './staff-member.js';
import { Staff } from './staff.js';
import type { DayStreams } from './streams.js';

/** Identifies the day being simulated. */
export interface DayIdentity {
  readonly replication: number;
  readonly day: number;
  /** Index into the scenario's week. */
  readonly weekday: number;
}

const MIN_PER_DAY = 24 * 60;

/** A day whose contacts are not all done this long after its last arrival cannot empty. */
const CANNOT_EMPTY_AFTER_MIN = 7 * MIN_PER_DAY;

/** Where people other than advisors look for work, in order. */
const SOURCES_BY_TEAM = {
  phoneDesk: ['calls', 'callbacks', 'messages'],
  parts: ['calls', 'callbacks'],
  overflow: ['calls'],
} as const satisfies Record<Exclude<Team, 'advisors'>, readonly WorkSource[]>;

/** The callbacks each team returns, by the skill they need, in order: advisors take advisor work first. */
const CALLBACK_SKILLS_BY_TEAM = {
  advisors: ['advisor', 'any'],
  phoneDesk: ['any'],
  parts: ['parts'],
  overflow: [],
} as const satisfies Record<Team, readonly Skill[]>;

/** An advisor staying after their shift serves only the visitors still inside. */
const STAYING_SOURCES: readonly WorkSource[] = ['visitors'];

/** One day at the reception, from the first shift to the last contact. */
export class ReceptionDay {
  private readonly horizon: HorizonConfig;
  private readonly steady: boolean;
  private readonly staff: Staff;
  private readonly phone = new PhoneLine();
  private readonly counter = new Counter();
  private readonly messages = new MessageTray();
  private readonly records: DayRecords;
  private readonly on: {
    readonly close: HandlerId;
    readonly policyChange: HandlerId;
    readonly shiftStart: HandlerId;
    readonly breakDue: HandlerId;
    readonly shiftEnd: HandlerId;
    readonly walkInArrival: HandlerId;
    readonly visitArrival: HandlerId;
    readonly renege: HandlerId;
    readonly callArrival: HandlerId;
    readonly redial: HandlerId;
    readonly patience: HandlerId;
    readonly ringLimit: HandlerId;
    readonly messageArrival: HandlerId;
    readonly taskEnd: HandlerId;
  };
  private readonly view: { nowMin: number; visitorsWaiting: number; callsWaiting: number; advisors: AdvisorView[] };
  private readonly advisorViews: { doing: AdvisorView['doing']; sinceMin: number; untilMin: number }[];
  private readonly freeIds: Int32Array;
  private readonly lastQueueLengths = [-1, -1, -1, -1];
  private readonly walkIn: WalkInNeeds = { serviceMin: 0, patienceMin: Infinity, segment: 'simple' };
  private readonly pickup: PickupPlan = { position: Number.NaN, serviceMin: 0 };
  /** True once the doors have shut for the day. */
  private closed = false;
  private nextId = 0;
  /** When the last event so far ran, minutes. */
  private lastEventMin = 0;
  private streams!: DayStreams;
  /** The policy holding now: it decides for people; each call keeps the one it rang under. */
  private policy: PhonePolicy;
  private identity: DayIdentity = { replication: 0, day: 0, weekday: 0 };

  /**
   * A reception for `config`, reused day after day on `calendar` (which it registers its
   * handlers with), handling the phone by `policies` (in time order; the first holds from the start).
   */
  constructor(
    private readonly config: ModelConfig,
    private readonly policies: readonly TimedPolicy[],
    private readonly calendar: Calendar,
  ) {
    if (policies.length === 0) throw new RangeError('reception: expected at least one phone policy, got none');
    this.policy = policies[0].policy;
    this.horizon = config.horizon;
    this.steady = config.horizon.mode === 'steady';
    this.staff = new Staff(config);
    this.records = new DayRecords();
    // Every handler notes the time it ran: the day's last event ends it (see run).
    const event = (handle: (payload: number) => void) =>
      calendar.register((payload) => {
        this.lastEventMin = calendar.now;
        handle(payload);
      });
    const member = (handle: (member: StaffMember) => void) => event((id) => handle(this.staff.members[id]));
    this.on = {
      close: event(() => this.onClose()),
      policyChange: event((index) => this.onPolicyChange(index)),
      shiftStart: member((m) => this.onShiftStart(m)),
      breakDue: member((m) => this.onBreakDue(m)),
      shiftEnd: member((m) => this.onShiftEnd(m)),
      walkInArrival: event(() => this.onWalkInArrival()),
      visitArrival: event((id) => this.onVisitArrival(id)),
      renege: event((id) => this.onRenege(id)),
      callArrival: event(() => this.onCallArrival()),
      redial: event((id) => this.onRedial(id)),
      patience: event((id) => this.onPatience(id)),
      ringLimit: event((id) => this.onRingLimit(id)),
      messageArrival: event(() => this.onMessageArrival()),
      taskEnd: member((m) => this.onTaskEnd(m)),
    };
    this.advisorViews = this.staff.advisors.map(() => ({ doing: 'away' as const, sinceMin: 0, untilMin: 0 }));
    this.view = { nowMin: 0, visitorsWaiting: 0, callsWaiting: 0, advisors: this.advisorViews };
    this.freeIds = new Int32Array(Math.max(1, this.staff.members.length));
  }

  /**
   * Simulates one whole day on the (reset) calendar with these streams, and reports it to
   * `observer`. Everything the previous day left is cleared first.
   */
  run(identity: DayIdentity, streams: DayStreams, observer: DayObserver): void {
    this.startDay(identity, streams, observer);
    const { horizon, calendar, config } = this;
    this.records.observer.dayStarted({
      day: identity.day,
      weekday: identity.weekday,
      openMin: horizon.openMin,
      closeMin: horizon.closeMin,
      measureFromMin: horizon.measureFromMin,
      measureToMin: horizon.measureToMin,
      staffToMin: horizon.staffToMin,
    });
    // Closing is scheduled first so that, at the same instant, the doors shut before shifts end.
    if (!this.steady) calendar.scheduleAt(horizon.closeMin, this.on.close);
    // And the policy changes before shifts start or end at that instant (a desk leaving at its
    // window's end finds its calls handed over).
    for (let index = 1; index < this.policies.length; index++) calendar.scheduleAt(this.policies[index].fromMin, this.on.policyChange, index);
    for (const member of this.staff.members) {
      const { fromMin, toMin, breaks } = member.shift;
      calendar.scheduleAt(member.team === 'overflow' ? 0 : fromMin, this.on.shiftStart, member.id);
      if (this.steady || member.team === 'overflow') continue;
      for (const pause of breaks) calendar.scheduleAt(pause.fromMin, this.on.breakDue, member.id);
      calendar.scheduleAt(toMin, this.on.shiftEnd, member.id);
    }
    if (config.calls) this.scheduleNextArrival(config.calls.ratePerMin, 0, this.lastArrivalMin, this.streams.callArrivals, this.on.callArrival);
    if (config.messages) {
      this.scheduleNextArrival(config.messages.ratePerMin, 0, this.lastArrivalMin, this.streams.messageArrivals, this.on.messageArrival);
    }
    if (config.walkIns) {
      this.scheduleNextArrival(config.walkIns.ratePerMin, horizon.openMin, horizon.closeMin, this.streams.walkInArrivals, this.on.walkInArrival);
    }
    if (config.appointments) {
      drawBookings(config.appointments, config.pickups, horizon, this.streams, (booking, pickup) =>
        this.expect('appointment', booking.segment, booking.arrivalMin, booking.serviceMin, pickup),
      );
    }
    // Every contact is followed to its end; a day still busy a week after its last arrival
    // cannot empty (the demand is far beyond the staff), and its figures would mean nothing.
    calendar.runUntil(this.lastArrivalMin + CANNOT_EMPTY_AFTER_MIN);
    if (calendar.pendingCount > 0) {
      throw new InputError([{ path: [], message: crossCheck.dayCannotEmpty(identity.day, identity.replication, CANNOT_EMPTY_AFTER_MIN / MIN_PER_DAY) }]);
    }
    this.finishDay();
  }

  /** A new day: empty queues, everyone before their shift, doors not yet shut. */
  private startDay(identity: DayIdentity, streams: DayStreams, observer: DayObserver): void {
    this.identity = identity;
    this.streams = streams;
    this.records.observer = observer;
    this.records.day = identity.day;
    this.staff.reset();
    this.phone.reset();
    this.counter.reset();
    this.messages.reset();
    this.lastQueueLengths.fill(-1);
    this.closed = false;
    this.policy = this.policies[0].policy;
    this.nextId = 0;
    this.lastEventMin = 0;
  }

  // ── The day's frame: closing, shifts and breaks ─────────────────────────────────────

  /**
   * Closing time: calls waiting at the reception go to voicemail (or are lost), those the desk
   * transferred become callbacks; visitors inside stay.
   */
  private onClose(): void {
    this.closed = true;
    for (const call of this.phone.drainReception()) {
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
    this.dispatch();
  }

  /**
   * Another policy holds from now. Calls keep the rules they rang under; those still ringing at
   * the reception move to where the new policy's calls ring (the desk's calls to the advisors
   * when the desk's window ends), behind any already waiting there.
   */
  private onPolicyChange(index: number): void {
    const before = this.policy;
    this.policy = this.policies[index].policy;
    if (before.firstLine !== this.policy.firstLine) this.phone.moveWaiting(before.firstLine, this.policy.firstLine);
    this.dispatch();
  }

  private onShiftStart(member: StaffMember): void {
    this.staff.arrive(member);
    this.dispatch();
  }

  /** A break's time has come: it starts when the contact in hand ends. */
  private onBreakDue(member: StaffMember): void {
    if (member.duty !== 'on-duty' || member.shiftOver) return;
    member.breakDue = true;
    this.setMessageAside(member);
    this.dispatch();
  }

  /** The shift's end has come: the person leaves when the contact in hand ends (or stays, see mustStay). */
  private onShiftEnd(member: StaffMember): void {
    member.shiftOver = true;
    this.setMessageAside(member);
    this.dispatch();
  }

  // ── Visitors ─────────────────────────────────────────────────────────────────────────

  /** A walk-in comes in: balks at a long queue, or joins it (and may give up later). */
  private onWalkInArrival(): void {
    const { config, calendar, streams } = this;
    const walkIns = config.walkIns!;
    const now = calendar.now;
    const needs = drawWalkIn(walkIns, streams, this.walkIn);
    const pickup = config.pickups ? drawPickupPlan(config.pickups, streams, this.pickup) : null;
    this.scheduleNextArrival(walkIns.ratePerMin, now, this.horizon.closeMin, streams.walkInArrivals, this.on.walkInArrival);
    const visit = newVisit(this.newId(), 'walkIn', needs.segment, now, needs.serviceMin, needs.patienceMin, pickup?.position, pickup?.serviceMin);
    this.records.observer.arrival('walkIn', now);
    if (this.counter.length >= walkIns.balkAtWaiting) {
      this.records.visit(visit, 'balked', 0, now);
      return;
    }
    this.join(visit);
  }

  /** A visitor who will come later (a booking, a pickup). */
  private expect(kind: VisitorKind, segment: Visit['segment'], arrivalMin: number, serviceMin: number, pickup?: PickupPlan): void {
    const visit = newVisit(this.newId(), kind, segment, arrivalMin, serviceMin, Infinity, pickup?.position, pickup?.serviceMin);
    this.counter.expect(visit);
    this.calendar.scheduleAt(arrivalMin, this.on.visitArrival, visit.id);
  }

  private onVisitArrival(id: number): void {
    const visit = this.counter.find(id);
    if (!visit) return;
    this.records.observer.arrival(visit.kind, visit.arrivalMin);
    this.join(visit);
  }

  /** The visitor queues; one not attended at once may give up after their patience. */
  private join(visit: Visit): void {
    this.counter.join(visit);
    this.dispatch();
    if (visit.queued && visit.patienceMin < Infinity) {
      visit.renegeEvent = this.calendar.schedule(visit.patienceMin, this.on.renege, visit.id);
    }
  }

  private onRenege(id: number): void {
    const visit = this.counter.find(id);
    if (!visit || !visit.queued) return;
    this.counter.giveUp(visit);
    const now = this.calendar.now;
    this.records.visit(visit, 'reneged', now - visit.arrivalMin, now);
    this.dispatch();
  }

  /** A visit is done: recorded; a drop-off may bring its owner back for a pickup. */
  private finishVisit(visit: Visit): void {
    const now = this.calendar.now;
    this.counter.done(visit);
    this.records.visit(visit, 'served', visit.startedMin - visit.arrivalMin, now);
    const pickups = this.config.pickups;
    if (!visit.isDropOff || !pickups) return;
    const arrivalMin = pickupArrivalMin(pickups, this.horizon.closeMin, now, visit.pickupPosition);
    if (arrivalMin >= 0) this.expect('pickup', visit.segment, arrivalMin, visit.pickupServiceMin);
  }

  // ── Calls ────────────────────────────────────────────────────────────────────────────

  /** A new caller phones for a reason; their first attempt rings. */
  private onCallArrival(): void {
    const calls = this.config.calls!;
    const now = this.calendar.now;
    const reasonIndex = calls.reasonChoice.pick(this.streams.callReasons);
    const caller: Caller = { id: this.newId(), reasonIndex, reason: calls.reasons[reasonIndex], firstArrivalMin: now, attempts: 0 };
    this.scheduleNextArrival(calls.ratePerMin, now, this.lastArrivalMin, this.streams.callArrivals, this.on.callArrival);
    this.phone.addCaller(caller);
    this.ring(caller);
  }

  private onRedial(callerId: number): void {
    const caller = this.phone.findCaller(callerId);
    if (caller) this.ring(caller);
  }

  /**
   * A new attempt of `caller` rings. Closed: voicemail or nothing. Open: it rings on the policy's
   * first line; if nobody takes it at once, the policy may have an advisor interrupt a visit;
   * else the caller waits until answered, their patience runs out, or the ring limit comes.
   */
  private ring(caller: Caller): void {
    const { config, calendar, policy } = this;
    const calls = config.calls!;
    const now = calendar.now;
    caller.attempts++;
    this.records.observer.arrival('call', now);
    const id = this.newId();
    const afterHours = this.isClosed();
    // Drawn for every attempt, used or not, to keep attempts in step across policies; a redial
    // from streams of its own, so that redials do not shift later callers' draws.
    const redial = caller.attempts > 1;
    const patienceMin = drawPatienceMin(calls, this.streams, redial);
    const call: Call = {
      id,
      caller,
      arrivalMin: now,
      afterHours,
      patienceMin,
      handleMin: drawHandleMin(caller.reason.handleMin, this.streams, redial),
      queued: false,
      waitMin: 0,
      answeredBy: null,
      talkMin: 0,
      callbackCreated: false,
      transfer: 'none',
      line: null,
      transferredToAdvisors: false,
      policy,
      patienceEvent: NO_EVENT,
      ringEvent: NO_EVENT,
    };
    if (call.afterHours) {
      this.closedLine(call);
      this.dispatch();
      return;
    }
    this.phone.addCall(call);
    this.phone.enqueue(call, policy.firstLine);
    this.dispatch();
    if (call.queued && call.line === 'advisors') this.tryInterruption(policy);
    if (!call.queued) return;
    if (policy.ringMin === 0) {
      // Nobody took it and it may not ring: its ring limit applies at once (Erlang B's loss), and
      // the queues are told again at this same instant, so it never counts as waiting here.
      this.ringLimitReached(call);
      if (call.queued && call.patienceMin < Infinity) call.patienceEvent = calendar.schedule(call.patienceMin, this.on.patience, call.id);
      this.dispatch();
      return;
    }
    if (call.patienceMin < Infinity) call.patienceEvent = calendar.schedule(call.patienceMin, this.on.patience, call.id);
    if (policy.ringMin < Infinity) call.ringEvent = calendar.schedule(policy.ringMin, this.on.ringLimit, call.id);
  }

  /**
   * Nobody free took the call: its policy may have one advisor put their visitor on hold to
   * answer the oldest call waiting for the advisors (this one, unless others wait before it).
   */
  private tryInterruption(policy: PhonePolicy): void {
    // Only a visit in progress can be interrupted: with none, there is nothing to ask the policy.
    if (!this.staff.anyVisitInProgress) return;
    const chosen = policy.chooseInterruption(this.viewWithAdvisors(), this.streams.policy);
    if (chosen < 0) return;
    const member = this.staff.advisors[chosen];
    this.holdVisit(member);
    this.answer(member, this.phone.takeFrom('advisors')!);
    this.dispatch();
  }

  /** The caller hangs up while waiting. */
  private onPatience(id: number): void {
    const call = this.phone.findCall(id);
    if (!call || !call.queued) return;
    if (call.ringEvent !== NO_EVENT) this.calendar.cancel(call.ringEvent);
    this.phone.dequeue(call);
    call.waitMin = this.calendar.now - call.arrivalMin;
    this.endAttempt(call, 'abandoned');
    this.dispatch();
  }

  private onRingLimit(id: number): void {
    const call = this.phone.findCall(id);
    if (!call || !call.queued) return;
    call.ringEvent = NO_EVENT;
    this.ringLimitReached(call);
    this.dispatch();
  }

  /** Nobody picked up in time: a transfer fails, or the call goes where the policy sends it. */
  private ringLimitReached(call: Call): void {
    const line = call.line;
    this.phone.dequeue(call);
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
    switch (call.policy.unanswered) {
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
        this.phone.enqueue(call, 'overflow');
        return;
    }
  }

  /** A call the reception cannot take because it is closed: voicemail if there is one. */
  private closedLine(call: Call): void {
    this.phone.addCall(call);
    if (this.config.calls?.voicemailMessageProbability != null) this.voicemail(call);
    else this.endAttempt(call, 'closed');
  }

  private voicemail(call: Call): void {
    const leavesMessage = this.streams.voicemail() < (this.config.calls?.voicemailMessageProbability ?? 0);
    if (leavesMessage) this.createCallback(call, 'voicemail');
    this.endAttempt(call, 'voicemail');
  }

  /** A person answers a waiting call and starts what the policy says follows. */
  private answer(member: StaffMember, call: Call): void {
    this.phone.dequeue(call);
    const now = this.calendar.now;
    this.cancelPatience(call);
    if (call.ringEvent !== NO_EVENT) this.calendar.cancel(call.ringEvent);
    call.ringEvent = NO_EVENT;
    if (member.team === 'parts') call.transfer = 'answered';
    else if (call.answeredBy === null) {
      call.answeredBy = member.team;
      call.waitMin = now - call.arrivalMin;
    }
    const phase = call.policy.answeredCall(member.team, call.caller.reason.skill, call.transferredToAdvisors);
    member.call = call;
    member.phase = phase;
    this.startTask(member, 'call', callPhaseMinutes(phase, call.handleMin, call.policy, this.config));
  }

  /** A person's part of an answered call is done: it is resolved, logged or passed on. */
  private finishPhase(call: Call, phase: CallPhase, talkedMin: number): void {
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
        if (call.policy.afterTriage === 'transfer') {
          call.transferredToAdvisors = true;
          this.phone.enqueue(call, 'advisors');
          call.ringEvent = this.calendar.schedule(call.policy.transferRingMin, this.on.ringLimit, call.id);
        } else {
          this.createCallback(call, 'desk');
          this.endAttempt(call, 'answered');
        }
        return;
      case 'transfer-to-parts':
        this.phone.enqueue(call, 'parts');
        call.ringEvent = this.calendar.schedule(this.config.parts?.ringMin ?? 0, this.on.ringLimit, call.id);
        return;
    }
  }

  /** The attempt is over: recorded; then the caller is served, called back, redials or is lost. */
  private endAttempt(call: Call, outcome: CallOutcome): void {
    this.phone.removeCall(call);
    this.records.attempt(call, outcome);
    const caller = call.caller;
    const resolved = outcome === 'answered' && call.transfer !== 'rang-out';
    if (call.callbackCreated) this.endCaller(caller, 'callback');
    else if (resolved) this.endCaller(caller, 'served');
    else {
      const redialMin = drawRedial(this.config.calls!, caller.attempts, this.calendar.now, this.horizon.lastRedialMin, this.streams);
      if (redialMin >= 0) this.calendar.scheduleAt(redialMin, this.on.redial, caller.id);
      else this.endCaller(caller, 'lost');
    }
  }

  private endCaller(caller: Caller, resolution: 'served' | 'callback' | 'lost'): void {
    this.phone.removeCaller(caller);
    this.records.caller(caller, resolution);
  }

  /** The call becomes a promise to phone the customer back. */
  private createCallback(call: Call, source: CallbackSource): void {
    call.callbackCreated = true;
    const reason = call.caller.reason;
    this.phone.addCallback({
      id: this.newId(),
      source,
      segment: reason.segment,
      skill: reason.skill,
      createdMin: this.calendar.now,
      requestedMin: call.arrivalMin,
      handleMin: reason.handleMin.sample(this.streams.callbackHandling),
      queued: false,
    });
  }

  private cancelPatience(call: Call): void {
    if (call.patienceEvent !== NO_EVENT) this.calendar.cancel(call.patienceEvent);
    call.patienceEvent = NO_EVENT;
  }

  // ── Messages ─────────────────────────────────────────────────────────────────────────

  private onMessageArrival(): void {
    const messages = this.config.messages!;
    const now = this.calendar.now;
    this.records.observer.arrival('message', now);
    this.messages.add({ id: this.newId(), arrivalMin: now, remainingMin: drawMessage(messages, this.streams), queued: false });
    this.scheduleNextArrival(messages.ratePerMin, now, this.lastArrivalMin, this.streams.messageArrivals, this.on.messageArrival);
    this.dispatch();
  }

  // ── Tasks ────────────────────────────────────────────────────────────────────────────

  /** `member` starts `activity` now, for `durationMin` minutes (its contact already in its field). */
  private startTask(member: StaffMember, activity: Activity, durationMin: number): void {
    const now = this.calendar.now;
    this.staff.startTask(member, activity, now, now + durationMin);
    member.taskEvent = this.calendar.scheduleAt(member.taskEndMin, this.on.taskEnd, member.id);
  }

  /** A task ended: the contact goes on its way, then free people find new work. */
  private onTaskEnd(member: StaffMember): void {
    const activity = member.activity!;
    const now = this.calendar.now;
    this.staff.endTask(member);
    member.taskEvent = NO_EVENT;
    this.records.activity(member, activity, member.taskStartMin, now);
    switch (activity) {
      case 'visit':
        this.finishVisit(member.visit!);
        break;
      case 'call':
        this.finishPhase(member.call!, member.phase, now - member.taskStartMin);
        break;
      case 'message':
        this.records.message(member.message!.arrivalMin, now);
        break;
      case 'callback':
      case 'break':
        break;
    }
    this.dispatch();
  }

  /** Message work is done in idle time: anything else that comes along puts it aside, with the work left. */
  private setMessageAside(member: StaffMember): void {
    if (member.activity !== 'message') return;
    const message = member.message!;
    const now = this.calendar.now;
    this.calendar.cancel(member.taskEvent);
    this.records.activity(member, 'message', member.taskStartMin, now);
    message.remainingMin = member.taskEndMin - now;
    this.messages.putBack(message);
    this.staff.endTask(member);
  }

  /** An advisor puts the visitor in front of them on hold (to take a call). */
  private holdVisit(member: StaffMember): void {
    if (member.activity !== 'visit') throw new Error(`advisor ${member.index} is not serving a visitor`);
    const now = this.calendar.now;
    this.calendar.cancel(member.taskEvent);
    this.records.activity(member, 'visit', member.taskStartMin, now);
    this.staff.holdVisit(member, member.visit!, now);
  }

  /** The advisor goes back to the visitor on hold, where they stopped. */
  private resumeVisit(member: StaffMember): void {
    const visit = this.staff.takeBackVisit(member, this.calendar.now);
    member.visit = visit;
    this.startTask(member, 'visit', member.suspendedRemainingMin);
  }

  /**
   * Starts the break that is due. It ends at its written end however late it starts (the contact
   * in hand comes first), so nobody is ever on a break at a time not written as one; a break
   * whose end has passed is skipped.
   */
  private startBreak(member: StaffMember): void {
    member.breakDue = false;
    const { breaks } = member.shift;
    const now = this.calendar.now;
    while (member.nextBreak < breaks.length && breaks[member.nextBreak].toMin <= now) member.nextBreak++;
    const pause = breaks[member.nextBreak];
    if (!pause || pause.fromMin > now) return;
    member.nextBreak++;
    this.setMessageAside(member);
    this.startTask(member, 'break', pause.toMin - now);
  }

  // ── Giving work to free people ───────────────────────────────────────────────────────

  /** Gives work to every free person, in a fixed order, until nobody free can take anything. */
  private dispatch(): void {
    let assigned = this.staff.anyoneFree;
    while (assigned) {
      assigned = false;
      let nothingWaiting = this.waitingWork() === 0;
      // Walk a copy: giving work changes who is free.
      const count = this.staff.copyFreeIds(this.freeIds);
      for (let i = 0; i < count; i++) {
        const member = this.staff.members[this.freeIds[i]];
        if (!member.isFree || member.duty !== 'on-duty') continue;
        // Fast path: a free person with nothing personal pending and nothing waiting stays free
        // (giveWork would find nothing and change nothing).
        const personal = member.breakDue || member.shiftOver || (member.activity === null && member.suspendedVisit !== null);
        if (!personal && nothingWaiting) continue;
        if (this.giveWork(member)) {
          assigned = true;
          nothingWaiting = this.waitingWork() === 0;
        }
      }
    }
    this.reportQueues();
  }

  /** Contacts waiting for someone, in every queue. */
  private waitingWork(): number {
    return this.counter.length + this.phone.waitingAnywhere + this.phone.callbacksWaiting + this.messages.length;
  }

  /**
   * Gives `member` (free, or doing message work) the next thing to do; true if it changed. In
   * order: a visitor on hold (or a call first, if the policy puts calls first), a break that is
   * due, going home at the end of the shift (unless visitors would be left with nobody), then
   * the first work found in the order the policy (or the team) says.
   */
  private giveWork(member: StaffMember): boolean {
    const idle = member.activity === null;
    if (idle && member.suspendedVisit) return this.resumeOrAnswer(member);
    if (member.breakDue) {
      this.startBreak(member);
      return true;
    }
    let sources = this.sourcesFor(member);
    if (member.shiftOver) {
      if (!this.mustStay(member)) {
        this.staff.leave(member, this.calendar.now);
        return false;
      }
      sources = STAYING_SOURCES;
    }
    for (const source of sources) {
      if (source === 'messages') {
        if (!idle) return false;
        const message = this.messages.take();
        if (!message) continue;
        member.message = message;
        this.startTask(member, 'message', message.remainingMin);
        return true;
      }
      if (this.takeFrom(member, source)) return true;
    }
    return false;
  }

  private sourcesFor(member: StaffMember): readonly WorkSource[] {
    return member.team === 'advisors' ? this.policy.advisorPriorities(this.refreshView()) : SOURCES_BY_TEAM[member.team];
  }

  /** Takes work from `source` for `member` if there is some they may take; true if taken. */
  private takeFrom(member: StaffMember, source: WorkSource): boolean {
    switch (source) {
      case 'visitors': {
        if (member.team !== 'advisors') return false;
        const visit = this.counter.next();
        if (!visit) return false;
        this.setMessageAside(member);
        if (visit.renegeEvent !== NO_EVENT) this.calendar.cancel(visit.renegeEvent);
        visit.startedMin = this.calendar.now;
        member.visit = visit;
        this.startTask(member, 'visit', visit.serviceMin);
        return true;
      }
      case 'calls': {
        const call = this.waitingCallFor(member, this.refreshView());
        if (!call) return false;
        this.setMessageAside(member);
        this.answer(member, call);
        return true;
      }
      case 'callbacks': {
        const callback = this.takeCallbackFor(member.team);
        if (!callback) return false;
        this.setMessageAside(member);
        this.records.callback(callback, this.calendar.now, member.team);
        member.callback = callback;
        this.startTask(member, 'callback', callback.handleMin);
        return true;
      }
      case 'messages':
        return false;
    }
  }

  /** The oldest callback a person of `team` returns, of the first skill in their order that has one. */
  private takeCallbackFor(team: Team): Callback | undefined {
    for (const skill of CALLBACK_SKILLS_BY_TEAM[team]) {
      const callback = this.phone.takeCallback(skill);
      if (callback) return callback;
    }
    return undefined;
  }

  /**
   * The oldest call `member` may answer now, left on its line. Advisors answer only what the
   * policy lets them, and a call waiting for the desk only when nobody there is free to take it:
   * they pick up the desk's overflow, not its calls.
   */
  private waitingCallFor(member: StaffMember, view: ReceptionView): Call | undefined {
    const phone = this.phone;
    switch (member.team) {
      case 'advisors': {
        if (this.closed && !this.steady) return undefined;
        if (!this.policy.advisorsMayAnswer(view)) return undefined;
        return phone.peek('advisors') ?? (this.policy.advisorsHelpDesk && !this.staff.deskMemberReady ? phone.peek('desk') : undefined);
      }
      case 'phoneDesk':
        return phone.peek('desk');
      case 'parts':
        return phone.peek('parts');
      case 'overflow':
        return phone.peek('overflow');
    }
  }

  /** An advisor with a visitor on hold: a waiting call first if the policy says so (not once their shift is over), else resume. */
  private resumeOrAnswer(member: StaffMember): boolean {
    const priorities = this.policy.advisorPriorities(this.refreshView());
    const callsFirst = priorities.indexOf('calls') < priorities.indexOf('visitors');
    if (callsFirst && !member.shiftOver && this.takeFrom(member, 'calls')) return true;
    this.resumeVisit(member);
    return true;
  }

  /** At the end of a shift an advisor stays while visitors are inside and nobody else can serve them. */
  private mustStay(member: StaffMember): boolean {
    if (member.team !== 'advisors' || this.counter.length === 0) return false;
    return this.closed || !this.staff.anotherAdvisorOnShift(member);
  }

  /** Brings the policy's view of the queues up to date and returns it. */
  private refreshView(): ReceptionView {
    const view = this.view;
    view.nowMin = this.calendar.now;
    view.visitorsWaiting = this.counter.length;
    view.callsWaiting = this.phone.waitingForAdvisors;
    return view;
  }

  /** The view including what each advisor is doing (only interruption decisions need that). */
  private viewWithAdvisors(): ReceptionView {
    const view = this.refreshView();
    this.staff.describeAdvisors(this.advisorViews);
    return view;
  }

  /** Tells the observer the length of every queue (QUEUES order) that changed since last told. */
  private reportQueues(atMin = this.calendar.now): void {
    this.reportQueue(0, this.counter.length, atMin);
    this.reportQueue(1, this.phone.waitingAtReception, atMin);
    this.reportQueue(2, this.phone.callbacksWaiting, atMin);
    this.reportQueue(3, this.messages.length, atMin);
  }

  private reportQueue(index: number, length: number, atMin: number): void {
    if (length === this.lastQueueLengths[index]) return;
    this.lastQueueLengths[index] = length;
    this.records.observer.queueLength(QUEUES[index], length, atMin);
  }

  // ── Helpers ──────────────────────────────────────────────────────────────────────────

  /** A fresh id for a contact (ids are unique within the day and appear in records). */
  private newId(): number {
    return this.nextId++;
  }

  /** True while the reception is closed (before opening, after closing); never in steady state. */
  private isClosed(): boolean {
    if (this.steady) return false;
    const now = this.calendar.now;
    return this.closed || now < this.horizon.openMin || now >= this.horizon.closeMin;
  }

  /** When arrivals of calls and messages stop: closing in steady state, the end of the day otherwise. */
  private get lastArrivalMin(): number {
    return this.steady ? this.horizon.closeMin : this.horizon.lastRedialMin;
  }

  /** Schedules the next arrival of a Poisson stream after `fromMin`, if one comes before `endMin`. */
  private scheduleNextArrival(table: RateTable, fromMin: number, endMin: number, random: RandomStream, handler: HandlerId): void {
    const rates = table[this.steady ? 0 : this.identity.weekday];
    const atMin = nextArrivalMin(rates, fromMin, endMin, random, this.steady);
    if (atMin < endMin) this.calendar.scheduleAt(atMin, handler);
  }

  // ── End of the day ───────────────────────────────────────────────────────────────────

  /** Records what was left undone and everyone's working time. */
  private finishDay(): void {
    const lastMin = this.lastEventMin;
    for (const callback of this.phone.drainCallbacks()) this.records.callback(callback, null, null);
    for (const message of this.messages.drain()) this.records.message(message.arrivalMin, null);
    this.reportQueues(lastMin);
    for (const member of this.staff.members) {
      if (member.team === 'overflow' || member.duty === 'before-shift') continue;
      const toMin = this.steady ? this.horizon.closeMin : member.shift.toMin;
      const leftAtMin = member.duty === 'gone' ? member.leftAtMin : Math.max(lastMin, toMin);
      this.records.duty(member, toMin, Math.max(0, leftAtMin - toMin));
    }
    this.records.observer.dayEnded(this.identity.day, lastMin);
  }
}
