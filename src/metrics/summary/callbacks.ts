// The `callbacks` section: promises to call a customer back, where they came from, and how long
// the customer waited for the call.

import { CALLBACK_SOURCES, type CallbackSource } from '../../model/domain.js';
import { byKey, perDay, quantiles, ratio, share, type Figure, type Get, type Quantiles, type Runs } from './figure.js';

/** Callbacks. */
export interface CallbackSummary {
  readonly createdPerDay: Figure;
  readonly createdBySourcePerDay: Readonly<Record<CallbackSource, Figure>>;
  readonly returnedSameDayShare: Figure;
  readonly meanDelayMin: Figure;
  readonly delayMin: Quantiles;
}

/** The callbacks section: counts per day, the share returned the same day and delays in minutes. */
export function callbackSummary(runs: Runs): CallbackSummary {
  const created: Get = (r) => r.callbacks.created;
  return {
    createdPerDay: perDay(runs, created),
    createdBySourcePerDay: byKey(CALLBACK_SOURCES, (source) =>
      perDay(runs, (r) => r.callbacks.createdBySource[source]),
    ),
    returnedSameDayShare: share(runs, (r) => r.callbacks.returned, created),
    meanDelayMin: ratio(runs, (r) => r.callbacks.delaySumMin, (r) => r.callbacks.returned),
    delayMin: quantiles(runs.map((r) => r.callbacks.delaySketch)),
  };
}
