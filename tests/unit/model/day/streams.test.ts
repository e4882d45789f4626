import { describe, expect, it } from 'vitest';
import { createStream } from '../../../../src/engine/random.js';
import { RANDOM_SOURCES } from '../../../../src/model/domain.js';
import { LazyDayStreams } from '../../../../src/model/day/streams.js';

describe('LazyDayStreams', () => {
  it.each([42, 0, -7.5, 'tienda "Norte", día 1', '[1,2]'])('gives, for seed %j, each source the stream of (seed, replication, day, source)', (seed) => {
    const lazy = new LazyDayStreams();
    for (const [replication, day] of [
      [0, 0],
      [3, 17],
      [12, 1],
    ]) {
      const streams = lazy.startDay(seed, replication, day);
      for (const source of RANDOM_SOURCES) {
        const expected = createStream(seed, [replication, day, source]);
        const drawn = [streams[source](), streams[source](), streams[source]()];
        expect(drawn).toEqual([expected(), expected(), expected()]);
      }
    }
  });

  it('starts every day afresh: a stream drawn from yesterday does not carry over', () => {
    const lazy = new LazyDayStreams();
    lazy.startDay(1, 0, 0).callArrivals();
    const today = lazy.startDay(1, 0, 1);
    expect(today.callArrivals()).toBe(createStream(1, [0, 1, 'callArrivals'])());
  });
});
