// Receptions drawn at random from a seed, each with every figure that an exact model gives for
// it: the whole reception's Markov chain (calls and walk-ins at the same advisors under
// answer-all, threshold or divert with no ring time; tests/support/blended-chain.ts), Erlang A/C
// for a phone desk and the visitors it leaves to the advisors, the retrial chain for redials
// (src/analysis/queueing/retrial.ts), and the birth–death chain solved in time for working days
// (tests/support/transient-day.ts). Everything is exponential, so the exact models hold; the
// draws keep the load below about 0.85 so that runs of a few hundred thousand arrivals converge.

import seedrandom from 'seedrandom';
import { erlangAMetrics, erlangCMetrics, retrialMetrics, type QueueMetrics } from '../../src/analysis/queueing/index.js';
import type { Figure, Summary } from '../../src/metrics/summary/index.js';
import type { ScenarioInput } from '../../src/model/schema/index.js';
import { type BlendedFigures, type BlendedPolicy, type BlendedReception, solveBlendedReception } from './blended-chain.js';
import { abandonedWithin, offeredWaitOver, waitQuantileFigures } from './offered-wait.js';
import { transientDay } from './transient-day.js';

/** A drawn reception: its scenario, and the exact value of each summary figure (by dotted path). */
export interface RandomCase {
  readonly seed: number;
  /** What was drawn, in a few words. */
  readonly label: string;
  readonly scenario: ScenarioInput;
  readonly exact: Readonly<Record<string, number>>;
}

/** The summary figure at a dotted path ('calls.p_wait_gt0', 'visits.walkIn.mean_wait_all'). */
export function figureAt(summary: Summary, path: string): Figure {
  let node: unknown = summary;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  if (node === undefined || node === null || typeof node !== 'object' || !('value' in node)) throw new Error(`no figure at ${path}`);
  return node as Figure;
}

const THRESHOLD_SEC = 20;
const VISITOR_THRESHOLD_MIN = 5;

/** How long a drawn reception is simulated: arrivals (call attempts and visitors) over all replications, and replications. */
export interface RunSize {
  readonly arrivals: number;
  readonly replications: number;
}

/** Draws from one seed. */
class Draw {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = seedrandom(`random-reception-${seed}`);
  }
  uniform(low: number, high: number): number {
    return low + (high - low) * this.random();
  }
  /** An integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.random() * (high - low + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
  /** A number rounded to two decimals (scenarios read better). */
  round(low: number, high: number): number {
    return Math.round(this.uniform(low, high) * 100) / 100;
  }
}

const exponential = (mean: number) => ({ dist: 'exponential' as const, mean });

/** Figures of one call queue that behaves as M/M/c+M (or M/M/c without patience). */
function callQueueFigures(metrics: QueueMetrics, c: number, lambda: number, handle: number, patience: number, prefix = 'calls'): Record<string, number> {
  const out: Record<string, number> = {
    [`${prefix}.p_wait_gt0`]: metrics.p_wait_gt0,
    [`${prefix}.p_abandon`]: metrics.p_abandon,
    [`${prefix}.p_blocked`]: 0,
    [`${prefix}.mean_wait_all`]: metrics.mean_wait_all,
    [`${prefix}.mean_wait_served`]: metrics.mean_wait_served,
    [`${prefix}.sl_answered_within_t_over_offered`]: metrics.sl_answered_within_t_over_offered,
    [`${prefix}.sl_within_t_over_answered`]: metrics.sl_within_t_over_answered,
    [`${prefix}.p_offered_wait_gt_t`]: offeredWaitOver(c, lambda, handle, patience, THRESHOLD_SEC / 60),
  };
  // Every minute waited is a delayed call's; the minutes of those who hung up are the rest.
  if (metrics.p_wait_gt0 > 1e-3) out[`${prefix}.mean_wait_delayed`] = metrics.mean_wait_all / metrics.p_wait_gt0;
  if (metrics.p_abandon > 1e-3) {
    out[`${prefix}.meanTimeToAbandonMin`] = (metrics.mean_wait_all - (1 - metrics.p_abandon) * metrics.mean_wait_served) / metrics.p_abandon;
    const quickAbandons = abandonedWithin(c, lambda, handle, patience, THRESHOLD_SEC / 60);
    out[`${prefix}.p_abandon_within_t`] = quickAbandons;
    out[`${prefix}.sl_answered_within_t_excluding_short_abandons`] = metrics.sl_answered_within_t_over_offered / (1 - quickAbandons);
  }
  return { ...out, ...waitQuantileFigures(c, lambda, handle, patience, metrics.p_wait_gt0, `${prefix}.waitMin.all`, [0.5, 0.9, 0.95]) };
}

