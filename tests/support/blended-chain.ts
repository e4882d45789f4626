// The exact steady state of calls and walk-ins sharing c advisors under a phone policy, to check
// the reception's rules against, not only the calls alone. Everything is exponential (arrivals,
// write-ups, calls, callers' and visitors' patience), so the reception is a
// Markov chain on (advisors serving a visit, on a call with their own visitor on hold, on a call
// with none; visitors waiting; calls waiting). After every event the free advisors are given
// work exactly as the policy says (the same order and view as src/model/day/reception.ts, and
// for answer-all a call that finds nobody free interrupts a visit, with the policy's
// probability); a walk-in who finds `balkAtWaiting` visitors waiting leaves at once; the chain's reachable states
// are found from the empty reception and its balance equations solved by Gauss–Seidel. Every
// figure is then a mean over the stationary distribution: Little's law for waits and hold times,
// Poisson arrivals seeing time averages for shares of arrivals.

/** What a free advisor may take, in the order taken, given how many visitors wait. */
export interface BlendedPolicy {
  /** True: calls before visitors; false: visitors before calls. */
  readonly callsFirst: (visitorsWaiting: number) => boolean;
  readonly mayAnswer: (visitorsWaiting: number) => boolean;
  /** A call that finds nobody free interrupts a visit in progress (answer-all). */
  readonly interrupts: boolean;
  /** Probability that it does, when it may (answer-all's interruptProbability); 1 if absent. */
  readonly interruptProbability?: number;
}

export interface BlendedReception {
  readonly advisors: number;
  readonly callsPerMin: number;
  readonly callMeanMin: number;
  /** Mean exponential patience of a waiting caller, minutes (Infinity: never hangs up). */
  readonly callPatienceMeanMin: number;
  readonly visitorsPerMin: number;
  readonly visitMeanMin: number;
  /** Mean exponential patience of a waiting visitor, minutes (absent or Infinity: waits as long as it takes). */
  readonly visitorPatienceMeanMin?: number;
  /** A walk-in who finds this many visitors waiting leaves at once (absent: never). */
  readonly balkAtWaiting?: number;
  readonly policy: BlendedPolicy;
  /** Truncation of the two queues (the mass reaching it is reported). */
  readonly maxVisitorsWaiting: number;
  /** 0: no call waits — one that nobody takes at once is lost (a ring limit of 0). */
  readonly maxCallsWaiting: number;
  /**
   * People at a phone desk who answer calls only, before any advisor (who, as the policy says,
   * picks up the calls the desk has nobody free for); absent: no desk.
   */
  readonly deskSize?: number;
}

export interface BlendedFigures {
  readonly calls: { readonly p_wait_gt0: number; readonly p_blocked: number; readonly p_abandon: number; readonly mean_wait_all: number };
  readonly visits: {
    readonly p_wait_gt0: number;
    /** Gave up waiting (reneged) and left at once (balked), ÷ arrivals. */
    readonly p_abandon: number;
    readonly balkShare: number;
    readonly mean_wait_all: number;
    /** Minutes on hold and interruptions ÷ served visits. */
    readonly holdMinPerVisit: number;
    readonly interruptionsPerVisit: number;
  };
  /** Time-average numbers waiting. */
  readonly meanWaiting: { readonly calls: number; readonly visitors: number };
  readonly utilisation: number;
  readonly utilisationByActivity: { readonly visit: number; readonly call: number };
  readonly utilisationOnCalls: { readonly noVisitorOnHold: number; readonly visitorOnHold: number };
  /** The phone desk's utilisation, and its share of the calls answered (0 without a desk). */
  readonly desk: { readonly utilisation: number; readonly answeredShare: number };
  /** Stationary probability of the states at a truncation (must be negligible). */
  readonly truncationMass: number;
}

/** Advisors serving a visit, on a call with a visitor on hold, on a call with none; visitors and calls waiting; the desk's people on a call. */
type State = readonly [visit: number, callHolding: number, call: number, visitorsWaiting: number, callsWaiting: number, deskOnCall: number];
type Mutable = [number, number, number, number, number, number];

