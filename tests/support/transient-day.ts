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
}

/** Expected counts and minutes of one day, for the calls arriving between opening and closing. */
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
  /** Most probability the truncated chain ever held in its last state (must be negligible). */
  readonly truncationMass: number;
}

const MIN_PER_HOUR = 60;
/** Expected jumps per uniformisation step: small enough that e^{-x} cannot underflow. */
const JUMPS_PER_STEP = 20;
/** Places to wait in when the room is unlimited and nobody hangs up (the truncation is checked). */
const UNLIMITED_ROOM = 400;
/** Gauss–Legendre nodes and weights on [−1, 1], for the calls of the day's last threshold's length. */
const GAUSS_NODES = [-0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498, 0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363];
const GAUSS_WEIGHTS = [0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620, 0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763];

/** The birth–death chain of the number of calls in the system, at one arrival rate. */
class QueueChain {
  readonly last: number;
  readonly down: Float64Array;

  constructor(
    readonly servers: number,
    readonly serviceRate: number,
    readonly abandonRate: number,
    room: number,
  ) {
    this.last = servers + room;
    this.down = Float64Array.from({ length: this.last + 1 }, (_, n) => Math.min(n, servers) * serviceRate + Math.max(n - servers, 0) * abandonRate);
  }

  /**
   * Moves the distribution `p` on by `durationMin` at arrival rate `lambda`; returns the
   * distribution then and its integral over the stretch.
   */
  advance(p: Float64Array, lambda: number, durationMin: number): { p: Float64Array; integral: Float64Array } {
    const { last, down } = this;
    const size = last + 1;
    const up = (n: number) => (n < last ? lambda : 0);
    const uniform = lambda + down[last] + 1e-9;
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
        for (let n = 0; n < size; n++) {
          const stay = term[n] * (1 - (up(n) + down[n]) / uniform);
          const fromBelow = n > 0 ? (term[n - 1] * up(n - 1)) / uniform : 0;
          const fromAbove = n < last ? (term[n + 1] * down[n + 1]) / uniform : 0;
          moved[n] = stay + fromBelow + fromAbove;
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
  // Impatient callers keep the queue near λ/θ: room for several times that is room enough.
  const maxRate = Math.max(...day.ratesPerMin);
  const finiteRoom = Number.isFinite(day.waitingRoom);
  const room = finiteRoom ? day.waitingRoom : theta > 0 ? Math.ceil((4 * maxRate) / theta + 60) : UNLIMITED_ROOM;
  const chain = new QueueChain(c, mu, theta, room);
  const last = chain.last;
  // With an unlimited room the last state is a truncation, never reached in practice: a call there
  // counts as waiting, and the truncation's mass is reported to be checked.
  const blockedIn = (n: number) => finiteRoom && n === last;
  const answeredWithinThreshold = chain.answeredWithin(day.thresholdMin);
  if (!finiteRoom) answeredWithinThreshold[last] = answeredWithinThreshold[last - 1];

  let p: Float64Array = new Float64Array(last + 1);
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
    for (let n = 0; n <= last; n++) {
      if (blockedIn(n)) blocked += lambda * integral[n];
      else if (n >= c) waited += lambda * integral[n];
      if (inTime) answeredInTime += lambda * inTime[n] * integral[n];
      waitingMin += Math.max(n - c, 0) * integral[n];
      busyServerMinWhileOpen += Math.min(n, c) * integral[n];
    }
  };

  day.ratesPerMin.forEach((lambda, hour) => {
    offered += lambda * MIN_PER_HOUR;
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
      const half = (toMin - cutMin) / 2;
      let nodeP: Float64Array = startP;
      let nodeMin = cutMin;
      GAUSS_NODES.forEach((node, i) => {
        const atMin = cutMin + half * (1 + node);
        nodeP = chain.advance(nodeP, lambda, atMin - nodeMin).p;
        nodeMin = atMin;
        const inTime = chain.answeredWithin(Math.min(day.thresholdMin, closingMin - atMin));
        if (!finiteRoom) inTime[last] = inTime[last - 1];
        let chance = 0;
        for (let n = 0; n <= last; n++) chance += nodeP[n] * inTime[n];
        answeredInTime += half * GAUSS_WEIGHTS[i] * lambda * chance;
      });
      p = after.p;
    }
    truncationMass = Math.max(truncationMass, finiteRoom ? 0 : p[last]);
  });

  let lostAtClosing = 0;
  let inServiceAtClosing = 0;
  for (let n = 0; n <= last; n++) {
    lostAtClosing += Math.max(n - c, 0) * p[n];
    inServiceAtClosing += Math.min(n, c) * p[n];
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
  };
}
