// What one replication measured, accumulated as its days run, in memory that does not grow with
// the number of days or contacts. The day's records go to the sections of src/metrics/sections/
// (each declares its measures and figures once); this observer only decides what is measured: a
// contact counts if it arrived in the day's measure window [measureFromMin, measureToMin); queue
// length is clipped to that window (and kept apart for its opening hours), staff time and duty to
// [measureFromMin, staffToMin).
// `totals()` gives plain JSON that crosses worker threads; src/metrics/summary/ turns the totals
// of all replications into figures.

import { QUEUES, type Activity, type QueueName, TEAMS, type Team } from '../model/domain.js';
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
import { type AnySection, type SectionMeasures, SectionTally, type Thresholds, emptySectionTotals } from './measures.js';
import { SECTIONS, breakdowns } from './sections/index.js';
import type { QueueSpan } from './sections/queues.js';
import type { StaffSpan } from './sections/staff.js';

export { HOURS, hourOf } from './measures.js';

type Measures<K extends keyof typeof SECTIONS> = SectionMeasures<(typeof SECTIONS)[K]>;

/** What the calls section keeps: the whole run, by hour of arrival and by call reason. */
export type CallMeasures = Measures<'calls'>;
export type AfterHoursMeasures = Measures<'afterHours'>;
export type CallerMeasures = Measures<'callers'>;
export type VisitMeasures = Measures<'visits'>;
export type CallbackMeasures = Measures<'callbacks'>;
export type MessageMeasures = Measures<'messages'>;
export type StaffMeasures = Measures<'staff'>;
export type QueueMeasures = Measures<'queues'>;

/** Everything one replication measured: plain JSON (numbers, arrays, objects), the measures of each section (sections/). */
export interface RunTotals {
  daysSimulated: number;
  /** Offered call attempts; hour and reason bins hold only the measures reported by them. */
  calls: { whole: CallMeasures; byHour: Partial<CallMeasures>[]; byReason: Partial<CallMeasures>[] };
  /** Call attempts that arrived while the reception was closed. */
  afterHours: { whole: AfterHoursMeasures };
  callers: { whole: CallerMeasures };
  /** Visitors of each kind; hour bins hold every kind together. */
  visits: { byKind: Record<'appointment' | 'walkIn' | 'pickup', VisitMeasures>; byHour: Partial<VisitMeasures>[] };
  callbacks: { whole: CallbackMeasures };
  messages: { whole: MessageMeasures };
  staff: Record<Team, { whole: StaffMeasures; byHour: Partial<StaffMeasures>[] }>;
  /** Queue integrals and measured minutes by hour (the whole run is their sum). */
  queues: { byHour: Partial<QueueMeasures>[] };
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
  const totals: Record<string, unknown> = { daysSimulated: 0 };
  for (const [name, spec] of Object.entries(SECTIONS) as [keyof typeof SECTIONS, AnySection][]) {
    if (name === 'staff') totals.staff = byTeam(() => emptySectionTotals(spec, breakdowns(spec), 0));
    else totals[name] = emptySectionTotals(spec, breakdowns(spec), reasonCount);
  }
  return totals as unknown as RunTotals;
}

/** Accumulates one replication's days; `totals()` returns what it measured. */
export class RunTally implements DayObserver {
  private readonly calls: SectionTally<CallAttemptRecord>;
  private readonly afterHours: SectionTally<CallAttemptRecord>;
  private readonly callers: SectionTally<CallerRecord>;
  private readonly visits: SectionTally<VisitRecord>;
  private readonly callbacks: SectionTally<CallbackRecord>;
  private readonly messages: SectionTally<MessageRecord>;
  private readonly staff: Record<Team, SectionTally<StaffSpan>>;
  /** The same, in TEAMS order: found by index on every span (a lookup by name costs more). */
  private readonly staffInTeamOrder: readonly SectionTally<StaffSpan>[];
  private readonly queues: SectionTally<QueueSpan>;
  private daysSimulated = 0;
  /** The day being simulated, or null between days. */
  private current: DayStart | null = null;
  // By queue, in QUEUES order (typed arrays: read and written at every change of a queue's length).
  private readonly queueLengthNow = new Float64Array(QUEUES.length);
  private readonly queueSinceMin = new Float64Array(QUEUES.length);
  /** Queue-minutes so far today between opening and closing (inside the measure window). */
  private readonly queueMinWhileOpen = new Float64Array(QUEUES.length);
  private openFromMin = 0;
  private openToMin = 0;
  // One span object per kind, refilled for every span (the sections copy what they keep).
  private readonly staffSpan: StaffSpan = { team: 'advisors', span: 'activity', activity: 'visit', visitorOnHold: false, fromMin: 0, toMin: 0 };
  private readonly queueSpan: QueueSpan = { queue: null, window: null, length: 0, fromMin: 0, toMin: 0 };

