// The exact expectations of one working day at a one-channel Markov queue, to check the model's
// finite days against: c servers, exponential service, exponential patience (or none), a waiting
// room of any size (0: Erlang B's loss), Poisson arrivals at a rate constant within each hour,
// the day starting empty at opening and the waiting calls lost at closing. No steady state is
// reached: the birth–death chain is solved in time by uniformisation, which gives the state
// distribution at any instant and, as exactly, its integral over a stretch of the day — and the
// expected counts of the day are linear functionals of those integrals:
//   calls that find everyone busy = ∫ λ(t)·P(c ≤ N(t) < c + room) dt (Poisson arrivals see time averages),
//   hang-ups = θ·∫ E[waiting] dt,  minutes waited = ∫ E[waiting] dt,  busy server-minutes = ∫ E[min(N, c)] dt,
//   lost at closing = E[waiting at closing],
//   answered within t = ∫ λ(s)·Σ_n P(N(s) = n)·P(a call finding n is answered within min(t, closing − s)) ds.
// The last needs one call's own fate (it is FCFS: those behind it never matter): with k calls
// ahead it waits through k steps of rate cμ + jθ (a server frees or one ahead hangs up) and is
// answered at the next server to free, unless it hangs up first (rate θ) — a small absorbing
// chain, solved by uniformisation too.

import { integrate } from '../../src/analysis/queueing/gauss-kronrod.js';

/** A day at one queue: opening to closing is `ratesPerMin.length` hours. */
export interface TransientDay {
  readonly servers: number;
  readonly meanServiceMin: number;
  /** Mean exponential patience of a waiting caller, minutes; Infinity: nobody hangs up. */
  readonly patienceMeanMin: number;
  /** Places to wait in (0: a call that finds every server busy is lost at once). */
  readonly waitingRoom: number;
  /** Arrivals per minute in each hour from opening. */
  readonly ratesPerMin: readonly number[];
  /** The service level's threshold, minutes. */
  readonly thresholdMin: number;
  /** A failed attempt (turned away or hung up) redials with probability p after an exponential delay. */
  readonly redial?: { readonly p: number; readonly delayMeanMin: number };
}

/** Expected counts and minutes of one day, for the call attempts (redials included) arriving between opening and closing. */
export interface TransientDayExpectations {
  readonly offered: number;
  /** Found every server busy and a place to wait. */
  readonly waited: number;
  /** Found every server busy and no place to wait. */
  readonly blocked: number;
  readonly abandoned: number;
  /** Still waiting at closing. */
  readonly lostAtClosing: number;
  readonly answered: number;
  /** Answered within the threshold (at once included). */
  readonly answeredWithinThreshold: number;
  /** ∫ E[calls waiting] dt over the day, minutes. */
  readonly waitingMin: number;
  /** ∫ E[busy servers] dt from opening to closing, minutes. */
  readonly busyServerMinWhileOpen: number;
  /** Calls still being served at closing. */
  readonly inServiceAtClosing: number;
  /** Most probability the truncated chain ever held at its edges, a full queue or orbit (must be negligible). */
  readonly truncationMass: number;
  /** Hour by hour from opening: attempts arriving, those of them answered within the threshold, ∫ E[waiting] dt and ∫ E[busy servers] dt over the hour. */
  readonly byHour: readonly HourExpectations[];
}

/** One hour's part of the day's expectations (see TransientDayExpectations.byHour). */
export interface HourExpectations {
  readonly offered: number;
  readonly answeredWithinThreshold: number;
  readonly waitingMin: number;
  readonly busyServerMin: number;
}

const MIN_PER_HOUR = 60;
/** Expected jumps per uniformisation step: small enough that e^{-x} cannot underflow. */
const JUMPS_PER_STEP = 20;
/** Places to wait in when the room is unlimited and nobody hangs up (the truncation is checked). */
const UNLIMITED_ROOM = 400;
/** Callers waiting to redial, at most (the truncation is checked). */
const MAX_ORBIT = 45;