/** Erlang A, or Erlang C when nobody hangs up. */
function callQueue(c: number, lambda: number, handle: number, patience: number, thresholdMin: number): QueueMetrics {
  const params = { servers: c, lambdaPerMin: lambda, meanServiceMin: handle, slThresholdMin: thresholdMin };
  return Number.isFinite(patience) ? erlangAMetrics({ ...params, patienceMeanMin: patience }) : erlangCMetrics(params);
}

/** Steady state with a warm-up of many mean times of the slowest process (at least an hour). */
function steady(arrivalsPerMin: number, run: RunSize, slowestMeanMin: number): { hours: number; warmupHours: number } {
  const warmupHours = Math.max(1, (50 * slowestMeanMin) / 60);
  return { hours: run.arrivals / run.replications / arrivalsPerMin / 60 + warmupHours, warmupHours };
}

const finite = (...values: number[]) => values.filter(Number.isFinite);

/** Solves the chain with queues long enough that the mass at their ends is negligible; null if that takes too many states. */
function solveLongEnough(model: Omit<BlendedReception, 'maxVisitorsWaiting' | 'maxCallsWaiting'>, loss: boolean): BlendedFigures | null {
  for (const room of [20, 40]) {
    // Walk-ins who balk never let more than balkAtWaiting wait: one more place is never reached.
    const visitorRoom = model.balkAtWaiting !== undefined ? model.balkAtWaiting + 1 : model.visitorsPerMin > 0 ? room : 0;
    const exact = solveBlendedReception({ ...model, maxVisitorsWaiting: visitorRoom, maxCallsWaiting: loss ? 0 : room });
    if (exact.truncationMass < 1e-9) return exact;
    // The mass at the ends falls about geometrically with their length: twice as long will not do.
    if (exact.truncationMass > 1e-5) return null;
  }
  return null;
}

/** The calls' figures of the whole reception's chain. */
function chainCallFigures(exact: BlendedFigures): Record<string, number> {
  return {
    'calls.p_wait_gt0': exact.calls.p_wait_gt0,
    'calls.p_blocked': exact.calls.p_blocked,
    'calls.p_abandon': exact.calls.p_abandon,
    'calls.mean_wait_all': exact.calls.mean_wait_all,
    'calls.outcomeShare.answered': 1 - exact.calls.p_abandon - exact.calls.p_blocked,
    'meanQueueLength.calls': exact.meanWaiting.calls,
    // Every minute waited is a delayed call's.
    ...(exact.calls.p_wait_gt0 > 1e-3 ? { 'calls.mean_wait_delayed': exact.calls.mean_wait_all / exact.calls.p_wait_gt0 } : {}),
  };
}

