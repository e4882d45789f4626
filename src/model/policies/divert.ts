// divert: only free advisors answer, and a freed advisor serves a waiting visitor before a
// ringing call. A call not answered within the ring time goes where `unanswered` says
// (voicemail, overflow team, or it rings out); the day simulation applies the ring limit.

import { type PhonePolicy, type PolicyModule, VISITORS_FIRST, neverInterrupt } from './policy.js';

/** The divert policy. */
export const divert: PolicyModule<'divert'> = {
  kind: 'divert',
  create(): PhonePolicy {
    return {
      firstLine: 'advisors',
      advisorsHelpDesk: false,
      advisorsMayAnswer: () => true,
      chooseInterruption: neverInterrupt,
      advisorPriorities: () => VISITORS_FIRST,
    };
  },
};
