import { describe, expect, it } from 'vitest';
import { createStream, type RandomStream } from '../../../src/engine/random.js';

/** The first `n` values of a stream. */
function draw(random: RandomStream, n: number): number[] {
  return Array.from({ length: n }, () => random());
}

describe('createStream', () => {
  it('gives the same sequence for the same seed and path', () => {
    expect(draw(createStream(42, [0, 3, 'calls.arrivals']), 1000)).toEqual(
      draw(createStream(42, [0, 3, 'calls.arrivals']), 1000),
    );
  });

  it('gives different sequences for different seeds or paths', () => {
    const sequences = [
      createStream(42, [0, 3, 'calls.arrivals']),
      createStream(43, [0, 3, 'calls.arrivals']),
      createStream('42', [0, 3, 'calls.arrivals']),
      createStream(42, [1, 3, 'calls.arrivals']),
      createStream(42, [0, 4, 'calls.arrivals']),
      createStream(42, [0, 3, 'calls.durations']),
      createStream(42, [0, 3]),
      createStream(42, [3, 0, 'calls.arrivals']),
      // The parts are kept apart: [1, 2] is not [12] and a number is not its string.
      createStream(42, [1, 2]),
      createStream(42, [12]),
      createStream(42, ['1', 2]),
    ].map((random) => draw(random, 4).join(','));
    expect(new Set(sequences).size).toBe(sequences.length);
  });

  it("does not shift a stream's numbers when another stream is added", () => {
    const alone = draw(createStream(7, [0, 'arrivals']), 200);
    const arrivals = createStream(7, [0, 'arrivals']);
    const durations = createStream(7, [0, 'durations']); // the new source
    const interleaved: number[] = [];
    for (let i = 0; i < 200; i++) {
      durations();
      interleaved.push(arrivals());
      durations();
    }
    expect(interleaved).toEqual(alone);
  });

  it('draws uniformly in [0, 1)', () => {
    const n = 100_000;
    const random = createStream(2024, ['uniformity']);
    let sum = 0;
    let sumSquares = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = random();
      if (!(u >= 0 && u < 1)) outside += 1;
      sum += u;
      sumSquares += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    const variance = sumSquares / n - mean * mean;
    // Standard errors: sd/√n for the mean; √((μ4 − σ⁴)/n) for the variance, μ4 = 1/80 for U(0, 1).
    expect(Math.abs(mean - 1 / 2)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(5 * Math.sqrt((1 / 80 - 1 / 144) / n));
  });

  it('shows no correlation between neighbouring paths', () => {
    const n = 100_000;
    const a = createStream(1, [0, 'a']);
    const b = createStream(1, [1, 'a']);
    let sumProducts = 0;
    let sumA = 0;
    let sumB = 0;
    for (let i = 0; i < n; i++) {
      const x = a();
      const y = b();
      sumProducts += x * y;
      sumA += x;
      sumB += y;
    }
    const correlation = 12 * (sumProducts / n - (sumA / n) * (sumB / n));
    expect(Math.abs(correlation)).toBeLessThan(5 / Math.sqrt(n));
  });

  it('rejects a seed or path part that is not a string or a finite number', () => {
    expect(() => createStream(NaN, [0])).toThrow(/seed .*NaN/);
    expect(() => createStream(1, [0, Infinity])).toThrow(/path\[1\] .*Infinity/);
    expect(() => createStream(1, [0, Infinity])).toThrow(RangeError);
  });
});
