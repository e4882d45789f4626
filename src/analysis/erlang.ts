// The analytic answer to "how many agents for this many calls?": Erlang B, C or A figures for a
// range of team sizes, and the smallest team meeting a service-level target. What `recepsim
// erlang` prints; pure, so the what-if page can show it too.

import { InputError, type InputIssue } from '../model/issues.js';
import { cli, erlangText, validation } from '../text/messages.js';
import { erlangAMetrics, erlangAQueueStates, erlangBMetrics, erlangCMetrics, MAX_ERLANG_A_STATES, type QueueMetrics } from './queueing/index.js';

/** The three classic models: B (no waiting: busy means lost), C (callers wait forever), A (callers hang up). */
export const ERLANG_MODELS = ['b', 'c', 'a'] as const;

/** One of ERLANG_MODELS. */
export type ErlangModel = (typeof ERLANG_MODELS)[number];

/** A service-level target: at least `serviceLevel` of the calls answered within `withinSec`. */
export interface ServiceLevelTarget {
  /** Share of offered calls, in [0, 1]. */
  readonly serviceLevel: number;
  /** Seconds. */
  readonly withinSec: number;
}

/** The question: traffic, model and either a team size or a target. */
export interface ErlangQuestion {
  readonly model: ErlangModel;
  readonly callsPerHour: number;
  /** Mean handling time, minutes. */
  readonly ahtMin: number;
  /** Mean patience (exponential), minutes: Erlang A only. */
  readonly patienceMin?: number;
  /** Evaluate exactly this team (else the rows around the team the target needs). */
  readonly agents?: number;
  /** The target (default 80 % within 20 s); its threshold also defines the service level shown. */
  readonly target?: ServiceLevelTarget;
  /** Give up looking for a team above this size. */
  readonly maxAgents?: number;
}

/** The figures of one team size; null where the model has no finite answer (Erlang C overloaded). */
export interface ErlangRow {
  readonly agents: number;
  /** Share of calls that wait at all. */
  readonly p_wait_gt0: number | null;
  /** Share of calls turned away at once (Erlang B). */
  readonly p_blocked: number | null;
  /** Share of calls that hang up while waiting (Erlang A). */
  readonly p_abandon: number | null;
  /** Mean wait over all calls, seconds. */
  readonly meanWaitSec: number | null;
  /** Answered within the threshold ÷ offered. */
  readonly serviceLevel: number | null;
  /** Share of agents' time busy. */
  readonly utilisation: number | null;
  /** Meets the target. */
  readonly meetsTarget: boolean;
}

/** The answer: the traffic in Erlangs, the team the target needs, and the rows to show. */
export interface ErlangAnswer {
  readonly model: ErlangModel;
  readonly callsPerHour: number;
  readonly ahtMin: number;
  readonly patienceMin: number | null;
  /** Offered load = calls per minute × handling minutes, Erlangs. */
  readonly offeredLoadErlangs: number;
  readonly target: ServiceLevelTarget;
  /** Smallest team meeting the target; null if none up to maxAgents. */
  readonly requiredAgents: number | null;
  readonly rows: readonly ErlangRow[];
}

/** The default target: 80 % of calls answered within 20 seconds. */
export const DEFAULT_TARGET: ServiceLevelTarget = { serviceLevel: 0.8, withinSec: 20 };

const DEFAULT_MAX_AGENTS = 1000;

/**
 * Null, or — when the question is Erlang A and some team answerErlang would work out needs a sum
 * over more than MAX_ERLANG_A_STATES queue states (heavy overload with long patience) — that team
 * and the states it needs. Ask before answering: such a question would take minutes.
 */
