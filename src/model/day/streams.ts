// The named random streams of one simulated day. Each source of randomness has its own stream,
// derived from (seed, replication, day, source), so policies compared on the same seed see the
// same arrivals and the same customers (common random numbers).

import { createStream, type RandomStream } from '../../engine/random.js';

/** Every source of randomness in a day, one stream each. */
export interface DayStreams {
  readonly callArrivals: RandomStream;
  readonly callReasons: RandomStream;
  readonly callHandling: RandomStream;
  readonly callPatience: RandomStream;
  readonly callRedials: RandomStream;
  readonly voicemail: RandomStream;
  readonly callbackHandling: RandomStream;
  readonly walkInArrivals: RandomStream;
  readonly walkInService: RandomStream;
  readonly walkInPatience: RandomStream;
  readonly walkInSegments: RandomStream;
  readonly appointmentShows: RandomStream;
  readonly appointmentPunctuality: RandomStream;
  readonly appointmentService: RandomStream;
  readonly appointmentSegments: RandomStream;
  readonly pickups: RandomStream;
  readonly pickupService: RandomStream;
  readonly messageArrivals: RandomStream;
  readonly messageHandling: RandomStream;
  readonly policy: RandomStream;
}

const SOURCES: readonly (keyof DayStreams)[] = [
  'callArrivals',
  'callReasons',
  'callHandling',
  'callPatience',
  'callRedials',
  'voicemail',
  'callbackHandling',
  'walkInArrivals',
  'walkInService',
  'walkInPatience',
  'walkInSegments',
  'appointmentShows',
  'appointmentPunctuality',
  'appointmentService',
  'appointmentSegments',
  'pickups',
  'pickupService',
  'messageArrivals',
  'messageHandling',
  'policy',
];

/**
 * The streams of day `day` of replication `replication` under master seed `seed`.
 * NOTE: streams are per day, not per replication, so a policy that draws more on one day (say,
 * more redials) leaves the next day's numbers untouched. Seeding 20 streams costs about as much
 * as simulating a medium day; common random numbers are worth it.
 */
export function dayStreams(seed: number | string, replication: number, day: number): DayStreams {
  return Object.fromEntries(SOURCES.map((source) => [source, createStream(seed, [replication, day, source])])) as unknown as DayStreams;
}
