// The analytic estimate of a scenario's call channel: what the classic formula says about the
// calls alone, shown beside the simulated figures so a manager sees what it misses (visitors,
// interruptions, redials, breaks taken when a contact ends, handling-time spread).
//
// Method: stationary independent periods. Each opening hour of each weekday is a steady queue
// with that hour's call rate and the people answering calls on duty (breaks taken out); its
// figures come from Erlang C (callers never hang up), Erlang A (exponential patience) or M/M/c+G
// (a ring limit cuts the wait), with the mean handling time of the calls that team handles. The
// day's figures are the hours' figures weighted by calls offered. A fractional head count (a
// shift or break covering part of the hour) interpolates between the whole counts around it.
// Fresh calls only: redials, visitors and the policy's rules are what the simulation adds.

import type { ModelConfig, ShiftConfig } from '../model/config.js';
import { createPolicy, firstLineTeam, type PolicyConfig } from '../model/policies/index.js';
import type { Scenario } from '../model/schema/index.js';
import { erlangAMetrics, erlangAQueueStates, erlangCMetrics, MAX_ERLANG_A_STATES, mmcgMetrics, type QueueMetrics } from './queueing/index.js';

/** Which exact model the estimate uses. */
export type CallModel = 'erlang-c' | 'erlang-a' | 'mmc+ring-limit';

/** The estimate for the calls of one scenario, per offered call over all opening hours. */
export interface CallEstimate {
  readonly model: CallModel;
  /** Who answers calls in the model: the advisors, or the phone desk. */
  readonly team: 'advisors' | 'phoneDesk';
  /** Mean handling minutes of a call by that team. */
  readonly handleMin: number;
  readonly callsPerDay: number;
  /** Answered within the call threshold ÷ offered. */
  readonly sl_answered_within_t_over_offered: number;
  readonly p_abandon: number;
  readonly p_wait_gt0: number;
  /** Mean wait of all calls, minutes. */
  readonly mean_wait_all: number;
  /** Busy share of the answering team's time on duty, for calls only. */
  readonly utilisation: number;
}

/** Why no estimate can be given. */
export type NoEstimate =
  | { readonly reason: 'no-calls' }
  | { readonly reason: 'patience-law'; readonly dist: string }
  | { readonly reason: 'overloaded'; readonly hour: number }
  | { readonly reason: 'nobody-answers' }
  /** The policy changes with the hour, and its windows differ in who answers, the ring limit or the handling time. */
  | { readonly reason: 'policy-by-hour' };

/** The estimate, or why there is none. */
export type CallEstimateResult = { readonly ok: true; readonly estimate: CallEstimate } | { readonly ok: false; readonly why: NoEstimate };

const MIN_PER_HOUR = 60;

