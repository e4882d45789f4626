// A minimal M/M/c queue on the Calendar interface: Poisson arrivals, exponential service,
// `servers` identical servers, FCFS, nobody gives up. Not part of the product: it validates the
// engine against Erlang C and is the benchmark workload. Time in minutes.

import type { Calendar } from '../../src/engine/calendar.js';
import type { RandomStream } from '../../src/engine/random.js';

/** Parameters of one M/M/c run. */
export interface MmcParams {
  /** Poisson arrival rate, per minute. */
  readonly arrivalsPerMin: number;
  /** Mean of the exponential service time, minutes. */
  readonly meanServiceMin: number;
  readonly servers: number;
  /** Arrivals stop at this time (minutes); customers already in are served to the end. */
  readonly horizonMin: number;
  /** Arrivals before this time (minutes) are not measured. */
  readonly warmupMin: number;
  /** Service-level threshold: answered within this many minutes. */
  readonly slThresholdMin: number;
  /** Measured arrivals are grouped by arrival time into this many batches (batch means). */
  readonly batches: number;
}

/** Sums over the measured arrivals of one batch. */
export interface MmcBatch {
  arrivals: number;
  delayed: number;
  waitSumMin: number;
  withinThreshold: number;
  serviceSumMin: number;
}

/** What one M/M/c run measured. */
export interface MmcResult {
  /** Customers who arrived (measured or not). */
  readonly customers: number;
  readonly batches: MmcBatch[];
  readonly eventsRun: number;
}

/** Runs one M/M/c replication on `calendar`, drawing from the two streams. */
export function runMmc(
  calendar: Calendar,
  params: MmcParams,
  streams: { readonly arrivals: RandomStream; readonly service: RandomStream },
): MmcResult {
  const { arrivalsPerMin, meanServiceMin, servers, horizonMin, warmupMin, slThresholdMin } = params;
  const meanGapMin = 1 / arrivalsPerMin;
  const batchesPerMin = params.batches / (horizonMin - warmupMin);
  const lastBatch = params.batches - 1;
  const batches: MmcBatch[] = Array.from({ length: params.batches }, () => ({
    arrivals: 0,
    delayed: 0,
    waitSumMin: 0,
    withinThreshold: 0,
    serviceSumMin: 0,
  }));
  // A ring buffer of arrival times; its capacity stays a power of two so wrapping is a mask.
  let queueTimes = new Float64Array(1024);
  let queueMask = queueTimes.length - 1;
  let queueHead = 0;
  let queueLength = 0;
  let busy = 0;
  let customers = 0;

  const startService = (nowMin: number, arrivedAtMin: number): void => {
    const serviceMin = -meanServiceMin * Math.log(1 - streams.service());
    calendar.schedule(serviceMin, departure);
    if (arrivedAtMin < warmupMin) return;
    const batch = batches[Math.min(lastBatch, ((arrivedAtMin - warmupMin) * batchesPerMin) | 0)];
    const waitMin = nowMin - arrivedAtMin;
    batch.arrivals++;
    if (waitMin > 0) batch.delayed++;
    batch.waitSumMin += waitMin;
    if (waitMin <= slThresholdMin) batch.withinThreshold++;
    batch.serviceSumMin += serviceMin;
  };

  const arrival = calendar.register(() => {
    const nowMin = calendar.now;
    customers++;
    if (busy < servers) {
      busy++;
      startService(nowMin, nowMin);
    } else {
      if (queueLength === queueTimes.length) {
        const bigger = new Float64Array(queueTimes.length * 2);
        for (let i = 0; i < queueLength; i++) bigger[i] = queueTimes[(queueHead + i) & queueMask];
        queueTimes = bigger;
        queueMask = bigger.length - 1;
        queueHead = 0;
      }
      queueTimes[(queueHead + queueLength) & queueMask] = nowMin;
      queueLength++;
    }
    const gapMin = -meanGapMin * Math.log(1 - streams.arrivals());
    if (nowMin + gapMin < horizonMin) calendar.schedule(gapMin, arrival);
  });

  const departure = calendar.register(() => {
    if (queueLength > 0) {
      const arrivedAtMin = queueTimes[queueHead];
      queueHead = (queueHead + 1) & queueMask;
      queueLength--;
      startService(calendar.now, arrivedAtMin);
    } else {
      busy--;
    }
  });

  calendar.schedule(-meanGapMin * Math.log(1 - streams.arrivals()), arrival);
  calendar.run();
  return { customers, batches, eventsRun: calendar.eventsRun };
}
