// The exact steady state of calls and walk-ins sharing c advisors under a phone policy, to check
// the reception's rules against, not only the calls alone. Everything is exponential (arrivals,
// write-ups, calls, callers' patience; visitors wait as long as it takes), so the reception is a
// Markov chain on (advisors serving a visit, on a call with their own visitor on hold, on a call
// with none; visitors waiting; calls waiting). After every event the free advisors are given
// work exactly as the policy says (the same order and view as src/model/day/reception.ts, and
// for answer-all a call that finds nobody free interrupts a visit); the chain's reachable states
// are found from the empty reception and its balance equations solved by Gauss–Seidel. Every
// figure is then a mean over the stationary distribution: Little's law for waits and hold times,
// Poisson arrivals seeing time averages for shares of arrivals.

/** What a free advisor may take, in the order taken, given how many visitors wait. */
export interface BlendedPolicy {
  /** True: calls before visitors; false: visitors before calls. */
  readonly callsFirst: (visitorsWaiting: number) => boolean;
  readonly mayAnswer: (visitorsWaiting: number) => boolean;
  /** A call that finds nobody free interrupts a visit in progress (answer-all with p = 1). */
  readonly interrupts: boolean;
}

export interface BlendedReception {
  readonly advisors: number;
  readonly callsPerMin: number;
  readonly callMeanMin: number;
  /** Mean exponential patience of a waiting caller, minutes (Infinity: never hangs up). */
  readonly callPatienceMeanMin: number;
  readonly visitorsPerMin: number;
  readonly visitMeanMin: number;
  readonly policy: BlendedPolicy;
  /** Truncation of the two queues (the mass reaching it is reported). */
  readonly maxVisitorsWaiting: number;
  /** 0: no call waits — one that nobody takes at once is lost (a ring limit of 0). */
  readonly maxCallsWaiting: number;
}

export interface BlendedFigures {
  readonly calls: { readonly p_wait_gt0: number; readonly p_blocked: number; readonly p_abandon: number; readonly mean_wait_all: number };
  readonly visits: {
    readonly p_wait_gt0: number;
    readonly mean_wait_all: number;
    readonly holdMinPerVisit: number;
    readonly interruptionsPerVisit: number;
  };
  readonly utilisation: number;
  readonly utilisationByActivity: { readonly visit: number; readonly call: number };
  readonly utilisationOnCalls: { readonly noVisitorOnHold: number; readonly visitorOnHold: number };
  /** Stationary probability of the states at a truncation (must be negligible). */
  readonly truncationMass: number;
}

/** Advisors serving a visit, on a call with a visitor on hold, on a call with none; visitors and calls waiting. */
type State = readonly [visit: number, callHolding: number, call: number, visitorsWaiting: number, callsWaiting: number];