/**
 * The chain of (calls in the system n, callers waiting to redial r), at one rate of first
 * attempts. Without redials r stays 0 and it is the birth–death chain of n. An attempt that fails
 * — turned away with the room full, or hung up — redials with probability p, after an exponential
 * delay: the caller joins the orbit, which redials at rate γ each.
 */
class QueueChain {
  readonly last: number;
  readonly size: number;

  constructor(
    readonly servers: number,
    readonly serviceRate: number,
    readonly abandonRate: number,
    room: number,
    readonly redialP: number,
    readonly redialRate: number,
    readonly maxOrbit: number,
  ) {
    this.last = servers + room;
    this.size = (this.last + 1) * (maxOrbit + 1);
  }

  /** The state's index; n = index mod (last + 1), r = its quotient. */
  index(n: number, r: number): number {
    return r * (this.last + 1) + n;
  }

  /** Attempts arriving per minute in state (n, r): first attempts and redials. */
  attemptRate(lambda: number, r: number): number {
    return lambda + r * this.redialRate;
  }

  /** The chain's moves at first-attempt rate `lambda`: for each state, targets and rates. */
  private moves(lambda: number): { to: Int32Array; rate: Float64Array; start: Int32Array; out: Float64Array } {
    const { servers: c, last, maxOrbit, redialP: p, redialRate: gamma } = this;
    const to: number[] = [];
    const rate: number[] = [];
    const start = new Int32Array(this.size + 1);
    for (let r = 0; r <= maxOrbit; r++) {
      for (let n = 0; n <= last; n++) {
        const from = this.index(n, r);
        start[from] = to.length;
        const add = (targetN: number, targetR: number, value: number) => {
          // Past the orbit's truncation a failed caller does not redial (the mass there is checked).
          if (value <= 0 || targetR > maxOrbit || (targetN === n && targetR === r)) return;
          to.push(this.index(targetN, targetR));
          rate.push(value);
        };
        // A first attempt, then a redial: joins if there is room, else is turned away (and may redial).
        if (n < last) {
          add(n + 1, r, lambda);
          add(n + 1, r - 1, r * gamma);
        } else {
          add(n, r + 1, lambda * p);
          add(n, r - 1, r * gamma * (1 - p));
        }
        add(n - 1, r, Math.min(n, c) * this.serviceRate);
        const hangUps = Math.max(n - c, 0) * this.abandonRate;
        add(n - 1, r + 1, hangUps * p);
        add(n - 1, r, hangUps * (1 - p));
      }
    }
    start[this.size] = to.length;
    const out = new Float64Array(this.size);
    for (let from = 0; from < this.size; from++) {
      let leaving = 0;
      for (let k = start[from]; k < start[from + 1]; k++) leaving += rate[k];
      out[from] = leaving;
    }
    return { to: Int32Array.from(to), rate: Float64Array.from(rate), start, out };
  }

  /**
   * Moves the distribution `p` on by `durationMin` at first-attempt rate `lambda`; returns the
   * distribution then and its integral over the stretch.
   */
  advance(p: Float64Array, lambda: number, durationMin: number): { p: Float64Array; integral: Float64Array } {
    const { size } = this;
    const { to, rate, start, out } = this.moves(lambda);
    let uniform = 1e-9;
    for (let from = 0; from < size; from++) uniform = Math.max(uniform, out[from] * 1.000001);
    const steps = Math.max(1, Math.ceil((uniform * durationMin) / JUMPS_PER_STEP));
    const x = (uniform * durationMin) / steps;
    const integral = new Float64Array(size);
    let term = new Float64Array(size);
    let moved = new Float64Array(size);
    let now = p;
    for (let step = 0; step < steps; step++) {
      // p(τ) = Σ_k Poisson(k; x)·p·P^k and ∫_0^τ p = (1/Λ)·Σ_k P(Poisson(x) > k)·p·P^k.
      const next = new Float64Array(size);
      term.set(now);
      let weight = Math.exp(-x);
      let cumulative = weight;
      for (let k = 0; k <= x || weight > 1e-18; k++) {
        const tail = Math.max(0, 1 - cumulative);
        for (let n = 0; n < size; n++) {
          next[n] += weight * term[n];
          integral[n] += (tail * term[n]) / uniform;
        }
        for (let n = 0; n < size; n++) moved[n] = term[n] * (1 - out[n] / uniform);
        for (let from = 0; from < size; from++) {
          const mass = term[from] / uniform;
          if (mass === 0) continue;
          for (let m = start[from]; m < start[from + 1]; m++) moved[to[m]] += mass * rate[m];
        }
        [term, moved] = [moved, term];
        weight *= x / (k + 1);
        cumulative += weight;
      }
      now = next;
    }
    return { p: now, integral };
  }

