// threshold (call blending): advisors take calls only while at most T visitors wait. Below the
// threshold a freed advisor answers a waiting call first; above it, visitors come first and
// calls wait (or reach their ring limit). No visit is ever interrupted.

import {
  NO_DESK,
  PHONE_FIRST,
  type PhonePolicy,
  type PolicyConfigBase,
  type PolicyModule,
  VISITORS_FIRST,
  neverInterrupt,
  ringConfig,
  standardCallPhase,
} from './policy.js';

/** The normalised threshold section. */
export interface ThresholdConfig extends PolicyConfigBase<'threshold'> {
  /** Advisors take calls only while at most this many visitors wait (T). */
  readonly maxWaitingVisitors: number;
}

/** The threshold policy. */
export const threshold: PolicyModule<'threshold', ThresholdConfig> = {
  kind: 'threshold',
  normalise: (spec) => ({ kind: spec.kind, ...ringConfig(spec), maxWaitingVisitors: spec.maxWaitingVisitors }),
  create(config): PhonePolicy {
    const limit = config.maxWaitingVisitors;
    return {
      firstLine: 'advisors',
      advisorsHelpDesk: false,
      ringMin: config.ringMin,
      unanswered: config.unanswered,
      ...NO_DESK,
      advisorsMayAnswer: (view) => view.visitorsWaiting <= limit,
      chooseInterruption: neverInterrupt,
      advisorPriorities: (view) => (view.visitorsWaiting <= limit ? PHONE_FIRST : VISITORS_FIRST),
      answeredCall: standardCallPhase,
    };
  },
};