/** The walk-ins' figures of the whole reception's chain, and the advisors' time split. */
function chainVisitorFigures(exact: BlendedFigures, writeUpMin: number): Record<string, number> {
  const v = exact.visits;
  const servedShare = 1 - v.p_abandon - v.balkShare;
  return {
    'visits.walkIn.p_wait_gt0': v.p_wait_gt0,
    'visits.walkIn.p_abandon': v.p_abandon,
    'visits.walkIn.balkShare': v.balkShare,
    'visits.walkIn.lostShare': v.p_abandon + v.balkShare,
    'visits.walkIn.mean_wait_all': v.mean_wait_all,
    'visits.walkIn.holdMinPerVisit': v.holdMinPerVisit,
    'visits.walkIn.interruptionsPerVisit': v.interruptionsPerVisit,
    // A served visit is its write-up and its minutes on hold; one who balked spends no time inside.
    'visits.walkIn.meanVisitMin': writeUpMin + v.holdMinPerVisit,
    'visits.walkIn.meanTimeInBuildingMin': v.mean_wait_all + servedShare * (writeUpMin + v.holdMinPerVisit),
    'meanQueueLength.visitors': exact.meanWaiting.visitors,
    'staff.advisors.utilisationByActivity.visit': exact.utilisationByActivity.visit,
    'staff.advisors.utilisationOnCalls.noVisitorOnHold': exact.utilisationOnCalls.noVisitorOnHold,
    'staff.advisors.utilisationOnCalls.visitorOnHold': exact.utilisationOnCalls.visitorOnHold,
  };
}

/** The calls section: one reason, exponential handling and patience (none if infinite). */
function callsSection(perMin: number, handleMin: number, patienceMin: number): NonNullable<ScenarioInput['calls']> {
  return {
    perHour: perMin * 60,
    reasons: [{ name: 'any', share: 1, handle: exponential(handleMin) }],
    ...(Number.isFinite(patienceMin) ? { patience: exponential(patienceMin) } : {}),
  };
}

/** The walk-ins section, exponential throughout; they may give up waiting or balk. */
function walkInsSection(perMin: number, writeUpMin: number, patienceMin: number, balkAt: number | undefined): Pick<ScenarioInput, 'walkIns'> {
  return {
    walkIns: {
      perHour: perMin * 60,
      writeUp: exponential(writeUpMin),
      ...(Number.isFinite(patienceMin) ? { patience: exponential(patienceMin) } : {}),
      ...(balkAt !== undefined ? { balkAt } : {}),
    },
  };
}

