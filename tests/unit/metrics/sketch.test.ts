import { describe, expect, it } from 'vitest';
import { createStream } from '../../../src/engine/random.js';
import {
  QuantileSketch,
  SKETCH_RELATIVE_ACCURACY,
  emptySketchData,
  mergeSketches,
  survivalAt,
  sketchQuantile,
} from '../../../src/metrics/sketch.js';

/** Waits as a reception produces them: a third exact zeros, the rest spread over six decades. */
function waits(n: number, seed: number): number[] {
  const random = createStream(seed, ['sketch-test']);
  return Array.from({ length: n }, () => (random() < 0.35 ? 0 : 10 ** (6 * random() - 3)));
}

/** The exact quantile with the sketch's rank rule: the value of rank ⌊q(n − 1)⌋. */
function exactQuantile(sorted: readonly number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))];
}

function sketchOf(values: readonly number[]): QuantileSketch {
  const sketch = new QuantileSketch();
  for (const value of values) sketch.add(value);
  return sketch;
}

const LEVELS = [0, 0.01, 0.1, 0.25, 0.34, 0.35, 0.36, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

describe('QuantileSketch', () => {
  it('returns every quantile within its relative accuracy', () => {
    const values = waits(50_000, 1);
    const sorted = [...values].sort((a, b) => a - b);
    const sketch = sketchOf(values);
    for (const q of LEVELS) {
      const exact = exactQuantile(sorted, q);
      const estimate = sketch.quantile(q);
      if (exact === 0) expect(estimate, `q = ${q}`).toBe(0);
      else expect(Math.abs(estimate - exact) / exact, `q = ${q}`).toBeLessThanOrEqual(SKETCH_RELATIVE_ACCURACY * (1 + 1e-9));
    }
  });

  it('counts zeros and keeps the max exactly', () => {
    const values = waits(10_000, 2);
    const data = sketchOf(values).toData();
    expect(data.count).toBe(values.length);
    expect(data.zeroCount).toBe(values.filter((v) => v === 0).length);
    expect(data.max).toBe(Math.max(...values));
    expect(data.minPositive).toBe(Math.min(...values.filter((v) => v > 0)));
    expect(data.counts.reduce((a, b) => a + b, 0)).toBe(data.count - data.zeroCount);
  });

  it('merges into exactly the sketch of the union', () => {
    const values = waits(30_000, 3);
    const parts = [values.slice(0, 7_000), values.slice(7_000, 7_001), [], values.slice(7_001)];
    const merged = mergeSketches(parts.map((part) => sketchOf(part).toData()));
    expect(merged).toEqual(sketchOf(values).toData());
  });

  it('survives a JSON round trip', () => {
    const data = sketchOf(waits(5_000, 4)).toData();
    const back = JSON.parse(JSON.stringify(data));
    expect(back).toEqual(data);
    expect(QuantileSketch.fromData(back).toData()).toEqual(data);
    for (const q of LEVELS) expect(sketchQuantile(back, q)).toBe(sketchOf(waits(5_000, 4)).quantile(q));
  });

  it('gives the same bytes for the same values in the same order', () => {
    expect(JSON.stringify(sketchOf(waits(5_000, 5)).toData())).toBe(JSON.stringify(sketchOf(waits(5_000, 5)).toData()));
  });

  it('stays the same size however many values it holds', () => {
    const few = sketchOf([0, 1, 2, 3]).toData();
    const many = sketchOf(Array.from({ length: 100_000 }, (_, i) => [0, 1, 2, 3][i % 4])).toData();
    expect(many.counts.length).toBe(few.counts.length);
  });

  it('is empty and undefined with no values', () => {
    const empty = emptySketchData();
    expect(empty).toEqual({ relativeAccuracy: SKETCH_RELATIVE_ACCURACY, count: 0, zeroCount: 0, minPositive: 0, max: 0, offset: 0, counts: [] });
    expect(sketchQuantile(empty, 0.5)).toBeNaN();
  });

  it('handles values outside the indexed range with the exact extremes', () => {
    const sketch = sketchOf([1e-9, 5e8]);
    expect(sketch.quantile(0)).toBe(1e-9);
    expect(sketch.quantile(1)).toBe(5e8);
  });

  it('rejects negative, NaN and infinite values and bad levels', () => {
    const sketch = new QuantileSketch();
    expect(() => sketch.add(-0.5)).toThrow('got -0.5');
    expect(() => sketch.add(Number.NaN)).toThrow('got NaN');
    expect(() => sketch.add(Infinity)).toThrow('got Infinity');
    expect(() => sketch.quantile(1.5)).toThrow('got 1.5');
  });

  it('refuses to merge a sketch of another accuracy', () => {
    expect(() => new QuantileSketch().merge({ ...emptySketchData(), relativeAccuracy: 0.01 })).toThrow('0.01');
  });
});

describe('survivalAt (Kaplan–Meier)', () => {
  const sketchOf = (values: readonly number[]) => {
    const sketch = new QuantileSketch();
    for (const value of values) sketch.add(value);
    return sketch.toData();
  };

  it('counts a censored time only as having lasted that long', () => {
    // Answered after 0, 1 and 3 minutes; hung up after 2 and 4.
    const events = sketchOf([0, 1, 3]);
    const all = sketchOf([0, 1, 2, 3, 4]);
    expect(survivalAt(events, all, 0)).toBeCloseTo(4 / 5, 12);
    expect(survivalAt(events, all, 1.5)).toBeCloseTo((4 / 5) * (3 / 4), 12);
    // The hang-up at 2 leaves two at risk at 3, one of whom is answered: 0.6 × 1/2, not 1/5.
    expect(survivalAt(events, all, 3.5)).toBeCloseTo(0.3, 12);
    expect(survivalAt(events, all, 10)).toBeCloseTo(0.3, 12);
  });

  it('is the plain share above t when nothing is censored, and NaN with no values', () => {
    const waits = sketchOf([0, 0, 0.1, 0.2, 0.5, 0.9, 2]);
    expect(survivalAt(waits, waits, 0.3)).toBeCloseTo(3 / 7, 12);
    expect(survivalAt(emptySketchData(), emptySketchData(), 1)).toBeNaN();
  });
});
