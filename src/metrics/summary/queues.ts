// The `meanQueueLength` section: how many were waiting in each queue, on average over the
// measure window of every day.

import { QUEUES, type QueueName } from '../../model/domain.js';
import { byKey, ratio, type Figure, type Runs } from './figure.js';

/** Mean number waiting in each queue, a time average over the measure window. */
export type MeanQueueLength = Readonly<Record<QueueName, Figure>>;

/** The meanQueueLength section: queue-minutes ÷ measured minutes, pooled over replications. */
export function meanQueueLength(runs: Runs): MeanQueueLength {
  return byKey(QUEUES, (queue) =>
    ratio(runs, (r) => sum(r.hourly.queueLengthMin[queue]), (r) => sum(r.hourly.measuredMin)),
  );
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