/** Calls and (maybe) walk-ins at the same advisors, in steady state, against the whole reception's chain. */
function drawBlended(draw: Draw, seed: number, run: RunSize): RandomCase | null {
  const c = draw.int(1, 6);
  const kind = draw.pick(['answer-all', 'answer-all', 'threshold', 'divert'] as const);
  const choice = draw.pick(['latest-start', 'random'] as const);
  const interruptProbability = kind === 'answer-all' && draw.chance(0.3) ? draw.round(0.2, 0.9) : 1;
  const maxWaitingVisitors = draw.int(0, 3);
  const withVisitors = draw.chance(0.8);
  const handle = draw.round(1.5, 6);
  const patience = draw.chance(0.7) ? draw.round(0.5, 4) : Infinity;
  const writeUp = draw.round(5, 25);
  const visitorPatience = withVisitors && draw.chance(0.3) ? draw.round(5, 30) : Infinity;
  const balkAt = withVisitors && draw.chance(0.3) ? draw.int(1, 6) : undefined;
  // Answer-all with no ring time: a call nobody takes at once, by a free advisor or an interruption, is lost.
  const ringsOut = kind === 'answer-all' && draw.chance(0.25);
  // Offered load per advisor, split between calls and visits.
  const load = draw.uniform(0.3, c <= 2 ? 0.75 : 0.85) * c;
  const callShare = withVisitors ? draw.uniform(0.2, 0.8) : 1;
  const lambda = Math.round(((load * callShare) / handle) * 60 * 10) / 10 / 60;
  const visitors = withVisitors ? Math.round(((load * (1 - callShare)) / writeUp) * 60 * 10) / 10 / 60 : 0;
  if (lambda <= 0 || (withVisitors && visitors <= 0)) return null;

  const policy: ScenarioInput['policy'] =
    kind === 'answer-all'
      ? { kind, interruptChoice: choice, ...(interruptProbability < 1 ? { interruptProbability } : {}), ...(ringsOut ? { ringSec: 0 } : {}) }
      : kind === 'threshold'
        ? { kind, maxWaitingVisitors }
        : { kind, ringSec: 0 };
  const chainPolicy: BlendedPolicy =
    kind === 'answer-all'
      ? { callsFirst: () => true, mayAnswer: () => true, interrupts: true, interruptProbability }
      : kind === 'threshold'
        ? { callsFirst: (w) => w <= maxWaitingVisitors, mayAnswer: (w) => w <= maxWaitingVisitors, interrupts: false }
        : { callsFirst: () => false, mayAnswer: () => true, interrupts: false };
  const exact = solveLongEnough(
    {
      advisors: c,
      callsPerMin: lambda,
      callMeanMin: handle,
      callPatienceMeanMin: patience,
      visitorsPerMin: visitors,
      visitMeanMin: writeUp,
      visitorPatienceMeanMin: visitorPatience,
      ...(balkAt !== undefined ? { balkAtWaiting: balkAt } : {}),
      policy: chainPolicy,
    },
    kind === 'divert' || ringsOut,
  );
  if (!exact) return null;

  const figures: Record<string, number> = {
    ...chainCallFigures(exact),
    'staff.advisors.utilisation': exact.utilisation,
    'staff.advisors.utilisationByActivity.call': exact.utilisationByActivity.call,
  };
  // Answer-all interrupting every time (and any policy without visitors) leaves the calls an
  // M/M/c+M queue of their own (Erlang B with divert and no ring time): its closed forms give more figures.
  const callsAlone = !ringsOut && ((kind === 'answer-all' && interruptProbability === 1) || (!withVisitors && kind !== 'divert'));
  if (callsAlone) Object.assign(figures, callQueueFigures(callQueue(c, lambda, handle, patience, THRESHOLD_SEC / 60), c, lambda, handle, patience));
  if (withVisitors) Object.assign(figures, chainVisitorFigures(exact, writeUp));
  const label =
    `${c} advisors, ${kind === 'answer-all' ? `answer-all (${choice}${interruptProbability < 1 ? `, p ${interruptProbability}` : ''}${ringsOut ? ', ring 0 s' : ''})` : kind === 'threshold' ? `threshold T=${maxWaitingVisitors}` : 'divert 0 s'}, ` +
    `calls ${(lambda * 60).toFixed(1)}/h × ${handle} min, patience ${patience}` +
    (withVisitors ? `; walk-ins ${(visitors * 60).toFixed(1)}/h × ${writeUp} min, patience ${visitorPatience}, balk at ${balkAt ?? '∞'}` : '; no walk-ins');
  return {
    seed,
    label,
    scenario: {
      name: `random reception ${seed}`,
      day: { open: '08:00', close: '19:00' },
      steadyState: steady(lambda + visitors, run, Math.max(...finite(handle, patience, withVisitors ? writeUp : 0, visitorPatience))),
      replications: run.replications,
      seed,
      staff: { advisors: c },
      policy,
      calls: callsSection(lambda, handle, patience),
      ...(withVisitors ? walkInsSection(visitors, writeUp, visitorPatience, balkAt) : {}),
      targets: { calls: { answeredWithinSec: THRESHOLD_SEC }, visitors: { attendedWithinMin: VISITOR_THRESHOLD_MIN } },
    },
    exact: figures,
  };
}

