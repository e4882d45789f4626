// phone-desk: calls ring at a dedicated desk. Advisors serve visitors; they answer only calls
// transferred to them, and — with overflowToAdvisors — calls waiting for the desk when no
// visitor waits. What the desk does with calls needing an advisor (callback or transfer) is
// mechanics, configured in the same scenario section.

import { type PhonePolicy, type PolicyModule, VISITORS_FIRST, neverInterrupt } from './policy.js';

/** The phone-desk policy. */
export const phoneDesk: PolicyModule<'phone-desk'> = {
  kind: 'phone-desk',
  create(spec): PhonePolicy {
    return {
      firstLine: 'phoneDesk',
      advisorsHelpDesk: spec.overflowToAdvisors,
      advisorsMayAnswer: (view) => view.visitorsWaiting === 0,
      chooseInterruption: neverInterrupt,
      advisorPriorities: () => VISITORS_FIRST,
    };
  },
};
