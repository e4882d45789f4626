// The people at work during a day: who is on duty, free or busy, and the mechanics of their
// tasks — starting and ending them, shifts and breaks, a visit put on hold for a call and
// resumed, message work put aside. What a free person should do next is the reception's call.

import type { HandlerId } from '../../engine/calendar.js';
import type { ModelConfig } from '../config.js';
import type { AdvisorView } from '../policies/index.js';
import type { Team } from '../domain.js';
import { NO_EVENT } from './contacts.js';
import type { DayContext } from './day-context.js';
import { IdSet } from './id-set.js';
import type { MessageTray } from './message-tray.js';
import { type StaffMember, type Task, newStaffMember } from './staff-member.js';

/** Everyone working at the reception during one day. */
export class Staff {
  /** Every person, advisors first, then the desk, the parts line and the overflow team. */
  readonly members: StaffMember[] = [];
  readonly advisors: readonly StaffMember[];
  /** Told when a task ends; set by the reception. */
  onTaskDone: (member: StaffMember, task: Task) => void = () => {};
  /** Ids of people on duty who are free (see StaffMember.isFree), in id order. */
  private readonly free: IdSet;
  private readonly on: Record<'taskEnd' | 'shiftStart' | 'breakDue' | 'shiftEnd', HandlerId>;

  constructor(
    private readonly day: DayContext,
    private readonly messages: MessageTray,
  ) {
    const { config, calendar } = day;
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
    this.advisors = this.members.filter((member) => member.team === 'advisors');
    this.free = new IdSet(this.members.length);
    this.on = {
      taskEnd: calendar.register((id) => this.onTaskEnd(this.members[id])),
      shiftStart: calendar.register((id) => this.onShiftStart(this.members[id])),
      breakDue: calendar.register((id) => this.onBreakDue(this.members[id])),
      shiftEnd: calendar.register((id) => this.onShiftEnd(this.members[id])),
    };
  }

  /** Schedules everyone's shift start, breaks and shift end. */
  start(): void {
    const { calendar, steady } = this.day;
    for (const member of this.members) {
      const { fromMin, toMin, breaks } = member.shift;
      calendar.scheduleAt(member.team === 'overflow' ? 0 : fromMin, this.on.shiftStart, member.id);
      if (steady || member.team === 'overflow') continue;
      for (const pause of breaks) calendar.scheduleAt(pause.fromMin, this.on.breakDue, member.id);
      calendar.scheduleAt(toMin, this.on.shiftEnd, member.id);
    }
  }

  /** How many people are free; copies their ids, ascending, into `target`. */
  copyFreeIds(target: Int32Array): number {
    return this.free.copyInto(target);
  }

  /** True if some free person is on duty. */
  get anyoneFree(): boolean {
    return this.free.size > 0;
  }

  /** Starts `task` for `durationMin` minutes. */
  startTask(member: StaffMember, task: Task, durationMin: number): void {
    const now = this.day.calendar.now;
    this.setTask(member, task);
    member.taskStartMin = now;
    member.taskEndMin = now + durationMin;
    member.taskEvent = this.day.calendar.scheduleAt(member.taskEndMin, this.on.taskEnd, member.id);
  }

  /** Message work is done in idle time: anything else that comes along puts it aside. */
  setMessageAside(member: StaffMember): void {
    const task = member.task;
    if (task?.activity !== 'message') return;
    const now = this.day.calendar.now;
    this.day.calendar.cancel(member.taskEvent);
    this.day.observer.activity(member.team, member.index, 'message', member.taskStartMin, now);
    task.message.remainingMin = member.taskEndMin - now;
    this.messages.putBack(task.message);
    this.setTask(member, null);
  }

  /** An advisor puts the visitor in front of them on hold (to take a call). */
  holdVisit(member: StaffMember): void {
    const task = member.task;
    if (task?.activity !== 'visit') throw new Error(`advisor ${member.index} is not serving a visitor`);
    const now = this.day.calendar.now;
    this.day.calendar.cancel(member.taskEvent);
    this.day.observer.activity(member.team, member.index, 'visit', member.taskStartMin, now);
    task.visit.interruptions++;
    task.visit.holdSinceMin = now;
    member.suspendedVisit = task.visit;
    member.suspendedRemainingMin = member.taskEndMin - now;
    this.setTask(member, null);
  }

