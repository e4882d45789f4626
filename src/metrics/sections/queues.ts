// Queue lengths: how many were waiting in each queue. Records are spans during which a queue kept
// one length, each day's measure window and the part of it the reception is open, and each queue's
// minutes while open; all are spread over the hours, and the whole run is the sum of its hours.

import { QUEUES, type QueueName } from '../../model/domain.js';
import { section } from '../measures.js';
import { each, figuresOf } from '../summary/table.js';

/**
 * A queue's length over a span (window null); a span of a window (queue null): the day's measure
 * window or its opening hours; or (both set, window 'open') a queue's length averaged over the
 * day's opening hours, which the span covers.
 */
export interface QueueSpan {
  queue: QueueName | null;
  window: 'measured' | 'open' | null;
  length: number;
  fromMin: number;
  toMin: number;
}

/** Queue integrals and measured time, by hour. */
export const QUEUE_TIME = section<QueueSpan>()({
  name: 'queues',
  facts: {
    queue: (r) => r.window === null,
    queueWhileOpen: (r) => r.window === 'open' && r.queue !== null,
    measured: (r) => r.window === 'measured',
    open: (r) => r.window === 'open' && r.queue === null,
  },
  values: { length: (r) => r.length, minutes: () => 1 },
  keys: { queue: { of: QUEUES, index: (r) => (r.queue === null ? -1 : QUEUES.indexOf(r.queue)) } },
  measures: {
    /** ∫ queue length dt, length × minutes. */
    queueLengthMin: { where: ['queue'], sum: 'length', by: 'queue' },
    /** The same between opening and closing. */
    queueLengthMinWhileOpen: { where: ['queueWhileOpen'], sum: 'length', by: 'queue' },
    /** Minutes of the measure window: the exposure for the averages by hour. */
    measuredMin: { where: ['measured'], sum: 'minutes' },
    /** Minutes the reception is open in the window (all of it in steady state): the exposure for the whole day's averages. */
    openMin: { where: ['open'], sum: 'minutes' },
  },
  derived: {},
  clock: { from: (r) => r.fromMin, to: (r) => r.toMin },
  wholeFromHours: true,
});

const queues = figuresOf(QUEUE_TIME);

/**
 * The `meanQueueLength` figures, pooled over replications: the mean number waiting while the
 * reception is open (a working day's closed hours would dilute it; in steady state, the window).
 */
export const QUEUE_FIGURES = each(QUEUES, (queue) => queues.ratio(`queueLengthMinWhileOpen.${queue}`, 'openMin'));

/** `hourly[h].meanQueueLength`: the mean number waiting during that hour of the clock. */
export const HOURLY_QUEUE_FIGURES = each(QUEUES, (queue) => queues.ratio(`queueLengthMin.${queue}`, 'measuredMin', { hourly: true }));
