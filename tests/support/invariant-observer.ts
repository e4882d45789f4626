// A DayObserver that checks, as records arrive, what must hold exactly in any scenario, and
// keeps the counts needed for conservation checks at the end of each day.

import type {
  Activity,
  CallAttemptRecord,
  CallbackRecord,
  CallerRecord,
  DayObserver,
  DayStart,
  DutyRecord,
  MessageRecord,
  QueueName,
  Team,
  VisitorKind,
  VisitRecord,
} from '../../src/model/observer.js';

const EPS = 1e-9;

/** Collects violations of model invariants; `violations` should stay empty. */
export class InvariantObserver implements DayObserver {
  readonly violations: string[] = [];
  readonly counts = { callArrivals: 0, attempts: 0, visitArrivals: 0, visits: 0, messageArrivals: 0, messages: 0, interrupted: 0, waited: 0, callers: 0, callbacks: 0 };
  private day: DayStart | null = null;
  private attemptsByCaller = new Map<number, number>();
  private readonly spans = new Map<string, [number, number, Activity][]>();
  private readonly duties = new Map<string, DutyRecord>();

  private check(ok: boolean, what: string): void {
    if (!ok && this.violations.length < 20) this.violations.push(`day ${this.day?.day}: ${what}`);
  }

  private time(value: number, what: string): void {
    this.check(Number.isFinite(value) && value >= 0, `${what} is ${value}`);
  }

  dayStarted(day: DayStart): void {
    this.check(this.day === null, 'a day started before the previous ended');
    this.day = day;
    this.attemptsByCaller = new Map();
    this.spans.clear();
    this.duties.clear();
  }

  arrival(kind: 'call' | VisitorKind | 'message', atMin: number): void {
    this.time(atMin, `${kind} arrival time`);
    if (kind === 'call') this.counts.callArrivals++;
    else if (kind === 'message') this.counts.messageArrivals++;
    else this.counts.visitArrivals++;
  }

  callAttempt(r: CallAttemptRecord): void {
    this.counts.attempts++;
    this.time(r.arrivalMin, 'call arrival');
    this.time(r.waitMin, 'call wait');
    this.time(r.talkMin, 'talk time');
    const previous = this.attemptsByCaller.get(r.callerId) ?? 0;
    this.check(r.attempt === previous + 1, `caller ${r.callerId}: attempt ${r.attempt} after ${previous}`);
    this.attemptsByCaller.set(r.callerId, r.attempt);
    this.check((r.answeredBy !== null) === (r.outcome === 'answered'), `answeredBy ${r.answeredBy} with outcome ${r.outcome}`);
    if (r.outcome === 'answered') this.check(r.talkMin > 0 || r.answeredBy !== null, 'answered with no talk');
    if (r.waitMin > 0) this.counts.waited++;
  }

  caller(r: CallerRecord): void {
    this.counts.callers++;
    const attempts = this.attemptsByCaller.get(r.callerId);
    this.check(attempts === r.attempts, `caller ${r.callerId} ended after ${r.attempts} attempts, ${attempts} recorded`);
    this.check(attempts !== undefined, `caller ${r.callerId} ended twice or never called`);
    this.attemptsByCaller.delete(r.callerId);
  }

  visit(r: VisitRecord): void {
    this.counts.visits++;
    this.time(r.arrivalMin, 'visit arrival');
    this.time(r.waitMin, 'visit wait');
    this.time(r.holdMin, 'hold time');
    this.check(r.endMin + EPS >= r.arrivalMin + r.waitMin, `visit ended at ${r.endMin} before arrival + wait`);
    if (r.outcome === 'served') {
      // Preempt-resume bookkeeping: the visit took exactly its work plus its time on hold.
      const span = r.endMin - r.arrivalMin - r.waitMin;
      this.check(Math.abs(span - r.serviceMin - r.holdMin) < 1e-6, `served visit spans ${span}, work ${r.serviceMin} + hold ${r.holdMin}`);
    } else {
      this.check(r.interruptions === 0 && r.holdMin === 0, `a ${r.outcome} visitor was interrupted`);
    }
    if (r.interruptions > 0) this.counts.interrupted++;
    this.check((r.interruptions > 0) === (r.holdMin > 0) || r.holdMin === 0, `interruptions ${r.interruptions} with hold ${r.holdMin}`);
  }

  callback(r: CallbackRecord): void {
    this.counts.callbacks++;
    this.time(r.createdMin, 'callback creation');
    if (r.startMin !== null) this.check(r.startMin + EPS >= r.createdMin, 'callback started before it was created');
  }

  message(r: MessageRecord): void {
    this.counts.messages++;
    if (r.answeredMin !== null) this.check(r.answeredMin + EPS >= r.arrivalMin, 'message answered before it arrived');
  }

  activity(team: Team, member: number, activity: Activity, fromMin: number, toMin: number): void {
    this.time(fromMin, 'activity start');
    this.check(toMin + EPS >= fromMin, `${activity} from ${fromMin} to ${toMin}`);
    const key = `${team}/${member}`;
    const list = this.spans.get(key) ?? [];
    list.push([fromMin, toMin, activity]);
    this.spans.set(key, list);
  }

  queueLength(queue: QueueName, length: number, atMin: number): void {
    this.check(Number.isInteger(length) && length >= 0, `${queue} queue length ${length}`);
    this.time(atMin, 'queue change');
  }

  duty(r: DutyRecord): void {
    this.check(r.overtimeMin >= 0, `overtime ${r.overtimeMin}`);
    this.duties.set(`${r.team}/${r.member}`, r);
  }

  dayEnded(): void {
    this.check(this.attemptsByCaller.size === 0, `${this.attemptsByCaller.size} callers never ended`);
    // One thing at a time: a person's activity spans never overlap, and lie within their duty.
    for (const [key, list] of this.spans) {
      list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (let i = 1; i < list.length; i++) {
        this.check(list[i][0] + EPS >= list[i - 1][1], `${key}: ${list[i][2]} at ${list[i][0]} overlaps ${list[i - 1][2]} until ${list[i - 1][1]}`);
      }
      const duty = this.duties.get(key);
      if (duty && !key.startsWith('overflow')) {
        const last = list[list.length - 1][1];
        this.check(list[0][0] + EPS >= duty.fromMin, `${key} worked before the shift`);
        this.check(last <= duty.toMin + duty.overtimeMin + EPS, `${key} worked until ${last}, after shift end + overtime`);
      }
    }
    this.day = null;
  }
}