  constructor(settings: TallySettings) {
    const thresholds: Thresholds = {
      callAnsweredWithinMin: settings.targets.callAnsweredWithinMin,
      visitorAttendedWithinMin: settings.targets.visitorAttendedWithinMin,
      replyTargetMin: settings.messages?.replyTargetMin ?? Infinity,
      keepAfterInterruption: 1 - settings.economics.churnPerInterruption,
    };
    const reasons = settings.calls?.reasons.length ?? 0;
    const tally = <R>(spec: AnySection) => new SectionTally<R>(spec, breakdowns(spec), thresholds, reasons);
    this.calls = tally(SECTIONS.calls);
    this.afterHours = tally(SECTIONS.afterHours);
    this.callers = tally(SECTIONS.callers);
    this.visits = tally(SECTIONS.visits);
    this.callbacks = tally(SECTIONS.callbacks);
    this.messages = tally(SECTIONS.messages);
    this.staff = byTeam(() => tally<StaffSpan>(SECTIONS.staff));
    this.staffInTeamOrder = TEAMS.map((team) => this.staff[team]);
    this.queues = tally(SECTIONS.queues);
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
    this.daysSimulated++;
    this.queueLengthNow.fill(0);
    this.queueSinceMin.fill(day.measureFromMin);
    this.queueMinWhileOpen.fill(0);
    this.openFromMin = Math.max(day.openMin, day.measureFromMin);
    this.openToMin = Math.min(day.closeMin, day.measureToMin);
  }

  callAttempt(record: CallAttemptRecord): void {
    if (!this.measured(record.day, record.arrivalMin)) return;
    const section = record.afterHours ? this.afterHours : this.calls;
    section.accumulate(record, section.state);
  }

  caller(record: CallerRecord): void {
    if (this.measured(record.day, record.firstArrivalMin)) this.callers.accumulate(record, this.callers.state);
  }

  visit(record: VisitRecord): void {
    if (this.measured(record.day, record.arrivalMin)) this.visits.accumulate(record, this.visits.state);
  }

  callback(record: CallbackRecord): void {
    // Measured with the attempt that asked for it, so a callback created at closing time for a
    // call that arrived before it counts on the same day as that call.
    if (this.measured(record.day, record.requestedMin)) this.callbacks.accumulate(record, this.callbacks.state);
  }

  message(record: MessageRecord): void {
    if (this.measured(record.day, record.arrivalMin)) this.messages.accumulate(record, this.messages.state);
  }

  activity(team: Team, _member: number, activity: Activity, fromMin: number, toMin: number, visitorOnHold = false): void {
    const day = this.openDay('activity');
    const from = Math.max(fromMin, day.measureFromMin);
    const to = Math.min(toMin, day.staffToMin);
    if (!(to > from)) return;
    this.addStaffSpan(team, 'activity', activity, from, to, visitorOnHold);
  }

  queueLength(queue: QueueName, length: number, atMin: number): void {
    const day = this.openDay('queueLength');
    // Changes before the window only set the length the window starts with.
    const index = queueIndex(queue);
    if (atMin < this.queueSinceMin[index] && atMin >= day.measureFromMin) {
      const previousMin = this.queueSinceMin[index];
      throw new RangeError(`tally: queue ${queue} length at ${atMin}, before its previous change at ${previousMin}`);
    }
    this.integrateQueue(day, index, atMin);
    this.queueLengthNow[index] = length;
  }

