// threshold (call blending): advisors take calls only while at most T visitors wait. Below the
// threshold a freed advisor answers a waiting call first; above it, visitors come first and
// calls wait (or reach their ring limit). No visit is ever interrupted.

import { PHONE_FIRST, type PhonePolicy, type PolicyModule, VISITORS_FIRST, neverInterrupt } from './policy.js';

/** The threshold policy. */
export const threshold: PolicyModule<'threshold'> = {
  kind: 'threshold',
  create(spec): PhonePolicy {
    const limit = spec.maxWaitingVisitors;
    return {
      firstLine: 'advisors',
      advisorsHelpDesk: false,
      advisorsMayAnswer: (view) => view.visitorsWaiting <= limit,
      chooseInterruption: neverInterrupt,
      advisorPriorities: (view) => (view.visitorsWaiting <= limit ? PHONE_FIRST : VISITORS_FIRST),
    };
  },
};
