// What one replication measured, accumulated as its days run: sums and counts, wait sketches and
// 24 hourly bins, in memory that does not grow with the number of days or contacts. A contact
// counts if it arrived in the day's measure window [measureFromMin, measureToMin); queue length
// is clipped to that window, staff time and duty to [measureFromMin, staffToMin). `totals()` gives plain JSON that crosses
// worker threads; src/metrics/summary/index.ts turns the totals of all replications into figures.

import {
  type Activity,
  type CallbackSource,
  type QueueName,
  QUEUES,
  type Segment,
  type Team,
  type VisitorKind,
  VISITOR_KINDS,
} from '../model/domain.js';
import type {
  CallAttemptRecord,
  CallbackRecord,
  CallerRecord,
  DayObserver,
  DayStart,
  DutyRecord,
  MessageRecord,
  VisitRecord,
} from '../model/observer.js';
import { QuantileSketch, type SketchData } from './sketch.js';

/** Hours in a day: the hourly bins, by hour of arrival (0 = 00:00–01:00). */
export const HOURS = 24;

/** A count or a sum (minutes) per segment. */
export type PerSegment = Record<Segment, number>;

/** A count per team. */
export type PerTeam = Record<Team, number>;

/** Call attempts by how they ended (one block for offered attempts, one for after hours). */
export interface CallOutcomeTotals {
  attempts: number;
  answered: number;
  abandoned: number;
  rangOut: number;
  voicemailWithMessage: number;
  voicemailWithoutMessage: number;
  closed: number;
  /** Turned away at once, without waiting: rang out or sent to voicemail with no ring time (Erlang B's loss). */
  blocked: number;
  /** Answered attempts by who answered. */
  answeredBy: PerTeam;
}

/** Offered call attempts (arrived in the window, not after hours). */
export interface CallTotals {
  offered: CallOutcomeTotals;
  /** Answered with waitMin ≤ targets.callAnsweredWithinMin. */
  answeredWithin: number;
  /** Attempts with waitMin > 0. */
  waited: number;
  /** Σ waitMin over all offered attempts, minutes. */
  waitSumMin: number;
  /** Σ waitMin over answered attempts, minutes. */
  waitSumAnsweredMin: number;
  /** Σ waitMin over abandoned attempts (their time to hang up), minutes. */
  abandonWaitSumMin: number;
  /** Abandoned with waitMin ≤ targets.callAnsweredWithinMin. */
  abandonedWithin: number;
  /** First attempts only (redials apart): offered, waited at all, turned away at once. */
  firstAttempts: { offered: number; waited: number; blocked: number };
  /** Waits of all offered attempts. */
  waitSketch: SketchData;
  /** Waits of answered attempts. */
  waitAnsweredSketch: SketchData;
  /** Transfers to the parts line by how they ended. */
  transfers: { answered: number; rangOut: number; abandoned: number };
  /** Per call reason (index of calls.reasons). */
  byReason: ReasonTotals[];
  /** Attempts that arrived while the reception was closed (not part of `offered`). */
  afterHours: CallOutcomeTotals;
}

/** Offered attempts of one call reason. */
export interface ReasonTotals {
  offered: number;
  answered: number;
  answeredWithin: number;
  abandoned: number;
  waitSumMin: number;
}

/** Callers whose first attempt arrived in the window. */
export interface CallerTotals {
  callers: number;
  /** Σ attempts of those callers (after-hours attempts included). */
  attempts: number;
  served: number;
  callback: number;
  lost: number;
  /** Callers lost for good, by segment. */
  lostBySegment: PerSegment;
}

/** Visitors of one kind who arrived in the window. */
export interface VisitTotals {
  arrivals: number;
  served: number;
  balked: number;
  reneged: number;
  /** Served with waitMin ≤ targets.visitorAttendedWithinMin. */
  attendedWithin: number;
  /** Visitors with waitMin > 0. */
  waited: number;
  /** Σ waitMin over all arrivals, minutes. */
  waitSumMin: number;
  /** Σ waitMin over served visitors, minutes. */
  waitSumServedMin: number;
  /** Σ waitMin over visitors who gave up waiting (reneged), minutes. */
  waitSumRenegedMin: number;
  /** Σ over served visits of the time from first attended to done (work and hold), minutes. */
  visitSumServedMin: number;
  /** Σ over all arrivals of the time from arrival to leaving (0 for those who balked), minutes. */
  inBuildingSumMin: number;
  waitSketch: SketchData;
  waitServedSketch: SketchData;
  /** Visits with at least one interruption. */
  interrupted: number;
  /** Σ interruptions. */
  interruptions: number;
  /** Σ minutes on hold while the advisor was on the phone. */
  holdMin: number;
  /** Balked + reneged, by segment. */
  lostBySegment: PerSegment;
  /** Σ over served visits of 1 − (1 − churnPerInterruption)^interruptions, by segment. */
  interruptionChurnBySegment: PerSegment;
}

