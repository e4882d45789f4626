// The `callers` section: people rather than attempts, so a caller who redials counts once, and
// how each caller's attempts ended (served, promised a callback, or lost for good).

import { ratioEstimate } from '../confidence.js';
import { SEGMENTS } from '../../model/domain.js';
import { byKey, figure, perDay, share, type Figure, type Get, type Runs, type SegmentFigures } from './figure.js';

/** Callers (all attempts of one person). */
export interface CallerSummary {
  readonly callersPerDay: Figure;
  readonly redialsPerCaller: Figure;
  readonly lostForGoodShare: Figure;
  readonly resolutionShare: { readonly served: Figure; readonly callback: Figure; readonly lost: Figure };
  readonly lostPerDay: SegmentFigures;
}

/** The callers section: callers per day, redials per caller, shares of callers and losses per day. */
export function callerSummary(runs: Runs): CallerSummary {
  const callers: Get = (r) => r.callers.callers;
  const attemptsPerCaller = ratioEstimate(runs.map((r) => r.callers.attempts), runs.map(callers));
  return {
    callersPerDay: perDay(runs, callers),
    // The first attempt is not a redial: attempts per caller − 1 (the interval shifts with it).
    redialsPerCaller: figure({ ...attemptsPerCaller, value: attemptsPerCaller.value - 1 }),
    lostForGoodShare: share(runs, (r) => r.callers.lost, callers),
    resolutionShare: {
      served: share(runs, (r) => r.callers.served, callers),
      callback: share(runs, (r) => r.callers.callback, callers),
      lost: share(runs, (r) => r.callers.lost, callers),
    },
    lostPerDay: byKey(SEGMENTS, (segment) => perDay(runs, (r) => r.callers.lostBySegment[segment])),
  };
}
