// The exact expectations of one working day at a one-channel Markov queue, to check the model's
// finite days against: c servers, exponential service, exponential patience (or none), a waiting
// room of any size (0: Erlang B's loss), Poisson arrivals at a rate constant within each hour,
// the day starting empty at opening and the waiting calls lost at closing. No steady state is
// reached: the birth–death chain is solved in time by uniformisation, which gives the state
// distribution at each hour's end and, as exactly, its integral over the hour — and every
// expected count of the day is a linear functional of those integrals:
//   calls that find everyone busy = ∫ λ(t)·P(c ≤ N(t) < c + room) dt (Poisson arrivals see time averages),
//   hang-ups = θ·∫ E[waiting] dt,  minutes waited = ∫ E[waiting] dt,  busy server-minutes = ∫ E[min(N, c)] dt,
//   lost at closing = E[waiting at closing].

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

export function transientDay(day: TransientDay): TransientDayExpectations {
  const c = day.servers;
  const mu = 1 / day.meanServiceMin;
  const theta = Number.isFinite(day.patienceMeanMin) ? 1 / day.patienceMeanMin : 0;
  // Impatient callers keep the queue near λ/θ: room for several times that is room enough.
  const maxRate = Math.max(...day.ratesPerMin);
  const room = Number.isFinite(day.waitingRoom) ? day.waitingRoom : theta > 0 ? Math.ceil((4 * maxRate) / theta + 60) : UNLIMITED_ROOM;
  const last = c + room;
  const down = Float64Array.from({ length: last + 1 }, (_, n) => Math.min(n, c) * mu + Math.max(n - c, 0) * theta);

  let p = new Float64Array(last + 1);
  p[0] = 1;
  let offered = 0;
  let waited = 0;
  let blocked = 0;
  let waitingMin = 0;
  let busyServerMinWhileOpen = 0;
  let truncationMass = 0;

  for (const lambda of day.ratesPerMin) {
    const up = (n: number) => (n < last ? lambda : 0);
    const uniform = lambda + down[last] + 1e-9;
    const steps = Math.max(1, Math.ceil((uniform * MIN_PER_HOUR) / JUMPS_PER_STEP));
    const x = (uniform * MIN_PER_HOUR) / steps;
    const integral = new Float64Array(last + 1);
    let term = new Float64Array(last + 1);
    let moved = new Float64Array(last + 1);
    for (let step = 0; step < steps; step++) {
      // p(τ) = Σ_k Poisson(k; x)·p·P^k and ∫_0^τ p = (1/Λ)·Σ_k P(Poisson(x) > k)·p·P^k.
      const next = new Float64Array(last + 1);
      term.set(p);
      let weight = Math.exp(-x);
      let cumulative = weight;
      for (let k = 0; k <= x || weight > 1e-18; k++) {
        const tail = Math.max(0, 1 - cumulative);
        for (let n = 0; n <= last; n++) {
          next[n] += weight * term[n];
          integral[n] += (tail * term[n]) / uniform;
        }
        for (let n = 0; n <= last; n++) {
          const stay = term[n] * (1 - (up(n) + down[n]) / uniform);
          const fromBelow = n > 0 ? (term[n - 1] * up(n - 1)) / uniform : 0;
          const fromAbove = n < last ? (term[n + 1] * down[n + 1]) / uniform : 0;
          moved[n] = stay + fromBelow + fromAbove;
        }
        [term, moved] = [moved, term];
        weight *= x / (k + 1);
        cumulative += weight;
      }
      p = next;
      truncationMass = Math.max(truncationMass, p[last]);
    }
    offered += lambda * MIN_PER_HOUR;
    for (let n = 0; n <= last; n++) {
      if (n >= c && n < last) waited += lambda * integral[n];
      if (n === last) blocked += lambda * integral[n];
      waitingMin += Math.max(n - c, 0) * integral[n];
      busyServerMinWhileOpen += Math.min(n, c) * integral[n];
    }
  }
  let lostAtClosing = 0;
  let inServiceAtClosing = 0;
  for (let n = 0; n <= last; n++) {
    lostAtClosing += Math.max(n - c, 0) * p[n];
    inServiceAtClosing += Math.min(n, c) * p[n];
  }
  const abandoned = theta * waitingMin;
  // With a finite room the last state is a real one (calls are blocked there), not a truncation.
  if (Number.isFinite(day.waitingRoom)) truncationMass = 0;
  else blocked = 0;
  return {
    offered,
    waited,
    blocked,
    abandoned,
    lostAtClosing,
    answered: offered - blocked - abandoned - lostAtClosing,
    waitingMin,
    busyServerMinWhileOpen,
    inServiceAtClosing,
    truncationMass,
  };
}
