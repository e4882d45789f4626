// The registry of phone policies: a kind without a module here does not compile.

import type { PolicyKind, PolicySpec } from '../schema/policy.js';
import { answerAll } from './answer-all.js';
import { divert } from './divert.js';
import { phoneDesk } from './phone-desk.js';
import type { PhonePolicy, PolicyModule } from './policy.js';
import { threshold } from './threshold.js';

export type { PhonePolicy, ReceptionView, AdvisorView, WorkSource } from './policy.js';

/** Every policy, by kind. */
export const policies: { readonly [K in PolicyKind]: PolicyModule<K> } = {
  'answer-all': answerAll,
  divert,
  'phone-desk': phoneDesk,
  threshold,
};

/** Builds the policy a validated scenario section describes. */
export function createPolicy(spec: PolicySpec): PhonePolicy {
  const module = policies[spec.kind] as PolicyModule<typeof spec.kind>;
  return module.create(spec as never);
}
