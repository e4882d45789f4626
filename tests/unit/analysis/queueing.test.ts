// Exact queueing formulas: the published reference cases, cross-checks between independently
// derived models (birth–death Erlang A vs the M/M/c+G integral, M/M/c+G vs Erlang B/C and a
// closed form for M/M/c+D, the retrial CTMC vs Erlang A/B, a classical retrial formula and a
// dense solve), and input validation.
import { describe, expect, it } from 'vitest';
import {
  erlangAMetrics,
  erlangB,
  erlangBMetrics,
  erlangC,
  erlangCMetrics,
  mmcgMetrics,
  requiredServers,
  retrialMetrics,
  type Patience,
  type QueueMetrics,
  type RetrialParams,
  type StaffingModel,
  type StaffingTarget,
} from '../../../src/analysis/queueing/index.js';
import { type ReferenceCase, referenceCases } from '../../support/reference.js';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const METRIC_KEYS = [
  'p_wait_gt0',
  'mean_wait_all',
  'mean_wait_served',
  'p_abandon',
  'p_blocked',
  'sl_answered_within_t_over_offered',
  'sl_within_t_over_answered',
  'utilisation',
] as const satisfies readonly (keyof QueueMetrics)[];

/** True when |got − want| ≤ max(abs, rel·|want|). */
function close(got: number, want: number, rel: number, abs: number): boolean {
  return Math.abs(got - want) <= Math.max(abs, rel * Math.abs(want));
}

/** Lists every metric of `got` that differs from `want` beyond the tolerance (empty = pass). */
function metricMismatches(got: QueueMetrics, want: QueueMetrics, rel: number, abs: number): string[] {
  return METRIC_KEYS.filter((k) => !close(got[k], want[k], rel, abs)).map(
    (k) => `${k}: got ${got[k]}, want ${want[k]} (diff ${Math.abs(got[k] - want[k]).toExponential(2)})`,
  );
}

function grid<T extends unknown[][]>(...axes: T): { [K in keyof T]: T[K][number] }[] {
  return axes.reduce<unknown[][]>((acc, axis) => acc.flatMap((row) => axis.map((x) => [...row, x])), [[]]) as {
    [K in keyof T]: T[K][number];
  }[];
}

// ---------------------------------------------------------------------------------------------
// Published reference cases
// ---------------------------------------------------------------------------------------------

const reference = { cases: referenceCases() };

function referenceMetrics(c: ReferenceCase, servers = c.params.c): QueueMetrics {
  const pool = {
    servers,
    lambdaPerMin: c.params.lambda_per_min,
    meanServiceMin: c.params.mean_service_min,
    slThresholdMin: c.params.sl_threshold_min ?? 0,
  };
  switch (c.model) {
    case 'erlang-b':
      return erlangBMetrics(pool);
    case 'erlang-c':
      return erlangCMetrics(pool);
    case 'erlang-a':
      return erlangAMetrics({ ...pool, patienceMeanMin: c.params.patience_mean_min! });
  }
}

function referencePatience(c: ReferenceCase): Patience {
  switch (c.model) {
    case 'erlang-b':
      return { kind: 'deterministic', valueMin: 0 };
    case 'erlang-c':
      return { kind: 'none' };
    case 'erlang-a':
      return { kind: 'exponential', meanMin: c.params.patience_mean_min! };
  }
}

function referenceStaffing(c: ReferenceCase, key: string): { model: StaffingModel; target: StaffingTarget } {
  const model: StaffingModel =
    c.model === 'erlang-a' ? { kind: 'erlang-a', patienceMeanMin: c.params.patience_mean_min! } : { kind: c.model };
  const targets: Record<string, StaffingTarget> = {
    // pyworkforce's service level is answered within t over offered calls.
    required_agents_sl80: { metric: 'service-level', atLeast: 0.8, withinMin: c.params.sl_threshold_min ?? 0 },
    required_agents_pwait15: { metric: 'p-wait', atMost: 0.15 },
    required_agents_abandon5pct: { metric: 'p-abandon', atMost: 0.05 },
    required_agents_b1pct: { metric: 'blocking', atMost: 0.01 },
    required_agents_b2pct: { metric: 'blocking', atMost: 0.02 },
  };
  const target = targets[key];
  if (target === undefined) throw new Error(`unknown required_agents key ${key} in case ${c.id}`);
  return { model, target };
}

