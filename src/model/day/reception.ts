// One day at the reception. The parts own their mechanics — Staff (people and their tasks),
// PhoneLine (calls, callbacks, redials), Counter (visitors), MessageTray (messages) — and this
// class owns the one decision that ties them together: `dispatch`, which gives every free
// person their next piece of work, asking the phone policy the small questions that are its own.
//
// Times are minutes after midnight (steady-state mode: since the start). Every event handler
// ends by calling `dispatch`.

import type { Calendar, HandlerId } from '../../engine/calendar.js';
import type { ModelConfig } from '../config.js';
import { QUEUES } from '../domain.js';
import type { DayObserver } from '../observer.js';
import type { AdvisorView, PhonePolicy, ReceptionView, WorkSource } from '../policies/index.js';
import { Counter } from './counter.js';
import { DayContext, type DayIdentity } from './day-context.js';
import { MessageTray } from './message-tray.js';
import { PhoneLine } from './phone-line.js';
import type { StaffMember, Task } from './staff-member.js';
import { Staff } from './staff.js';
import type { DayStreams } from './streams.js';

export type { DayIdentity } from './day-context.js';

/** Where people other than advisors look for work, in order. */
const SOURCES_BY_TEAM = {
  phoneDesk: ['calls', 'callbacks', 'messages'],
  parts: ['calls', 'callbacks'],
  overflow: ['calls'],
} as const satisfies Record<string, readonly WorkSource[]>;

/** An advisor staying after their shift serves only the visitors still inside. */
const STAYING_SOURCES: readonly WorkSource[] = ['visitors'];

/** One day at the reception, from the first shift to the last contact. */
export class ReceptionDay {
  private readonly day: DayContext;
  private readonly staff: Staff;
  private readonly phone: PhoneLine;
  private readonly counter: Counter;
  private readonly messages: MessageTray;
  private readonly closeHandler: HandlerId;
  private readonly view: { nowMin: number; visitorsWaiting: number; callsWaiting: number; advisors: AdvisorView[] };
  private readonly advisorViews: { doing: AdvisorView['doing']; sinceMin: number }[];
  private readonly freeIds: Int32Array;
  private readonly lastQueueLengths = [-1, -1, -1, -1];

  constructor(
    config: ModelConfig,
    private readonly policy: PhonePolicy,
    calendar: Calendar,
    streams: DayStreams,
    observer: DayObserver,
    identity: DayIdentity,
  ) {
    this.day = new DayContext(config, calendar, streams, observer, identity);
    this.messages = new MessageTray(this.day);
    this.staff = new Staff(this.day, this.messages);
    this.phone = new PhoneLine(this.day, policy, this.staff, () => this.viewWithAdvisors());
    this.counter = new Counter(this.day);
    this.day.dispatch = () => this.dispatch();
    this.staff.onTaskDone = (member, task) => this.taskDone(member, task);
    this.closeHandler = calendar.register(() => this.onClose());
    this.advisorViews = this.staff.advisors.map(() => ({ doing: 'away' as const, sinceMin: 0 }));
    this.view = { nowMin: 0, visitorsWaiting: 0, callsWaiting: 0, advisors: this.advisorViews };
    this.freeIds = new Int32Array(Math.max(1, this.staff.members.length));
  }

  /** Simulates the whole day and reports it to the observer. */
  run(): void {
    const { horizon, identity, calendar, observer } = this.day;
    observer.dayStarted({
      day: identity.day,
      weekday: identity.weekday,
      openMin: horizon.openMin,
      closeMin: horizon.closeMin,
      measureFromMin: horizon.measureFromMin,
      measureToMin: horizon.measureToMin,
    });
    // Closing is scheduled first so that, at the same instant, the doors shut before shifts end.
    if (!this.day.steady) calendar.scheduleAt(horizon.closeMin, this.closeHandler);
    this.staff.start();
    this.phone.start();
    this.messages.start();
    this.counter.start();
    calendar.run();
    this.finishDay();
  }

  private onClose(): void {
    this.day.closed = true;
    this.phone.close();
    this.dispatch();
  }