/** Callbacks asked for by attempts that arrived in the window (after-hours attempts included). */
export interface CallbackTotals {
  created: number;
  createdBySource: Record<CallbackSource, number>;
  /** Started the same day. */
  returned: number;
  /** Σ (startMin − createdMin) over returned callbacks, minutes. */
  delaySumMin: number;
  delaySketch: SketchData;
}

/** Messages that arrived in the window. */
export interface MessageTotals {
  arrivals: number;
  /** Answered the same day. */
  answered: number;
  /** Answered within messages.replyTargetMin. */
  answeredWithin: number;
  /** Σ (answeredMin − arrivalMin) over answered messages, minutes. */
  replySumMin: number;
  replySketch: SketchData;
}

/** One team's time inside the window. */
export interface TeamTotals {
  /** Duty records (one per person per day). */
  memberDays: number;
  /** Σ (toMin − fromMin + overtimeMin), clipped, minutes. */
  onDutyMin: number;
  /** Σ overtime [toMin, toMin + overtimeMin), clipped, minutes. */
  overtimeMin: number;
  /** Minutes by activity ('break' included). */
  activityMin: Record<Activity, number>;
  /** Per hour of the day: busy (visit + call + callback + message), on duty and break minutes. */
  hourly: { busyMin: number[]; onDutyMin: number[]; breakMin: number[] };
}

/** Counts and sums by hour of arrival (24 entries each). */
export interface HourlyTotals {
  calls: {
    offered: number[];
    answered: number[];
    answeredWithin: number[];
    abandoned: number[];
    waited: number[];
    waitSumMin: number[];
    waitSumAnsweredMin: number[];
  };
  /** All visitor kinds together. */
  visits: {
    arrivals: number[];
    served: number[];
    lost: number[];
    attendedWithin: number[];
    waited: number[];
    waitSumMin: number[];
    waitSumServedMin: number[];
    interrupted: number[];
  };
  /** Minutes of the measure window falling in each hour: the exposure for queue averages. */
  measuredMin: number[];
  /** ∫ queue length dt over each hour, length × minutes. */
  queueLengthMin: Record<QueueName, number[]>;
}

/** Everything one replication measured: plain JSON (numbers, arrays, objects). */
export interface RunTotals {
  daysSimulated: number;
  /** Σ length of the measure windows, minutes (as clipped for the queue averages). */
  measuredMin: number;
  calls: CallTotals;
  callers: CallerTotals;
  visits: Record<VisitorKind, VisitTotals>;
  callbacks: CallbackTotals;
  messages: MessageTotals;
  staff: Record<Team, TeamTotals>;
  hourly: HourlyTotals;
}

/** What the tally needs from the scenario (a ModelConfig is one). */
export interface TallySettings {
  readonly targets: { readonly callAnsweredWithinMin: number; readonly visitorAttendedWithinMin: number };
  readonly calls: { readonly reasons: readonly unknown[] } | null;
  readonly messages: { readonly replyTargetMin: number } | null;
  readonly economics: { readonly churnPerInterruption: number };
}