describe('published reference (erlang-published.json)', () => {
  it('holds cases of every model', () => {
    expect(new Set(reference.cases.map((c) => c.model))).toEqual(new Set(['erlang-b', 'erlang-c', 'erlang-a']));
  });

  for (const c of reference.cases) {
    it(`${c.id}: every expected metric within 1e-6 relative or 1e-9 absolute`, () => {
      const got = referenceMetrics(c);
      const bad = Object.entries(c.expected)
        .filter(([k, v]) => !close(got[k as keyof QueueMetrics], v, 1e-6, 1e-9))
        .map(([k, v]) => `${k}: got ${got[k as keyof QueueMetrics]}, published ${v}`);
      expect(bad).toEqual([]);
    });

    it(`${c.id}: M/M/c+G with the matching patience law reproduces it`, () => {
      const got = mmcgMetrics({
        servers: c.params.c,
        lambdaPerMin: c.params.lambda_per_min,
        meanServiceMin: c.params.mean_service_min,
        slThresholdMin: c.params.sl_threshold_min ?? 0,
        patience: referencePatience(c),
      });
      // In M/M/c+D with D = 0 the blocked calls are the ones whose zero patience runs out.
      const asPublished: Partial<QueueMetrics> =
        c.model === 'erlang-b' ? { p_blocked: got.p_abandon, mean_wait_all: got.mean_wait_all, utilisation: got.utilisation } : got;
      const bad = Object.entries(c.expected)
        .filter(([k]) => k in asPublished)
        .filter(([k, v]) => !close(asPublished[k as keyof QueueMetrics]!, v, 1e-6, 1e-9))
        .map(([k, v]) => `${k}: got ${asPublished[k as keyof QueueMetrics]}, published ${v}`);
      expect(bad).toEqual([]);
    });

    for (const [key, agents] of Object.entries(c.required_agents)) {
      it(`${c.id}: ${key} = ${agents}`, () => {
        const { model, target } = referenceStaffing(c, key);
        const got = requiredServers({
          lambdaPerMin: c.params.lambda_per_min,
          meanServiceMin: c.params.mean_service_min,
          model,
          target,
        });
        expect(got).toBe(agents);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Erlang B and C
// ---------------------------------------------------------------------------------------------

/** Erlang B straight from the definition (fine for small c). */
function erlangBDirect(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= c; k++) {
    term *= a / k;
    sum += term;
  }
  return term / sum;
}

describe('Erlang B and Erlang C', () => {
  it('match the definitions for small pools', () => {
    for (const [c, a] of grid([1, 2, 3, 7, 15], [0.1, 1, 4.5, 12])) {
      expect(close(erlangB(c, a), erlangBDirect(c, a), 1e-13, 0)).toBe(true);
      if (a < c) {
        const b = erlangBDirect(c, a);
        expect(close(erlangC(c, a), (c * b) / (c - a * (1 - b)), 1e-13, 0)).toBe(true);
      }
    }
  });

  it('stay accurate for pools of hundreds (values from 40-digit mpmath)', () => {
    const cases: [number, number, number, number][] = [
      [300, 280, 0.012892052026519753736, 0.16381416929292013202],
      [500, 450, 0.0012344531353734510191, 0.012208889634931088204],
      [1000, 950, 0.0036492936889424098551, 0.068253415377141423573],
      [200, 100, 4.7169706027926174015e-19, 9.4339412055852347986e-19],
    ];
    for (const [c, a, b, pWait] of cases) {
      expect(close(erlangB(c, a), b, 1e-12, 0)).toBe(true);
      expect(close(erlangC(c, a), pWait, 1e-12, 0)).toBe(true);
    }
  });

  it('loss-system metrics: utilisation A(1 − B)/c and nobody waits', () => {
    const m = erlangBMetrics({ servers: 4, lambdaPerMin: 2, meanServiceMin: 1.5 });
    const b = erlangBDirect(4, 3);
    expect(m.p_blocked).toBeCloseTo(b, 15);
    expect(m.utilisation).toBeCloseTo((3 * (1 - b)) / 4, 15);
    expect([m.p_wait_gt0, m.mean_wait_all, m.p_abandon]).toEqual([0, 0, 0]);
  });

  it('Erlang C service level is 1 − C e^{−(cμ−λ)t}', () => {
    const m = erlangCMetrics({ servers: 5, lambdaPerMin: 1, meanServiceMin: 4, slThresholdMin: 0.5 });
    const pWait = erlangC(5, 4);
    expect(m.p_wait_gt0).toBe(pWait);
    expect(m.sl_answered_within_t_over_offered).toBeCloseTo(1 - pWait * Math.exp(-(5 / 4 - 1) * 0.5), 15);
    expect(m.mean_wait_all).toBeCloseTo(pWait / (5 / 4 - 1), 14);
  });
});

// ---------------------------------------------------------------------------------------------
// Erlang A (birth–death) against M/M/c+G with exponential patience
// ---------------------------------------------------------------------------------------------

describe('Erlang A', () => {
  it('birth–death chain equals the M/M/c+G integral with exponential patience (to 1e-9)', () => {
    const failures: string[] = [];
    for (const [c, rho, patienceMin, t] of grid([1, 2, 5, 14, 50, 120], [0.3, 0.9, 1, 1.3, 3], [0.05, 1, 5, 60], [0, 0.3, 2])) {
      const pool = { servers: c, lambdaPerMin: (rho * c) / 3, meanServiceMin: 3, slThresholdMin: t };
      const a = erlangAMetrics({ ...pool, patienceMeanMin: patienceMin });
      const g = mmcgMetrics({ ...pool, patience: { kind: 'exponential', meanMin: patienceMin } });
      const bad = metricMismatches(a, g, 1e-9, 1e-12);
      if (bad.length > 0) failures.push(`c=${c} ρ=${rho} patience=${patienceMin} t=${t}: ${bad.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('matches a 40-digit mpmath evaluation for c = 100', () => {
    const m = erlangAMetrics({ servers: 100, lambdaPerMin: 95 / 3, meanServiceMin: 3, slThresholdMin: 0.5, patienceMeanMin: 2 });
    const want = {
      p_wait_gt0: 0.28868306833705428055,
      p_abandon: 0.023223457318944898494,
      mean_wait_all: 0.046446914637889796987,
      mean_wait_served: 0.044328326778870791047,
      sl_answered_within_t_over_offered: 0.97028438589223474192,
    };
    for (const [k, v] of Object.entries(want)) expect(close(m[k as keyof QueueMetrics], v, 1e-12, 0)).toBe(true);
  });

  it('conserves flow: utilisation = λ(1 − p_abandon)/(cμ) and p_abandon = θ · mean_wait_all', () => {
    for (const [c, rho, patienceMin] of grid([1, 3, 20, 200], [0.5, 1, 2.5], [0.2, 4, 100])) {
      const lambdaPerMin = rho * c; // mean service 1 min
      const m = erlangAMetrics({ servers: c, lambdaPerMin, meanServiceMin: 1, slThresholdMin: 0.2, patienceMeanMin: patienceMin });
      expect(close(m.utilisation, (lambdaPerMin * (1 - m.p_abandon)) / c, 1e-11, 1e-14)).toBe(true);
      expect(close(m.p_abandon, m.mean_wait_all / patienceMin, 1e-11, 1e-14)).toBe(true);
      expect(close(m.sl_within_t_over_answered * (1 - m.p_abandon), m.sl_answered_within_t_over_offered, 1e-14, 0)).toBe(true);
    }
  });

  it('approaches Erlang C as patience grows and Erlang B as it vanishes', () => {
    for (const [c, rho] of grid([1, 4, 30], [0.5, 0.85])) {
      const pool = { servers: c, lambdaPerMin: rho * c, meanServiceMin: 1, slThresholdMin: 0.1 };
      const patient = erlangAMetrics({ ...pool, patienceMeanMin: 1e9 });
      // θ = 1e-9 per minute: abandonment of order θ · mean wait remains.
      expect(metricMismatches(patient, erlangCMetrics(pool), 1e-6, 1e-8)).toEqual([]);
      const impatient = erlangAMetrics({ ...pool, patienceMeanMin: 1e-9 });
      expect(close(impatient.p_abandon, erlangB(c, rho * c), 1e-6, 0)).toBe(true);
      expect(impatient.mean_wait_all).toBeLessThan(1e-8);
    }
  });

  it('stays finite and consistent for overloaded pools with long patience', () => {
    const pool = { servers: 100, lambdaPerMin: 500 / 3, meanServiceMin: 3, slThresholdMin: 0.5 };
    const a = erlangAMetrics({ ...pool, patienceMeanMin: 1e4 });
    const g = mmcgMetrics({ ...pool, patience: { kind: 'exponential', meanMin: 1e4 } });
    expect(metricMismatches(a, g, 1e-9, 1e-12)).toEqual([]);
    expect(a.p_abandon).toBeCloseTo(0.8, 12); // every server busy, so 1 − cμ/λ abandon
  });

  it('agrees with M/M/c+G for patience far shorter than a service (a narrow spike to integrate)', () => {
    for (const [c, rho, patienceMin] of grid([1, 50], [0.5, 2], [1e-9, 1e-6, 1e-3])) {
      const pool = { servers: c, lambdaPerMin: rho * c, meanServiceMin: 1, slThresholdMin: 0.5 };
      const a = erlangAMetrics({ ...pool, patienceMeanMin: patienceMin });
      const g = mmcgMetrics({ ...pool, patience: { kind: 'exponential', meanMin: patienceMin } });
      expect(metricMismatches(a, g, 1e-9, 1e-300), `c=${c} ρ=${rho} patience=${patienceMin}`).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// M/M/c+G
// ---------------------------------------------------------------------------------------------

/** M/M/c+D in closed form: the offered-wait density is piecewise exponential. */
function mmcdClosedForm(c: number, lambda: number, meanServiceMin: number, d: number, t: number): Partial<QueueMetrics> {
  const drain = c / meanServiceMin;
  const delta = lambda - drain;
  const bPrev = c === 1 ? 1 : erlangB(c - 1, lambda * meanServiceMin); // π_{c−1} / Σ_{j<c} π_j
  const upTo = (x: number): number => Math.expm1(delta * x) / delta; // ∫₀ˣ e^{δu} du
  const atD = Math.exp(delta * d);
  const z = 1 + bPrev * lambda * (upTo(d) + atD / drain);
  const pAbandon = (bPrev * lambda * atD) / drain / z;
  const waitBeforeD = (atD * (delta * d - 1) + 1) / (delta * delta); // ∫₀ᴰ x e^{δx} dx
  return {
    p_wait_gt0: 1 - 1 / z,
    p_abandon: pAbandon,
    mean_wait_all: (bPrev * lambda * (waitBeforeD + (d * atD) / drain)) / z,
    mean_wait_served: (bPrev * lambda * waitBeforeD) / z / (1 - pAbandon),
    sl_answered_within_t_over_offered: (1 + bPrev * lambda * upTo(Math.min(t, d))) / z,
    utilisation: (lambda * (1 - pAbandon)) / drain,
  };
}

describe('M/M/c+G', () => {
  it('with no patience equals Erlang C', () => {
    for (const [c, rho, t] of grid([1, 3, 25, 300], [0.2, 0.8, 0.99], [0, 0.25, 4])) {
      const pool = { servers: c, lambdaPerMin: (rho * c) / 2, meanServiceMin: 2, slThresholdMin: t };
      expect(metricMismatches(mmcgMetrics({ ...pool, patience: { kind: 'none' } }), erlangCMetrics(pool), 1e-10, 1e-13)).toEqual([]);
    }
  });

  it('with deterministic patience 0 equals Erlang B (p_abandon = blocking)', () => {
    for (const [c, rho] of grid([1, 2, 10, 60, 400], [0.3, 1, 2.5])) {
      const pool = { servers: c, lambdaPerMin: rho * c, meanServiceMin: 1, slThresholdMin: 0.5 };
      const g = mmcgMetrics({ ...pool, patience: { kind: 'deterministic', valueMin: 0 } });
      const b = erlangBMetrics(pool);
      expect(close(g.p_abandon, b.p_blocked, 1e-12, 1e-300)).toBe(true);
      expect(close(g.utilisation, b.utilisation, 1e-12, 0)).toBe(true);
      expect(g.mean_wait_all).toBe(0);
      expect(close(g.sl_answered_within_t_over_offered, b.sl_answered_within_t_over_offered, 1e-12, 0)).toBe(true);
    }
  });

  it('with deterministic patience D matches the M/M/c+D closed form', () => {
    for (const [c, rho, d, t] of grid([1, 3, 10], [0.5, 1.5], [1e-4, 0.2, 2, 30], [0.1, 3])) {
      const lambda = rho * c * 0.5; // mean service 2 min
      const got = mmcgMetrics({ servers: c, lambdaPerMin: lambda, meanServiceMin: 2, slThresholdMin: t, patience: { kind: 'deterministic', valueMin: d } });
      const want = mmcdClosedForm(c, lambda, 2, d, t);
      for (const [k, v] of Object.entries(want)) {
        expect(close(got[k as keyof QueueMetrics], v, 1e-10, 1e-14), `c=${c} ρ=${rho} D=${d} t=${t} ${k}`).toBe(true);
      }
    }
  });

  it('capped exponential patience reduces to its limits', () => {
    for (const [c, rho] of grid([2, 12], [0.7, 1.4])) {
      const pool = { servers: c, lambdaPerMin: rho * c, meanServiceMin: 1, slThresholdMin: 0.3 };
      const capped = (meanMin: number, capMin: number): QueueMetrics =>
        mmcgMetrics({ ...pool, patience: { kind: 'exponential-capped', meanMin, capMin } });
      // A cap far beyond any wait: plain exponential patience.
      expect(metricMismatches(capped(2, 1e3), erlangAMetrics({ ...pool, patienceMeanMin: 2 }), 1e-9, 1e-12)).toEqual([]);
      // A cap of 0: every caller who finds all busy is cut at once, Erlang B.
      expect(close(capped(2, 0).p_abandon, erlangB(c, rho * c), 1e-12, 0)).toBe(true);
      // A huge mean: the cap alone acts, a deterministic patience.
      const det = mmcgMetrics({ ...pool, patience: { kind: 'deterministic', valueMin: 0.8 } });
      expect(metricMismatches(capped(1e12, 0.8), det, 1e-9, 1e-12)).toEqual([]);
      // In between, the cap makes callers abandon more than uncapped ones.
      expect(capped(2, 0.5).p_abandon).toBeGreaterThan(erlangAMetrics({ ...pool, patienceMeanMin: 2 }).p_abandon);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Staffing
// ---------------------------------------------------------------------------------------------

describe('requiredServers', () => {
  const traffic = { lambdaPerMin: 10 / 3, meanServiceMin: 3 };

  it('returns the smallest pool meeting the target', () => {
    const n = requiredServers({ ...traffic, model: { kind: 'erlang-c' }, target: { metric: 'service-level', atLeast: 0.9, withinMin: 1 / 3 } });
    const sl = (c: number): number =>
      erlangCMetrics({ servers: c, ...traffic, slThresholdMin: 1 / 3 }).sl_answered_within_t_over_offered;
    expect(sl(n)).toBeGreaterThanOrEqual(0.9);
    expect(sl(n - 1)).toBeLessThan(0.9);
  });

  it('over answered needs no more servers than over offered', () => {
    const model: StaffingModel = { kind: 'erlang-a', patienceMeanMin: 1 };
    const over = (o: 'offered' | 'answered'): number =>
      requiredServers({ ...traffic, model, target: { metric: 'service-level', atLeast: 0.85, withinMin: 0.3, over: o } });
    expect(over('answered')).toBeLessThanOrEqual(over('offered'));
  });

  it('works for M/M/c+G with every patience kind', () => {
    const kinds: Patience[] = [
      { kind: 'none' },
      { kind: 'exponential', meanMin: 5 },
      { kind: 'deterministic', valueMin: 0.5 },
      { kind: 'exponential-capped', meanMin: 5, capMin: 1 },
    ];
    for (const patience of kinds) {
      const n = requiredServers({ ...traffic, model: { kind: 'mmcg', patience }, target: { metric: 'p-wait', atMost: 0.2 } });
      expect(n).toBeGreaterThanOrEqual(11);
      expect(n).toBeLessThanOrEqual(15);
    }
  });

  it('throws RangeError when no pool can meet the target', () => {
    expect(() =>
      requiredServers({ ...traffic, model: { kind: 'erlang-b' }, target: { metric: 'blocking', atMost: 0 }, maxServers: 200 }),
    ).toThrow(/maxServers = 200/);
    expect(() =>
      requiredServers({ ...traffic, model: { kind: 'erlang-c' }, target: { metric: 'blocking', atMost: 0.01 } }),
    ).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Retrial model
// ---------------------------------------------------------------------------------------------

/** Stationary distribution of the same truncated chain, dense GTH over all (m, n) states. */
function denseRetrialSolve(p: RetrialParams, levels: number): number[][] {
  const c = p.servers;
  const full = c + p.queueCapacity;
  const n = full + 1;
  const size = n * (levels + 1);
  const q: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const at = (m: number, s: number): number => m * n + s;
  const add = (from: number, to: number, rate: number): void => {
    if (from !== to) q[from]![to]! += rate;
  };
  const lambda = p.lambdaPerMin;
  const mu = 1 / p.meanServiceMin;
  const r = p.redialProbability;
  for (let m = 0; m <= levels; m++) {
    for (let s = 0; s <= full; s++) {
      const here = at(m, s);
      if (s < full) add(here, at(m, s + 1), lambda);
      else if (m < levels) add(here, at(m + 1, s), lambda * r);
      const retry = m / p.redialDelayMeanMin;
      if (m > 0) {
        if (s < full) add(here, at(m - 1, s + 1), retry);
        else add(here, at(m - 1, s), retry * (1 - r));
      }
      if (s > 0) add(here, at(m, s - 1), Math.min(s, c) * mu);
      const abandon = Math.max(s - c, 0) * p.abandonRatePerMin;
      if (abandon > 0) {
        add(here, at(m, s - 1), abandon * (1 - r));
        add(here, at(Math.min(m + 1, levels), s - 1), abandon * r); // lost at the top level
      }
    }
  }
  for (let k = size - 1; k > 0; k--) {
    let out = 0;
    for (let j = 0; j < k; j++) out += q[k]![j]!;
    for (let i = 0; i < k; i++) q[i]![k]! /= out;
    for (let i = 0; i < k; i++) {
      const qik = q[i]![k]!;
      if (qik !== 0) for (let j = 0; j < k; j++) if (i !== j) q[i]![j]! += qik * q[k]![j]!;
    }
  }
  const pi = new Array<number>(size).fill(0);
  pi[0] = 1;
  for (let k = 1; k < size; k++) for (let i = 0; i < k; i++) pi[k]! += pi[i]! * q[i]![k]!;
  const total = pi.reduce((a, b) => a + b, 0);
  return Array.from({ length: levels + 1 }, (_, m) => pi.slice(m * n, (m + 1) * n).map((x) => x / total));
}

describe('retrial model', () => {
  it('without redials equals Erlang A (large queue) and Erlang B (no queue)', () => {
    for (const [c, rho, patienceMin] of grid([1, 3, 10], [0.6, 1.2], [0.5, 5])) {
      const pool = { servers: c, lambdaPerMin: (rho * c) / 2, meanServiceMin: 2 };
      const base = { ...pool, abandonRatePerMin: 1 / patienceMin, redialProbability: 0, redialDelayMeanMin: 3 };
      const queue = retrialMetrics({ ...base, queueCapacity: 80 });
      const a = erlangAMetrics({ ...pool, slThresholdMin: 0, patienceMeanMin: patienceMin });
      expect(queue.p_blocked).toBeLessThan(1e-20);
      for (const k of ['p_wait_gt0', 'p_abandon', 'mean_wait_all', 'utilisation'] as const) {
        expect(close(queue[k], a[k], 1e-10, 1e-14), `c=${c} ρ=${rho} patience=${patienceMin} ${k}`).toBe(true);
      }
      expect(queue.mean_attempts_per_caller).toBeCloseTo(1, 14);
      expect(close(queue.p_lost_for_good, a.p_abandon, 1e-10, 1e-14)).toBe(true);

      const loss = retrialMetrics({ ...base, queueCapacity: 0 });
      const b = erlangBMetrics(pool);
      expect(close(loss.p_blocked, b.p_blocked, 1e-12, 0)).toBe(true);
      expect(close(loss.utilisation, b.utilisation, 1e-12, 0)).toBe(true);
      expect(loss.p_wait_gt0).toBe(0);
    }
  });

  it('reproduces the classical M/M/1 retrial queue: E[orbit] = ρ/(1−ρ)·(ρ + λd)', () => {
    for (const [lambda, d] of grid([0.3, 0.5, 0.8], [0.5, 2, 10])) {
      const m = retrialMetrics({
        servers: 1,
        lambdaPerMin: lambda,
        meanServiceMin: 1,
        abandonRatePerMin: 0,
        redialProbability: 1,
        redialDelayMeanMin: d,
        queueCapacity: 0,
      });
      const orbit = (lambda / (1 - lambda)) * (lambda + lambda * d);
      expect(close(m.mean_orbit_size, orbit, 1e-9, 0)).toBe(true);
      expect(close(m.utilisation, lambda, 1e-12, 0)).toBe(true);
      expect(m.p_lost_for_good).toBe(0);
      expect(close(m.mean_attempts_per_caller, 1 + orbit / (lambda * d), 1e-9, 0)).toBe(true);
    }
  });

  it('conserves callers: fresh rate = served rate + lost-for-good rate', () => {
    for (const [c, rho, theta, redial, k] of grid([1, 4, 10], [0.5, 1.1, 2], [0, 0.5], [0.3, 0.9], [0, 5])) {
      const p: RetrialParams = {
        servers: c,
        lambdaPerMin: rho * c,
        meanServiceMin: 1,
        abandonRatePerMin: theta,
        redialProbability: redial,
        redialDelayMeanMin: 2,
        queueCapacity: k,
      };
      const m = retrialMetrics(p);
      const served = m.utilisation * c; // per minute, mean service 1 min
      expect(close(served + m.p_lost_for_good * p.lambdaPerMin, p.lambdaPerMin, 1e-9, 0), JSON.stringify(p)).toBe(true);
      expect(close(m.attempts_per_min, m.mean_attempts_per_caller * p.lambdaPerMin, 1e-14, 0)).toBe(true);
      expect(m.truncated_mass).toBeLessThan(1e-10);
      const total = m.distribution.reduce((sum, level) => sum + level.reduce((a, b) => a + b, 0), 0);
      expect(total).toBeCloseTo(1, 13);
    }
  });

  it('agrees with a dense solve of the same truncated chain to 1e-12', () => {
    const cases: RetrialParams[] = [
      { servers: 2, lambdaPerMin: 1.5, meanServiceMin: 1, abandonRatePerMin: 0.7, redialProbability: 0.6, redialDelayMeanMin: 1.5, queueCapacity: 3 },
      { servers: 3, lambdaPerMin: 4, meanServiceMin: 1, abandonRatePerMin: 0, redialProbability: 0.8, redialDelayMeanMin: 0.5, queueCapacity: 0 },
      { servers: 1, lambdaPerMin: 0.7, meanServiceMin: 1, abandonRatePerMin: 2, redialProbability: 1, redialDelayMeanMin: 4, queueCapacity: 4 },
    ];
    for (const p of cases) {
      const m = retrialMetrics(p);
      const dense = denseRetrialSolve(p, m.orbit_levels);
      let worst = 0;
      m.distribution.forEach((level, i) => level.forEach((x, s) => (worst = Math.max(worst, Math.abs(x - dense[i]![s]!)))));
      expect(worst, JSON.stringify(p)).toBeLessThan(1e-12);
    }
  });

  it('grows the orbit truncation until the neglected mass is below 1e-10, in few steps and not far past the orbit', () => {
    const m = retrialMetrics({
      servers: 10,
      lambdaPerMin: 5,
      meanServiceMin: 3,
      abandonRatePerMin: 0.1,
      redialProbability: 0.99,
      redialDelayMeanMin: 10,
      queueCapacity: 10,
    });
    expect(m.mean_orbit_size).toBeGreaterThan(1000); // heavy redialling: the orbit is large
    expect(m.orbit_levels).toBeGreaterThan(m.mean_orbit_size);
    expect(m.truncated_mass).toBeLessThan(1e-10);
    // The work done, not the time taken (speed lives in the bench): the truncation is not much
    // larger than the orbit needs, and the search for it solves less than three times the final
    // chain (a search growing M a level at a time would solve hundreds of times more).
    const states = 10 + 10 + 1;
    expect(m.orbit_levels).toBeLessThan(2 * m.mean_orbit_size);
    expect(m.solved_states).toBeGreaterThanOrEqual((m.orbit_levels + 1) * states);
    expect(m.solved_states).toBeLessThan(3 * (m.orbit_levels + 1) * states);
    // A forced larger truncation changes nothing that matters.
    const wider = retrialMetrics({
      servers: 10,
      lambdaPerMin: 5,
      meanServiceMin: 3,
      abandonRatePerMin: 0.1,
      redialProbability: 0.99,
      redialDelayMeanMin: 10,
      queueCapacity: 10,
      minOrbitLevels: Math.ceil(m.orbit_levels * 1.5),
    });
    for (const k of ['p_blocked', 'p_abandon', 'p_wait_gt0', 'mean_wait_all', 'p_lost_for_good', 'mean_attempts_per_caller'] as const) {
      expect(close(wider[k], m[k], 1e-8, 1e-12), k).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Input validation
// ---------------------------------------------------------------------------------------------

describe('input validation', () => {
  const pool = { servers: 3, lambdaPerMin: 1, meanServiceMin: 2, slThresholdMin: 0.5 };
  const retrial: RetrialParams = {
    ...pool,
    abandonRatePerMin: 0.5,
    redialProbability: 0.5,
    redialDelayMeanMin: 2,
    queueCapacity: 2,
  };
  const cases: [string, () => unknown, RegExp][] = [
    ['servers 0', () => erlangB(0, 1), /servers must be a positive integer, got 0/],
    ['servers 2.5', () => erlangC(2.5, 1), /servers must be a positive integer, got 2.5/],
    ['negative load', () => erlangB(3, -1), /offeredLoadErlangs must be a finite number > 0, got -1/],
    ['NaN load', () => erlangB(3, Number.NaN), /offeredLoadErlangs .* got NaN/],
    ['unstable Erlang C', () => erlangC(10, 10), /unstable .*offeredLoadErlangs = 10 .*servers = 10/],
    ['unstable Erlang C metrics', () => erlangCMetrics({ ...pool, lambdaPerMin: 2 }), /unstable .*servers = 3/],
    ['negative rate', () => erlangCMetrics({ ...pool, lambdaPerMin: -1 }), /lambdaPerMin must be a finite number > 0, got -1/],
    ['infinite service', () => erlangBMetrics({ ...pool, meanServiceMin: Infinity }), /meanServiceMin .* got Infinity/],
    ['negative threshold', () => erlangCMetrics({ ...pool, slThresholdMin: -1 }), /slThresholdMin .* got -1/],
    ['zero patience', () => erlangAMetrics({ ...pool, patienceMeanMin: 0 }), /patienceMeanMin must be a finite number > 0, got 0/],
    ['bad patience kind', () => mmcgMetrics({ ...pool, patience: { kind: 'weibull' } as unknown as Patience }), /patience.kind .* got weibull/],
    ['negative deterministic patience', () => mmcgMetrics({ ...pool, patience: { kind: 'deterministic', valueMin: -2 } }), /patience.valueMin .* got -2/],
    ['negative cap', () => mmcgMetrics({ ...pool, patience: { kind: 'exponential-capped', meanMin: 1, capMin: -1 } }), /patience.capMin .* got -1/],
    ['unstable without patience', () => mmcgMetrics({ ...pool, lambdaPerMin: 5, patience: { kind: 'none' } }), /unstable .*servers = 3/],
    ['redial probability 1.5', () => retrialMetrics({ ...retrial, redialProbability: 1.5 }), /redialProbability must be a probability in \[0, 1\], got 1.5/],
    ['negative abandonment', () => retrialMetrics({ ...retrial, abandonRatePerMin: -0.1 }), /abandonRatePerMin .* got -0.1/],
    ['queue capacity -1', () => retrialMetrics({ ...retrial, queueCapacity: -1 }), /queueCapacity must be an integer ≥ 0, got -1/],
    ['zero redial delay', () => retrialMetrics({ ...retrial, redialDelayMeanMin: 0 }), /redialDelayMeanMin .* got 0/],
    ['everyone redials, overloaded', () => retrialMetrics({ ...retrial, redialProbability: 1, lambdaPerMin: 2 }), /redialProbability = 1 .*servers = 3/],
    ['target above 1', () => requiredServers({ lambdaPerMin: 1, meanServiceMin: 1, model: { kind: 'erlang-c' }, target: { metric: 'p-wait', atMost: 2 } }), /target.atMost .* got 2/],
  ];
  for (const [name, call, message] of cases) {
    it(`${name}: RangeError naming the parameter and value`, () => {
      expect(call).toThrow(RangeError);
      expect(call).toThrow(message);
    });
  }
});
