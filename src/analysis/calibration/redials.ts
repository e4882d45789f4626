// Redials in a call log: the same caller calling again within a window after a failed attempt
// (abandoned, unanswered, busy, voicemail). Each caller's attempts are chained — a chain is one
// caller's story: its first attempt is fresh demand, the others are redials. From the chains:
// the probability of redialling after failed attempt k, the delay to the next attempt, and
// whether callers stop after some number of attempts.
//
// The log is read as a stream, so only callers with a chain still open (last attempt within the
// window) are held in memory. Rows may come newest first or oldest first; a little disorder (a
// log sorted by end time) is put right by a reorder buffer. A file out of order beyond that is read
// as separately ordered stretches ("runs"): a redial across two stretches is not found.

import { LogHistogram } from './log-histogram.js';
import { chiSquarePValue, type Interval, Moments, proportion, Z95 } from './statistics.js';

/** One call attempt as the chaining sees it; times in seconds since 1970-01-01 00:00 (local). */
export interface Attempt {
  readonly time: number;
  /** When the attempt ended for the caller: arrival + wait. */
  readonly end: number;
  readonly failed: boolean;
  /** The row's day and clock time (for the arrival profile). */
  readonly day: number;
  readonly startSec: number;
}

// Rows this far out of order are put back in order.
const REORDER_SEC = 2 * 3600;
// The longest wait a caller may still be waiting through when their next attempt is looked for.
const LONGEST_WAIT_SEC = 2 * 3600;
const EVICT_EVERY = 1024;

/** A binary heap of attempts, earliest first (`sign` 1) or latest first (`sign` −1). */
class AttemptHeap {
  private readonly items: { key: number | null; attempt: Attempt }[] = [];
  constructor(private readonly sign: number) {}

  get size(): number {
    return this.items.length;
  }

  /** The order key of the top item (sign × time). */
  topKey(): number {
    return this.sign * this.items[0].attempt.time;
  }

  push(key: number | null, attempt: Attempt): void {
    const items = this.items;
    items.push({ key, attempt });
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (this.before(items[parent].attempt, items[child].attempt)) break;
      [items[parent], items[child]] = [items[child], items[parent]];
      child = parent;
    }
  }

  pop(): { key: number | null; attempt: Attempt } {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let first = parent;
        if (left < items.length && !this.before(items[first].attempt, items[left].attempt)) first = left;
        if (right < items.length && !this.before(items[first].attempt, items[right].attempt)) first = right;
        if (first === parent) break;
        [items[parent], items[first]] = [items[first], items[parent]];
        parent = first;
      }
    }
    return top;
  }

  // Ties keep no particular order; equal times of one caller are rare and either order chains them.
  private before(a: Attempt, b: Attempt): boolean {
    return this.sign * a.time <= this.sign * b.time;
  }
}

/** Chains each caller's attempts; calls `onChain` once per chain, attempts in time order. */
export class CallerChains {
  private pending: { key: number | null; attempt: Attempt }[] = [];
  private heap: AttemptHeap | undefined;
  private sign = 0;
  private frontier = Number.NEGATIVE_INFINITY;
  private lastProcessed = Number.NEGATIVE_INFINITY;
  /** Open chains by caller: in time order when ascending, reversed (latest first) when descending. */
  private readonly open = new Map<number, Attempt[]>();
  private processed = 0;
  private nextEviction = EVICT_EVERY;
  /** Ordered stretches the file was read as (1 for a file in time order). */
  runs = 1;

  constructor(
    private readonly windowSec: number,
    private readonly onChain: (chain: readonly Attempt[], callerKnown: boolean) => void,
  ) {}

  /** Callers whose story may still go on (memory in use). */
  get openCallers(): number {
    return this.open.size;
  }

  /** The file's order, once known. */
  get direction(): 'oldest first' | 'newest first' | undefined {
    return this.sign === 0 ? undefined : this.sign > 0 ? 'oldest first' : 'newest first';
  }

  /** Adds the next row of the file: its caller (null: unknown) and attempt. */
  add(key: number | null, attempt: Attempt): void {
    if (this.heap === undefined) {
      this.pending.push({ key, attempt });
      const first = this.pending[0].attempt.time;
      if (Math.abs(attempt.time - first) <= REORDER_SEC) return;
      this.startHeap(attempt.time > first ? 1 : -1);
      return;
    }
    const progress = this.sign * attempt.time;
    if (progress < this.lastProcessed) this.breakRun();
    this.heap.push(key, attempt);
    this.frontier = Math.max(this.frontier, progress);
    while (this.heap.size > 0 && this.heap.topKey() <= this.frontier - REORDER_SEC) this.processTop();
  }

  /** Ends the file: every chain is complete. */
  finish(): void {
    if (this.heap === undefined) this.startHeap(1);
    while (this.heap!.size > 0) this.processTop();
    this.closeAll();
  }