/** Empty totals for a scenario with `reasonCount` call reasons. */
export function emptyRunTotals(reasonCount: number): RunTotals {
  return {
    daysSimulated: 0,
    measuredMin: 0,
    calls: {
      offered: emptyOutcomes(),
      answeredWithin: 0,
      waited: 0,
      waitSumMin: 0,
      waitSumAnsweredMin: 0,
      abandonWaitSumMin: 0,
      abandonedWithin: 0,
      firstAttempts: { offered: 0, waited: 0, blocked: 0 },
      waitSketch: new QuantileSketch().toData(),
      waitAnsweredSketch: new QuantileSketch().toData(),
      transfers: { answered: 0, rangOut: 0, abandoned: 0 },
      byReason: Array.from({ length: reasonCount }, () => ({
        offered: 0,
        answered: 0,
        answeredWithin: 0,
        abandoned: 0,
        waitSumMin: 0,
      })),
      afterHours: emptyOutcomes(),
    },
    callers: { callers: 0, attempts: 0, served: 0, callback: 0, lost: 0, lostBySegment: perSegment() },
    visits: {
      appointment: emptyVisits(),
      walkIn: emptyVisits(),
      pickup: emptyVisits(),
    },
    callbacks: {
      created: 0,
      createdBySource: { voicemail: 0, desk: 0, overflow: 0, transfer: 0 },
      returned: 0,
      delaySumMin: 0,
      delaySketch: new QuantileSketch().toData(),
    },
    messages: { arrivals: 0, answered: 0, answeredWithin: 0, replySumMin: 0, replySketch: new QuantileSketch().toData() },
    staff: { advisors: emptyTeam(), phoneDesk: emptyTeam(), parts: emptyTeam(), overflow: emptyTeam() },
    hourly: {
      calls: {
        offered: hours(),
        answered: hours(),
        answeredWithin: hours(),
        abandoned: hours(),
        waited: hours(),
        waitSumMin: hours(),
        waitSumAnsweredMin: hours(),
      },
      visits: {
        arrivals: hours(),
        served: hours(),
        lost: hours(),
        attendedWithin: hours(),
        waited: hours(),
        waitSumMin: hours(),
        waitSumServedMin: hours(),
        interrupted: hours(),
      },
      measuredMin: hours(),
      queueLengthMin: { visitors: hours(), calls: hours(), callbacks: hours(), messages: hours() },
    },
  };
}

/** The hour-of-day bin (0–23) of a time in minutes; steady-state times wrap every 24 hours. */
export function hourOf(min: number): number {
  return ((Math.floor(min / 60) % HOURS) + HOURS) % HOURS;
}

/** Accumulates one replication's days; `totals()` returns what it measured. */
export class RunTally implements DayObserver {
  private readonly callAnsweredWithinMin: number;
  private readonly visitorAttendedWithinMin: number;
  private readonly replyTargetMin: number;
  private readonly keepAfterInterruption: number;
  // Sums and counts live in `sums`; its sketch fields stay empty until totals() fills them.
  private readonly sums: RunTotals;
  private readonly sketches = {
    callWait: new QuantileSketch(),
    callWaitAnswered: new QuantileSketch(),
    visitWait: { appointment: new QuantileSketch(), walkIn: new QuantileSketch(), pickup: new QuantileSketch() },
    visitWaitServed: { appointment: new QuantileSketch(), walkIn: new QuantileSketch(), pickup: new QuantileSketch() },
    callbackDelay: new QuantileSketch(),
    messageReply: new QuantileSketch(),
  };
  /** The day being simulated, or null between days. */
  private current: DayStart | null = null;
  private readonly queueLengthNow: Record<QueueName, number> = { visitors: 0, calls: 0, callbacks: 0, messages: 0 };
  private readonly queueSinceMin: Record<QueueName, number> = { visitors: 0, calls: 0, callbacks: 0, messages: 0 };

  constructor(settings: TallySettings) {
    this.callAnsweredWithinMin = settings.targets.callAnsweredWithinMin;
    this.visitorAttendedWithinMin = settings.targets.visitorAttendedWithinMin;
    this.replyTargetMin = settings.messages?.replyTargetMin ?? Infinity;
    this.keepAfterInterruption = 1 - settings.economics.churnPerInterruption;
    this.sums = emptyRunTotals(settings.calls?.reasons.length ?? 0);
  }

  /** Arrivals are counted from the contacts' own records. */
  arrival(): void {}

  dayStarted(day: DayStart): void {
    if (this.current !== null) {
      throw new RangeError(`tally: day ${day.day} started before day ${this.current.day} ended`);
    }
    if (!(Number.isFinite(day.measureFromMin) && day.measureToMin >= day.measureFromMin)) {
      throw new RangeError(
        `tally: day ${day.day} has measure window [${day.measureFromMin}, ${day.measureToMin}), ` +
          'expected a finite start before the end',
      );
    }
    this.current = day;
    this.sums.daysSimulated++;
    for (const queue of QUEUES) {
      this.queueLengthNow[queue] = 0;
      this.queueSinceMin[queue] = day.measureFromMin;
    }
  }

