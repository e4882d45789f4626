// Positive durations counted in bins 1% wide on a log scale, so a million values take a few
// kilobytes: enough for quantiles and for the Kolmogorov–Smirnov distance to a fitted curve,
// both within 1% of the value.

const SMALLEST = 0.1;
const GROWTH = Math.log(1.01);
const BINS = 2048;

/** A streaming histogram of positive values (any unit), bins 1% wide. */
export class LogHistogram {
  private readonly counts = new Float64Array(BINS);
  /** Values added. */
  count = 0;
  /** True while every value added is a whole number (a log in whole seconds). */
  private whole = true;

  /** Counts one value; values at or below 0.1 share the first bin. */
  add(value: number): void {
    this.counts[binOf(value)]++;
    this.count++;
    if (this.whole && !Number.isInteger(value)) this.whole = false;
  }

  /** The value below which a share `q` of the values lie (the upper edge of its bin). */
  quantile(q: number): number {
    const target = q * this.count;
    let cumulative = 0;
    for (let bin = 0; bin < BINS; bin++) {
      cumulative += this.counts[bin];
      if (cumulative >= target && cumulative > 0) return upperEdge(bin);
    }
    return upperEdge(BINS - 1);
  }

  /**
   * The largest gap between the share of values below x and `cdf(x)`, over the bin edges. Values
   * logged in whole units are compared with the curve rounded the same way (a value ≤ x when the
   * true value is below ⌊x⌋ + ½), or the rounding alone would show as misfit in a large log.
   */
  ksDistance(continuousCdf: (value: number) => number): number {
    const cdf = this.whole ? (value: number) => continuousCdf(Math.floor(value) + 0.5) : continuousCdf;
    let cumulative = 0;
    let distance = Math.abs(cdf(SMALLEST) - 0);
    for (let bin = 0; bin < BINS; bin++) {
      if (this.counts[bin] === 0 && cumulative === this.count) break;
      cumulative += this.counts[bin];
      distance = Math.max(distance, Math.abs(cumulative / this.count - cdf(upperEdge(bin))));
    }
    return distance;
  }
}

function binOf(value: number): number {
  if (!(value > SMALLEST)) return 0;
  return Math.min(BINS - 1, 1 + Math.floor(Math.log(value / SMALLEST) / GROWTH));
}

function upperEdge(bin: number): number {
  return SMALLEST * Math.exp(bin * GROWTH);
}
