// The people at work during a day: who is on duty, free or busy, the task in each one's hands
// and a visit one of them put on hold. Passive: the reception tells it who starts, stops, pauses
// or leaves; it keeps `isFree` and the set of free people true, and calls nobody back.

import type { ModelConfig, ShiftConfig } from '../config.js';
import type { Activity, Team } from '../domain.js';
import type { AdvisorView } from '../policies/index.js';
import type { Visit } from './contacts.js';
import { IdSet } from './id-set.js';
import { type StaffMember, newStaffMember, resetStaffMember } from './staff-member.js';

/** Works every hour of every day: the overflow team (an external call centre). */
const ALWAYS: ShiftConfig = { fromMin: 0, toMin: Infinity, breaks: [] };

/** Everyone working at the reception during one day. */
export class Staff {
  /** Every person, advisors first, then the desk, the parts line and the overflow team. */
  readonly members: StaffMember[] = [];
  readonly advisors: readonly StaffMember[];
  private readonly desk: readonly StaffMember[];
  /** Ids of people on duty who are free (see StaffMember.isFree), in id order. */
  private readonly free: IdSet;
  /** Advisors serving a visitor now (not one on hold). */
  private serving = 0;

  constructor(config: ModelConfig) {
    const addTeam = (team: Team, shifts: readonly ShiftConfig[]) => {
      shifts.forEach((shift, index) => this.members.push(newStaffMember(this.members.length, team, index, shift)));
    };
    addTeam('advisors', config.advisors);
    addTeam('phoneDesk', config.phoneDesk);
    if (config.parts) addTeam('parts', config.parts.agents);
    if (config.overflow) addTeam('overflow', Array.from({ length: config.overflow.agents }, () => ALWAYS));
    this.advisors = this.members.filter((member) => member.team === 'advisors');
    this.desk = this.members.filter((member) => member.team === 'phoneDesk');
    this.free = new IdSet(this.members.length);
  }

  /** Everyone back to the start of a day: before their shift, nothing in hand. */
  reset(): void {
    this.serving = 0;
    for (const member of this.members) {
      resetStaffMember(member);
      this.free.delete(member.id);
    }
  }

  /** How many people are free; copies their ids, ascending, into `target`. */
  copyFreeIds(target: Int32Array): number {
    return this.free.copyInto(target);
  }

  /** True if some advisor is serving a visitor now (a visit that a call could interrupt). */
  get anyVisitInProgress(): boolean {
    return this.serving > 0;
  }

  /** True if some free person is on duty. */
  get anyoneFree(): boolean {
    return this.free.size > 0;
  }

  /** The person arrives for their shift. */
  arrive(member: StaffMember): void {
    member.duty = 'on-duty';
    if (member.isFree) this.free.add(member.id);
  }

  /** `member` starts `activity` at `nowMin`, to end at `endMin`; its contact is already in its field. */
  startTask(member: StaffMember, activity: Activity, nowMin: number, endMin: number): void {
    this.setActivity(member, activity);
    member.taskStartMin = nowMin;
    member.taskEndMin = endMin;
  }

  /** `member`'s task ends (or is put aside); they are free. */
  endTask(member: StaffMember): void {
    this.setActivity(member, null);
  }

  /** An advisor puts the visitor in front of them on hold at `nowMin` (to take a call). */
  holdVisit(member: StaffMember, visit: Visit, nowMin: number): void {
    visit.interruptions++;
    visit.holdSinceMin = nowMin;
    member.suspendedVisit = visit;
    member.suspendedRemainingMin = member.taskEndMin - nowMin;
    this.setActivity(member, null);
  }

  /** The advisor goes back to the visitor on hold at `nowMin`; returns that visit. */
  takeBackVisit(member: StaffMember, nowMin: number): Visit {
    const visit = member.suspendedVisit!;
    visit.holdMin += nowMin - visit.holdSinceMin;
    member.suspendedVisit = null;
    return visit;
  }

  /** The person goes home at `nowMin`. */
  leave(member: StaffMember, nowMin: number): void {
    this.free.delete(member.id);
    member.duty = 'gone';
    member.leftAtMin = nowMin;
  }

  /** True if an advisor other than `member` is on duty and not at the end of their shift. */
  anotherAdvisorOnShift(member: StaffMember): boolean {
    for (const other of this.advisors) {
      if (other !== member && other.duty === 'on-duty' && !other.shiftOver) return true;
    }
    return false;
  }

  /** True if someone at the phone desk is free to answer a call now (on duty, no break due, shift not over). */
  get deskMemberReady(): boolean {
    for (const member of this.desk) {
      if (member.isFree && member.duty === 'on-duty' && !member.breakDue && !member.shiftOver) return true;
    }
    return false;
  }

  /** Writes what each advisor is doing into `views` (one per advisor, same order). */
  describeAdvisors(views: { doing: AdvisorView['doing']; sinceMin: number; untilMin: number }[]): void {
    const advisors = this.advisors;
    for (let i = 0; i < advisors.length; i++) {
      const member = advisors[i];
      const view = views[i];
      view.sinceMin = member.taskStartMin;
      view.untilMin = member.taskEndMin;
      if (member.duty !== 'on-duty') view.doing = 'away';
      else if (member.activity === null || member.activity === 'message') view.doing = 'free';
      else if (member.activity === 'visit') view.doing = 'visit';
      else if (member.activity === 'break') view.doing = 'break';
      else view.doing = 'phone';
    }
  }

  /** The one place a person's activity changes, so that `isFree` and the free set stay true. */
  private setActivity(member: StaffMember, activity: Activity | null): void {
    if (member.activity === 'visit') this.serving--;
    if (activity === 'visit') this.serving++;
    member.activity = activity;
    member.isFree = activity === null || activity === 'message';
    if (member.duty !== 'on-duty') return;
    if (member.isFree) this.free.add(member.id);
    else this.free.delete(member.id);
  }
}
