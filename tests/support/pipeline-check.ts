// Runs a scenario through the product's own pipeline (replications → tallies → summary) while
// recording every contact and every minute of staff time, then checks what must hold exactly:
// every contact ends exactly once; the counts in the trace are the summary's counts; a served
// visit ends at arrival + wait + work + hold; no figure is NaN or negative; staff time covers
// every contact (each minute of work is a contact's, within its person's duty) and the tallies
// count it. Returns the violations found (none: all holds).

import { runReplication } from '../../src/analysis/replication.js';
import { engines, type EngineName } from '../../src/engine/engines.js';
import { summarise, type Summary } from '../../src/metrics/summary/index.js';
import type { RunTotals } from '../../src/metrics/tally.js';
import type { ModelConfig } from '../../src/model/config.js';
import { WarningList } from '../../src/model/issues.js';
import { normaliseScenario } from '../../src/model/normalise.js';
import type {
  Activity,
  CallAttemptRecord,
  CallbackRecord,
  CallerRecord,
  DayObserver,
  DayStart,
  DutyRecord,
  MessageRecord,
  Team,
  VisitorKind,
  VisitRecord,
} from '../../src/model/observer.js';
import { type ScenarioInput, scenarioSchema } from '../../src/model/schema/index.js';
import { InvariantObserver } from './invariant-observer.js';

/** Floating-point slack for sums of minutes. */
const EPS = 1e-6;

interface Span {
  readonly team: Team;
  readonly member: number;
  readonly activity: Activity;
  readonly fromMin: number;
  readonly toMin: number;
  readonly visitorOnHold: boolean;
}

/** Everything one replication reported, day by day. */
class Recorder implements DayObserver {
  readonly days: {
    start: DayStart;
    arrivals: Record<'call' | VisitorKind | 'message', number>;
    attempts: CallAttemptRecord[];
    callers: CallerRecord[];
    visits: VisitRecord[];
    callbacks: CallbackRecord[];
    messages: MessageRecord[];
    spans: Span[];
    duties: DutyRecord[];
  }[] = [];

  private get today() {
    return this.days[this.days.length - 1];
  }

  dayStarted(start: DayStart): void {
    start = { ...start };
    const arrivals = { call: 0, appointment: 0, walkIn: 0, pickup: 0, message: 0 };
    this.days.push({ start, arrivals, attempts: [], callers: [], visits: [], callbacks: [], messages: [], spans: [], duties: [] });
  }
  arrival(kind: 'call' | VisitorKind | 'message'): void {
    this.today.arrivals[kind]++;
  }
  // Records are reused by the day once the call returns: each is copied.
  callAttempt(record: CallAttemptRecord): void {
    this.today.attempts.push({ ...record });
  }
  caller(record: CallerRecord): void {
    this.today.callers.push({ ...record });
  }
  visit(record: VisitRecord): void {
    this.today.visits.push({ ...record });
  }
  callback(record: CallbackRecord): void {
    this.today.callbacks.push({ ...record });
  }
  message(record: MessageRecord): void {
    this.today.messages.push({ ...record });
  }
  activity(team: Team, member: number, activity: Activity, fromMin: number, toMin: number, visitorOnHold: boolean): void {
    this.today.spans.push({ team, member, activity, fromMin, toMin, visitorOnHold });
  }
  queueLength(): void {}
  duty(record: DutyRecord): void {
    this.today.duties.push(record);
  }
  dayEnded(): void {}
}

/** What a check of one scenario found. */
export interface PipelineCheck {
  readonly violations: readonly string[];
  /** Contacts the trace holds (call attempts, visits, callbacks, messages). */
  readonly contacts: number;
  readonly summary: Summary;
  readonly config: ModelConfig;
  /** What the scenario reached ('call:rang-out', 'callback:desk', 'break:late'…), to see that random scenarios reach every feature. */
  readonly features: ReadonlySet<string>;
}