  /**
   * For each state n a call may find on arriving, the chance it is answered within `withinMin`:
   * at once below c servers busy, never when the room is full, else through the calls ahead.
   */
  answeredWithin(withinMin: number): Float64Array {
    const { servers: c, serviceRate: mu, abandonRate: theta, last } = this;
    const room = last - c;
    const result = new Float64Array(last + 1);
    for (let n = 0; n < Math.min(c, last + 1); n++) result[n] = 1;
    if (room === 0) return result;
    // States 0..room − 1: calls ahead of ours; `room`: ours answered (absorbing). A hang-up of
    // ours leaves the chain (its mass is lost). Backward: g_m(j) = P(answered after m jumps | j).
    const uniform = c * mu + room * theta + theta + 1e-9;
    const x = uniform * withinMin;
    if (x > 600) throw new RangeError(`threshold too long for one uniformisation step (${x} jumps)`);
    let g = new Float64Array(room + 1);
    let nextG = new Float64Array(room + 1);
    g[room] = 1;
    const chance = new Float64Array(room + 1);
    let weight = Math.exp(-x);
    let cumulative = weight;
    for (let k = 0; k <= x || weight > 1e-18 || cumulative < 1 - 1e-15; k++) {
      for (let j = 0; j <= room; j++) chance[j] += weight * g[j];
      for (let j = 0; j < room; j++) {
        const step = c * mu + j * theta;
        const onward = j === 0 ? g[room] : g[j - 1];
        nextG[j] = (step * onward + (uniform - step - theta) * g[j]) / uniform;
      }
      nextG[room] = 1;
      [g, nextG] = [nextG, g];
      weight *= x / (k + 1);
      cumulative += weight;
      if (k > 100_000) break;
    }
    // A call finding the room full (n = last) is never answered.
    for (let j = 0; j < room; j++) result[c + j] = chance[j];
    return result;
  }
}

