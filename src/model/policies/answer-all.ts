// answer-all: every call is answered. A free advisor answers first; when all are busy with
// visitors, one interrupts a visit (with probability p) — the one whose visit started last, as
// it has the least to lose. A freed advisor takes a waiting call before anything else, even
// before resuming their own suspended visitor. With p = 1 the calls alone form an M/M/c+M queue.

import { PHONE_FIRST, type PhonePolicy, type PolicyModule } from './policy.js';

/** The answer-all policy. */
export const answerAll: PolicyModule<'answer-all'> = {
  kind: 'answer-all',
  create(spec): PhonePolicy {
    const p = spec.interruptProbability;
    return {
      firstLine: 'advisors',
      advisorsHelpDesk: false,
      advisorsMayAnswer: () => true,
      chooseInterruption(view, random) {
        let chosen = -1;
        view.advisors.forEach((advisor, index) => {
          if (advisor.doing === 'visit' && (chosen < 0 || advisor.sinceMin > view.advisors[chosen].sinceMin)) {
            chosen = index;
          }
        });
        if (chosen < 0 || p === 0) return -1;
        return p === 1 || random() < p ? chosen : -1;
      },
      advisorPriorities: () => PHONE_FIRST,
    };
  },
};