  callAttempt(record: CallAttemptRecord): void {
    if (!this.measured(record.day, record.arrivalMin)) return;
    const calls = this.sums.calls;
    if (record.afterHours) {
      countOutcome(calls.afterHours, record);
      return;
    }
    countOutcome(calls.offered, record);
    const reason = calls.byReason[record.reason];
    if (reason === undefined) {
      throw new RangeError(`tally: call reason ${record.reason} outside 0..${calls.byReason.length - 1}`);
    }
    const hour = hourOf(record.arrivalMin);
    const hourly = this.sums.hourly.calls;
    const answered = record.outcome === 'answered';
    const within = answered && record.waitMin <= this.callAnsweredWithinMin;
    hourly.offered[hour]++;
    reason.offered++;
    calls.waitSumMin += record.waitMin;
    hourly.waitSumMin[hour] += record.waitMin;
    reason.waitSumMin += record.waitMin;
    this.sketches.callWait.add(record.waitMin);
    if (record.waitMin > 0) {
      calls.waited++;
      hourly.waited[hour]++;
    }
    if (answered) {
      hourly.answered[hour]++;
      reason.answered++;
      calls.waitSumAnsweredMin += record.waitMin;
      hourly.waitSumAnsweredMin[hour] += record.waitMin;
      this.sketches.callWaitAnswered.add(record.waitMin);
    }
    if (within) {
      calls.answeredWithin++;
      hourly.answeredWithin[hour]++;
      reason.answeredWithin++;
    }
    if (record.outcome === 'abandoned') {
      hourly.abandoned[hour]++;
      reason.abandoned++;
      calls.abandonWaitSumMin += record.waitMin;
      if (record.waitMin <= this.callAnsweredWithinMin) calls.abandonedWithin++;
    }
    if (record.attempt === 1) {
      const first = calls.firstAttempts;
      first.offered++;
      if (record.waitMin > 0) first.waited++;
      if (isBlocked(record)) first.blocked++;
    }
    if (record.transfer === 'answered') calls.transfers.answered++;
    else if (record.transfer === 'rang-out') calls.transfers.rangOut++;
    else if (record.transfer === 'abandoned') calls.transfers.abandoned++;
  }

  caller(record: CallerRecord): void {
    if (!this.measured(record.day, record.firstArrivalMin)) return;
    const callers = this.sums.callers;
    callers.callers++;
    callers.attempts += record.attempts;
    callers[record.resolution]++;
    if (record.resolution === 'lost') callers.lostBySegment[record.segment]++;
  }

  visit(record: VisitRecord): void {
    if (!this.measured(record.day, record.arrivalMin)) return;
    const visits = this.sums.visits[record.kind];
    const hourly = this.sums.hourly.visits;
    const hour = hourOf(record.arrivalMin);
    visits.arrivals++;
    hourly.arrivals[hour]++;
    visits.waitSumMin += record.waitMin;
    hourly.waitSumMin[hour] += record.waitMin;
    visits.inBuildingSumMin += record.endMin - record.arrivalMin;
    this.sketches.visitWait[record.kind].add(record.waitMin);
    if (record.waitMin > 0) {
      visits.waited++;
      hourly.waited[hour]++;
    }
    if (record.outcome === 'served') {
      visits.served++;
      hourly.served[hour]++;
      visits.waitSumServedMin += record.waitMin;
      hourly.waitSumServedMin[hour] += record.waitMin;
      visits.visitSumServedMin += record.endMin - record.arrivalMin - record.waitMin;
      this.sketches.visitWaitServed[record.kind].add(record.waitMin);
      if (record.waitMin <= this.visitorAttendedWithinMin) {
        visits.attendedWithin++;
        hourly.attendedWithin[hour]++;
      }
      if (record.interruptions > 0) {
        visits.interruptionChurnBySegment[record.segment] += 1 - this.keepAfterInterruption ** record.interruptions;
      }
    } else {
      if (record.outcome === 'balked') visits.balked++;
      else {
        visits.reneged++;
        visits.waitSumRenegedMin += record.waitMin;
      }
      hourly.lost[hour]++;
      visits.lostBySegment[record.segment]++;
    }
    if (record.interruptions > 0) {
      visits.interrupted++;
      hourly.interrupted[hour]++;
      visits.interruptions += record.interruptions;
    }
    visits.holdMin += record.holdMin;
  }