export function transientDay(day: TransientDay): TransientDayExpectations {
  const c = day.servers;
  const mu = 1 / day.meanServiceMin;
  const theta = Number.isFinite(day.patienceMeanMin) ? 1 / day.patienceMeanMin : 0;
  const redialP = day.redial?.p ?? 0;
  const redialRate = day.redial ? 1 / day.redial.delayMeanMin : 0;
  const maxOrbit = day.redial ? MAX_ORBIT : 0;
  // Impatient callers keep the queue near λ/θ: room for several times that is room enough.
  const maxRate = Math.max(...day.ratesPerMin) * (1 + 2 * redialP);
  const finiteRoom = Number.isFinite(day.waitingRoom);
  const room = finiteRoom ? day.waitingRoom : theta > 0 ? Math.ceil((2 * maxRate) / theta + 30) : UNLIMITED_ROOM;
  const chain = new QueueChain(c, mu, theta, room, redialP, redialRate, maxOrbit);
  const { last, size } = chain;
  const nOf = (state: number) => state % (last + 1);
  const rOf = (state: number) => Math.floor(state / (last + 1));
  // With an unlimited room the last state is a truncation, never reached in practice: a call there
  // counts as waiting, and the truncation's mass is reported to be checked.
  const blockedIn = (n: number) => finiteRoom && n === last;
  const inTimeFor = (withinMin: number) => {
    const byN = chain.answeredWithin(withinMin);
    if (!finiteRoom) byN[last] = byN[last - 1];
    return byN;
  };
  const answeredWithinThreshold = inTimeFor(day.thresholdMin);

  let p: Float64Array = new Float64Array(size);
  p[0] = 1;
  let offered = 0;
  let waited = 0;
  let blocked = 0;
  let answeredInTime = 0;
  let waitingMin = 0;
  let busyServerMinWhileOpen = 0;
  let truncationMass = 0;
  const closingMin = day.ratesPerMin.length * MIN_PER_HOUR;
  // The calls of the day's last `thresholdMin` have less than the threshold left to be answered.
  const lastStretchFromMin = Math.max(0, closingMin - day.thresholdMin);

  const addStretch = (lambda: number, integral: Float64Array, inTime: Float64Array | null) => {
    for (let state = 0; state < size; state++) {
      const n = nOf(state);
      const arrivals = chain.attemptRate(lambda, rOf(state)) * integral[state];
      offered += arrivals;
      if (blockedIn(n)) blocked += arrivals;
      else if (n >= c) waited += arrivals;
      if (inTime) answeredInTime += arrivals * inTime[n];
      waitingMin += Math.max(n - c, 0) * integral[state];
      busyServerMinWhileOpen += Math.min(n, c) * integral[state];
    }
  };
  const atEdges = (q: Float64Array) => {
    let mass = 0;
    for (let state = 0; state < size; state++) {
      if ((!finiteRoom && nOf(state) === last) || (maxOrbit > 0 && rOf(state) === maxOrbit)) mass += q[state];
    }
    return mass;
  };

  const byHour: HourExpectations[] = [];
  day.ratesPerMin.forEach((lambda, hour) => {
    const before = { offered, answeredInTime, waitingMin, busyServerMinWhileOpen };
    const fromMin = hour * MIN_PER_HOUR;
    const toMin = fromMin + MIN_PER_HOUR;
    const cutMin = Math.min(Math.max(lastStretchFromMin, fromMin), toMin);
    if (cutMin > fromMin) {
      const before = chain.advance(p, lambda, cutMin - fromMin);
      addStretch(lambda, before.integral, answeredWithinThreshold);
      p = before.p;
    }
    if (toMin > cutMin) {
      // The last stretch: the chance of being answered in time shrinks with the time left.
      const startP = p;
      const after = chain.advance(p, lambda, toMin - cutMin);
      addStretch(lambda, after.integral, null);
      const answeredRateAt = (atMin: number, out: Float64Array) => {
        const atP = chain.advance(startP, lambda, atMin - cutMin).p;
        const inTime = inTimeFor(Math.min(day.thresholdMin, closingMin - atMin));
        out[0] = 0;
        for (let state = 0; state < size; state++) out[0] += atP[state] * chain.attemptRate(lambda, rOf(state)) * inTime[nOf(state)];
      };
      answeredInTime += integrate(answeredRateAt, [cutMin, toMin], 1, 1e-10, () => Float64Array.of(1e-14))[0];
      p = after.p;
    }
    truncationMass = Math.max(truncationMass, atEdges(p));
    byHour.push({
      offered: offered - before.offered,
      answeredWithinThreshold: answeredInTime - before.answeredInTime,
      waitingMin: waitingMin - before.waitingMin,
      busyServerMin: busyServerMinWhileOpen - before.busyServerMinWhileOpen,
    });
  });

  let lostAtClosing = 0;
  let inServiceAtClosing = 0;
  for (let state = 0; state < size; state++) {
    lostAtClosing += Math.max(nOf(state) - c, 0) * p[state];
    inServiceAtClosing += Math.min(nOf(state), c) * p[state];
  }
  const abandoned = theta * waitingMin;
  return {
    offered,
    waited,
    blocked,
    abandoned,
    lostAtClosing,
    answered: offered - blocked - abandoned - lostAtClosing,
    answeredWithinThreshold: answeredInTime,
    waitingMin,
    busyServerMinWhileOpen,
    inServiceAtClosing,
    truncationMass,
    byHour,
  };
}