/** Runs `input` through the pipeline and checks it. */
export function checkPipeline(input: ScenarioInput, engine: EngineName = 'recepsim'): PipelineCheck {
  const config = normaliseScenario(scenarioSchema.parse(input), new WarningList());
  const violations: string[] = [];
  const fail = (what: string) => {
    if (violations.length < 20) violations.push(what);
  };
  const totals: RunTotals[] = [];
  const recorders: Recorder[] = [];
  for (let replication = 0; replication < config.replications; replication++) {
    const recorder = new Recorder();
    const invariants = new InvariantObserver();
    totals.push(runReplication(config, replication, engines[engine], [recorder, invariants]).totals);
    recorders.push(recorder);
    for (const violation of invariants.violations) fail(`replication ${replication}: ${violation}`);
  }
  const summary = summarise(config, totals);
  const features = new Set<string>([`mode:${modeOf(config)}`, ...config.policies.map((window) => `policy:${window.policy.kind}`), ...(config.policies.length > 1 ? ['policy:by-the-hour'] : [])]);

  let contacts = 0;
  const trace = { offered: 0, answered: 0, callbacksOfCalls: 0, callers: 0, callbacks: 0, messages: 0 };
  const visitsByKind: Record<VisitorKind, { arrivals: number; served: number }> = {
    appointment: { arrivals: 0, served: 0 },
    walkIn: { arrivals: 0, served: 0 },
    pickup: { arrivals: 0, served: 0 },
  };
  recorders.forEach((recorder, replication) => {
    const tally = totals[replication];
    const staffTally: Record<Team, Record<Activity, number>> = {
      advisors: { visit: 0, call: 0, callback: 0, message: 0, break: 0 },
      phoneDesk: { visit: 0, call: 0, callback: 0, message: 0, break: 0 },
      parts: { visit: 0, call: 0, callback: 0, message: 0, break: 0 },
      overflow: { visit: 0, call: 0, callback: 0, message: 0, break: 0 },
    };
    for (const day of recorder.days) {
      const where = `replication ${replication} day ${day.start.day}`;
      const measured = (atMin: number) => atMin >= day.start.measureFromMin && atMin < day.start.measureToMin;
      contacts += day.attempts.length + day.visits.length + day.callbacks.length + day.messages.length;

      // Every contact ends exactly once: one record per arrival, one end per caller and callback.
      const visitArrivals = day.arrivals.appointment + day.arrivals.walkIn + day.arrivals.pickup;
      if (day.attempts.length !== day.arrivals.call) fail(`${where}: ${day.arrivals.call} call arrivals, ${day.attempts.length} attempt records`);
      if (day.visits.length !== visitArrivals) fail(`${where}: ${visitArrivals} visitor arrivals, ${day.visits.length} visit records`);
      if (day.messages.length !== day.arrivals.message) fail(`${where}: ${day.arrivals.message} messages, ${day.messages.length} records`);
      // A visitor is on hold exactly while their advisor is on the phone: the visits' hold
      // minutes are the advisors' minutes on calls with a visitor of theirs on hold.
      const heldMin = day.visits.reduce((sum, visit) => sum + visit.holdMin, 0);
      const onHoldCallMin = day.spans.filter((span) => span.visitorOnHold).reduce((sum, span) => sum + span.toMin - span.fromMin, 0);
      if (Math.abs(heldMin - onHoldCallMin) > EPS * (1 + heldMin)) fail(`${where}: visitors on hold ${heldMin} min, advisors on calls with a visitor on hold ${onHoldCallMin} min`);
      for (const span of day.spans) {
        if (span.visitorOnHold && (span.team !== 'advisors' || span.activity !== 'call')) fail(`${where}: ${span.team} ${span.member} ${span.activity} with a visitor on hold`);
      }
      const callerIds = new Set(day.callers.map((caller) => caller.callerId));
      if (callerIds.size !== day.callers.length) fail(`${where}: a caller ended twice`);
      const callersCalling = new Set(day.attempts.map((attempt) => attempt.callerId));
      if (callersCalling.size !== callerIds.size || [...callersCalling].some((id) => !callerIds.has(id))) {
        fail(`${where}: ${callersCalling.size} callers called, ${callerIds.size} ended`);
      }
      const callbacksPromised = day.attempts.filter((attempt) => attempt.callbackCreated).length;
      if (callbacksPromised !== day.callbacks.length) fail(`${where}: ${callbacksPromised} callbacks promised, ${day.callbacks.length} records`);

      // What the summary counts, counted again from the trace. A callback is counted with the
      // attempt that asked for it (after-hours voicemails included).
      for (const attempt of day.attempts) {
        if (!measured(attempt.arrivalMin)) continue;
        if (attempt.callbackCreated) trace.callbacksOfCalls++;
        if (attempt.afterHours) continue;
        trace.offered++;
        if (attempt.outcome === 'answered') trace.answered++;
      }
      trace.callers += day.callers.filter((caller) => measured(caller.firstArrivalMin)).length;
      trace.callbacks += day.callbacks.filter((callback) => measured(callback.requestedMin)).length;
      trace.messages += day.messages.filter((message) => measured(message.arrivalMin)).length;
      for (const visit of day.visits) {
        if (!measured(visit.arrivalMin)) continue;
        visitsByKind[visit.kind].arrivals++;
        if (visit.outcome === 'served') visitsByKind[visit.kind].served++;
      }

      // Staff time covers every contact: the minutes of visit and call work are the contacts' own.
      const workOf = (activity: Activity) =>
        day.spans.filter((span) => span.activity === activity).reduce((sum, span) => sum + span.toMin - span.fromMin, 0);
      const servedWork = day.visits.filter((visit) => visit.outcome === 'served').reduce((sum, visit) => sum + visit.serviceMin, 0);
      if (Math.abs(workOf('visit') - servedWork) > EPS * (1 + servedWork)) {
        fail(`${where}: ${workOf('visit')} min serving visitors, served visits need ${servedWork}`);
      }
      const talk = day.attempts.reduce((sum, attempt) => sum + attempt.talkMin, 0);
      if (Math.abs(workOf('call') - talk) > EPS * (1 + talk)) fail(`${where}: ${workOf('call')} min on calls, callers talked ${talk}`);
      const returned = day.callbacks.filter((callback) => callback.startMin !== null).map((callback) => callback.startMin!).sort((a, b) => a - b);
      const callbackStarts = day.spans.filter((span) => span.activity === 'callback').map((span) => span.fromMin).sort((a, b) => a - b);
      if (JSON.stringify(returned) !== JSON.stringify(callbackStarts)) fail(`${where}: callbacks returned at ${returned}, worked from ${callbackStarts}`);
      // Breaks as written: each lies inside a break written for that person.
      for (const span of day.spans) {
        if (span.activity !== 'break') continue;
        const written = shiftsOf(config)[span.team][span.member]?.breaks ?? [];
        if (!written.some((pause) => pause.fromMin <= span.fromMin && span.toMin <= pause.toMin + EPS)) {
          fail(`${where}: ${span.team} ${span.member} on a break ${span.fromMin}–${span.toMin}, none written then`);
        }
      }
      // …and no one works who is not on duty that day.
      const onDuty = new Set(day.duties.map((duty) => `${duty.team}/${duty.member}`));
      for (const span of day.spans) {
        if (span.team !== 'overflow' && !onDuty.has(`${span.team}/${span.member}`)) fail(`${where}: ${span.team} ${span.member} worked without a duty record`);
      }
      // The tallies count exactly that time, from the start of the measure window to staffToMin.
      for (const span of day.spans) {
        const fromMin = Math.max(span.fromMin, day.start.measureFromMin);
        const toMin = Math.min(span.toMin, day.start.staffToMin);
        if (toMin > fromMin) staffTally[span.team][span.activity] += toMin - fromMin;
      }
    }
    for (const team of Object.keys(staffTally) as Team[]) {
      for (const activity of Object.keys(staffTally[team]) as Activity[]) {
        const counted = tally.staff[team].whole.activityMin[activity];
        const traced = staffTally[team][activity];
        if (Math.abs(counted - traced) > EPS * (1 + traced)) fail(`replication ${replication}: ${team} ${activity}: tally ${counted} min, trace ${traced}`);
      }
    }
  });

  // Counts per day × days = counts in the trace (figures have 6 significant digits).
  const days = summary.daysSimulated;
  const same = (name: string, perDay: number | null, count: number) => {
    const total = (perDay ?? 0) * days;
    if (Math.abs(total - count) > 1e-5 * Math.max(1, count)) fail(`${name}: summary ${perDay}/day × ${days} days = ${total}, trace ${count}`);
  };
  same('calls offered', summary.calls.offeredPerDay.value, trace.offered);
  same('calls answered', summary.calls.answeredPerDay.value, trace.answered);
  same('callbacks promised by calls', summary.calls.callbacksCreatedPerDay.value, trace.callbacksOfCalls);
  same('callbacks', summary.callbacks.createdPerDay.value, trace.callbacks);
  same('callers', summary.callers.callersPerDay.value, trace.callers);
  same('messages', summary.messages.arrivalsPerDay.value, trace.messages);
  for (const kind of Object.keys(visitsByKind) as VisitorKind[]) {
    same(`${kind} arrivals`, summary.visits[kind].arrivalsPerDay.value, visitsByKind[kind].arrivals);
    same(`${kind} served`, summary.visits[kind].servedPerDay.value, visitsByKind[kind].served);
  }

  // No figure is NaN, infinite or negative.
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'number') {
      if (!Number.isFinite(node) || node < 0) fail(`${path} is ${node}`);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}[${index}]`));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(summary, '');

  for (const recorder of recorders) for (const day of recorder.days) addFeatures(features, day, config);
  return { violations, contacts, summary, config, features };
}

/** Each team's shifts (the overflow team has none). */
function shiftsOf(config: ModelConfig): Record<Team, ModelConfig['advisors']> {
  return { advisors: config.advisors, phoneDesk: config.phoneDesk, parts: config.parts?.agents ?? [], overflow: [] };
}

function modeOf(config: ModelConfig): string {
  if (config.horizon.mode === 'steady') return 'steady';
  return config.horizon.openMin === 0 && config.horizon.closeMin === 24 * 60 ? 'round-the-clock' : 'days';
}

/** Adds the features one day reached. */
function addFeatures(features: Set<string>, day: Recorder['days'][number], config: ModelConfig): void {
  for (const attempt of day.attempts) {
    features.add(`call:${attempt.outcome}`);
    if (attempt.attempt > 1) features.add('call:redial');
    if (attempt.answeredBy !== null) features.add(`answeredBy:${attempt.answeredBy}`);
    if (attempt.transfer !== 'none') features.add(`transfer:${attempt.transfer}`);
  }
  for (const caller of day.callers) features.add(`caller:${caller.resolution}`);
  for (const callback of day.callbacks) {
    features.add(`callback:${callback.source}`);
    features.add(callback.startMin === null ? 'callback:not-returned' : 'callback:returned');
  }
  for (const visit of day.visits) {
    features.add(`visit:${visit.kind}`);
    features.add(`visit:${visit.outcome}`);
    if (visit.interruptions > 0) features.add('visit:interrupted');
  }
  for (const message of day.messages) features.add(message.answeredMin === null ? 'message:not-answered' : 'message:answered');
  for (const duty of day.duties) if (duty.overtimeMin > 0) features.add('overtime');
  for (const span of day.spans) {
    if (span.activity !== 'break') continue;
    const written = shiftsOf(config)[span.team][span.member]?.breaks.find((pause) => pause.fromMin <= span.fromMin && span.fromMin < pause.toMin);
    features.add(written !== undefined && written.fromMin === span.fromMin ? 'break:whole' : 'break:late');
  }
}