  callback(record: CallbackRecord): void {
    // Measured with the attempt that asked for it, so a callback created at closing time for a
    // call that arrived before it counts on the same day as that call.
    if (!this.measured(record.day, record.requestedMin)) return;
    const callbacks = this.sums.callbacks;
    callbacks.created++;
    callbacks.createdBySource[record.source]++;
    if (record.startMin !== null) {
      const delayMin = record.startMin - record.createdMin;
      callbacks.returned++;
      callbacks.delaySumMin += delayMin;
      this.sketches.callbackDelay.add(delayMin);
    }
  }

  message(record: MessageRecord): void {
    if (!this.measured(record.day, record.arrivalMin)) return;
    const messages = this.sums.messages;
    messages.arrivals++;
    if (record.answeredMin !== null) {
      const replyMin = record.answeredMin - record.arrivalMin;
      messages.answered++;
      if (replyMin <= this.replyTargetMin) messages.answeredWithin++;
      messages.replySumMin += replyMin;
      this.sketches.messageReply.add(replyMin);
    }
  }

  activity(team: Team, _member: number, activity: Activity, fromMin: number, toMin: number): void {
    const day = this.openDay('activity');
    const from = Math.max(fromMin, day.measureFromMin);
    const to = Math.min(toMin, day.staffToMin);
    if (!(to > from)) return;
    const totals = this.sums.staff[team];
    totals.activityMin[activity] += to - from;
    spreadOverHours(activity === 'break' ? totals.hourly.breakMin : totals.hourly.busyMin, from, to, 1);
  }

  queueLength(queue: QueueName, length: number, atMin: number): void {
    const day = this.openDay('queueLength');
    // Changes before the window only set the length the window starts with.
    if (atMin < this.queueSinceMin[queue] && atMin >= day.measureFromMin) {
      const previousMin = this.queueSinceMin[queue];
      throw new RangeError(`tally: queue ${queue} length at ${atMin}, before its previous change at ${previousMin}`);
    }
    this.integrateQueue(day, queue, atMin);
    this.queueLengthNow[queue] = length;
  }

  duty(record: DutyRecord): void {
    const day = this.openDay('duty', record.day);
    const totals = this.sums.staff[record.team];
    totals.memberDays++;
    const endMin = record.toMin + record.overtimeMin;
    const from = Math.max(record.fromMin, day.measureFromMin);
    const to = Math.min(endMin, day.staffToMin);
    if (to > from) {
      totals.onDutyMin += to - from;
      spreadOverHours(totals.hourly.onDutyMin, from, to, 1);
    }
    const overtimeFrom = Math.max(record.toMin, day.measureFromMin);
    if (to > overtimeFrom) totals.overtimeMin += to - overtimeFrom;
  }

  dayEnded(day: number, lastEventMin: number): void {
    const current = this.openDay('dayEnded', day);
    // The window's end, or the last event when the window is open-ended (nothing changes after it).
    const endMin = Number.isFinite(current.measureToMin)
      ? current.measureToMin
      : Math.max(lastEventMin, current.measureFromMin);
    for (const queue of QUEUES) this.integrateQueue(current, queue, endMin);
    this.sums.measuredMin += endMin - current.measureFromMin;
    spreadOverHours(this.sums.hourly.measuredMin, current.measureFromMin, endMin, 1);
    this.current = null;
  }

  /** What this replication measured, as plain JSON (a copy: the tally may go on). */
  totals(): RunTotals {
    const copy = structuredClone(this.sums);
    const { sketches } = this;
    copy.calls.waitSketch = sketches.callWait.toData();
    copy.calls.waitAnsweredSketch = sketches.callWaitAnswered.toData();
    for (const kind of VISITOR_KINDS) {
      copy.visits[kind].waitSketch = sketches.visitWait[kind].toData();
      copy.visits[kind].waitServedSketch = sketches.visitWaitServed[kind].toData();
    }
    copy.callbacks.delaySketch = sketches.callbackDelay.toData();
    copy.messages.replySketch = sketches.messageReply.toData();
    return copy;
  }

