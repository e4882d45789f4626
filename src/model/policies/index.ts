// The registry of phone policies: a kind without a module here does not compile. A new policy
// is a schema entry (src/model/schema/policy.ts), a module in this folder and one line below.

import type { PolicyKind, PolicySpec } from '../schema/policy.js';
import { answerAll } from './answer-all.js';
import { divert } from './divert.js';
import { phoneDesk } from './phone-desk.js';
import type { PhonePolicy, PolicyConfigBase, PolicyModule } from './policy.js';
import { threshold } from './threshold.js';

export type { PhonePolicy, ReceptionView, AdvisorView, WorkSource, CallPhase } from './policy.js';
export { callPhaseMinutes } from './policy.js';

/** Every policy, by kind. */
export const policies = {
  'answer-all': answerAll,
  divert,
  'phone-desk': phoneDesk,
  threshold,
} as const satisfies { readonly [K in PolicyKind]: PolicyModule<K, PolicyConfigBase<K>> };

/** The normalised config of a policy of kind K. */
export type PolicyConfigOf<K extends PolicyKind> = ReturnType<(typeof policies)[K]['normalise']>;

/** A normalised policy config, of any kind. */
export type PolicyConfig = { [K in PolicyKind]: PolicyConfigOf<K> }[PolicyKind];

type AnyPolicyModule = PolicyModule<PolicyKind, PolicyConfigBase<PolicyKind>>;

/** The normalised config of a validated policy section. */
export function normalisePolicy(spec: PolicySpec): PolicyConfig {
  return (policies[spec.kind] as unknown as AnyPolicyModule).normalise(spec as never) as PolicyConfig;
}

/** Builds the policy a normalised config describes. */
export function createPolicy(config: PolicyConfig): PhonePolicy {
  return (policies[config.kind] as unknown as AnyPolicyModule).create(config);
}

/** The team a policy's calls ring for first: the advisors, or the phone desk. */
export function firstLineTeam(config: PolicyConfig): 'advisors' | 'phoneDesk' {
  return createPolicy(config).firstLine === 'desk' ? 'phoneDesk' : 'advisors';
}

/** A policy and when it starts to hold, minutes after midnight. */
export interface TimedPolicy {
  readonly fromMin: number;
  readonly policy: PhonePolicy;
}

/** The policies of a scenario's time windows, in order (one for a policy that holds all day). */
export function createPolicies(windows: readonly { readonly fromMin: number; readonly policy: PolicyConfig }[]): TimedPolicy[] {
  return windows.map((window) => ({ fromMin: window.fromMin, policy: createPolicy(window.policy) }));
}
