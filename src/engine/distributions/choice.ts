// A discrete choice among alternatives with given shares (e.g. which reason a call has).
// Not a Distribution: it yields an index, not a quantity with moments.
import type { RandomStream } from '../random.js';

/** Tolerance on the sum of the shares, so shares read from a file as decimals still add up. */
export const SHARE_SUM_TOLERANCE = 1e-6;

/** Picks index i with probability shares[i]; one uniform per pick. */
export class Choice {
  /** The probability of each index (dimensionless), as given. */
  readonly shares: readonly number[];
  // Cumulative shares normalised by their sum, so the last positive one is exactly 1.
  private readonly cumulative: Float64Array;
  // Returned when rounding leaves u above every cumulative share: the last index with a share.
  private readonly lastPositive: number;

  /** Throws a RangeError naming the share (index and value) or the sum when they are not probabilities summing to 1. */
  constructor(shares: readonly number[]) {
    if (shares.length === 0) throw new RangeError('choice: shares must hold at least one share, got []');
    let sum = 0;
    let lastPositive = -1;
    shares.forEach((share, i) => {
      if (!(share >= 0 && share <= 1)) throw new RangeError(`choice: shares[${i}] must be in [0, 1], got ${share}`);
      sum += share;
      if (share > 0) lastPositive = i;
    });
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      throw new RangeError(`choice: shares must sum to 1 (within ${SHARE_SUM_TOLERANCE}), got ${sum}`);
    }
    this.shares = Object.freeze([...shares]);
    this.lastPositive = lastPositive;
    this.cumulative = new Float64Array(shares.length);
    let running = 0;
    shares.forEach((share, i) => {
      running += share;
      this.cumulative[i] = i >= lastPositive ? 1 : running / sum;
    });
  }

  /** Draws an index in [0, shares.length); an index whose share is 0 is never returned. */
  pick(random: RandomStream): number {
    const u = random();
    const cumulative = this.cumulative;
    // NOTE: a linear scan: choices have a handful of alternatives, where it beats a binary search.
    for (let i = 0; i < this.lastPositive; i++) {
      if (u < cumulative[i]) return i;
    }
    return this.lastPositive;
  }
}
