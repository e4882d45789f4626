// answer-all: every call is answered. A free advisor answers first; when all are busy with
// visitors, one interrupts a visit (with probability p) — the one whose current stretch of work
// with the visitor started last (a visit resumed after a call counts as just started), as it has
// the least to lose. A freed advisor takes a waiting call before anything else, even before
// resuming their own suspended visitor. With p = 1 the calls alone form an M/M/c+M queue.

import {
  NO_DESK,
  PHONE_FIRST,
  type PhonePolicy,
  type PolicyConfigBase,
  type PolicyModule,
  ringConfig,
  standardCallPhase,
} from './policy.js';

/** The normalised answer-all section. */
export interface AnswerAllConfig extends PolicyConfigBase<'answer-all'> {
  /** Probability that an advisor interrupts a visit for a call when nobody is free. */
  readonly interruptProbability: number;
}

/** The answer-all policy. */
export const answerAll: PolicyModule<'answer-all', AnswerAllConfig> = {
  kind: 'answer-all',
  normalise: (spec) => ({ kind: spec.kind, ...ringConfig(spec), interruptProbability: spec.interruptProbability }),
  create(config): PhonePolicy {
    const p = config.interruptProbability;
    return {
      firstLine: 'advisors',
      advisorsHelpDesk: false,
      ringMin: config.ringMin,
      unanswered: config.unanswered,
      ...NO_DESK,
      advisorsMayAnswer: () => true,
      chooseInterruption(view, random) {
        let chosen = -1;
        const advisors = view.advisors;
        for (let index = 0; index < advisors.length; index++) {
          const advisor = advisors[index];
          if (advisor.doing === 'visit' && (chosen < 0 || advisor.sinceMin > advisors[chosen].sinceMin)) chosen = index;
        }
        if (chosen < 0 || p === 0) return -1;
        return p === 1 || random() < p ? chosen : -1;
      },
      advisorPriorities: () => PHONE_FIRST,
      answeredCall: standardCallPhase,
    };
  },
};
