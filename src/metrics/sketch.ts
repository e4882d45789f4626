// A quantile sketch for waits in minutes, in the manner of DDSketch (Masson, Rim & Lee, VLDB
// 2019): positive values fall into logarithmic buckets whose width is a fixed share of their
// value, so every quantile is returned within a fixed relative error. Exact zeros (most waits)
// are counted apart, and the largest value is kept exactly. The buckets cover a fixed range, so
// memory never grows; merging adds integer counts, so it is exact, and the same values added in
// the same order always give the same bytes.

/** Relative error of every quantile of positive values inside the indexed range (0.5%). */
export const SKETCH_RELATIVE_ACCURACY = 0.005;

/** Smallest positive value, minutes, indexed with full accuracy (below it: the lowest bucket). */
export const SKETCH_MIN_INDEXED_MIN = 1e-6;

/** Largest value, minutes, indexed with full accuracy (above it: the highest bucket). */
export const SKETCH_MAX_INDEXED_MIN = 1e7;

const GAMMA = (1 + SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
const LOG_GAMMA = Math.log(GAMMA);
const MIN_INDEX = bucketIndex(SKETCH_MIN_INDEXED_MIN);
const MAX_INDEX = bucketIndex(SKETCH_MAX_INDEXED_MIN);
const BUCKETS = MAX_INDEX - MIN_INDEX + 1;

/** The buckets of a sketch that has none yet. */
const EMPTY_BUCKETS = new Float64Array(0);

/** Where `add` puts its value for `addFrom`. */
const ONE_VALUE = new Float64Array(1);

/** A sketch as plain JSON: what crosses worker threads and is stored in run totals. */
export interface SketchData {
  /** The relative accuracy it was built with; only equal ones merge. */
  readonly relativeAccuracy: number;
  /** Values added, zeros included. */
  readonly count: number;
  /** Values exactly 0. */
  readonly zeroCount: number;
  /** Smallest positive value, minutes (0 when there is none). */
  readonly minPositive: number;
  /** Largest value, minutes (0 when empty). */
  readonly max: number;
  /** Bucket index of `counts[0]`: bucket i holds values in (γ^(i−1), γ^i]. */
  readonly offset: number;
  /** Counts of positive values per bucket from `offset`, without zero buckets at either end. */
  readonly counts: readonly number[];
}

/** A mergeable quantile sketch of non-negative values (minutes), fixed memory. */
export class QuantileSketch {
  // NOTE: the buckets (24 KiB) are allocated at the first positive value, and the range in use is
  // kept, so a run's many sketches cost nothing until used and are read back without a full scan.
  private buckets: Float64Array | null = null;
  /** The lowest and highest bucket ever counted in (lowest > highest: none). */
  private lowest = BUCKETS;
  private highest = -1;
  private count = 0;
  private zeroCount = 0;
  private minPositive = Infinity;
  private max = 0;

  /** Rebuilds a sketch from its JSON form. */
  static fromData(data: SketchData): QuantileSketch {
    const sketch = new QuantileSketch();
    sketch.merge(data);
    return sketch;
  }

  /** Adds one value (minutes, finite, ≥ 0). */
  add(value: number): void {
    ONE_VALUE[0] = value;
    this.addFrom(ONE_VALUE, 0);
  }

  /**
   * Adds `values[index]` (minutes, finite, ≥ 0).
   * NOTE: the hot path's way in: a number read from a typed array inside the call is never boxed,
   * while a computed number passed to a call that is not inlined is a new heap object each time.
   */
  addFrom(values: Float64Array, index: number): void {
    const value = values[index];
    if (!(value >= 0 && value < Infinity)) {
      throw new RangeError(`quantile sketch: expected a finite value ≥ 0, got ${value}`);
    }
    this.count++;
    if (value > this.max) this.max = value;
    if (value === 0) {
      this.zeroCount++;
      return;
    }
    if (value < this.minPositive) this.minPositive = value;
    this.countIn(clampIndex(bucketIndex(value)) - MIN_INDEX, 1);
  }

  /** Adds `count` values to bucket `bucket` (0-based from MIN_INDEX). */
  private countIn(bucket: number, count: number): void {
    if (this.buckets === null) this.buckets = new Float64Array(BUCKETS);
    this.buckets[bucket] += count;
    if (bucket < this.lowest) this.lowest = bucket;
    if (bucket > this.highest) this.highest = bucket;
  }

  /** Adds every value of another sketch (its JSON form) to this one. */
  merge(other: SketchData): void {
    if (other.relativeAccuracy !== SKETCH_RELATIVE_ACCURACY) {
      throw new RangeError(
        `quantile sketch: cannot merge relative accuracy ${other.relativeAccuracy} into ${SKETCH_RELATIVE_ACCURACY}`,
      );
    }
    const last = other.offset + other.counts.length - 1;
    if (other.offset < MIN_INDEX || last > MAX_INDEX) {
      throw new RangeError(`quantile sketch: buckets ${other.offset}..${last} outside ${MIN_INDEX}..${MAX_INDEX}`);
    }
    this.count += other.count;
    this.zeroCount += other.zeroCount;
    if (other.max > this.max) this.max = other.max;
    if (other.minPositive > 0 && other.minPositive < this.minPositive) this.minPositive = other.minPositive;
    for (let i = 0; i < other.counts.length; i++) if (other.counts[i] !== 0) this.countIn(other.offset - MIN_INDEX + i, other.counts[i]);
  }

  /** Values added so far. */
  get size(): number {
    return this.count;
  }

  /**
   * The q-quantile (0 ≤ q ≤ 1), minutes: the value of rank ⌊q·(n − 1)⌋ (0-based) among the
   * sorted values, within the relative accuracy; exact for a zero and for q = 0 and q = 1.
   * NaN when empty.
   */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile sketch: expected q in [0, 1], got ${q}`);
    if (this.count === 0) return Number.NaN;
    if (q === 0) return this.zeroCount > 0 ? 0 : this.minPositive;
    if (q === 1) return this.max;
    const rank = Math.floor(q * (this.count - 1));
    if (rank < this.zeroCount) return 0;
    let seen = this.zeroCount;
    const buckets = this.buckets!;
    for (let i = this.lowest; i <= this.highest; i++) {
      seen += buckets[i];
      if (seen > rank) {
        const estimate = (2 * GAMMA ** (i + MIN_INDEX)) / (GAMMA + 1);
        return Math.min(Math.max(estimate, this.minPositive), this.max);
      }
    }
    return this.max; // not reached: the buckets hold count − zeroCount values
  }

  /** The sketch as plain JSON, trimmed to its occupied buckets. */
  toData(): SketchData {
    const buckets = this.buckets ?? EMPTY_BUCKETS;
    let first = this.lowest;
    let last = this.highest;
    while (first <= last && buckets[first] === 0) first++;
    while (last >= first && buckets[last] === 0) last--;
    return {
      relativeAccuracy: SKETCH_RELATIVE_ACCURACY,
      count: this.count,
      zeroCount: this.zeroCount,
      minPositive: this.minPositive === Infinity ? 0 : this.minPositive,
      max: this.max,
      offset: first > last ? 0 : first + MIN_INDEX,
      counts: plainArray(buckets, first, last + 1),
    };
  }
}

/** `values[from, to)` as a plain array (faster than Array.from on a typed array). */
function plainArray(values: Float64Array, from: number, to: number): number[] {
  const result: number[] = [];
  for (let i = from; i < to; i++) result.push(values[i]);
  return result;
}

/** An empty sketch in JSON form. */
export function emptySketchData(): SketchData {
  return new QuantileSketch().toData();
}

/** Merges sketches in the order given (replication order, for reproducible output). */
export function mergeSketches(sketches: readonly SketchData[]): SketchData {
  const merged = new QuantileSketch();
  for (const sketch of sketches) merged.merge(sketch);
  return merged.toData();
}

/** The q-quantile of a sketch in JSON form, minutes (NaN when empty). */
export function sketchQuantile(sketch: SketchData, q: number): number {
  return QuantileSketch.fromData(sketch).quantile(q);
}

/**
 * The Kaplan–Meier estimate of P(V > tMin) for a time V seen whole for the values of `events`
 * and cut short (censored) for the others of `all`, which holds both: for waits, the share of
 * calls whose wait would pass tMin had every caller waited as long as it takes (the offered, or
 * virtual, wait), hung-up calls counting only as having waited that long. Values are taken
 * bucket by bucket, the bucket holding tMin included (within the sketch's relative accuracy); at
 * a tie, events come before censorings. NaN when `all` is empty.
 */
export function survivalAt(events: SketchData, all: SketchData, tMin: number): number {
  if (all.count === 0) return Number.NaN;
  let atRisk = all.count;
  let survival = 1 - events.zeroCount / atRisk;
  atRisk -= all.zeroCount;
  if (!(tMin > 0)) return survival;
  const last = Math.min(clampIndex(bucketIndex(tMin)), all.offset + all.counts.length - 1);
  for (let index = all.offset; index <= last && atRisk > 0; index++) {
    const seen = all.counts[index - all.offset];
    if (seen === 0) continue;
    survival *= 1 - (events.counts[index - events.offset] ?? 0) / atRisk;
    atRisk -= seen;
  }
  return survival;
}

/** Index of the bucket (γ^(i−1), γ^i] holding a positive value. */
function bucketIndex(value: number): number {
  return Math.ceil(Math.log(value) / LOG_GAMMA);
}

function clampIndex(index: number): number {
  return index < MIN_INDEX ? MIN_INDEX : index > MAX_INDEX ? MAX_INDEX : index;
}
