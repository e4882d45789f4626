// The named random streams of one simulated day. Each source of randomness has its own stream,
// derived from (seed, replication, day, source), so policies compared on the same seed see the
// same arrivals and the same customers (common random numbers).

import { createStream, type RandomStream } from '../../engine/random.js';
import { RANDOM_SOURCES, type RandomSource } from '../domain.js';

/** Every source of randomness in a day (RANDOM_SOURCES), one stream each. */
export type DayStreams = Readonly<Record<RandomSource, RandomStream>>;

/**
 * The streams of day `day` of replication `replication` under master seed `seed`.
 * NOTE: streams are per day, not per replication, so a policy that draws more on one day (say,
 * more redials) leaves the next day's numbers untouched. Seeding 20 streams costs about as much
 * as simulating a medium day; common random numbers are worth it.
 */
export function dayStreams(seed: number | string, replication: number, day: number): DayStreams {
  return Object.fromEntries(RANDOM_SOURCES.map((source) => [source, createStream(seed, [replication, day, source])])) as unknown as DayStreams;
}