/** A phone desk of k people answering calls, advisors serving walk-ins and — with overflowToAdvisors — the calls the desk has nobody free for. */
function drawDesk(draw: Draw, seed: number, run: RunSize): RandomCase | null {
  const k = draw.int(1, 4);
  const c = draw.int(1, 5);
  const handle = draw.round(1.5, 6);
  const patience = draw.chance(0.7) ? draw.round(0.5, 4) : Infinity;
  const lambda = Math.round(((draw.uniform(0.3, k <= 2 ? 0.75 : 0.85) * k) / handle) * 60 * 10) / 10 / 60;
  const withVisitors = draw.chance(0.7);
  const writeUp = draw.round(5, 25);
  const visitorPatience = draw.chance(0.3) ? draw.round(5, 30) : Infinity;
  const balkAt = draw.chance(0.25) ? draw.int(1, 6) : undefined;
  const visitors = withVisitors ? Math.round(((draw.uniform(0.3, c <= 2 ? 0.75 : 0.85) * c) / writeUp) * 60 * 10) / 10 / 60 : 0;
  const overflow = draw.chance(0.4);
  if (lambda <= 0 || (withVisitors && visitors <= 0)) return null;
  const visitorSide = { visitorsPerMin: visitors, visitMeanMin: writeUp, visitorPatienceMeanMin: visitorPatience, ...(balkAt !== undefined ? { balkAtWaiting: balkAt } : {}) };
  let figures: Record<string, number>;
  if (overflow) {
    // One chain for both sides: the desk first, then an advisor with no visitor waiting.
    const exact = solveLongEnough(
      {
        advisors: c,
        deskSize: k,
        callsPerMin: lambda,
        callMeanMin: handle,
        callPatienceMeanMin: patience,
        ...visitorSide,
        policy: { callsFirst: () => false, mayAnswer: (waiting) => waiting === 0, interrupts: false },
      },
      false,
    );
    if (!exact) return null;
    figures = {
      ...chainCallFigures(exact),
      'staff.phoneDesk.utilisation': exact.desk.utilisation,
      'calls.answeredByShare.phoneDesk': exact.desk.answeredShare,
      'calls.answeredByShare.advisors': 1 - exact.desk.answeredShare,
      'staff.advisors.utilisation': exact.utilisation,
      'staff.advisors.utilisationByActivity.call': exact.utilisationByActivity.call,
      ...(withVisitors ? chainVisitorFigures(exact, writeUp) : {}),
    };
  } else {
    const desk = callQueue(k, lambda, handle, patience, THRESHOLD_SEC / 60);
    figures = {
      ...callQueueFigures(desk, k, lambda, handle, patience),
      'meanQueueLength.calls': desk.mean_wait_all * lambda,
      'staff.phoneDesk.utilisation': desk.utilisation,
      'calls.answeredByShare.phoneDesk': 1,
    };
    if (withVisitors) {
      const exact = solveLongEnough(
        { advisors: c, callsPerMin: 0, callMeanMin: 1, callPatienceMeanMin: Infinity, ...visitorSide, policy: { callsFirst: () => false, mayAnswer: () => false, interrupts: false } },
        true,
      );
      if (!exact) return null;
      Object.assign(figures, chainVisitorFigures(exact, writeUp), { 'staff.advisors.utilisation': exact.utilisation });
      // Without balking the visitors are an M/M/c+M (or M/M/c) queue: the share attended within t and percentiles too.
      if (balkAt === undefined) {
        const visits = callQueue(c, visitors, writeUp, visitorPatience, VISITOR_THRESHOLD_MIN);
        figures['visits.walkIn.sl_attended_within_t_over_arrivals'] = visits.sl_answered_within_t_over_offered;
        figures['visits.walkIn.mean_wait_served'] = visits.mean_wait_served;
        figures['visits.walkIn.sl_attended_within_t_over_served'] = visits.sl_within_t_over_answered;
        if (visits.p_abandon > 1e-3) {
          figures['visits.walkIn.mean_wait_gave_up'] = (visits.mean_wait_all - (1 - visits.p_abandon) * visits.mean_wait_served) / visits.p_abandon;
        }
        Object.assign(figures, waitQuantileFigures(c, visitors, writeUp, visitorPatience, visits.p_wait_gt0, 'visits.walkIn.waitMin.all', [0.5, 0.9, 0.95]));
      }
    }
  }
  return {
    seed,
    label:
      `phone desk of ${k}${overflow ? ' with overflow to advisors' : ''}, calls ${(lambda * 60).toFixed(1)}/h × ${handle} min, patience ${patience}` +
      (withVisitors ? `; ${c} advisors, walk-ins ${(visitors * 60).toFixed(1)}/h × ${writeUp} min, patience ${visitorPatience}, balk at ${balkAt ?? '∞'}` : `; ${c} advisors, no walk-ins`),
    scenario: {
      name: `random phone desk ${seed}`,
      day: { open: '08:00', close: '19:00' },
      steadyState: steady(lambda + visitors, run, Math.max(...finite(handle, patience, withVisitors ? writeUp : 0, withVisitors ? visitorPatience : 0))),
      replications: run.replications,
      seed,
      staff: { advisors: c, phoneDesk: k },
      policy: { kind: 'phone-desk', ...(overflow ? { overflowToAdvisors: true } : {}) },
      calls: callsSection(lambda, handle, patience),
      ...(withVisitors ? walkInsSection(visitors, writeUp, visitorPatience, balkAt) : {}),
      targets: { calls: { answeredWithinSec: THRESHOLD_SEC }, visitors: { attendedWithinMin: VISITOR_THRESHOLD_MIN } },
    },
    exact: figures,
  };
}

