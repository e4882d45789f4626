// Queue lengths: how many were waiting in each queue, as a time average over the measure window.
// Records are spans during which a queue kept one length, and each day's measure window; both are
// spread over the hours, and the whole run is the sum of its hours.

import { QUEUES, type QueueName } from '../../model/domain.js';
import { section } from '../measures.js';
import { each, figuresOf } from '../summary/table.js';

/** A queue's length over a span, or (queue null) a span of the measure window. */
export interface QueueSpan {
  queue: QueueName | null;
  length: number;
  fromMin: number;
  toMin: number;
}

/** Queue integrals and measured time, by hour. */
export const QUEUE_TIME = section<QueueSpan>()({
  name: 'queues',
  facts: {
    queue: (r) => r.queue !== null,
    window: (r) => r.queue === null,
  },
  values: { length: (r) => r.length, minutes: () => 1 },
  keys: { queue: { of: QUEUES, index: (r) => (r.queue === null ? -1 : QUEUES.indexOf(r.queue)) } },
  measures: {
    /** ∫ queue length dt, length × minutes. */
    queueLengthMin: { where: ['queue'], sum: 'length', by: 'queue' },
    /** Minutes of the measure window: the exposure for queue averages. */
    measuredMin: { where: ['window'], sum: 'minutes' },
  },
  derived: {},
  clock: { from: (r) => r.fromMin, to: (r) => r.toMin },
  wholeFromHours: true,
});

const queues = figuresOf(QUEUE_TIME);

/** The `meanQueueLength` figures: queue-minutes ÷ measured minutes, pooled over replications. */
export const QUEUE_FIGURES = each(QUEUES, (queue) => queues.ratio(`queueLengthMin.${queue}`, 'measuredMin', { hourly: true }));
