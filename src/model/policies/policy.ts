// A phone policy only decides; the day simulation owns queues, timers, interruptions and
// redials. Each decision is a small question asked with a read-only view of the reception, so
// a policy can be tested without a calendar. A policy reads its normalised config (minutes,
// defaults filled), made once by its module's `normalise` from the validated scenario section.

import type { RandomStream } from '../../engine/random.js';
import type { Skill, Team, UnansweredRoute, WorkSource } from '../domain.js';
import type { ModelConfig } from '../config.js';
import type { PolicyKind, PolicySpec } from '../schema/policy.js';

export type { WorkSource } from '../domain.js';

/** What an advisor is doing, as a policy sees it. */
export interface AdvisorView {
  /** 'visit' means serving a visitor (not on the phone); 'free' covers idle and message work. */
  readonly doing: 'free' | 'visit' | 'phone' | 'break' | 'away';
  /** When the current visit (or other task) started, or resumed after a call, minutes. */
  readonly sinceMin: number;
  /** When the current task (or its current stretch) will end, minutes: the work left is untilMin − now. */
  readonly untilMin: number;
}

/** A read-only view of the reception at one moment. */
export interface ReceptionView {
  readonly nowMin: number;
  /** Visitors waiting at the counter (not those being served or on hold). */
  readonly visitorsWaiting: number;
  /** Calls waiting for an advisor. */
  readonly callsWaiting: number;
  readonly advisors: readonly AdvisorView[];
}

/** What a person does with a call they answered. */
export type CallPhase = 'resolve' | 'triage' | 'take-message' | 'transfer-to-parts';

/** What the phone desk does with a call it triaged: log a callback, or transfer it to the advisors. */
export type TriageOutcome = 'callback' | 'transfer';

/** What every policy's normalised config holds: the ring limit and where an unanswered call goes. */
export interface PolicyConfigBase<K extends PolicyKind> {
  readonly kind: K;
  /** Minutes a call rings before it goes where `unanswered` says (Infinity: until the caller hangs up). */
  readonly ringMin: number;
  readonly unanswered: UnansweredRoute;
}

/** The decisions that make a phone policy. */
export interface PhonePolicy {
  /** Who a new call rings for first. */
  readonly firstLine: 'advisors' | 'desk';
  /** True if free advisors may pick up calls waiting for the phone desk. */
  readonly advisorsHelpDesk: boolean;
  /** Minutes a call rings before `unanswered` applies (Infinity: until the caller hangs up). */
  readonly ringMin: number;
  /** Where a call goes when its ring limit is reached. */
  readonly unanswered: UnansweredRoute;
  /** May a free advisor answer a waiting call now? */
  advisorsMayAnswer(view: ReceptionView): boolean;
  /**
   * A call rings, no advisor is free and it is not answered: the index of the advisor who
   * interrupts a visit to answer, or -1 to let it ring. Draws from `random` only if it must.
   */
  chooseInterruption(view: ReceptionView, random: RandomStream): number;
  /** The order in which a free advisor looks for work. */
  advisorPriorities(view: ReceptionView): readonly WorkSource[];
  /** What a person of `team` does with an answered call needing `skill` (`transferred`: passed on by the desk). */
  answeredCall(team: Team, skill: Skill, transferred: boolean): CallPhase;
  /** Minutes the desk spends triaging a call it passes on. */
  readonly triageMin: number;
  /** What follows a triaged call. */
  readonly afterTriage: TriageOutcome;
  /** Minutes a call transferred to the advisors rings before it becomes a callback. */
  readonly transferRingMin: number;
}

/** One policy kind: its normalised config, and the policy built from it. */
export interface PolicyModule<K extends PolicyKind, C extends PolicyConfigBase<K>> {
  readonly kind: K;
  /** The normalised config of a validated scenario section (units resolved, defaults filled). */
  normalise(spec: Extract<PolicySpec, { kind: K }>): C;
  create(config: C): PhonePolicy;
}

/** Priority lists shared by several policies. */
export const PHONE_FIRST: readonly WorkSource[] = ['calls', 'visitors', 'callbacks', 'messages'];
export const VISITORS_FIRST: readonly WorkSource[] = ['visitors', 'calls', 'callbacks', 'messages'];

/** Never interrupts a visit. */
export function neverInterrupt(): number {
  return -1;
}

/** The ring limit and route every policy section may set, in minutes. */
export function ringConfig(spec: { readonly ringSec?: number; readonly unanswered: UnansweredRoute }): {
  readonly ringMin: number;
  readonly unanswered: UnansweredRoute;
} {
  return { ringMin: spec.ringSec === undefined ? Infinity : spec.ringSec / 60, unanswered: spec.unanswered };
}

/**
 * What happens to an answered call unless a policy says otherwise: the parts line resolves;
 * anyone else transfers a parts call; the overflow team resolves simple calls and takes a
 * message for the rest; the desk triages calls needing an advisor; everyone else resolves.
 */
export function standardCallPhase(team: Team, skill: Skill, transferred: boolean): CallPhase {
  if (team === 'parts') return 'resolve';
  if (skill === 'parts') return 'transfer-to-parts';
  if (team === 'overflow') return skill === 'any' ? 'resolve' : 'take-message';
  if (team === 'phoneDesk' && skill === 'advisor' && !transferred) return 'triage';
  return 'resolve';
}

/**
 * Minutes a person spends on a phase of an answered call: the whole call (`handleMin`) when they
 * resolve it, else the policy's triage, the overflow team's message or the transfer to parts.
 */
export function callPhaseMinutes(
  phase: CallPhase,
  handleMin: number,
  policy: Pick<PhonePolicy, 'triageMin'>,
  config: Pick<ModelConfig, 'overflow' | 'parts'>,
): number {
  switch (phase) {
    case 'resolve':
      return handleMin;
    case 'triage':
      return policy.triageMin;
    case 'take-message':
      return config.overflow?.takeMessageMin ?? 0;
    case 'transfer-to-parts':
      return config.parts?.transferMin ?? 0;
  }
}

/** The parts of a PhonePolicy that only a phone desk uses, for policies without one. */
export const NO_DESK = { triageMin: 0, afterTriage: 'callback', transferRingMin: 0 } as const satisfies Pick<
  PhonePolicy,
  'triageMin' | 'afterTriage' | 'transferRingMin'
>;
