// divert: only free advisors answer, and a freed advisor serves a waiting visitor before a
// ringing call. A call not answered within the ring time goes where `unanswered` says
// (voicemail, overflow team, or it rings out); the day simulation applies the ring limit.

import {
  NO_DESK,
  type PhonePolicy,
  type PolicyConfigBase,
  type PolicyModule,
  VISITORS_FIRST,
  neverInterrupt,
  ringConfig,
  standardCallPhase,
} from './policy.js';

/** The normalised divert section. */
export type DivertConfig = PolicyConfigBase<'divert'>;

/** The divert policy. */
export const divert: PolicyModule<'divert', DivertConfig> = {
  kind: 'divert',
  normalise: (spec) => ({ kind: spec.kind, ...ringConfig(spec) }),
  create(config): PhonePolicy {
    return {
      firstLine: 'advisors',
      advisorsHelpDesk: false,
      ringMin: config.ringMin,
      unanswered: config.unanswered,
      ...NO_DESK,
      advisorsMayAnswer: () => true,
      chooseInterruption: neverInterrupt,
      advisorPriorities: () => VISITORS_FIRST,
      answeredCall: standardCallPhase,
    };
  },
};
