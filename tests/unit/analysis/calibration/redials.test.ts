import { describe, expect, it } from 'vitest';
import { withinFourSe } from '../../../support/intervals.js';
import { createStream } from '../../../../src/engine/random.js';
import { type Attempt, CallerChains, estimateRedials, RedialTally } from '../../../../src/analysis/calibration/redials.js';

/** An attempt at `time` seconds (day 0) that waited `waitSec` and failed or not. */
function attempt(time: number, failed: boolean, waitSec = 30): Attempt {
  return { time, end: time + waitSec, failed, day: Math.floor(time / 86_400), startSec: time % 86_400 };
}

type Row = [caller: number | null, attempt: Attempt];

/** The chains of rows given in this order, as [caller-free list of times] sorted, plus the reader. */
function chainsOf(rows: readonly Row[], windowSec = 3600) {
  const chains: number[][] = [];
  const unknown: number[][] = [];
  const reader = new CallerChains(windowSec, (chain, known) => (known ? chains : unknown).push(chain.map((a) => a.time)));
  for (const [caller, a] of rows) reader.add(caller, a);
  reader.finish();
  const sort = (list: number[][]) => list.sort((a, b) => a[0] - b[0]);
  return { chains: sort(chains), unknown: sort(unknown), reader };
}

const STORY: Row[] = [
  [1, attempt(1000, true)], // fails, redials after 10 min, fails, redials after 20 min, answered
  [2, attempt(1100, false)], // answered, calls again 5 min later: a new story
  [2, attempt(1430, true)],
  [1, attempt(1630, true)],
  [3, attempt(2000, true)], // fails, calls again after more than the window: a new story
  [1, attempt(2860, false)],
  [null, attempt(3000, true)],
  [3, attempt(2030 + 3601, true)],
];

describe('CallerChains', () => {
  it('chains a caller’s attempts after failures within the window; a success or the window ends a story', () => {
    const { chains, unknown } = chainsOf([...STORY].sort((a, b) => a[1].time - b[1].time));
    expect(chains).toEqual([[1000, 1630, 2860], [1100], [1430], [2000], [5631]]);
    expect(unknown).toEqual([[3000]]);
  });

  it('gives the same stories for a file newest first', () => {
    const ascending = chainsOf([...STORY].sort((a, b) => a[1].time - b[1].time));
    const descending = chainsOf([...STORY].sort((a, b) => b[1].time - a[1].time));
    expect(descending.chains).toEqual(ascending.chains);
    // A long file decides its order; a short one is read in time order whatever it is.
    const long = (sign: number) =>
      Array.from({ length: 500 }, (_, i): Row => [i % 7, attempt(i * 120, i % 3 === 0)]).sort((a, b) => sign * (a[1].time - b[1].time));
    const forward = chainsOf(long(1));
    const backward = chainsOf(long(-1));
    expect(backward.reader.direction).toBe('newest first');
    expect(forward.reader.direction).toBe('oldest first');
    expect(backward.chains).toEqual(forward.chains);
  });

  it('puts right a little disorder (a log sorted by end time) and reads a shuffled file in stretches', () => {
    const rows = Array.from({ length: 400 }, (_, i): Row => [i % 10, attempt(i * 60, i % 2 === 0, (i * 37) % 900)]);
    const inOrder = chainsOf(rows);
    const byEnd = chainsOf([...rows].sort((a, b) => a[1].end - b[1].end));
    expect(byEnd.chains).toEqual(inOrder.chains);
    expect(byEnd.reader.runs).toBe(1);
    // Two halves swapped: two ordered stretches.
    const swapped = chainsOf([...rows.slice(200), ...rows.slice(0, 200)]);
    expect(swapped.reader.runs).toBe(2);
  });

  it('keeps only callers whose story may go on', () => {
    const reader = new CallerChains(3600, () => {});
    let peak = 0;
    for (let i = 0; i < 100_000; i++) {
      reader.add(i, attempt(i * 30, true));
      peak = Math.max(peak, reader.openCallers);
    }
    reader.finish();
    // An hour's window plus the reorder span at one call every 30 s: a few hundred callers.
    expect(peak).toBeLessThan(2000);
    expect(reader.openCallers).toBe(0);
  });
});

describe('estimateRedials', () => {
  /** Stories of callers who redial with probability p after each failure, up to `cap` attempts. */
  function tallyOf(p: number, cap: number, delayMeanSec: number, windowSec: number) {
    const random = createStream(7, ['redial-stories']);
    const tally = new RedialTally();
    for (let caller = 0; caller < 20_000; caller++) {
      const chain: Attempt[] = [];
      let time = caller * 100;
      for (;;) {
        const failed = random() < 0.5;
        chain.push(attempt(time, failed, 20));
        if (!failed || chain.length >= cap || random() >= p) break;
        const delay = -delayMeanSec * Math.log(1 - random());
        if (delay > windowSec) break; // beyond the window: seen as a new story
        time += 20 + delay;
      }
      tally.addChain(chain);
    }
    return estimateRedials(tally, windowSec)!;
  }

  it('recovers p, the delay and a cap on attempts', () => {
    const estimate = tallyOf(0.4, 3, 600, 7200);
    expect(estimate.maxAttempts).toBe(3);
    expect(withinFourSe(estimate.p, 0.4)).toBe(true);
    expect(withinFourSe(estimate.delayMeanSec!, 600)).toBe(true);
    expect(estimate.differsByAttempt).toBe(false);
  });

  it('sees no cap when callers keep going, and corrects p for redials later than the window', () => {
    const estimate = tallyOf(0.4, 1000, 1800, 1800);
    expect(estimate.maxAttempts).toBeNull();
    // A window as long as the mean delay misses e^-1 of the redials; the fit puts them back.
    expect(estimate.beyondWindow).toBeGreaterThan(0.3);
    expect(withinFourSe(estimate.p, 0.4)).toBe(true);
    expect(withinFourSe(estimate.delayMeanSec!, 1800)).toBe(true);
  });
});