  /** A task ended: hand the contact back to the part that owns it, then find new work. */
  private taskDone(member: StaffMember, task: Task): void {
    switch (task.activity) {
      case 'visit':
        this.counter.finish(task.visit);
        break;
      case 'call':
        this.phone.finishPhase(task.call, task.phase, this.day.calendar.now - member.taskStartMin);
        break;
      case 'message':
        this.messages.answered(task.message);
        break;
      case 'callback':
      case 'break':
        break;
    }
    this.dispatch();
  }

  // ── Giving work to free people ───────────────────────────────────────────────────────

  /** Gives work to every free person, in a fixed order, until nobody free can take anything. */
  private dispatch(): void {
    let assigned = this.staff.anyoneFree;
    while (assigned) {
      assigned = false;
      const nothingWaiting = this.waitingWork() === 0;
      // Walk a copy: giving work changes who is free.
      const count = this.staff.copyFreeIds(this.freeIds);
      for (let i = 0; i < count; i++) {
        const member = this.staff.members[this.freeIds[i]];
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
    return this.counter.length + this.phone.waitingAnywhere + this.phone.callbacksWaiting + this.messages.length;
  }

  /** Gives `member` (free, or doing message work) the next thing to do; true if it changed. */
  private giveWork(member: StaffMember): boolean {
    const idle = member.task === null;
    if (idle && member.suspendedVisit) return this.resumeOrAnswer(member);
    if (member.breakDue) {
      this.staff.startBreak(member);
      return true;
    }
    let sources = this.sourcesFor(member);
    if (member.shiftOver) {
      if (!this.mustStay(member)) {
        this.staff.leave(member);
        return false;
      }
      sources = STAYING_SOURCES;
    }
    for (const source of sources) {
      if (source === 'messages') {
        if (!idle) return false;
        const message = this.messages.take();
        if (!message) continue;
        this.staff.startTask(member, { activity: 'message', message }, message.remainingMin);
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
        this.staff.setMessageAside(member);
        this.counter.attend(visit);
        this.staff.startTask(member, { activity: 'visit', visit }, visit.serviceMin);
        return true;
      }
      case 'calls': {
        const call = this.phone.waitingCallFor(member, this.refreshView());
        if (!call) return false;
        this.staff.setMessageAside(member);
        this.phone.answer(member, call);
        return true;
      }
      case 'callbacks': {
        const callback = this.phone.takeCallbackFor(member.team);
        if (!callback) return false;
        this.staff.setMessageAside(member);
        this.phone.startCallback(member, callback);
        return true;
      }
      case 'messages':
        return false;
    }
  }

  /** An advisor with a visitor on hold: a waiting call first if the policy says so, else resume. */
  private resumeOrAnswer(member: StaffMember): boolean {
    const priorities = this.policy.advisorPriorities(this.refreshView());
    const callsFirst = priorities.indexOf('calls') < priorities.indexOf('visitors');
    if (callsFirst && !member.shiftOver && this.takeFrom(member, 'calls')) return true;
    this.staff.resumeVisit(member);
    return true;
  }

  /** At the end of a shift an advisor stays while visitors are inside and nobody else can serve them. */
  private mustStay(member: StaffMember): boolean {
    if (member.team !== 'advisors' || this.counter.length === 0) return false;
    return this.day.closed || !this.staff.anotherAdvisorOnShift(member);
  }

  /** Brings the policy's view of the queues up to date and returns it. */
  private refreshView(): ReceptionView {
    const view = this.view;
    view.nowMin = this.day.calendar.now;
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

  private reportQueues(): void {
    const lengths = [this.counter.length, this.phone.waitingAtReception, this.phone.callbacksWaiting, this.messages.length];
    for (let i = 0; i < lengths.length; i++) {
      if (lengths[i] === this.lastQueueLengths[i]) continue;
      this.lastQueueLengths[i] = lengths[i];
      this.day.observer.queueLength(QUEUES[i], lengths[i], this.day.calendar.now);
    }
  }

  // ── End of the day ───────────────────────────────────────────────────────────────────

  private finishDay(): void {
    const lastMin = this.day.calendar.now;
    this.phone.finishDay();
    this.messages.finishDay();
    this.reportQueues();
    this.staff.finishDay(lastMin);
    this.day.observer.dayEnded(this.day.identity.day, lastMin);
  }
}