  /** True if a contact of `day` arriving at `arrivalMin` is in the measure window. */
  private measured(day: number, arrivalMin: number): boolean {
    const current = this.openDay('record', day);
    return arrivalMin >= current.measureFromMin && arrivalMin < current.measureToMin;
  }

  /** The day in progress; throws if there is none or it is not `day`. */
  private openDay(what: string, day?: number): DayStart {
    const current = this.current;
    if (current === null) throw new RangeError(`tally: ${what} outside a day (no day started)`);
    if (day !== undefined && day !== current.day) {
      throw new RangeError(`tally: ${what} for day ${day} during day ${current.day}`);
    }
    return current;
  }

  /** Adds the queue's current length × the time since its last change, clipped, up to `atMin`. */
  private integrateQueue(day: DayStart, queue: QueueName, atMin: number): void {
    const from = Math.max(this.queueSinceMin[queue], day.measureFromMin);
    const to = Math.min(atMin, day.measureToMin);
    const length = this.queueLengthNow[queue];
    if (length !== 0 && to > from) spreadOverHours(this.sums.hourly.queueLengthMin[queue], from, to, length);
    if (atMin > this.queueSinceMin[queue]) this.queueSinceMin[queue] = atMin;
  }
}

/** Adds weight × the minutes of [fromMin, toMin) falling in each hour-of-day bin. */
function spreadOverHours(bins: number[], fromMin: number, toMin: number, weight: number): void {
  let t = fromMin;
  while (t < toMin) {
    const hourEnd = (Math.floor(t / 60) + 1) * 60;
    const end = hourEnd < toMin ? hourEnd : toMin;
    bins[hourOf(t)] += (end - t) * weight;
    t = end;
  }
}

function countOutcome(totals: CallOutcomeTotals, record: CallAttemptRecord): void {
  totals.attempts++;
  switch (record.outcome) {
    case 'answered':
      totals.answered++;
      if (record.answeredBy !== null) totals.answeredBy[record.answeredBy]++;
      return;
    case 'abandoned':
      totals.abandoned++;
      return;
    case 'rang-out':
      totals.rangOut++;
      if (isBlocked(record)) totals.blocked++;
      return;
    case 'voicemail':
      if (record.callbackCreated) totals.voicemailWithMessage++;
      else totals.voicemailWithoutMessage++;
      if (isBlocked(record)) totals.blocked++;
      return;
    case 'closed':
      totals.closed++;
      return;
  }
}

/** Turned away at once, without waiting: rang out or sent to voicemail with no ring time. */
function isBlocked(record: CallAttemptRecord): boolean {
  return (record.outcome === 'rang-out' || record.outcome === 'voicemail') && record.waitMin === 0;
}

function emptyOutcomes(): CallOutcomeTotals {
  return {
    attempts: 0,
    answered: 0,
    abandoned: 0,
    rangOut: 0,
    voicemailWithMessage: 0,
    voicemailWithoutMessage: 0,
    closed: 0,
    blocked: 0,
    answeredBy: { advisors: 0, phoneDesk: 0, parts: 0, overflow: 0 },
  };
}

function emptyVisits(): VisitTotals {
  return {
    arrivals: 0,
    served: 0,
    balked: 0,
    reneged: 0,
    attendedWithin: 0,
    waited: 0,
    waitSumMin: 0,
    waitSumServedMin: 0,
    waitSumRenegedMin: 0,
    visitSumServedMin: 0,
    inBuildingSumMin: 0,
    waitSketch: new QuantileSketch().toData(),
    waitServedSketch: new QuantileSketch().toData(),
    interrupted: 0,
    interruptions: 0,
    holdMin: 0,
    lostBySegment: perSegment(),
    interruptionChurnBySegment: perSegment(),
  };
}

function emptyTeam(): TeamTotals {
  return {
    memberDays: 0,
    onDutyMin: 0,
    overtimeMin: 0,
    activityMin: { visit: 0, call: 0, callback: 0, message: 0, break: 0 },
    hourly: { busyMin: hours(), onDutyMin: hours(), breakMin: hours() },
  };
}

function perSegment(): PerSegment {
  return { simple: 0, forced: 0 };
}

function hours(): number[] {
  return new Array<number>(HOURS).fill(0);
}
