// phone-desk: calls ring at a dedicated desk, which resolves the calls within its skill and
// triages those needing an advisor: logged as a callback, or transferred to the advisors (a
// transfer not picked up within its ring time becomes a callback). Advisors serve visitors;
// they answer only calls transferred to them and — with overflowToAdvisors — calls waiting for
// the desk when no visitor waits.

import {
  type PhonePolicy,
  type PolicyConfigBase,
  type PolicyModule,
  type TriageOutcome,
  VISITORS_FIRST,
  neverInterrupt,
  ringConfig,
  standardCallPhase,
} from './policy.js';

/** The normalised phone-desk section. */
export interface PhoneDeskConfig extends PolicyConfigBase<'phone-desk'> {
  readonly advisorCalls: TriageOutcome;
  readonly triageMin: number;
  readonly transferRingMin: number;
  readonly overflowToAdvisors: boolean;
}

/** The phone-desk policy. */
export const phoneDesk: PolicyModule<'phone-desk', PhoneDeskConfig> = {
  kind: 'phone-desk',
  normalise: (spec) => ({
    kind: spec.kind,
    ...ringConfig(spec),
    advisorCalls: spec.advisorCalls,
    triageMin: spec.triageMin,
    transferRingMin: spec.transferRingSec / 60,
    overflowToAdvisors: spec.overflowToAdvisors,
  }),
  create(config): PhonePolicy {
    return {
      firstLine: 'desk',
      advisorsHelpDesk: config.overflowToAdvisors,
      ringMin: config.ringMin,
      unanswered: config.unanswered,
      triageMin: config.triageMin,
      afterTriage: config.advisorCalls,
      transferRingMin: config.transferRingMin,
      advisorsMayAnswer: (view) => view.visitorsWaiting === 0,
      chooseInterruption: neverInterrupt,
      advisorPriorities: () => VISITORS_FIRST,
      answeredCall: standardCallPhase,
    };
  },
};
