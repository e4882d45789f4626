// Working days, not a steady state: each day starts empty at opening, the arrival rate changes
// by the hour, and the calls still waiting at closing are lost; callers may redial. The reception reduced to one
// call channel is then a birth–death chain solved in time (tests/support/transient-day.ts), and
// every per-day figure of summary.json has an exact expectation to meet, the service level
// included (the mean number waiting is over the opening hours, as a manager reads it).

import { describe, it } from 'vitest';
import type { ScenarioInput } from '../../src/model/schema/index.js';
import { expectNearTheory, runScenario } from '../support/steady-run.js';
import { type TransientDay, transientDay } from '../support/transient-day.js';
import { RUN_SCALE } from '../support/precision.js';

const REPLICATIONS = 20;
const DAYS = 160 * RUN_SCALE;
const THRESHOLD_SEC = 20;

interface FiniteDayCase {
  readonly name: string;
  /** Opening hour; the day closes after as many hours as `callsPerHour` has. */
  readonly openHour: number;
  readonly callsPerHour: readonly number[];
  readonly servers: number;
  readonly meanServiceMin: number;
  readonly patienceMeanMin?: number;
  /** One policy all day (divert with no ring time: a call that finds everyone busy is lost at once). */
  readonly policy: { kind: 'answer-all' } | { kind: 'divert'; ringSec: 0 } | { kind: 'phone-desk' };
  /** The calls are answered by a phone desk of `servers` people (one advisor serves nobody). */
  readonly desk?: boolean;
  /** A failed attempt redials with probability p after an exponential delay (redials after closing are after hours). */
  readonly redial?: { readonly p: number; readonly delayMeanMin: number };
}

const CASES: readonly FiniteDayCase[] = [
  {
    name: 'answer-all, impatient callers, a peak at 09:00 and a busy last hour',
    openHour: 8,
    callsPerHour: [30, 80, 45, 70],
    servers: 3,
    meanServiceMin: 4,
    patienceMeanMin: 2,
    policy: { kind: 'answer-all' },
  },
  {
    name: 'Erlang C by the hour: patient callers, an overloaded hour, calls left waiting at closing',
    openHour: 9,
    callsPerHour: [20, 30, 28],
    servers: 2,
    meanServiceMin: 5,
    policy: { kind: 'answer-all' },
  },
  {
    name: 'Erlang B by the hour: divert with no ring time',
    openHour: 8,
    callsPerHour: [40, 60, 20],
    servers: 3,
    meanServiceMin: 4,
    policy: { kind: 'divert', ringSec: 0 },
  },
  {
    name: 'answer-all, impatient callers who redial, an orbit left at closing',
    openHour: 8,
    callsPerHour: [40, 70, 50, 60],
    servers: 3,
    meanServiceMin: 4,
    patienceMeanMin: 1.5,
    policy: { kind: 'answer-all' },
    redial: { p: 0.6, delayMeanMin: 10 },
  },
  {
    name: 'a phone desk of 4 with impatient callers, over a long day',
    openHour: 8,
    callsPerHour: [40, 90, 70, 50, 30, 60, 80, 45, 20, 35, 50],
    servers: 4,
    meanServiceMin: 3,
    patienceMeanMin: 1.5,
    policy: { kind: 'phone-desk' },
    desk: true,
  },
];

function scenarioOf(spec: FiniteDayCase): ScenarioInput {
  const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
  const perHour = Object.fromEntries(spec.callsPerHour.map((rate, i) => [String(spec.openHour + i).padStart(2, '0'), rate]));
  return {
    name: spec.name,
    day: { open: clock(spec.openHour), close: clock(spec.openHour + spec.callsPerHour.length) },
    days: DAYS,
    replications: REPLICATIONS,
    seed: 5,
    staff: spec.desk ? { advisors: 1, phoneDesk: spec.servers } : { advisors: spec.servers },
    policy: spec.policy,
    calls: {
      perHour,
      reasons: [{ name: 'any', share: 1, handle: { dist: 'exponential', mean: spec.meanServiceMin } }],
      ...(spec.patienceMeanMin ? { patience: { dist: 'exponential', mean: spec.patienceMeanMin } } : {}),
      ...(spec.redial ? { redial: { p: spec.redial.p, delay: { dist: 'exponential', mean: spec.redial.delayMeanMin }, maxAttempts: null } } : {}),
    },
    targets: { calls: { answeredWithinSec: THRESHOLD_SEC } },
  };
}

function chainOf(spec: FiniteDayCase): TransientDay {
  return {
    servers: spec.servers,
    meanServiceMin: spec.meanServiceMin,
    patienceMeanMin: spec.patienceMeanMin ?? Infinity,
    waitingRoom: spec.policy.kind === 'divert' ? 0 : Infinity,
    ratesPerMin: spec.callsPerHour.map((perHour) => perHour / 60),
    thresholdMin: THRESHOLD_SEC / 60,
    ...(spec.redial ? { redial: spec.redial } : {}),
  };
}

describe('working days against the birth–death chain solved in time', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, spec) => {
    const exact = transientDay(chainOf(spec));
    if (exact.truncationMass > 1e-9) throw new Error(`the chain is cut too short (queue or orbit): ${exact.truncationMass}`);
    const summary = await runScenario(scenarioOf(spec));
    const { calls } = summary;
    const team = summary.staff[spec.desk ? 'phoneDesk' : 'advisors'];
    // A call still in hand at closing is finished (memoryless: a whole mean service time each),
    // as overtime; the team's available time is its opening hours plus that overtime.
    const overtimeMin = exact.inServiceAtClosing * spec.meanServiceMin;
    const openMin = spec.callsPerHour.length * 60;
    const near = (metric: string, figure: Parameters<typeof expectNearTheory>[1], value: number) =>
      expectNearTheory(metric, figure, value, REPLICATIONS);
    near('offeredPerDay', calls.offeredPerDay, exact.offered);
    near('answeredPerDay', calls.answeredPerDay, exact.answered);
    near('p_wait_gt0', calls.p_wait_gt0, exact.waited / exact.offered);
    near('p_blocked', calls.p_blocked, exact.blocked / exact.offered);
    near('p_abandon', calls.p_abandon, exact.abandoned / exact.offered);
    near('lost at closing', calls.outcomeShare.closed, exact.lostAtClosing / exact.offered);
    near('mean_wait_all', calls.mean_wait_all, exact.waitingMin / exact.offered);
    // A call answered before closing is talked to its end, however late.
    near('meanTalkMin', calls.meanTalkMin, spec.meanServiceMin);
    // Every minute waited is a delayed call's.
    if (exact.waited > 0) near('mean_wait_delayed', calls.mean_wait_delayed, exact.waitingMin / exact.waited);
    near('sl_answered_within_t_over_offered', calls.sl_answered_within_t_over_offered, exact.answeredWithinThreshold / exact.offered);
    near('sl_within_t_over_answered', calls.sl_within_t_over_answered, exact.answeredWithinThreshold / exact.answered);
    // Nobody waits on the phone after closing: the mean while open is the day's calls × mean wait ÷ minutes open.
    near('mean calls waiting', summary.meanQueueLength.calls, exact.waitingMin / openMin);
    near('utilisation', team.utilisation, (exact.busyServerMinWhileOpen + overtimeMin) / (spec.servers * openMin + overtimeMin));
    near('overtimeMinPerDay', team.overtimeMinPerDay, overtimeMin);
  });
});