  private startHeap(sign: number): void {
    this.sign = sign;
    this.heap = new AttemptHeap(sign);
    for (const { key, attempt } of this.pending) {
      this.heap.push(key, attempt);
      this.frontier = Math.max(this.frontier, sign * attempt.time);
    }
    this.pending = [];
    while (this.heap.size > 0 && this.heap.topKey() <= this.frontier - REORDER_SEC) this.processTop();
  }

  /** A row older than one already chained: finish what is held and start a new ordered stretch. */
  private breakRun(): void {
    while (this.heap!.size > 0) this.processTop();
    this.closeAll();
    this.runs++;
    this.frontier = Number.NEGATIVE_INFINITY;
    this.lastProcessed = Number.NEGATIVE_INFINITY;
  }

  private processTop(): void {
    const { key, attempt } = this.heap!.pop();
    this.lastProcessed = this.sign * attempt.time;
    if (key === null) {
      this.onChain([attempt], false);
      return;
    }
    // Oldest first, a story ends at its first answered attempt: it is emitted at once.
    const ends = this.sign > 0 && !attempt.failed;
    const chain = this.open.get(key);
    if (chain !== undefined) {
      const latest = chain[chain.length - 1];
      const linked =
        this.sign > 0
          ? latest.failed && attempt.time - latest.end <= this.windowSec
          : attempt.failed && latest.time - attempt.end <= this.windowSec;
      if (linked) chain.push(attempt);
      if (!linked || ends) {
        this.emit(chain);
        this.open.delete(key);
      }
      if (!linked) this.startChain(key, attempt, ends);
    } else this.startChain(key, attempt, ends);
    // Scanned after as many rows as there are open callers (at least EVICT_EVERY): linear in all.
    if (++this.processed >= this.nextEviction) {
      this.evict(attempt.time);
      this.nextEviction = this.processed + Math.max(EVICT_EVERY, this.open.size);
    }
  }

  private startChain(key: number, attempt: Attempt, ends: boolean): void {
    if (ends) this.onChain([attempt], true);
    else this.open.set(key, [attempt]);
  }

  /** Emits the chains no later row can extend. */
  private evict(now: number): void {
    for (const [key, chain] of this.open) {
      const latest = chain[chain.length - 1];
      const closed = this.sign > 0 ? now - latest.end > this.windowSec : latest.time - now > this.windowSec + LONGEST_WAIT_SEC;
      if (closed) {
        this.emit(chain);
        this.open.delete(key);
      }
    }
  }

  private closeAll(): void {
    for (const chain of this.open.values()) this.emit(chain);
    this.open.clear();
  }

  private emit(chain: Attempt[]): void {
    this.onChain(this.sign < 0 ? chain.reverse() : chain, true);
  }
}

/** Failed attempts and redials counted by attempt number, and the delays before redials. */
export class RedialTally {
  /** failures[k] and redials[k]: attempt k + 1 failed / was followed by a redial. */
  readonly failures: number[] = [];
  readonly redials: number[] = [];
  readonly delays = new Moments();
  readonly delayHistogram = new LogHistogram();
  chains = 0;
  longestChain = 0;

  /** Counts one chain of a known caller. */
  addChain(chain: readonly Attempt[]): void {
    this.chains++;
    this.longestChain = Math.max(this.longestChain, chain.length);
    for (let k = 0; k < chain.length; k++) {
      if (!chain[k].failed) continue;
      this.failures[k] = (this.failures[k] ?? 0) + 1;
      if (k + 1 < chain.length) {
        this.redials[k] = (this.redials[k] ?? 0) + 1;
        const delaySec = Math.max(0, chain[k + 1].time - chain[k].end);
        this.delays.add(delaySec);
        this.delayHistogram.add(delaySec);
      }
    }
  }
}

/** What the redials say, for the scenario's `calls.redial`. */
export interface RedialEstimate {
  /** Failed attempts of known callers, and how many were followed by a redial within the window. */
  readonly failures: number;
  readonly redials: number;
  /** Probability of redialling after a failed attempt (before the cap), corrected for redials later than the window. */
  readonly p: Interval;
  /** By attempt number (1 = after the first attempt failed), uncorrected; up to the cap. */
  readonly pByAttempt: readonly Interval[];
  /** True when the attempt numbers differ more than chance allows (then `pByAttempt` is the better description). */
  readonly differsByAttempt: boolean;
  /** Exponential mean of the delay, seconds, fitted to the delays seen within the window (null: not exponential-like). */
  readonly delayMeanSec: Interval | null;
  /** Share of redials the fitted delay puts beyond the window (the correction applied to p). */
  readonly beyondWindow: number;
  readonly delayMedianSec: number;
  readonly delayP90Sec: number;
  /** The attempt after which nobody redials, when the data shows one (null: no evidence of a cap). */
  readonly maxAttempts: number | null;
  readonly longestChain: number;
}

