// Seeded, named random streams. Every source of randomness in a run gets its own stream,
// derived from the master seed and a path such as [replication, day, 'callArrivals'], so a
// new source never shifts another's numbers (common random numbers across policies).
import seedrandom from 'seedrandom';

/** A uniform random number generator: each call returns a number in [0, 1) (dimensionless). */
export type RandomStream = () => number;

/** One element of a stream's path: a replication index, a day, a source name… */
export type StreamPathPart = string | number;

/**
 * Derives an independent stream from a master seed and a path; the same seed and path always
 * give the same sequence.
 */
export function createStream(seed: number | string, path: readonly StreamPathPart[]): RandomStream {
  return streamFromKey(streamKey(seed, path));
}

/**
 * The key a stream is seeded from: the seed and path as JSON, which keeps the parts apart
 * unambiguously ([1, '2'] and ['1', 2] and [12] all differ).
 */
export function streamKey(seed: number | string, path: readonly StreamPathPart[]): string {
  return `${streamKeyStart(seed, path)}]`;
}

/**
 * The open start of the keys of every stream whose path begins with `path`, for many streams
 * that share it (a day's, see day/streams.ts): finish one with streamKeyEnd.
 */
export function streamKeyStart(seed: number | string, path: readonly StreamPathPart[]): string {
  checkSeedPart(seed, 'seed');
  for (let i = 0; i < path.length; i++) checkSeedPart(path[i], `path[${i}]`);
  return JSON.stringify([seed, ...path]).slice(0, -1);
}

/** The key of the stream whose path is that of `start` followed by `last` (see streamKey). */
export function streamKeyEnd(start: string, last: StreamPathPart): string {
  checkSeedPart(last, 'last path part');
  return `${start},${JSON.stringify(last)}]`;
}

/** The stream of a key made by `streamKey`. */
export function streamFromKey(key: string): RandomStream {
  // NOTE: tychei (Neves and Araujo's ChaCha-derived generator, 128 bits of state, no BigCrush
  // failures reported) seeded with a 53-bit hash of the key: building a stream costs a hash and
  // 20 warm-up rounds, far less than xor4096's 4,096-bit state (bench/streams.ts), and a day
  // builds about fifteen. Its plain call gives 32 random bits (a 2^-32 grid), ample here.
  return tycheiFromInteger(hash53(key));
}

/**
 * seedrandom's tychei seeded with an integer (its own seeding: the high and low words of the
 * integer, then 20 mixing rounds). The library accepts integer seeds; its type declarations list
 * only strings.
 */
export const tycheiFromInteger = seedrandom.tychei as unknown as (seed: number) => RandomStream;


/**
 * A 53-bit hash of a string (cyrb53: two 32-bit multiply-xorshift lanes, mixed at the end):
 * fast, and different keys give unrelated seeds.
 */
export function hash53(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Throws a RangeError unless `part` is a string or a finite number (NaN would print as null). */
function checkSeedPart(part: unknown, name: string): void {
  if (typeof part === 'string') return;
  if (typeof part === 'number' && Number.isFinite(part)) return;
  throw new RangeError(`random stream: ${name} must be a string or a finite number, got ${String(part)}`);
}
