// Callers: people rather than attempts, so a caller who redials counts once, and how each
// caller's attempts ended (served, promised a callback, or lost for good). Measured with their
// first attempt.

import { SEGMENTS } from '../../model/domain.js';
import type { CallerRecord } from '../../model/observer.js';
import { section } from '../measures.js';
import { each, figuresOf } from '../summary/table.js';

/** Callers whose first attempt arrived in the window. */
export const CALLERS = section<CallerRecord>()({
  name: 'callers',
  facts: {
    served: (r) => r.resolution === 'served',
    callback: (r) => r.resolution === 'callback',
    lost: (r) => r.resolution === 'lost',
  },
  values: { attempts: (r) => r.attempts },
  keys: { segment: { of: SEGMENTS, index: (r) => SEGMENTS.indexOf(r.segment) } },
  measures: {
    callers: {},
    /** Σ attempts of those callers (after-hours attempts included). */
    attempts: { sum: 'attempts' },
    served: { where: ['served'] },
    callback: { where: ['callback'] },
    lost: { where: ['lost'] },
    /** Callers lost for good, by segment. */
    lostBySegment: { where: ['lost'], by: 'segment' },
  },
  derived: {},
});

const callers = figuresOf(CALLERS);

/** The `callers` figures: callers per day, redials per caller, shares of callers and losses per day. */
export const CALLER_FIGURES = {
  callersPerDay: callers.perDay('callers'),
  // The first attempt is not a redial: attempts per caller − 1 (the interval shifts with it).
  redialsPerCaller: callers.ratioPlus('attempts', 'callers', -1),
  lostForGoodShare: callers.share('lost', 'callers'),
  resolutionShare: {
    served: callers.share('served', 'callers'),
    callback: callers.share('callback', 'callers'),
    lost: callers.share('lost', 'callers'),
  },
  lostPerDay: each(SEGMENTS, (segment) => callers.perDay(`lostBySegment.${segment}`)),
};
