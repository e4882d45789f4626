// A phone policy only decides; the day simulation owns queues, timers, interruptions and
// redials. Each decision is a small question asked with a read-only view of the reception, so
// a policy can be tested without a calendar.

import type { RandomStream } from '../../engine/random.js';
import type { WorkSource } from '../domain.js';
import type { PolicyKind, PolicySpec } from '../schema/policy.js';

export type { WorkSource } from '../domain.js';

/** What an advisor is doing, as a policy sees it. */
export interface AdvisorView {
  /** 'visit' means serving a visitor (not on the phone); 'free' covers idle and message work. */
  readonly doing: 'free' | 'visit' | 'phone' | 'break' | 'away';
  /** When the current visit (or other task) started, minutes. */
  readonly sinceMin: number;
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

/** The decisions that make a phone policy. */
export interface PhonePolicy {
  /** Who a new call rings for first. */
  readonly firstLine: 'advisors' | 'phoneDesk';
  /** True if free advisors may pick up calls waiting for the phone desk. */
  readonly advisorsHelpDesk: boolean;
  /** May a free advisor answer a waiting call now? */
  advisorsMayAnswer(view: ReceptionView): boolean;
  /**
   * A call rings, no advisor is free and it is not answered: the index of the advisor who
   * interrupts a visit to answer, or -1 to let it ring. Draws from `random` only if it must.
   */
  chooseInterruption(view: ReceptionView, random: RandomStream): number;
  /** The order in which a free advisor looks for work. */
  advisorPriorities(view: ReceptionView): readonly WorkSource[];
}

/** One policy kind: builds the policy from its validated scenario section. */
export interface PolicyModule<K extends PolicyKind> {
  readonly kind: K;
  create(spec: Extract<PolicySpec, { kind: K }>): PhonePolicy;
}

/** Priority lists shared by several policies. */
export const PHONE_FIRST: readonly WorkSource[] = ['calls', 'visitors', 'callbacks', 'messages'];
export const VISITORS_FIRST: readonly WorkSource[] = ['visitors', 'calls', 'callbacks', 'messages'];

/** Never interrupts a visit. */
export function neverInterrupt(): number {
  return -1;
}