/** The analytic estimate of the scenario's calls (scenario for the patience law, config for the rest). */
export function estimateCalls(scenario: Scenario, config: ModelConfig): CallEstimateResult {
  const calls = config.calls;
  if (calls === null || scenario.calls === undefined) return { ok: false, why: { reason: 'no-calls' } };
  const patience = scenario.calls.patience;
  if (patience !== undefined && patience.dist !== 'exponential') {
    return { ok: false, why: { reason: 'patience-law', dist: patience.dist } };
  }
  const patienceMeanMin = patience?.mean ?? null;
  // One formula for the day: every window's policy must put the same team on the phone with
  // the same ring limit and handling time.
  const policies = config.policies.map((window) => window.policy);
  const policy = policies[0];
  const team = firstLineTeam(policy);
  const handleMin = meanHandleMin(config, team, policy);
  const ringMin = policy.ringMin;
  const alike = (other: PolicyConfig) => firstLineTeam(other) === team && other.ringMin === ringMin && meanHandleMin(config, team, other) === handleMin;
  if (!policies.every(alike)) return { ok: false, why: { reason: 'policy-by-hour' } };
  const shifts = team === 'phoneDesk' ? config.phoneDesk : config.advisors;
  if (shifts.length === 0) return { ok: false, why: { reason: 'nobody-answers' } };
  const model: CallModel = Number.isFinite(ringMin) ? 'mmc+ring-limit' : patienceMeanMin === null ? 'erlang-c' : 'erlang-a';
  const thresholdMin = config.targets.callAnsweredWithinMin;
  const metricsFor = (servers: number, lambdaPerMin: number): QueueMetrics | null => {
    if (servers === 0) return nobodyOnDuty(patienceMeanMin);
    const pool = { servers, lambdaPerMin, meanServiceMin: handleMin, slThresholdMin: thresholdMin };
    if (model === 'mmc+ring-limit') {
      return mmcgMetrics({
        ...pool,
        patience:
          patienceMeanMin === null
            ? { kind: 'deterministic', valueMin: ringMin }
            : { kind: 'exponential-capped', meanMin: patienceMeanMin, capMin: ringMin },
      });
    }
    if (model === 'erlang-a') {
      const params = { ...pool, patienceMeanMin: patienceMeanMin! };
      // So overloaded, with callers so patient, that the sum would take minutes: overloaded, as Erlang C.
      return erlangAQueueStates(params) <= MAX_ERLANG_A_STATES ? erlangAMetrics(params) : null;
    }
    return lambdaPerMin * handleMin < servers ? erlangCMetrics(pool) : null;
  };

  let offered = 0;
  let answeredWithin = 0;
  let abandoned = 0;
  let waited = 0;
  let waitMin = 0;
  let busyMin = 0;
  let onDutyMin = 0;
  const { openMin, closeMin } = config.horizon;
  for (let weekday = 0; weekday < calls.ratePerMin.length; weekday++) {
    for (let hourStartMin = Math.floor(openMin / MIN_PER_HOUR) * MIN_PER_HOUR; hourStartMin < closeMin; hourStartMin += MIN_PER_HOUR) {
      const fromMin = Math.max(openMin, hourStartMin);
      const toMin = Math.min(closeMin, hourStartMin + MIN_PER_HOUR);
      const lambdaPerMin = calls.ratePerMin[weekday][Math.floor(hourStartMin / MIN_PER_HOUR) % 24];
      if (!(lambdaPerMin > 0) || toMin <= fromMin) continue;
      const servers = meanOnDuty(shifts, fromMin, toMin);
      const low = Math.floor(servers);
      const high = Math.ceil(servers);
      const lowMetrics = metricsFor(low, lambdaPerMin);
      const highMetrics = high === low ? lowMetrics : metricsFor(high, lambdaPerMin);
      if (lowMetrics === null || highMetrics === null) {
        return { ok: false, why: { reason: 'overloaded', hour: Math.floor(hourStartMin / MIN_PER_HOUR) % 24 } };
      }
      const weight = high - servers; // share of the hour's figures taken from the lower count
      const mix = (pick: (m: QueueMetrics) => number) => weight * pick(lowMetrics) + (1 - weight) * pick(highMetrics);
      const callsInHour = lambdaPerMin * (toMin - fromMin);
      offered += callsInHour;
      answeredWithin += callsInHour * mix((m) => m.sl_answered_within_t_over_offered);
      abandoned += callsInHour * mix((m) => m.p_abandon);
      waited += callsInHour * mix((m) => m.p_wait_gt0);
      waitMin += callsInHour * mix((m) => m.mean_wait_all);
      busyMin += callsInHour * (1 - mix((m) => m.p_abandon + m.p_blocked)) * handleMin;
      onDutyMin += servers * (toMin - fromMin);
    }
  }
  if (offered === 0) return { ok: false, why: { reason: 'no-calls' } };
  return {
    ok: true,
    estimate: {
      model,
      team,
      handleMin,
      callsPerDay: offered / calls.ratePerMin.length,
      sl_answered_within_t_over_offered: answeredWithin / offered,
      p_abandon: abandoned / offered,
      p_wait_gt0: waited / offered,
      mean_wait_all: waitMin / offered,
      utilisation: onDutyMin > 0 ? Math.min(1, busyMin / onDutyMin) : 1,
    },
  };
}

/** Mean handling minutes of a call by the team the first window's policy puts on the phone (see meanHandleMin). */
export function firstLineHandleMin(config: ModelConfig): number {
  const policy = config.policies[0].policy;
  return config.calls === null ? 0 : meanHandleMin(config, firstLineTeam(policy), policy);
}

/**
 * Mean handling minutes of a call by the answering team: the reasons' handling times weighted by
 * share, except that a call the team passes on costs it only the pass: a transfer to the parts
 * line, or the triage the policy has the team make of a call it passes on (the desk's).
 */
function meanHandleMin(config: ModelConfig, team: 'advisors' | 'phoneDesk', policy: PolicyConfig): number {
  const calls = config.calls!;
  const shares = calls.reasonChoice.shares;
  const decides = createPolicy(policy);
  let total = 0;
  calls.reasons.forEach((reason, index) => {
    let minutes = reason.handleMin.mean;
    if (reason.skill === 'parts' && config.parts !== null) minutes = config.parts.transferMin;
    else if (decides.answeredCall(team, reason.skill, false) === 'triage') minutes = decides.triageMin;
    total += shares[index] * minutes;
  });
  return total;
}

/** Mean number of people on duty and not on a break over [fromMin, toMin). */
function meanOnDuty(shifts: readonly ShiftConfig[], fromMin: number, toMin: number): number {
  const overlap = (a: number, b: number) => Math.max(0, Math.min(b, toMin) - Math.max(a, fromMin));
  let personMin = 0;
  for (const shift of shifts) {
    personMin += overlap(shift.fromMin, shift.toMin);
    for (const pause of shift.breaks) personMin -= overlap(pause.fromMin, pause.toMin);
  }
  return personMin / (toMin - fromMin);
}

/** Nobody answers: every call waits until it hangs up (or waits forever without patience). */
function nobodyOnDuty(patienceMeanMin: number | null): QueueMetrics | null {
  if (patienceMeanMin === null) return null;
  return {
    p_wait_gt0: 1,
    mean_wait_all: patienceMeanMin,
    mean_wait_served: 0,
    p_abandon: 1,
    p_blocked: 0,
    sl_answered_within_t_over_offered: 0,
    sl_within_t_over_answered: 0,
    utilisation: 0,
  };
}
