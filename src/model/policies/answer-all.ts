// answer-all: every call is answered. A free advisor answers first; when all are busy with
// visitors, one interrupts a visit (with probability p), chosen by `interruptChoice`: the one
// whose current stretch of work started last (a visit resumed after a call counts as just
// started), the one with the most work left, or one at random. A freed advisor takes a waiting
// call before anything else, even before resuming their own suspended visitor. With p = 1 the
// calls alone form an M/M/c+M queue, whatever the choice. The visitors' side depends on it:
// most-work-left keeps the visits nearest their end running, so advisors free up sooner.

import type { RandomStream } from '../../engine/random.js';
import type { InterruptChoice } from '../domain.js';
import {
  type AdvisorView,
  NO_DESK,
  PHONE_FIRST,
  type PhonePolicy,
  type PolicyConfigBase,
  type PolicyModule,
  type ReceptionView,
  ringConfig,
  standardCallPhase,
} from './policy.js';

/** The normalised answer-all section. */
export interface AnswerAllConfig extends PolicyConfigBase<'answer-all'> {
  /** Probability that an advisor interrupts a visit for a call when nobody is free. */
  readonly interruptProbability: number;
  readonly interruptChoice: InterruptChoice;
}

/** Picks, among advisors serving a visitor, the index of the one to interrupt (-1: none serves a visitor). */
type Chooser = (view: ReceptionView, random: RandomStream) => number;

/** The advisor serving a visitor with the largest `key`, ties to the lowest index. */
function serving(key: (advisor: AdvisorView) => number): Chooser {
  return (view) => {
    let chosen = -1;
    let best = -Infinity;
    const advisors = view.advisors;
    for (let index = 0; index < advisors.length; index++) {
      const advisor = advisors[index];
      if (advisor.doing !== 'visit') continue;
      const value = key(advisor);
      if (chosen < 0 || value > best) {
        chosen = index;
        best = value;
      }
    }
    return chosen;
  };
}

const CHOOSERS: Readonly<Record<InterruptChoice, Chooser>> = {
  'latest-start': serving((advisor) => advisor.sinceMin),
  // The work left is untilMin − now; now is the same for all, so the latest end has the most left.
  'most-work-left': serving((advisor) => advisor.untilMin),
  random(view, random) {
    let count = 0;
    for (const advisor of view.advisors) if (advisor.doing === 'visit') count++;
    if (count === 0) return -1;
    let pick = Math.floor(random() * count);
    for (let index = 0; index < view.advisors.length; index++) {
      if (view.advisors[index].doing === 'visit' && pick-- === 0) return index;
    }
    return -1;
  },
};

/** The answer-all policy. */
export const answerAll: PolicyModule<'answer-all', AnswerAllConfig> = {
  kind: 'answer-all',
  normalise: (spec) => ({
    kind: spec.kind,
    ...ringConfig(spec),
    interruptProbability: spec.interruptProbability,
    interruptChoice: spec.interruptChoice,
  }),
  create(config): PhonePolicy {
    const p = config.interruptProbability;
    const choose = CHOOSERS[config.interruptChoice];
    return {
      firstLine: 'advisors',
      advisorsHelpDesk: false,
      ringMin: config.ringMin,
      unanswered: config.unanswered,
      ...NO_DESK,
      advisorsMayAnswer: () => true,
      chooseInterruption(view, random) {
        if (p === 0) return -1;
        const chosen = choose(view, random);
        if (chosen < 0) return -1;
        return p === 1 || random() < p ? chosen : -1;
      },
      advisorPriorities: () => PHONE_FIRST,
      answeredCall: standardCallPhase,
    };
  },
};