export function solveBlendedReception(model: BlendedReception): BlendedFigures {
  const c = model.advisors;
  const { policy } = model;
  const callRate = 1 / model.callMeanMin;
  const visitRate = 1 / model.visitMeanMin;
  const abandonRate = Number.isFinite(model.callPatienceMeanMin) ? 1 / model.callPatienceMeanMin : 0;

  /** Gives work to the free advisors, one at a time, as the reception's dispatch does. */
  const dispatch = (s: [number, number, number, number, number]): void => {
    for (;;) {
      const free = c - s[0] - s[1] - s[2];
      if (free === 0) return;
      const callable = s[4] > 0 && policy.mayAnswer(s[3]);
      const takesCall = callable && (policy.callsFirst(s[3]) || s[3] === 0);
      if (takesCall) {
        s[4]--;
        s[2]++;
      } else if (s[3] > 0) {
        s[3]--;
        s[0]++;
      } else return;
    }
  };
  /** A call ends for an advisor whose visitor is on hold: a waiting call first if the policy puts calls first, else the visit resumes. */
  const holdingCallEnds = (s: [number, number, number, number, number]): void => {
    if (s[4] > 0 && policy.mayAnswer(s[3]) && policy.callsFirst(s[3])) {
      s[4]--;
      return;
    }
    s[1]--;
    s[0]++;
    dispatch(s);
  };

  const key = (s: State) => `${s[0]},${s[1]},${s[2]},${s[3]},${s[4]}`;
  const index = new Map<string, number>();
  const states: State[] = [];
  const visit = (s: State): number => {
    const k = key(s);
    let i = index.get(k);
    if (i === undefined) {
      i = states.length;
      index.set(k, i);
      states.push(s);
    }
    return i;
  };
  visit([0, 0, 0, 0, 0]);
  // Per state: its transitions (target, rate), and what an arriving call or visitor meets.
  const transitions: { to: number; rate: number }[][] = [];
  const callWaits: boolean[] = [];
  const callInterrupts: boolean[] = [];
  const visitorWaits: boolean[] = [];
  const atTruncation: boolean[] = [];
  for (let i = 0; i < states.length; i++) {
    const [a, h, b, wv, wc] = states[i];
    const out: { to: number; rate: number }[] = [];
    const add = (rate: number, change: (s: [number, number, number, number, number]) => void) => {
      if (rate <= 0) return;
      const next: [number, number, number, number, number] = [a, h, b, wv, wc];
      change(next);
      out.push({ to: visit(next), rate });
    };
    atTruncation[i] = wv >= model.maxVisitorsWaiting || (model.maxCallsWaiting > 0 && wc >= model.maxCallsWaiting);
    // A call arrives: answered by a free advisor if the policy lets one, else it interrupts a visit, else it waits.
    const afterCall: [number, number, number, number, number] = [a, h, b, wv, wc + 1];
    dispatch(afterCall);
    callInterrupts[i] = false;
    if (afterCall[4] > wc && policy.interrupts && afterCall[0] > 0) {
      afterCall[0]--;
      afterCall[1]++;
      afterCall[4]--;
      callInterrupts[i] = true;
    }
    callWaits[i] = afterCall[4] > wc;
    if (afterCall[4] <= model.maxCallsWaiting) add(model.callsPerMin, (s) => afterCall.forEach((value, k) => (s[k] = value)));
    const afterVisitor: [number, number, number, number, number] = [a, h, b, wv + 1, wc];
    dispatch(afterVisitor);
    visitorWaits[i] = afterVisitor[3] > wv;
    if (afterVisitor[3] <= model.maxVisitorsWaiting) add(model.visitorsPerMin, (s) => afterVisitor.forEach((value, k) => (s[k] = value)));
    add(a * visitRate, (s) => {
      s[0]--;
      dispatch(s);
    });
    add(b * callRate, (s) => {
      s[2]--;
      dispatch(s);
    });
    add(h * callRate, holdingCallEnds);
    add(wc * abandonRate, (s) => {
      s[4]--;
    });
    transitions.push(out);
  }

  // Gauss–Seidel on π Q = 0: π_j = Σ_i π_i q_ij / q_j, normalised as it goes.
  const n = states.length;
  // Rates out of each state to others (a move that changes nothing is no move).
  const outRate = transitions.map((out, from) => out.reduce((sum, t) => sum + (t.to === from ? 0 : t.rate), 0));
  const incoming: { from: number; rate: number }[][] = Array.from({ length: n }, () => []);
  transitions.forEach((out, from) => out.forEach(({ to, rate }) => to !== from && incoming[to].push({ from, rate })));
  const pi = new Float64Array(n).fill(1 / n);
  for (let sweep = 0; sweep < 100_000; sweep++) {
    let change = 0;
    for (let j = 0; j < n; j++) {
      let inflow = 0;
      for (const { from, rate } of incoming[j]) inflow += pi[from] * rate;
      const value = inflow / outRate[j];
      change = Math.max(change, Math.abs(value - pi[j]) / Math.max(value, 1e-300));
      pi[j] = value;
    }
    let total = 0;
    for (let j = 0; j < n; j++) total += pi[j];
    for (let j = 0; j < n; j++) pi[j] /= total;
    if (change < 1e-11) break;
    if (sweep === 99_999) throw new Error(`blended reception: Gauss–Seidel did not converge (change ${change})`);
  }

  const mean = (f: (s: State, i: number) => number) => states.reduce((sum, s, i) => sum + pi[i] * f(s, i), 0);
  const callsWaiting = mean((s) => s[4]);
  const visitorsWaiting = mean((s) => s[3]);
  const onHold = mean((s) => s[1]);
  const onCallAlone = mean((s) => s[2]);
  const serving = mean((s) => s[0]);
  const nobodyTakes = mean((_, i) => (callWaits[i] ? 1 : 0));
  const loss = model.maxCallsWaiting === 0;
  return {
    calls: {
      p_wait_gt0: loss ? 0 : nobodyTakes,
      p_blocked: loss ? nobodyTakes : 0,
      p_abandon: (abandonRate * callsWaiting) / model.callsPerMin,
      mean_wait_all: callsWaiting / model.callsPerMin,
    },
    visits: {
      p_wait_gt0: mean((_, i) => (visitorWaits[i] ? 1 : 0)),
      mean_wait_all: visitorsWaiting / model.visitorsPerMin,
      holdMinPerVisit: onHold / model.visitorsPerMin,
      interruptionsPerVisit: (model.callsPerMin * mean((_, i) => (callInterrupts[i] ? 1 : 0))) / model.visitorsPerMin,
    },
    utilisation: (serving + onHold + onCallAlone) / c,
    utilisationByActivity: { visit: serving / c, call: (onHold + onCallAlone) / c },
    utilisationOnCalls: { noVisitorOnHold: onCallAlone / c, visitorOnHold: onHold / c },
    truncationMass: mean((_, i) => (atTruncation[i] ? 1 : 0)),
  };
}
