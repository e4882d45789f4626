// The phone policies a planning grid may name, in the registry's order.

import { policies } from '../model/policies/index.js';
import type { PolicyKind } from '../model/schema/policy.js';

export type { PolicyKind } from '../model/schema/policy.js';

/** Every policy kind, in the registry's order. */
export const POLICY_KINDS = Object.keys(policies) as PolicyKind[];