/** Callers who redial after a failed attempt, in steady state, against the retrial chain. */
function drawRedials(draw: Draw, seed: number, run: RunSize): RandomCase | null {
  const c = draw.int(1, 6);
  const divert = draw.chance(0.35);
  const handle = draw.round(1.5, 6);
  const patience = divert ? Infinity : draw.round(0.5, 4);
  const p = draw.round(0.2, 0.8);
  const delay = draw.round(1, 10);
  const lambda = Math.round(((draw.uniform(0.3, c <= 2 ? 0.8 : 0.95) * c) / handle) * 60 * 10) / 10 / 60;
  // The same queue at a phone desk of c people.
  const desk = !divert && draw.chance(0.3);
  if (lambda <= 0) return null;
  const exact = retrialMetrics({
    servers: c,
    lambdaPerMin: lambda,
    meanServiceMin: handle,
    abandonRatePerMin: divert ? 0 : 1 / patience,
    redialProbability: p,
    redialDelayMeanMin: delay,
    queueCapacity: divert ? 0 : Math.ceil(4 * lambda * (1 + p) * patience + 30),
  });
  if (!divert && exact.p_blocked > 1e-10) return null;
  // First attempts arrive as a Poisson stream: they see the chain's time averages.
  let firstWaits = 0;
  let firstBlocked = 0;
  const full = exact.distribution[0].length - 1;
  for (const level of exact.distribution) {
    level.forEach((probability, n) => {
      if (n === full && divert) firstBlocked += probability;
      else if (n >= c) firstWaits += probability;
    });
  }
  const figures: Record<string, number> = {
    'calls.p_wait_gt0': exact.p_wait_gt0,
    'calls.p_blocked': divert ? exact.p_blocked : 0,
    'calls.outcomeShare.rangOut': divert ? exact.p_blocked : 0,
    'calls.p_abandon': exact.p_abandon,
    'calls.mean_wait_all': exact.mean_wait_all,
    'calls.firstAttempts.p_wait_gt0': firstWaits,
    'calls.firstAttempts.p_blocked': firstBlocked,
    'callers.lostForGoodShare': exact.p_lost_for_good,
    'callers.redialsPerCaller': exact.mean_attempts_per_caller - 1,
    [`staff.${desk ? 'phoneDesk' : 'advisors'}.utilisation`]: exact.utilisation,
    'meanQueueLength.calls': exact.mean_wait_all * exact.attempts_per_min,
  };
  return {
    seed,
    label: `${c} ${desk ? 'at a phone desk' : 'advisors'}, ${divert ? 'divert 0 s' : `${desk ? 'phone-desk' : 'answer-all'}, patience ${patience}`}, calls ${(lambda * 60).toFixed(1)}/h × ${handle} min, redial p ${p} after ${delay} min`,
    scenario: {
      name: `random redials ${seed}`,
      day: { open: '08:00', close: '19:00' },
      steadyState: steady(exact.attempts_per_min, run, Math.max(...finite(handle, patience, delay))),
      replications: run.replications,
      seed,
      staff: desk ? { advisors: 1, phoneDesk: c } : { advisors: c },
      policy: divert ? { kind: 'divert', ringSec: 0 } : { kind: desk ? 'phone-desk' : 'answer-all' },
      calls: { ...callsSection(lambda, handle, patience), redial: { p, delay: exponential(delay), maxAttempts: null } },
      targets: { calls: { answeredWithinSec: THRESHOLD_SEC } },
    },
    exact: figures,
  };
}

