// The named random streams of one simulated day. Each source of randomness has its own stream,
// derived from (seed, replication, day, source), so policies compared on the same seed see the
// same arrivals and the same customers (common random numbers). A stream is seeded only when
// first drawn from: a day without messages never pays for the message streams.

import { type RandomStream, streamFromKey, streamKeyEnd, streamKeyStart } from '../../engine/random.js';
import { RANDOM_SOURCES, type RandomSource } from '../domain.js';

/** Every source of randomness in a day (RANDOM_SOURCES), one stream each. */
export type DayStreams = Readonly<Record<RandomSource, RandomStream>>;

/**
 * The streams of one day after another, reused: `startDay` points every source at a stub that,
 * on its first draw, seeds the source's stream and puts it in its own place.
 * NOTE: streams are per day, not per replication, so a policy that draws more on one day (say,
 * more redials) leaves the next day's numbers untouched. A stream's key is that of
 * (seed, replication, day, source), its start made once a day.
 */
export class LazyDayStreams {
  /** The streams of the current day; read a source afresh at every draw (a stub replaces itself). */
  readonly streams: Record<RandomSource, RandomStream>;
  private readonly stubs: Record<RandomSource, RandomStream>;
  /** The streams seeded today, by index in RANDOM_SOURCES (a stub held by a caller across draws must find its stream). */
  private readonly seeded: (RandomStream | null)[] = RANDOM_SOURCES.map(() => null);
  /** The start every stream key of the day shares (streamKeyStart). */
  private keyStart = '';

  constructor() {
    this.stubs = {} as Record<RandomSource, RandomStream>;
    RANDOM_SOURCES.forEach((source, index) => {
      this.stubs[source] = () => {
        let stream = this.seeded[index];
        if (stream === null) {
          stream = streamFromKey(streamKeyEnd(this.keyStart, source));
          this.seeded[index] = stream;
          this.streams[source] = stream;
        }
        return stream();
      };
    });
    this.streams = { ...this.stubs };
  }

  /** Streams for day `day` of replication `replication` under master seed `seed`. */
  startDay(seed: number | string, replication: number, day: number): DayStreams {
    this.keyStart = streamKeyStart(seed, [replication, day]);
    this.seeded.fill(null);
    for (const source of RANDOM_SOURCES) this.streams[source] = this.stubs[source];
    return this.streams;
  }
}

/** The streams of day `day` of replication `replication` under master seed `seed`, each seeded on first draw. */
export function dayStreams(seed: number | string, replication: number, day: number): DayStreams {
  return new LazyDayStreams().startDay(seed, replication, day);
}