  /** The advisor goes back to the visitor on hold, where they stopped. */
  resumeVisit(member: StaffMember): void {
    const visit = member.suspendedVisit!;
    visit.holdMin += this.day.calendar.now - visit.holdSinceMin;
    member.suspendedVisit = null;
    this.startTask(member, { activity: 'visit', visit }, member.suspendedRemainingMin);
  }

  /** Starts the break that is due, for its full length. */
  startBreak(member: StaffMember): void {
    const pause = member.shift.breaks[member.nextBreak];
    member.nextBreak++;
    member.breakDue = false;
    if (!pause) return;
    this.setMessageAside(member);
    const lengthMin = pause.toMin - pause.fromMin;
    this.startTask(member, { activity: 'break' }, lengthMin);
  }

  /** The person goes home. */
  leave(member: StaffMember): void {
    this.free.delete(member.id);
    member.duty = 'gone';
    member.leftAtMin = this.day.calendar.now;
  }

  /** True if an advisor other than `member` is on duty and not at the end of their shift. */
  anotherAdvisorOnShift(member: StaffMember): boolean {
    return this.advisors.some((other) => other !== member && other.duty === 'on-duty' && !other.shiftOver);
  }

  /** Writes what each advisor is doing into `views` (one per advisor, same order). */
  describeAdvisors(views: { doing: AdvisorView['doing']; sinceMin: number }[]): void {
    this.advisors.forEach((member, i) => {
      const view = views[i];
      view.sinceMin = member.taskStartMin;
      if (member.duty !== 'on-duty') view.doing = 'away';
      else if (member.task === null || member.task.activity === 'message') view.doing = 'free';
      else if (member.task.activity === 'visit') view.doing = 'visit';
      else if (member.task.activity === 'break') view.doing = 'break';
      else view.doing = 'phone';
    });
  }

  /** At the end of the day: everyone's working time and overtime. */
  finishDay(lastMin: number): void {
    const { observer, identity, steady, horizon } = this.day;
    for (const member of this.members) {
      if (member.team === 'overflow' || member.duty === 'before-shift') continue;
      const toMin = steady ? horizon.closeMin : member.shift.toMin;
      const leftAtMin = member.duty === 'gone' ? member.leftAtMin : Math.max(lastMin, toMin);
      observer.duty({
        day: identity.day,
        team: member.team,
        member: member.index,
        fromMin: member.shift.fromMin,
        toMin,
        overtimeMin: Math.max(0, leftAtMin - toMin),
      });
    }
  }

  /** The one place a person's task changes, so that `isFree` and the free set stay true. */
  private setTask(member: StaffMember, task: Task | null): void {
    member.task = task;
    member.isFree = task === null || task.activity === 'message';
    if (member.duty !== 'on-duty') return;
    if (member.isFree) this.free.add(member.id);
    else this.free.delete(member.id);
  }

  private onTaskEnd(member: StaffMember): void {
    const task = member.task!;
    this.setTask(member, null);
    member.taskEvent = NO_EVENT;
    this.day.observer.activity(member.team, member.index, task.activity, member.taskStartMin, this.day.calendar.now);
    this.onTaskDone(member, task);
  }

  private onShiftStart(member: StaffMember): void {
    member.duty = 'on-duty';
    if (member.isFree) this.free.add(member.id);
    this.day.dispatch();
  }

  private onBreakDue(member: StaffMember): void {
    if (member.duty !== 'on-duty' || member.shiftOver) return;
    member.breakDue = true;
    this.setMessageAside(member);
    this.day.dispatch();
  }

  private onShiftEnd(member: StaffMember): void {
    member.shiftOver = true;
    this.setMessageAside(member);
    this.day.dispatch();
  }
}
