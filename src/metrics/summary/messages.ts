// The `messages` section: written messages and how soon they were answered.

import { perDay, quantiles, ratio, share, type Figure, type Get, type Quantiles, type Runs } from './figure.js';

/** Messages. */
export interface MessageSummary {
  readonly arrivalsPerDay: Figure;
  readonly answeredSameDayShare: Figure;
  readonly answeredWithinTargetShare: Figure;
  readonly meanReplyMin: Figure;
  readonly replyMin: Quantiles;
}

/** The messages section: arrivals per day, shares answered and reply times in minutes. */
export function messageSummary(runs: Runs): MessageSummary {
  const arrivals: Get = (r) => r.messages.arrivals;
  return {
    arrivalsPerDay: perDay(runs, arrivals),
    answeredSameDayShare: share(runs, (r) => r.messages.answered, arrivals),
    answeredWithinTargetShare: share(runs, (r) => r.messages.answeredWithin, arrivals),
    meanReplyMin: ratio(runs, (r) => r.messages.replySumMin, (r) => r.messages.answered),
    replyMin: quantiles(runs.map((r) => r.messages.replySketch)),
  };
}