export function solveBlendedReception(model: BlendedReception): BlendedFigures {
  const c = model.advisors;
  const { policy } = model;
  const callRate = 1 / model.callMeanMin;
  const visitRate = 1 / model.visitMeanMin;
  const abandonRate = Number.isFinite(model.callPatienceMeanMin) ? 1 / model.callPatienceMeanMin : 0;
  const visitorPatienceMin = model.visitorPatienceMeanMin ?? Infinity;
  const renegeRate = Number.isFinite(visitorPatienceMin) ? 1 / visitorPatienceMin : 0;
  const balkAt = model.balkAtWaiting ?? Infinity;
  const interruptProbability = policy.interrupts ? (policy.interruptProbability ?? 1) : 0;

  /** Gives work to the free advisors, one at a time, as the reception's dispatch does. */
  const deskSize = model.deskSize ?? 0;
  const dispatch = (s: Mutable): void => {
    while (s[4] > 0 && s[5] < deskSize) {
      s[4]--;
      s[5]++;
    }
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
  const holdingCallEnds = (s: Mutable): void => {
    if (s[4] > 0 && policy.mayAnswer(s[3]) && policy.callsFirst(s[3])) {
      s[4]--;
      return;
    }
    s[1]--;
    s[0]++;
    dispatch(s);
  };

  const key = (s: State) => `${s[0]},${s[1]},${s[2]},${s[3]},${s[4]},${s[5]}`;
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
  visit([0, 0, 0, 0, 0, 0]);
  // Per state: its transitions (target, rate), and what an arriving call or visitor meets (the
  // chance a call waits, or interrupts a visit).
  const transitions: { to: number; rate: number }[][] = [];
  const callWaits: number[] = [];
  const callInterrupts: number[] = [];
  const visitorWaits: boolean[] = [];
  const visitorBalks: boolean[] = [];
  const atTruncation: boolean[] = [];
  for (let i = 0; i < states.length; i++) {
    const [a, h, b, wv, wc, d] = states[i];
    const out: { to: number; rate: number }[] = [];
    const add = (rate: number, change: (s: Mutable) => void) => {
      if (rate <= 0) return;
      const next: Mutable = [a, h, b, wv, wc, d];
      change(next);
      out.push({ to: visit(next), rate });
    };
    atTruncation[i] = wv >= model.maxVisitorsWaiting || (model.maxCallsWaiting > 0 && wc >= model.maxCallsWaiting);
    // A call arrives: answered by a free advisor if the policy lets one, else it may interrupt a
    // visit (answering the oldest call waiting), else it waits.
    const afterCall: Mutable = [a, h, b, wv, wc + 1, d];
    dispatch(afterCall);
    const nobodyFree = afterCall[4] > wc;
    const interrupting = nobodyFree && afterCall[0] > 0 ? interruptProbability : 0;
    callInterrupts[i] = interrupting;
    // The advisor who interrupts answers the oldest call waiting: the new one waits unless it was the only one.
    callWaits[i] = nobodyFree ? (wc > 0 ? 1 : 1 - interrupting) : 0;
    if (interrupting > 0) {
      add(model.callsPerMin * interrupting, (s) => {
        afterCall.forEach((value, k) => (s[k] = value));
        s[0]--;
        s[1]++;
        s[4]--;
      });
    }
    if (interrupting < 1 && afterCall[4] <= model.maxCallsWaiting) {
      add(model.callsPerMin * (1 - interrupting), (s) => afterCall.forEach((value, k) => (s[k] = value)));
    }
    // A visitor arrives: leaves at once if too many wait, else joins the queue and the free advisors are given work.
    visitorBalks[i] = wv >= balkAt;
    const afterVisitor: Mutable = [a, h, b, wv + 1, wc, d];
    dispatch(afterVisitor);
    visitorWaits[i] = !visitorBalks[i] && afterVisitor[3] > wv;
    if (!visitorBalks[i] && afterVisitor[3] <= model.maxVisitorsWaiting) {
      add(model.visitorsPerMin, (s) => afterVisitor.forEach((value, k) => (s[k] = value)));
    }
    add(a * visitRate, (s) => {
      s[0]--;
      dispatch(s);
    });
    add(b * callRate, (s) => {
      s[2]--;
      dispatch(s);
    });
    add(h * callRate, holdingCallEnds);
    add(d * callRate, (s) => {
      s[5]--;
      dispatch(s);
    });
    add(wc * abandonRate, (s) => {
      s[4]--;
    });
    add(wv * renegeRate, (s) => {
      s[3]--;
      dispatch(s);
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
  const deskOnCall = mean((s) => s[5]);
  const nobodyTakes = mean((_, i) => callWaits[i]);
  const loss = model.maxCallsWaiting === 0;
  const balkShare = mean((_, i) => (visitorBalks[i] ? 1 : 0));
  const renegedShare = model.visitorsPerMin > 0 ? (renegeRate * visitorsWaiting) / model.visitorsPerMin : 0;
  const servedPerMin = model.visitorsPerMin * (1 - balkShare - renegedShare);
  return {
    calls: {
      p_wait_gt0: loss ? 0 : nobodyTakes,
      p_blocked: loss ? nobodyTakes : 0,
      p_abandon: (abandonRate * callsWaiting) / model.callsPerMin,
      mean_wait_all: callsWaiting / model.callsPerMin,
    },
    visits: {
      p_wait_gt0: mean((_, i) => (visitorWaits[i] ? 1 : 0)),
      p_abandon: renegedShare,
      balkShare,
      mean_wait_all: visitorsWaiting / model.visitorsPerMin,
      holdMinPerVisit: onHold / servedPerMin,
      interruptionsPerVisit: (model.callsPerMin * mean((_, i) => callInterrupts[i])) / servedPerMin,
    },
    meanWaiting: { calls: callsWaiting, visitors: visitorsWaiting },
    desk: { utilisation: deskSize > 0 ? deskOnCall / deskSize : 0, answeredShare: deskOnCall / (deskOnCall + onHold + onCallAlone) },
    utilisation: (serving + onHold + onCallAlone) / c,
    utilisationByActivity: { visit: serving / c, call: (onHold + onCallAlone) / c },
    utilisationOnCalls: { noVisitorOnHold: onCallAlone / c, visitorOnHold: onHold / c },
    truncationMass: mean((_, i) => (atTruncation[i] ? 1 : 0)),
  };
}