  duty(record: DutyRecord): void {
    const day = this.openDay('duty', record.day);
    const endMin = record.toMin + record.overtimeMin;
    const to = Math.min(endMin, day.staffToMin);
    // One duty span per person and day (a member-day), its minutes counted only where it is not empty.
    this.addStaffSpan(record.team, 'duty', 'visit', Math.max(record.fromMin, day.measureFromMin), to);
    const overtimeFrom = Math.max(record.toMin, day.measureFromMin);
    if (to > overtimeFrom) this.addStaffSpan(record.team, 'overtime', 'visit', overtimeFrom, to);
  }

  dayEnded(day: number, lastEventMin: number): void {
    const current = this.openDay('dayEnded', day);
    // The window's end, or the last event when the window is open-ended (nothing changes after it).
    const endMin = Number.isFinite(current.measureToMin)
      ? current.measureToMin
      : Math.max(lastEventMin, current.measureFromMin);
    for (let index = 0; index < QUEUES.length; index++) this.integrateQueue(current, index, endMin);
    this.addQueueSpan(null, 'measured', 1, current.measureFromMin, endMin);
    const { openFromMin, openToMin } = this;
    if (openToMin > openFromMin) {
      this.addQueueSpan(null, 'open', 1, openFromMin, openToMin);
      // Each queue's minutes while open, as its mean length over the opening hours (only the whole day's sum is read).
      for (let index = 0; index < QUEUES.length; index++) {
        const queueMin = this.queueMinWhileOpen[index];
        if (queueMin > 0) this.addQueueSpan(QUEUES[index], 'open', queueMin / (openToMin - openFromMin), openFromMin, openToMin);
      }
    }
    this.current = null;
  }

  /** What this replication measured, as plain JSON (a copy: the tally may go on). */
  totals(): RunTotals {
    return {
      daysSimulated: this.daysSimulated,
      calls: this.calls.totals(),
      afterHours: this.afterHours.totals(),
      callers: this.callers.totals(),
      visits: this.visits.totals(),
      callbacks: this.callbacks.totals(),
      messages: this.messages.totals(),
      staff: byTeam((team) => this.staff[team].totals()),
      queues: this.queues.totals(),
    } as unknown as RunTotals;
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
  private integrateQueue(day: DayStart, index: number, atMin: number): void {
    const from = Math.max(this.queueSinceMin[index], day.measureFromMin);
    const to = Math.min(atMin, day.measureToMin);
    const length = this.queueLengthNow[index];
    if (length !== 0 && to > from) {
      this.addQueueSpan(QUEUES[index], null, length, from, to);
      const openFrom = from > this.openFromMin ? from : this.openFromMin;
      const openTo = to < this.openToMin ? to : this.openToMin;
      if (openTo > openFrom) this.queueMinWhileOpen[index] += length * (openTo - openFrom);
    }
    if (atMin > this.queueSinceMin[index]) this.queueSinceMin[index] = atMin;
  }

  private addStaffSpan(team: Team, span: StaffSpan['span'], activity: Activity, fromMin: number, toMin: number, visitorOnHold = false): void {
    const record = this.staffSpan;
    record.team = team;
    record.span = span;
    record.activity = activity;
    record.visitorOnHold = visitorOnHold;
    record.fromMin = fromMin;
    record.toMin = toMin;
    const section = this.staffInTeamOrder[TEAMS.indexOf(team)];
    section.accumulate(record, section.state);
  }

  /** A queue's length over a span (window null), or a window's span (see QueueSpan). */
  private addQueueSpan(queue: QueueName | null, window: QueueSpan['window'], length: number, fromMin: number, toMin: number): void {
    const record = this.queueSpan;
    record.queue = queue;
    record.window = window;
    record.length = length;
    record.fromMin = fromMin;
    record.toMin = toMin;
    this.queues.accumulate(record, this.queues.state);
  }
}

/** A queue's place in QUEUES (its name's index; a loop over four beats a keyed lookup here). */
function queueIndex(queue: QueueName): number {
  const index = QUEUES.indexOf(queue);
  if (index < 0) throw new RangeError(`tally: unknown queue ${String(queue)}`);
  return index;
}

function byTeam<T>(make: (team: Team) => T): Record<Team, T> {
  const result = {} as Record<Team, T>;
  for (const team of TEAMS) result[team] = make(team);
  return result;
}