/** Working days at one call queue (answer-all, divert with no ring time, or a phone desk), against the chain solved in time. */
function drawFiniteDay(draw: Draw, seed: number, run: RunSize): RandomCase | null {
  const servers = draw.int(1, 5);
  const kind = draw.pick(['answer-all', 'divert', 'phone-desk'] as const);
  const handle = draw.round(1.5, 6);
  const patience = kind === 'divert' ? Infinity : draw.chance(0.75) ? draw.round(0.5, 4) : Infinity;
  const redial = (kind === 'divert' || Number.isFinite(patience)) && draw.chance(0.35) ? { p: draw.round(0.2, 0.8), delayMeanMin: draw.round(2, 15) } : undefined;
  const openHour = draw.int(7, 10);
  const hours = draw.int(2, 6);
  // Hourly loads per server from light to overloaded (the day ends, so no steady state is needed).
  const callsPerHour = Array.from({ length: hours }, () => Math.round(((draw.uniform(0.2, Number.isFinite(patience) ? 1.3 : 1) * servers) / handle) * 60));
  // Walk-ins change nothing for the calls when every call interrupts a visit (answer-all) or
  // rings at a desk of its own: the calls' chain still holds, though not for the advisors' time.
  const writeUpMin = draw.round(5, 25);
  const walkInsPerHour = kind !== 'divert' && draw.chance(0.4) ? Math.round((draw.uniform(0.2, 0.7) * (kind === 'phone-desk' ? 1 : servers) * 60) / writeUpMin) : 0;
  if (callsPerHour.some((rate) => rate <= 0)) return null;
  const exact = transientDay({
    servers,
    meanServiceMin: handle,
    patienceMeanMin: patience,
    waitingRoom: kind === 'divert' ? 0 : Infinity,
    ratesPerMin: callsPerHour.map((perHour) => perHour / 60),
    thresholdMin: THRESHOLD_SEC / 60,
    ...(redial ? { redial } : {}),
  });
  if (exact.truncationMass > 1e-9) return null;
  const overtimeMin = exact.inServiceAtClosing * handle;
  const openMin = hours * 60;
  const figures: Record<string, number> = {
    'calls.offeredPerDay': exact.offered,
    'calls.answeredPerDay': exact.answered,
    'calls.p_wait_gt0': exact.waited / exact.offered,
    'calls.p_blocked': exact.blocked / exact.offered,
    'calls.p_abandon': exact.abandoned / exact.offered,
    'calls.outcomeShare.closed': exact.lostAtClosing / exact.offered,
    'calls.mean_wait_all': exact.waitingMin / exact.offered,
    'calls.meanTalkMin': handle,
    'calls.sl_answered_within_t_over_offered': exact.answeredWithinThreshold / exact.offered,
    'calls.sl_within_t_over_answered': exact.answeredWithinThreshold / exact.answered,
    'meanQueueLength.calls': exact.waitingMin / openMin,
  };
  const team = kind === 'phone-desk' ? 'phoneDesk' : 'advisors';
  const callsAloneAtWork = kind === 'phone-desk' || walkInsPerHour === 0;
  if (callsAloneAtWork) {
    figures[`staff.${team}.utilisation`] = (exact.busyServerMinWhileOpen + overtimeMin) / (servers * openMin + overtimeMin);
    figures[`staff.${team}.overtimeMinPerDay`] = overtimeMin;
  }
  // Hour by hour, as a manager reads the day: calls by the hour they arrived in, queue and
  // utilisation by the hour of the clock.
  exact.byHour.forEach((hour, index) => {
    const row = `hourly.${openHour + index}`;
    figures[`${row}.calls.offeredPerDay`] = hour.offered;
    figures[`${row}.calls.sl_answered_within_t_over_offered`] = hour.answeredWithinThreshold / hour.offered;
    figures[`${row}.meanQueueLength.calls`] = hour.waitingMin / 60;
    if (callsAloneAtWork) figures[`${row}.utilisation.${team}`] = hour.busyServerMin / (servers * 60);
  });
  if (exact.waited / exact.offered > 1e-3) figures['calls.mean_wait_delayed'] = exact.waitingMin / exact.waited;
  const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
  const days = Math.max(20, Math.round(run.arrivals / run.replications / exact.offered));
  return {
    seed,
    label: `working days ${clock(openHour)}–${clock(openHour + hours)}, ${servers} ${kind === 'phone-desk' ? 'at a phone desk' : `advisors, ${kind === 'divert' ? 'divert 0 s' : 'answer-all'}`}, calls ${callsPerHour.join('/')} an hour × ${handle} min, patience ${patience}${redial ? `, redial p ${redial.p} after ${redial.delayMeanMin} min` : ''}${walkInsPerHour > 0 ? `; walk-ins ${walkInsPerHour}/h × ${writeUpMin} min` : ''}`,
    scenario: {
      name: `random working days ${seed}`,
      day: { open: clock(openHour), close: clock(openHour + hours) },
      days,
      replications: run.replications,
      seed,
      staff: kind === 'phone-desk' ? { advisors: 1, phoneDesk: servers } : { advisors: servers },
      policy: kind === 'divert' ? { kind, ringSec: 0 } : { kind },
      calls: {
        perHour: Object.fromEntries(callsPerHour.map((rate, i) => [String(openHour + i).padStart(2, '0'), rate])),
        reasons: [{ name: 'any', share: 1, handle: exponential(handle) }],
        ...(Number.isFinite(patience) ? { patience: exponential(patience) } : {}),
        ...(redial ? { redial: { p: redial.p, delay: exponential(redial.delayMeanMin), maxAttempts: null } } : {}),
      },
      ...(walkInsPerHour > 0 ? { walkIns: { perHour: walkInsPerHour, writeUp: exponential(writeUpMin) } } : {}),
      targets: { calls: { answeredWithinSec: THRESHOLD_SEC } },
    },
    exact: figures,
  };
}

/** The reception drawn from `seed`, to be simulated as `run` says (redrawn until an exact model is solved). */
export function drawCase(seed: number, run: RunSize): RandomCase {
  const draw = new Draw(seed);
  for (let attempt = 0; attempt < 20; attempt++) {
    const which = draw.uniform(0, 1);
    const drawn =
      which < 0.45
        ? drawBlended(draw, seed, run)
        : which < 0.6
          ? drawDesk(draw, seed, run)
          : which < 0.75
            ? drawRedials(draw, seed, run)
            : drawFiniteDay(draw, seed, run);
    if (drawn) return drawn;
  }
  throw new Error(`random reception ${seed}: no solvable reception in 20 draws`);
}