export function erlangTooLong(question: ErlangQuestion): { readonly agents: number; readonly states: number } | null {
  if (question.model !== 'a') return null;
  const target = question.target ?? DEFAULT_TARGET;
  const maxAgents = question.maxAgents ?? DEFAULT_MAX_AGENTS;
  // The sum is longest for the smallest team worked out: the first tried by the search, two below
  // the answer among the rows shown, or the team asked for.
  const fewestSearched = Math.min(maxAgents, provenFailing(question, target) + 1);
  const agents = Math.max(1, Math.min(question.agents ?? Infinity, fewestSearched - 2));
  const states = erlangAQueueStates({ servers: agents, lambdaPerMin: question.callsPerHour / 60, meanServiceMin: question.ahtMin, patienceMeanMin: question.patienceMin! });
  return states > MAX_ERLANG_A_STATES ? { agents, states } : null;
}

/**
 * Every problem of a question, each at its field: rates and times finite and above 0 (patience
 * too, for Erlang A), a finite load, whole teams, a service level below 100% (no finite team
 * answers every random call in time), and for Erlang A a sum short enough to work out.
 */
export function erlangQuestionIssues(question: ErlangQuestion): InputIssue[] {
  const issues: InputIssue[] = [];
  const bad = (path: InputIssue['path'], expected: string, got: unknown) => issues.push({ path, message: validation.expected(expected, got) });
  const positive = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;
  const whole = (x: unknown, max: number) => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= max;
  const aboveZero = cli.numberExpected(false, undefined, undefined, true);
  if (!(ERLANG_MODELS as readonly unknown[]).includes(question.model)) issues.push({ path: ['model'], message: validation.oneOf(ERLANG_MODELS, question.model) });
  if (!positive(question.callsPerHour)) bad(['callsPerHour'], aboveZero, question.callsPerHour);
  if (!positive(question.ahtMin)) bad(['ahtMin'], aboveZero, question.ahtMin);
  if (question.model === 'a' ? !positive(question.patienceMin) : question.patienceMin !== undefined && !positive(question.patienceMin)) {
    bad(['patienceMin'], aboveZero, question.patienceMin);
  }
  if (positive(question.callsPerHour) && positive(question.ahtMin) && !Number.isFinite((question.callsPerHour / 60) * question.ahtMin)) {
    bad(['ahtMin'], erlangText.finiteLoadExpected(), question.ahtMin);
  }
  const maxAgents = question.maxAgents ?? DEFAULT_MAX_AGENTS;
  if (!whole(maxAgents, Number.MAX_SAFE_INTEGER)) bad(['maxAgents'], cli.numberExpected(true, 1), maxAgents);
  else if (question.agents !== undefined && !whole(question.agents, maxAgents)) bad(['agents'], cli.numberExpected(true, 1, maxAgents), question.agents);
  const target = question.target ?? DEFAULT_TARGET;
  if (!(typeof target.serviceLevel === 'number' && target.serviceLevel > 0 && target.serviceLevel < 1)) {
    bad(['target', 'serviceLevel'], erlangText.serviceLevelExpected(), target.serviceLevel);
  }
  if (!(typeof target.withinSec === 'number' && Number.isFinite(target.withinSec) && target.withinSec >= 0)) {
    bad(['target', 'withinSec'], cli.numberExpected(false, 0), target.withinSec);
  }
  if (issues.length === 0) {
    const tooLong = erlangTooLong(question);
    if (tooLong !== null) issues.push({ path: ['patienceMin'], message: erlangText.sumTooLong(tooLong.agents, tooLong.states, MAX_ERLANG_A_STATES) });
  }
  return issues;
}