/** Estimates redialling from the tally; null when no known caller ever failed. */
export function estimateRedials(tally: RedialTally, windowSec: number): RedialEstimate | null {
  const attempts = tally.failures.length;
  const totalFailures = tally.failures.reduce((sum, count) => sum + (count ?? 0), 0);
  if (totalFailures === 0) return null;
  // A cap shows as the longest chains' last failures never redialling although earlier ones did.
  const cap = tally.longestChain;
  const below = (list: number[]) => list.slice(0, Math.max(0, cap - 1)).reduce((sum, count) => sum + (count ?? 0), 0);
  const failuresBelow = below(tally.failures);
  const redialsBelow = below(tally.redials);
  const rawP = failuresBelow > 0 ? redialsBelow / failuresBelow : 0;
  const atCap = tally.failures[cap - 1] ?? 0;
  const maxAttempts = redialsBelow > 0 && atCap > 0 && (1 - rawP) ** atCap < 0.05 ? cap : null;
  const used = maxAttempts === null ? attempts : cap - 1;
  const failures = tally.failures.slice(0, used).reduce((sum, count) => sum + (count ?? 0), 0);
  const redials = tally.redials.slice(0, used).reduce((sum, count) => sum + (count ?? 0), 0);

  const delayMeanSec = redials >= 3 ? truncatedExponentialMean(tally.delays, windowSec) : null;
  const beyondOf = (meanSec: number | undefined) => (meanSec === undefined ? 0 : Math.exp(-windowSec / meanSec));
  const beyondWindow = beyondOf(delayMeanSec?.value);
  const pObserved = proportion(redials, failures);
  // The interval of the corrected p takes in the delay's: a longer mean delay hides more redials.
  const correct = (value: number, meanSec: number | undefined) => Math.min(1, value / (1 - beyondOf(meanSec)));
  const pByAttempt = Array.from({ length: used }, (_, k) => proportion(tally.redials[k] ?? 0, tally.failures[k] ?? 0));
  return {
    failures,
    redials,
    p: {
      value: correct(pObserved.value, delayMeanSec?.value),
      low: correct(pObserved.low, delayMeanSec?.low),
      high: correct(pObserved.high, delayMeanSec?.high),
    },
    pByAttempt,
    differsByAttempt: differsByAttempt(tally, used, pObserved.value),
    delayMeanSec,
    beyondWindow,
    delayMedianSec: tally.delayHistogram.quantile(0.5),
    delayP90Sec: tally.delayHistogram.quantile(0.9),
    maxAttempts,
    longestChain: tally.longestChain,
  };
}

/** Chi-square test that the redial probability is the same after every attempt number. */
function differsByAttempt(tally: RedialTally, used: number, p: number): boolean {
  if (p <= 0 || p >= 1) return false;
  let statistic = 0;
  let groups = 0;
  for (let k = 0; k < used; k++) {
    const failures = tally.failures[k] ?? 0;
    if (failures < 5) continue;
    const difference = (tally.redials[k] ?? 0) - p * failures;
    statistic += (difference * difference) / (p * (1 - p) * failures);
    groups++;
  }
  return groups >= 2 && chiSquarePValue(statistic, groups - 1) < 0.01;
}

/**
 * The mean of an exponential delay seen only up to `windowSec` (maximum likelihood of the
 * truncated law), with a 95% interval from its Fisher information. Null when the delays are not
 * shaped like an exponential cut at the window (their mean is near half the window or above).
 */
function truncatedExponentialMean(delays: Moments, windowSec: number): Interval | null {
  const n = delays.count;
  const mean = delays.mean;
  // E[delay | delay ≤ W] = μ − W / (e^{W/μ} − 1): increasing in μ, towards W/2.
  const truncatedMean = (mu: number) => mu - windowSec / Math.expm1(windowSec / mu);
  if (!(mean > 0) || mean >= 0.48 * windowSec) return null;
  let low = 1e-6 * windowSec;
  let high = 1e3 * windowSec;
  for (let i = 0; i < 200; i++) {
    const mid = Math.sqrt(low * high);
    if (truncatedMean(mid) < mean) low = mid;
    else high = mid;
  }
  const mu = Math.sqrt(low * high);
  const rate = 1 / mu;
  const tail = Math.exp(-rate * windowSec);
  const information = n * (1 / (rate * rate) - (windowSec * windowSec * tail) / (1 - tail) ** 2);
  if (!(information > 0)) return null;
  const rateHalf = Z95 / Math.sqrt(information);
  return { value: mu, low: 1 / (rate + rateHalf), high: rate > rateHalf ? 1 / (rate - rateHalf) : Number.POSITIVE_INFINITY };
}