/** Answers an Erlang question; InputError naming each field of a question it cannot answer. */
export function answerErlang(question: ErlangQuestion): ErlangAnswer {
  const issues = erlangQuestionIssues(question);
  if (issues.length > 0) throw new InputError(issues);
  const target = question.target ?? DEFAULT_TARGET;
  const maxAgents = question.maxAgents ?? DEFAULT_MAX_AGENTS;
  const metrics = (agents: number) => erlangRow(question, agents, target);
  const requiredAgents = smallestMeeting(metrics, provenFailing(question, target), maxAgents);
  let agentsShown: number[];
  if (question.agents !== undefined) agentsShown = [question.agents];
  else {
    // Around the answer: two smaller teams (what the target rules out) and two larger.
    const centre = requiredAgents ?? maxAgents;
    agentsShown = [];
    for (let agents = Math.max(1, centre - 2); agents <= Math.min(maxAgents, centre + 2); agents++) agentsShown.push(agents);
  }
  return {
    model: question.model,
    callsPerHour: question.callsPerHour,
    ahtMin: question.ahtMin,
    patienceMin: question.model === 'a' ? (question.patienceMin ?? null) : null,
    offeredLoadErlangs: (question.callsPerHour / 60) * question.ahtMin,
    target,
    requiredAgents,
    rows: agentsShown.map(metrics),
  };
}

/** The figures of `agents` agents for the question's traffic and model. */
export function erlangRow(question: ErlangQuestion, agents: number, target: ServiceLevelTarget): ErlangRow {
  const queueMetrics = erlangMetrics(question, agents, target.withinSec / 60);
  if (queueMetrics === null) {
    const none = { p_wait_gt0: null, p_blocked: null, p_abandon: null, meanWaitSec: null, serviceLevel: null, utilisation: null };
    return { agents, ...none, meetsTarget: false };
  }
  return {
    agents,
    p_wait_gt0: queueMetrics.p_wait_gt0,
    p_blocked: queueMetrics.p_blocked,
    p_abandon: queueMetrics.p_abandon,
    meanWaitSec: queueMetrics.mean_wait_all * 60,
    serviceLevel: queueMetrics.sl_answered_within_t_over_offered,
    utilisation: queueMetrics.utilisation,
    meetsTarget: queueMetrics.sl_answered_within_t_over_offered >= target.serviceLevel,
  };
}

/** Exact metrics of the model, or null where it has none (Erlang C with load ≥ agents). */
export function erlangMetrics(
  question: Pick<ErlangQuestion, 'model' | 'callsPerHour' | 'ahtMin' | 'patienceMin'>,
  agents: number,
  thresholdMin: number,
): QueueMetrics | null {
  const pool = { servers: agents, lambdaPerMin: question.callsPerHour / 60, meanServiceMin: question.ahtMin, slThresholdMin: thresholdMin };
  switch (question.model) {
    case 'b':
      return erlangBMetrics(pool);
    case 'c':
      return pool.lambdaPerMin * pool.meanServiceMin < agents ? erlangCMetrics(pool) : null;
    case 'a':
      return erlangAMetrics({ ...pool, patienceMeanMin: question.patienceMin! });
  }
}

/**
 * The largest team that cannot meet the target whatever the model (0 if none): c agents answer at
 * most c calls per handling time, so never more than c ÷ (offered load) of the calls, and a team
 * below target × load falls short.
 */
function provenFailing(question: Pick<ErlangQuestion, 'callsPerHour' | 'ahtMin'>, target: ServiceLevelTarget): number {
  const load = (question.callsPerHour / 60) * question.ahtMin;
  return Math.max(0, Math.ceil(target.serviceLevel * load) - 1);
}

/**
 * Smallest team size above `failing` whose row meets the target, or null. The service level grows
 * with the team, so the answer is bracketed by doubling and then bisected: a few dozen rows even
 * for thousands of agents (a row of Erlang A costs time in proportion to its team, and trying
 * every team from one took minutes for a call centre's traffic).
 */
function smallestMeeting(row: (agents: number) => ErlangRow, failing: number, maxAgents: number): number | null {
  if (failing >= maxAgents) return null;
  let step = 1;
  let meeting = failing + step;
  while (!row(meeting).meetsTarget) {
    if (meeting >= maxAgents) return null;
    failing = meeting;
    step *= 2;
    meeting = Math.min(maxAgents, failing + step);
  }
  while (meeting - failing > 1) {
    const middle = Math.floor((failing + meeting) / 2);
    if (row(middle).meetsTarget) meeting = middle;
    else failing = middle;
  }
  return meeting;
}
