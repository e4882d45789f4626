// Exact steady-state results for one pool of identical servers fed by Poisson arrivals with
// exponential service: Erlang B (M/M/c/c), Erlang C (M/M/c), Erlang A (M/M/c+M), M/M/c+G and a
// retrial model with redials. They are the yardstick the simulator is validated against, so each
// model is computed from first principles and the models check one another in the tests.
//
// Units: time in minutes, rates per minute, offered load in Erlangs (λ × mean service time).
// Pure math: no imports and no Node APIs, so it runs in the browser too.
//
// Large pools (c in the hundreds) overflow naive formulas (A^c / c!), so every probability is
// built from ratios of neighbouring states and normalised in logs.

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/**
 * Steady-state metrics of one queue, per arrival unless noted, named as in the published
 * reference (`erlang-published.json`), whose vocabulary the reports share.
 */
export interface QueueMetrics {
  /** Share of arrivals that find every server busy and are not blocked (so they queue), in [0, 1]. */
  p_wait_gt0: number;
  /** Mean time in queue over all arrivals, minutes (0 if not delayed; time to hang-up for abandoners). */
  mean_wait_all: number;
  /** Mean time in queue over served arrivals only, minutes. */
  mean_wait_served: number;
  /** Share of arrivals that hang up before service, in [0, 1]. */
  p_abandon: number;
  /** Share of arrivals turned away at once because no server is free (Erlang B loss), in [0, 1]. */
  p_blocked: number;
  /** Arrivals answered within the threshold divided by all arrivals (the primary service level), in [0, 1]. */
  sl_answered_within_t_over_offered: number;
  /** Arrivals answered within the threshold divided by answered arrivals, in [0, 1]. */
  sl_within_t_over_answered: number;
  /** Time-average share of servers busy, in [0, 1]. */
  utilisation: number;
}

/** One pool of identical servers with Poisson arrivals and exponential service times. */
export interface PoolParams {
  /** Number of servers c, a positive integer. */
  servers: number;
  /** Arrival rate λ, calls per minute (> 0). */
  lambdaPerMin: number;
  /** Mean service (handling) time 1/μ, minutes (> 0). */
  meanServiceMin: number;
}

/** A pool plus the service-level threshold t, minutes (≥ 0). */
export interface ServiceLevelParams extends PoolParams {
  /** Service-level threshold t: answered within this many minutes counts as good, minutes (≥ 0). */
  slThresholdMin: number;
}

/** Erlang A: a pool whose waiting callers hang up after an exponential patience. */
export interface ErlangAParams extends ServiceLevelParams {
  /** Mean patience 1/θ of a waiting caller, minutes (> 0, finite). */
  patienceMeanMin: number;
}

/**
 * Patience law of a waiting caller (time he is willing to wait before hanging up), minutes.
 * `none`: never hangs up (Erlang C). `deterministic`: the call is diverted after exactly
 * `valueMin` of ringing (M/M/c+D; 0 gives Erlang B). `exponential-capped`: exponential patience
 * with mean `meanMin`, but the call is cut after `capMin` anyway: patience = min(Exp, cap).
 */
export type Patience =
  | { kind: 'none' }
  | { kind: 'exponential'; meanMin: number }
  | { kind: 'deterministic'; valueMin: number }
  | { kind: 'exponential-capped'; meanMin: number; capMin: number };

/** M/M/c+G: a pool whose waiting callers have the given patience law. */
export interface MmcgParams extends ServiceLevelParams {
  /** Patience law of a waiting caller, minutes. */
  patience: Patience;
}

/** Which exact model `requiredServers` sizes. */
export type StaffingModel =
  | { kind: 'erlang-b' }
  | { kind: 'erlang-c' }
  | { kind: 'erlang-a'; patienceMeanMin: number }
  | { kind: 'mmcg'; patience: Patience };

/**
 * What `requiredServers` must reach. `service-level`: share answered within `withinMin`
 * minutes ≥ `atLeast`, over offered calls (default) or over answered ones. The others are
 * upper bounds on a probability per arrival; `blocking` applies to Erlang B only.
 */
export type StaffingTarget =
  | { metric: 'service-level'; atLeast: number; withinMin: number; over?: 'offered' | 'answered' }
  | { metric: 'p-wait'; atMost: number }
  | { metric: 'p-abandon'; atMost: number }
  | { metric: 'blocking'; atMost: number };

/** Input of `requiredServers`: the traffic, the model and the target. */
export interface StaffingParams {
  /** Arrival rate λ, calls per minute (> 0). */
  lambdaPerMin: number;
  /** Mean service time 1/μ, minutes (> 0). */
  meanServiceMin: number;
  /** The model to size. */
  model: StaffingModel;
  /** The target to meet. */
  target: StaffingTarget;
  /** Give up (RangeError) above this many servers; default 100 000. */
  maxServers?: number;
}

/**
 * M/M/c with exponential patience and redials: a caller who abandons, or who is blocked because
 * the queue is full, redials with probability p after an exponential delay; a caller who does
 * not redial is lost for good.
 */
export interface RetrialParams extends PoolParams {
  /** Abandonment rate θ of each waiting caller, per minute (≥ 0; 0: waiting callers never hang up). */
  abandonRatePerMin: number;
  /** Probability p that a caller who abandons or is blocked redials, in [0, 1]. */
  redialProbability: number;
  /** Mean delay before a redial d, minutes (> 0). */
  redialDelayMeanMin: number;
  /**
   * Waiting places K beyond the servers, an integer ≥ 0 (0: a caller who finds every server busy
   * is blocked at once). For an unlimited queue pass a K large enough that `p_blocked` is negligible.
   */
  queueCapacity: number;
  /** Solve with at least this many orbit levels (default 16); the solver enlarges it as needed. */
  minOrbitLevels?: number;
}

/** Steady-state metrics of the retrial model: per attempt (fresh call or redial) unless noted. */
export interface RetrialMetrics {
  /** Attempts per minute, fresh calls plus redials. */
  attempts_per_min: number;
  /** Share of attempts that join the queue (every server busy, a waiting place free), in [0, 1]. */
  p_wait_gt0: number;
  /** Share of attempts that find the system full and are turned away, in [0, 1]. */
  p_blocked: number;
  /** Share of attempts that hang up while waiting, in [0, 1]. */
  p_abandon: number;
  /** Mean time in queue per attempt, minutes (0 for attempts not delayed). */
  mean_wait_all: number;
  /** Share of fresh callers who are never served (gave up without redialling), in [0, 1]. */
  p_lost_for_good: number;
  /** Mean number of attempts per fresh caller (attempt rate / fresh rate), ≥ 1. */
  mean_attempts_per_caller: number;
  /** Time-average share of servers busy, in [0, 1]. */
  utilisation: number;
  /** Mean number of callers waiting to redial (the orbit), callers. */
  mean_orbit_size: number;
  /** Number of orbit levels M solved for (orbit sizes 0..M). */
  orbit_levels: number;
  /** Stationary mass in the top tenth (at least 4) of the orbit levels: what truncation at M may disturb. */
  truncated_mass: number;
  /** Stationary distribution: `distribution[m][n]` = P(m callers in orbit, n in system). */
  distribution: Float64Array[];
}

// ---------------------------------------------------------------------------------------------
// Input validation: every error names the function, the parameter and the bad value.
// ---------------------------------------------------------------------------------------------

function fail(fn: string, name: string, value: unknown, expected: string): never {
  throw new RangeError(`${fn}: ${name} must be ${expected}, got ${String(value)}`);
}

function checkPositiveInteger(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    fail(fn, name, value, 'a positive integer');
  }
}

function checkNonNegativeInteger(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(fn, name, value, 'an integer ≥ 0');
  }
}

function checkPositive(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(fn, name, value, 'a finite number > 0');
  }
}

function checkNonNegative(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(fn, name, value, 'a finite number ≥ 0');
  }
}

function checkProbability(fn: string, name: string, value: number): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    fail(fn, name, value, 'a probability in [0, 1]');
  }
}

function checkPool(fn: string, p: PoolParams): void {
  checkPositiveInteger(fn, 'servers', p.servers);
  checkPositive(fn, 'lambdaPerMin', p.lambdaPerMin);
  checkPositive(fn, 'meanServiceMin', p.meanServiceMin);
}

function checkStable(fn: string, p: PoolParams): void {
  const load = p.lambdaPerMin * p.meanServiceMin;
  if (!(load < p.servers)) {
    throw new RangeError(
      `${fn}: unstable queue, lambdaPerMin × meanServiceMin = ${load} Erlangs must be below ` +
        `servers = ${p.servers} (lambdaPerMin = ${p.lambdaPerMin}, meanServiceMin = ${p.meanServiceMin})`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Log-domain helpers
// ---------------------------------------------------------------------------------------------

/** log(1 + e^z) without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** 1 / (1 + e^-z) without overflow. */
function logistic(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** log(e^a + e^b). */
function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const hi = Math.max(a, b);
  return hi + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/**
 * Logs of the idle-state ratios R_k = Σ_{j<k} π_j / π_k of the M/M/k/k chain (π_j ∝ A^j / j!),
 * for k = c−1 and k = c. The recursion R_k = (k/A)(1 + R_{k−1}) adds positive terms only and is
 * contractive in logs, so it neither overflows nor accumulates error for c in the thousands.
 * Erlang B is 1/(1 + R_c).
 */
function logIdleRatios(servers: number, loadErlangs: number): { logRcMinus1: number; logRc: number } {
  let logPrev = -Infinity; // R_0 = 0
  let logR = -Infinity;
  for (let k = 1; k <= servers; k++) {
    logPrev = logR;
    logR = Math.log(k / loadErlangs) + softplus(logR);
  }
  return { logRcMinus1: logPrev, logRc: logR };
}

/** Neumaier compensated sum: error independent of the number of terms. */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;
  add(x: number): void {
    const t = this.sum + x;
    this.compensation += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }
  scale(factor: number): void {
    this.sum *= factor;
    this.compensation *= factor;
  }
  get value(): number {
    return this.sum + this.compensation;
  }
}

// ---------------------------------------------------------------------------------------------
// Erlang B and Erlang C
// ---------------------------------------------------------------------------------------------

/** Erlang B blocking probability of c servers offered A Erlangs (M/M/c/c), in [0, 1]. */
export function erlangB(servers: number, offeredLoadErlangs: number): number {
  checkPositiveInteger('erlangB', 'servers', servers);
  checkPositive('erlangB', 'offeredLoadErlangs', offeredLoadErlangs);
  return erlangBUnchecked(servers, offeredLoadErlangs);
}

function erlangBUnchecked(servers: number, load: number): number {
  // B_k = A B_{k−1} / (k + A B_{k−1}): each step is a ratio of positive numbers, so it stays
  // accurate for large c (it underflows to 0 only where B really is below 1e-308).
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
  return b;
}

/** Erlang B loss system M/M/c/c: blocking, utilisation A(1−B)/c; nobody waits. */
export function erlangBMetrics(p: PoolParams): QueueMetrics {
  checkPool('erlangBMetrics', p);
  const load = p.lambdaPerMin * p.meanServiceMin;
  const blocked = erlangBUnchecked(p.servers, load);
  return {
    p_wait_gt0: 0,
    mean_wait_all: 0,
    mean_wait_served: 0,
    p_abandon: 0,
    p_blocked: blocked,
    // A blocked call is a failure whatever the threshold; an admitted one is answered at once.
    sl_answered_within_t_over_offered: 1 - blocked,
    sl_within_t_over_answered: 1,
    utilisation: (load * (1 - blocked)) / p.servers,
  };
}

/** Erlang C probability of waiting P(wait > 0) for c servers offered A < c Erlangs (M/M/c), in [0, 1]. */
export function erlangC(servers: number, offeredLoadErlangs: number): number {
  checkPositiveInteger('erlangC', 'servers', servers);
  checkPositive('erlangC', 'offeredLoadErlangs', offeredLoadErlangs);
  if (!(offeredLoadErlangs < servers)) {
    throw new RangeError(
      `erlangC: unstable queue, offeredLoadErlangs = ${offeredLoadErlangs} must be below servers = ${servers}`,
    );
  }
  return erlangCUnchecked(servers, offeredLoadErlangs);
}

function erlangCUnchecked(servers: number, load: number): number {
  const b = erlangBUnchecked(servers, load);
  return b / (1 - (load / servers) * (1 - b));
}

/** Erlang C (M/M/c, callers never give up) metrics for threshold t; throws if λ ≥ cμ. */
export function erlangCMetrics(p: ServiceLevelParams): QueueMetrics {
  const fn = 'erlangCMetrics';
  checkPool(fn, p);
  checkNonNegative(fn, 'slThresholdMin', p.slThresholdMin);
  checkStable(fn, p);
  const load = p.lambdaPerMin * p.meanServiceMin;
  const pWait = erlangCUnchecked(p.servers, load);
  const drainPerMin = p.servers / p.meanServiceMin - p.lambdaPerMin; // cμ − λ
  const meanWait = pWait / drainPerMin;
  const sl = 1 - pWait * Math.exp(-drainPerMin * p.slThresholdMin);
  return {
    p_wait_gt0: pWait,
    mean_wait_all: meanWait,
    mean_wait_served: meanWait,
    p_abandon: 0,
    p_blocked: 0,
    sl_answered_within_t_over_offered: sl,
    sl_within_t_over_answered: sl,
    utilisation: load / p.servers,
  };
}

// ---------------------------------------------------------------------------------------------
// Erlang A from the birth–death chain
// ---------------------------------------------------------------------------------------------

/** Relative size of the neglected tail of the birth–death sum. */
const TAIL_EPS = 1e-17;
/** NOTE: overloaded pools with tiny θ need about (λ − cμ)/θ terms; beyond this we refuse. */
const MAX_QUEUE_TERMS = 100_000_000;

/**
 * Erlang A (M/M/c+M) metrics, exactly, from the birth–death chain of the number in system.
 *
 * State c+j (j waiting) has weight t_j = Π_{i=1..j} λ/(cμ + iθ) relative to state c. An arrival
 * that finds j waiting leaves the queue (served or abandoned) after j+1 phases with rates
 * cμ + kθ, k = 1..j+1 (departures ahead plus its own patience); it is served with probability
 * cμ/(cμ + (j+1)θ), and its time in queue is independent of how it ends. That sum of phases
 * has 1 − e^{−θT} ~ Beta(j+1, cμ/θ + 1), so P(T ≤ t) = P(N ≥ j+1) for a negative binomial N with
 * weights T_0 = e^{−(cμ+θ)t}, T_k = T_{k−1} H(t)(cμ + kθ)/k, H(t) = (1 − e^{−θt})/θ: all
 * positive terms, and it becomes Poisson(cμt) (Erlang C) smoothly as θ → 0.
 */
export function erlangAMetrics(p: ErlangAParams): QueueMetrics {
  const fn = 'erlangAMetrics';
  checkPool(fn, p);
  checkNonNegative(fn, 'slThresholdMin', p.slThresholdMin);
  checkPositive(fn, 'patienceMeanMin', p.patienceMeanMin);
  const c = p.servers;
  const lambda = p.lambdaPerMin;
  const drain = c / p.meanServiceMin; // cμ
  const theta = 1 / p.patienceMeanMin;
  const t = p.slThresholdMin;
  const { logRcMinus1, logRc } = logIdleRatios(c, lambda * p.meanServiceMin);

  // Phase-sum distribution for the service level, in logs because T_0 underflows for large cμt.
  const logH = Math.log(-Math.expm1(-theta * t) / theta);
  let logTk = -(drain + theta) * t;
  const cumT = new CompensatedSum(); // Σ_{k≤j} T_k; P(T_{j+1 phases} ≤ t) = 1 − cumT

  // Accumulators over j, all scaled by e^{−logScale} so overloaded pools (terms rising for
  // thousands of states) do not overflow. Compensated, since overloaded pools with long
  // patience sum millions of terms.
  let logScale = 0;
  let term = 1; // t_j e^{−logScale}
  const sumT = new CompensatedSum(); // Σ t_j
  const sumQ = new CompensatedSum(); // Σ j t_j
  const sumAbandon = new CompensatedSum(); // Σ t_j P(abandon | j)
  const sumServed = new CompensatedSum(); // Σ t_j P(served | j)
  const sumWaitServed = new CompensatedSum(); // Σ t_j P(served | j) E[wait | j]
  const sumSl = new CompensatedSum(); // Σ t_j P(served | j) P(wait ≤ t | j)
  const waitIfServed = new CompensatedSum(); // Σ_{k=1..j+1} 1/(cμ + kθ)

  for (let j = 0; ; j++) {
    if (j > MAX_QUEUE_TERMS) {
      throw new RangeError(
        `${fn}: patienceMeanMin = ${p.patienceMeanMin} is so long for an overloaded pool ` +
          `(lambdaPerMin = ${lambda}, servers = ${c}) that the queue sum needs over ${MAX_QUEUE_TERMS} terms`,
      );
    }
    if (cumT.value < 1) {
      cumT.add(Math.exp(logTk));
      logTk += logH + Math.log((drain + (j + 1) * theta) / (j + 1));
    }
    const reachServer = Math.max(0, 1 - cumT.value);
    const exitRate = drain + (j + 1) * theta;
    waitIfServed.add(1 / exitRate);
    const pServed = drain / exitRate;
    const pAbandon = ((j + 1) * theta) / exitRate;

    sumT.add(term);
    sumQ.add(j * term);
    sumAbandon.add(term * pAbandon);
    sumServed.add(term * pServed);
    sumWaitServed.add(term * pServed * waitIfServed.value);
    sumSl.add(term * pServed * reachServer);

    const ratio = lambda / exitRate; // t_{j+1} / t_j, decreasing in j
    if (ratio < 1) {
      // Geometric bound on the neglected Σ_{k>j} (k+1) t_k, since later ratios are smaller. It
      // bounds every accumulator's tail (weights ≤ k+1, waits ≤ (k+1)/cμ), and must be small
      // against the smallest of them: with short patience E[queue] is tiny against Σ t_j.
      const tailBound = term * (ratio / (1 - ratio)) * (j + 1 + 1 / (1 - ratio));
      const smallest = Math.min(sumT.value, sumQ.value, sumAbandon.value, sumWaitServed.value * drain);
      if (tailBound <= TAIL_EPS * smallest) break;
    }
    term *= ratio;
    if (term > 1e250) {
      term *= 1e-250;
      for (const sum of [sumT, sumQ, sumAbandon, sumServed, sumWaitServed, sumSl]) sum.scale(1e-250);
      logScale += 250 * Math.LN10;
    }
  }

  // Normalise: P(n < c) ∝ R_c, P(n ≥ c) ∝ Σ t_j, both in units of π_c. NOTE: logScale can reach
  // 1e5 or more, and exp(logScale − log total) would lose ~1e-11 to rounding, so the normaliser
  // is formed in the accumulators' units: 1 / (Σ t_j + R_c e^{−logScale}).
  const logIdle = logRc - logScale;
  const logQueued = Math.log(sumT.value);
  const k = logIdle < 700 ? 1 / (sumT.value + Math.exp(logIdle)) : Math.exp(-logAddExp(logIdle, logQueued));
  const pIdle = logistic(logIdle - logQueued);
  const pAbandon = sumAbandon.value * k;
  // Served is summed on its own rather than as 1 − pAbandon: under heavy overload it is the
  // small one, and cancellation would cost it its relative accuracy.
  const pServed = pIdle + sumServed.value * k;
  const slOffered = pIdle + sumSl.value * k;
  // E[busy]/c = (R_{c−1} + Σ t_j)/(R_c + Σ t_j), since Σ_{j<c} j π_j = c R_{c−1} π_c.
  const logBusyIdle = logRcMinus1 - logScale;
  const utilisation =
    logIdle < 700
      ? (Math.exp(logBusyIdle) + sumT.value) * k
      : Math.exp(logAddExp(logBusyIdle, logQueued) - logAddExp(logIdle, logQueued));
  return {
    p_wait_gt0: logistic(logQueued - logIdle),
    mean_wait_all: (sumQ.value * k) / lambda, // Little: E[queue] / λ
    mean_wait_served: (sumWaitServed.value * k) / pServed,
    p_abandon: pAbandon,
    p_blocked: 0,
    sl_answered_within_t_over_offered: slOffered,
    sl_within_t_over_answered: slOffered / pServed,
    utilisation,
  };
}

// ---------------------------------------------------------------------------------------------
// Patience laws for M/M/c+G: one entry per kind
// ---------------------------------------------------------------------------------------------

/** A patience law reduced to what the M/M/c+G integrals need; x in minutes. */
interface PatienceLaw {
  /** Ḡ(x) = P(patience > x). */
  survival(x: number): number;
  /** G(x) = P(patience ≤ x), computed without cancellation for small x. */
  cdf(x: number): number;
  /** ∫_a^b Ḡ(u) du (signed), minutes; H(x) is integralSurvival(0, x). */
  integralSurvival(a: number, b: number): number;
  /**
   * ∫_a^{a+u} G(y) dy (signed; u may be negative), minutes, without cancellation when G is
   * small. Takes the length u, not the end, because a + u would round u away near a far peak.
   */
  integralCdfFrom(a: number, u: number): number;
  /** Argmax over x ≥ 0 of λH(x) − cμx: where λḠ(x) drops to cμ, minutes. */
  peakMin(lambdaPerMin: number, drainPerMin: number): number;
  /** Points where Ḡ jumps (the integrator splits there), minutes. */
  jumpsMin: number[];
  /** Length over which Ḡ changes smoothly (Infinity if it never does), minutes. */
  scaleMin: number;
}

/** ∫_a^b e^{−u/m} du for a ≤ b, as m e^{−a/m}(1 − e^{−(b−a)/m}) to avoid cancellation. */
function expIntegral(meanMin: number, a: number, b: number): number {
  if (b < a) return -expIntegral(meanMin, b, a);
  return meanMin * Math.exp(-a / meanMin) * -Math.expm1(-(b - a) / meanMin);
}

/**
 * ∫_a^{a+u} (1 − e^{−y/m}) dy = u G(a) + m e^{−a/m} f(u/m), f(z) = z − 1 + e^{−z}: two
 * nonnegative terms for u ≥ 0, and f by its series for small z, where z − (1 − e^{−z}) cancels.
 */
function expIntegralCdfFrom(meanMin: number, a: number, u: number): number {
  if (u < 0) return -expIntegralCdfFrom(meanMin, Math.max(0, a + u), -u);
  const z = u / meanMin;
  let f: number;
  if (z < 0.1) {
    // z²/2 − z³/6 + z⁴/24 − …, alternating and fast: 12 terms reach 1e-17 relative at z = 0.1.
    let termZ = (z * z) / 2;
    f = 0;
    for (let k = 3; k <= 14; k++) {
      f += termZ;
      termZ *= -z / k;
    }
  } else {
    f = Math.expm1(-z) + z;
  }
  return u * -Math.expm1(-a / meanMin) + meanMin * Math.exp(-a / meanMin) * f;
}

/** ∫_a^{a+u} 1{y ≥ d} dy, from offsets to d so that a = d gives exactly max(u, 0). */
function stepIntegralFrom(d: number, a: number, u: number): number {
  const offset = a - d;
  return Math.max(0, offset + u) - Math.max(0, offset);
}

const PATIENCE_LAWS: { [K in Patience['kind']]: (fn: string, p: Extract<Patience, { kind: K }>) => PatienceLaw } = {
  none: () => ({
    survival: () => 1,
    cdf: () => 0,
    integralSurvival: (a, b) => b - a,
    integralCdfFrom: () => 0,
    peakMin: () => 0,
    jumpsMin: [],
    scaleMin: Infinity,
  }),
  exponential: (fn, p) => {
    checkPositive(fn, 'patience.meanMin', p.meanMin);
    const m = p.meanMin;
    return {
      survival: (x) => Math.exp(-x / m),
      cdf: (x) => -Math.expm1(-x / m),
      integralSurvival: (a, b) => expIntegral(m, a, b),
      integralCdfFrom: (a, u) => expIntegralCdfFrom(m, a, u),
      peakMin: (lambda, drain) => (lambda > drain ? m * Math.log(lambda / drain) : 0),
      jumpsMin: [],
      scaleMin: m,
    };
  },
  deterministic: (fn, p) => {
    checkNonNegative(fn, 'patience.valueMin', p.valueMin);
    const d = p.valueMin;
    return {
      survival: (x) => (x < d ? 1 : 0),
      cdf: (x) => (x < d ? 0 : 1),
      integralSurvival: (a, b) => Math.min(b, d) - Math.min(a, d),
      integralCdfFrom: (a, u) => stepIntegralFrom(d, a, u),
      peakMin: (lambda, drain) => (lambda > drain ? d : 0),
      jumpsMin: [d],
      scaleMin: Infinity,
    };
  },
  'exponential-capped': (fn, p) => {
    checkPositive(fn, 'patience.meanMin', p.meanMin);
    checkNonNegative(fn, 'patience.capMin', p.capMin);
    const m = p.meanMin;
    const cap = p.capMin;
    return {
      survival: (x) => (x < cap ? Math.exp(-x / m) : 0),
      cdf: (x) => (x < cap ? -Math.expm1(-x / m) : 1),
      integralSurvival: (a, b) => expIntegral(m, Math.min(a, cap), Math.min(b, cap)),
      integralCdfFrom: (a, u) => {
        // The exponential part over [a, a+u] ∩ [0, cap), then the part beyond the cap.
        let below = 0;
        if (u >= 0) below = a < cap ? expIntegralCdfFrom(m, a, Math.min(u, cap - a)) : 0;
        else if (a <= cap) below = expIntegralCdfFrom(m, a, u);
        else if (a - cap + u < 0) below = expIntegralCdfFrom(m, cap, a - cap + u);
        return below + stepIntegralFrom(cap, a, u);
      },
      peakMin: (lambda, drain) => (lambda > drain ? Math.min(cap, m * Math.log(lambda / drain)) : 0),
      jumpsMin: [cap],
      scaleMin: m,
    };
  },
};

function patienceLaw(fn: string, patience: Patience): PatienceLaw {
  const build = PATIENCE_LAWS[patience?.kind] as ((fn: string, p: Patience) => PatienceLaw) | undefined;
  if (build === undefined) {
    fail(fn, 'patience.kind', patience?.kind, `one of ${Object.keys(PATIENCE_LAWS).join(', ')}`);
  }
  return build(fn, patience);
}

// ---------------------------------------------------------------------------------------------
// Adaptive Gauss–Kronrod (G10/K21) for vector integrands
// ---------------------------------------------------------------------------------------------

// QUADPACK qk21 nodes and weights; Gauss nodes are the odd indices, the centre is index 10.
const XGK = [
  0.995657163025808080735527280689003, 0.973906528517171720077964012084452,
  0.930157491355708226001207180059508, 0.865063366688984510732096688423493,
  0.780817726586416897063717578345042, 0.679409568299024406234327365114874,
  0.562757134668604683339000099272694, 0.433395394129247190799265943165784,
  0.294392862701460198131126603103866, 0.14887433898163121088482600112972, 0,
];
const WGK = [
  0.011694638867371874278064396062192, 0.03255816230796472747881897245939,
  0.05475589657435199603138130024458, 0.07503967481091995276704314091619,
  0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
  0.123491976262065851077208938094532, 0.134709217311473325928054001771707,
  0.142775938577060080797094273138717, 0.147739104901338491374841515972068,
  0.149445554002916905664936468389821,
];
const WG = [
  0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
  0.219086362515982043995534934228163, 0.269266719309996355091226921569469,
  0.295524224714752870173892994651338,
];

interface Piece {
  a: number;
  b: number;
  value: Float64Array;
  error: Float64Array;
}

type VectorIntegrand = (x: number, out: Float64Array) => void;

function gk21(f: VectorIntegrand, a: number, b: number, dims: number): Piece {
  const centre = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  const kronrod = new Float64Array(dims);
  const gauss = new Float64Array(dims);
  const fx = new Float64Array(dims);
  const fy = new Float64Array(dims);
  f(centre, fx);
  for (let d = 0; d < dims; d++) kronrod[d] = WGK[10]! * fx[d]!;
  for (let i = 0; i < 10; i++) {
    const dx = half * XGK[i]!;
    f(centre - dx, fx);
    f(centre + dx, fy);
    const wk = WGK[i]!;
    const wg = i % 2 === 1 ? WG[(i - 1) / 2]! : 0;
    for (let d = 0; d < dims; d++) {
      const s = fx[d]! + fy[d]!;
      kronrod[d] += wk * s;
      gauss[d] += wg * s;
    }
  }
  const error = new Float64Array(dims);
  for (let d = 0; d < dims; d++) {
    kronrod[d] *= half;
    // |K − G| is a pessimistic bound on the K21 error; we accept the extra subdivisions.
    error[d] = Math.abs(kronrod[d]! - half * gauss[d]!);
  }
  return { a, b, value: kronrod, error };
}

/**
 * ∫ f over [points[0], points[last]], split at every point, refining the piece with the
 * largest error until each component's error is below max(relTol |I_d|, absTol_d(I)).
 */
function integrate(
  f: VectorIntegrand,
  points: number[],
  dims: number,
  relTol: number,
  absTol: (total: Float64Array) => Float64Array,
): Float64Array {
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) pieces.push(gk21(f, points[i]!, points[i + 1]!, dims));
  const maxPieces = 5000;
  for (;;) {
    const total = new Float64Array(dims);
    const totalError = new Float64Array(dims);
    for (const piece of pieces) {
      for (let d = 0; d < dims; d++) {
        total[d] += piece.value[d]!;
        totalError[d] += piece.error[d]!;
      }
    }
    const floor = absTol(total);
    const tol = new Float64Array(dims);
    let done = true;
    for (let d = 0; d < dims; d++) {
      tol[d] = Math.max(relTol * Math.abs(total[d]!), floor[d]!);
      if (totalError[d]! > tol[d]!) done = false;
    }
    if (done) return total;
    if (pieces.length >= maxPieces) {
      throw new Error(`integrate: no convergence after ${maxPieces} pieces on [${points[0]}, ${points.at(-1)}]`);
    }
    let worst = 0;
    let worstScore = -1;
    for (let i = 0; i < pieces.length; i++) {
      let score = 0;
      for (let d = 0; d < dims; d++) score = Math.max(score, pieces[i]!.error[d]! / tol[d]!);
      if (score > worstScore) {
        worstScore = score;
        worst = i;
      }
    }
    const { a, b } = pieces[worst]!;
    const mid = 0.5 * (a + b);
    pieces.splice(worst, 1, gk21(f, a, mid, dims), gk21(f, mid, b, dims));
  }
}

// ---------------------------------------------------------------------------------------------
// M/M/c+G (Baccelli–Hébuterne; Zeltyn–Mandelbaum 2005)
// ---------------------------------------------------------------------------------------------

/** Exponent drop below the peak where the offered-wait density is cut: e^-60 ≈ 1e-26. */
const DENSITY_CUT = 60;

/**
 * M/M/c+G metrics, exactly (by adaptive quadrature), for any patience law in `Patience`.
 * Nobody is blocked here: with zero patience (Erlang B) the calls that find every server busy
 * count in `p_wait_gt0` and `p_abandon` (they ring out at once), and `p_blocked` is 0.
 *
 * The offered wait V (time until a server would take the call) has an atom P(V = 0) and, for
 * x > 0, density v(x) = λ π_{c−1} exp(λH(x) − cμx), H(x) = ∫₀ˣ Ḡ; an arrival with V = x is served
 * after x if its patience exceeds x, else it hangs up at its patience. The exponent is concave
 * (Ḡ decreases), so it is integrated relative to its peak and cut where it has fallen by 60.
 */
export function mmcgMetrics(p: MmcgParams): QueueMetrics {
  const fn = 'mmcgMetrics';
  checkPool(fn, p);
  checkNonNegative(fn, 'slThresholdMin', p.slThresholdMin);
  const law = patienceLaw(fn, p.patience);
  if (p.patience.kind === 'none') checkStable(fn, p);
  const c = p.servers;
  const lambda = p.lambdaPerMin;
  const drain = c / p.meanServiceMin;
  const t = p.slThresholdMin;

  // λH(x) − cμx = (λ − cμ)x − λ∫₀ˣ G: when λ ≈ cμ and patience is long, λH and cμx are huge and
  // nearly equal, while both terms of this form stay small. We integrate over u = x − peak, so
  // that near a far peak (long deterministic patience, heavy load) the nodes keep full
  // precision: e^{787(x − 3000)} evaluated at a rounded x would be off by 1e-10.
  const peak = law.peakMin(lambda, drain);
  const excess = lambda - drain;
  const logPeak = excess * peak - lambda * law.integralCdfFrom(0, peak);
  const exponent = (u: number): number => excess * u - lambda * law.integralCdfFrom(peak, u);

  // Past the peak the exponent is concave and falling: once it is 60 below, the rest of the
  // integral is below e^-60 of the part already covered.
  let end = 1 / drain;
  while (exponent(end) > -DENSITY_CUT) {
    end *= 2;
    if (!Number.isFinite(end)) throw new Error(`${fn}: could not bound the offered-wait density`);
  }
  // Besides the kinks, split on a grid graded geometrically away from 0 and from the peak,
  // starting at the finest scale present (the slopes λ, cμ and the patience scale): a spike
  // narrower than a piece can slip between all 21 nodes, and no error estimate would see it.
  const finest = Math.min(1 / (lambda + drain), law.scaleMin) / 4;
  const tFromPeak = t - peak;
  const splits = [0, tFromPeak, ...law.jumpsMin.map((x) => x - peak)];
  for (let h = finest; h < peak + end; h *= 4) splits.push(h - peak, -h, h);
  const points = [...new Set([-peak, ...splits.filter((u) => u > -peak && u < end), end])].sort((a, b) => a - b);

  // Components: ∫w, ∫wG, ∫wH, ∫w x Ḡ, ∫₀ᵗ wḠ, ∫wḠ with w = e^{exponent}. Served (∫wḠ) and
  // abandoned (∫wG) are integrated apart so each keeps its relative accuracy when it is small.
  const integrand: VectorIntegrand = (u, out) => {
    const x = Math.max(0, peak + u);
    const w = Math.exp(exponent(u));
    const survival = law.survival(x);
    out[0] = w;
    out[1] = w * law.cdf(x);
    out[2] = w * law.integralSurvival(0, x);
    out[3] = w * x * survival;
    out[4] = u < tFromPeak ? w * survival : 0;
    out[5] = w * survival;
  };
  // Absolute floors for components that vanish; waits are floored on the shortest time scale
  // (a service, the patience), else a wait of 1e-9 min would only get 1e-7 relative accuracy.
  const timeScale = Math.min(4 * finest, ...law.jumpsMin.filter((x) => x > 0));
  const [mass, abandon, waitAll, waitServed, answeredInT, served] = integrate(integrand, points, 6, 1e-12, (total) => {
    const floor = 1e-16 * total[0]!;
    return Float64Array.of(floor, floor, floor * timeScale, floor * timeScale, floor, floor);
  }) as unknown as [number, number, number, number, number, number];

  // Normalisation in units of π_{c−1}: Σ_{j<c} π_j = 1/B_{c−1} = 1 + R_{c−1}; ∫v = λ e^{peak} mass.
  const { logRcMinus1 } = logIdleRatios(c, lambda * p.meanServiceMin);
  const pWait = logistic(Math.log(lambda) + logPeak + Math.log(mass) - softplus(logRcMinus1));
  const pAbandon = (pWait * abandon) / mass;
  const pServed = 1 - pWait + (pWait * served) / mass;
  const slOffered = 1 - pWait + (pWait * answeredInT) / mass;
  return {
    p_wait_gt0: pWait,
    mean_wait_all: (pWait * waitAll) / mass,
    mean_wait_served: (pWait * waitServed) / mass / pServed,
    p_abandon: pAbandon,
    p_blocked: 0,
    sl_answered_within_t_over_offered: slOffered,
    sl_within_t_over_answered: slOffered / pServed,
    utilisation: (lambda * pServed) / drain,
  };
}

// ---------------------------------------------------------------------------------------------
// Staffing
// ---------------------------------------------------------------------------------------------

/** Smallest number of servers whose exact metrics meet the target; RangeError if none ≤ maxServers. */
export function requiredServers(p: StaffingParams): number {
  const fn = 'requiredServers';
  checkPositive(fn, 'lambdaPerMin', p.lambdaPerMin);
  checkPositive(fn, 'meanServiceMin', p.meanServiceMin);
  const maxServers = p.maxServers ?? 100_000;
  checkPositiveInteger(fn, 'maxServers', maxServers);
  const target = p.target;
  const model = p.model;
  let threshold = 0;
  let meets: (m: QueueMetrics) => boolean;
  switch (target.metric) {
    case 'service-level': {
      checkProbability(fn, 'target.atLeast', target.atLeast);
      checkNonNegative(fn, 'target.withinMin', target.withinMin);
      if (target.over !== undefined && target.over !== 'offered' && target.over !== 'answered') {
        fail(fn, 'target.over', target.over, "'offered' or 'answered'");
      }
      threshold = target.withinMin;
      meets =
        target.over === 'answered'
          ? (m) => m.sl_within_t_over_answered >= target.atLeast
          : (m) => m.sl_answered_within_t_over_offered >= target.atLeast;
      break;
    }
    case 'p-wait':
      checkProbability(fn, 'target.atMost', target.atMost);
      meets = (m) => m.p_wait_gt0 <= target.atMost;
      break;
    case 'p-abandon':
      checkProbability(fn, 'target.atMost', target.atMost);
      meets = (m) => m.p_abandon <= target.atMost;
      break;
    case 'blocking':
      checkProbability(fn, 'target.atMost', target.atMost);
      if (model?.kind !== 'erlang-b') fail(fn, 'model.kind', model?.kind, "'erlang-b' for a blocking target");
      meets = (m) => m.p_blocked <= target.atMost;
      break;
    default:
      fail(fn, 'target.metric', (target as { metric: unknown })?.metric, "'service-level', 'p-wait', 'p-abandon' or 'blocking'");
  }

  const load = p.lambdaPerMin * p.meanServiceMin;
  const pool = (servers: number): ServiceLevelParams => ({
    servers,
    lambdaPerMin: p.lambdaPerMin,
    meanServiceMin: p.meanServiceMin,
    slThresholdMin: threshold,
  });
  let evaluate: (servers: number) => QueueMetrics;
  let first = 1;
  switch (model?.kind) {
    case 'erlang-b':
      evaluate = (servers) => erlangBMetrics(pool(servers));
      break;
    case 'erlang-c':
      evaluate = (servers) => erlangCMetrics(pool(servers));
      first = Math.floor(load) + 1; // the smallest stable pool
      break;
    case 'erlang-a':
      checkPositive(fn, 'model.patienceMeanMin', model.patienceMeanMin);
      evaluate = (servers) => erlangAMetrics({ ...pool(servers), patienceMeanMin: model.patienceMeanMin });
      break;
    case 'mmcg':
      patienceLaw(fn, model.patience);
      if (model.patience.kind === 'none') first = Math.floor(load) + 1;
      evaluate = (servers) => mmcgMetrics({ ...pool(servers), patience: model.patience });
      break;
    default:
      fail(fn, 'model.kind', (model as { kind: unknown } | undefined)?.kind, "'erlang-b', 'erlang-c', 'erlang-a' or 'mmcg'");
  }
  // A linear scan: every metric here is monotone in c, and the answer is near the load anyway.
  for (let servers = first; servers <= maxServers; servers++) {
    if (meets(evaluate(servers))) return servers;
  }
  throw new RangeError(
    `${fn}: target ${JSON.stringify(target)} is not met by any pool of up to maxServers = ${maxServers} servers`,
  );
}

// ---------------------------------------------------------------------------------------------
// Retrial model: 2-D CTMC (number in system n, orbit size m), solved by block elimination
// ---------------------------------------------------------------------------------------------

/** Truncated orbit mass we accept. */
const ORBIT_MASS_TOL = 1e-10;
/** Cap on orbit levels × states per level, to keep the solve bounded in time and memory. */
const MAX_RETRIAL_CELLS = 4_000_000;

/**
 * Stationary metrics of M/M/c+M with redials and a queue of K places, solved exactly on a
 * truncated orbit 0..M. M starts at 16 (or `minOrbitLevels`) and grows until the mass in the top
 * tenth of the levels is below 1e-10; `truncated_mass` reports it.
 */
export function retrialMetrics(p: RetrialParams): RetrialMetrics {
  const fn = 'retrialMetrics';
  checkPool(fn, p);
  checkNonNegative(fn, 'abandonRatePerMin', p.abandonRatePerMin);
  checkProbability(fn, 'redialProbability', p.redialProbability);
  checkPositive(fn, 'redialDelayMeanMin', p.redialDelayMeanMin);
  checkNonNegativeInteger(fn, 'queueCapacity', p.queueCapacity);
  if (p.minOrbitLevels !== undefined) checkPositiveInteger(fn, 'minOrbitLevels', p.minOrbitLevels);
  if (p.redialProbability === 1 && !(p.lambdaPerMin * p.meanServiceMin < p.servers)) {
    // Nobody is ever lost, so every caller must eventually be served: needs λ < cμ.
    throw new RangeError(
      `${fn}: with redialProbability = 1 every caller is served in the end, so ` +
        `lambdaPerMin × meanServiceMin = ${p.lambdaPerMin * p.meanServiceMin} must be below servers = ${p.servers}`,
    );
  }
  const states = p.servers + p.queueCapacity + 1;
  let levels = Math.max(16, p.minOrbitLevels ?? 16);
  for (;;) {
    if (levels * states > MAX_RETRIAL_CELLS) {
      throw new RangeError(
        `${fn}: the orbit needs more than ${Math.floor(MAX_RETRIAL_CELLS / states)} levels ` +
          `(redialProbability = ${p.redialProbability}, redialDelayMeanMin = ${p.redialDelayMeanMin}, ` +
          `lambdaPerMin = ${p.lambdaPerMin}, servers = ${p.servers}); the model is too close to saturation`,
      );
    }
    const distribution = solveRetrialChain(p, levels);
    const mass = distribution.map((level) => level.reduce((sum, x) => sum + x, 0));
    const window = Math.max(4, Math.ceil(levels / 10));
    let top = 0;
    for (let m = levels - window + 1; m <= levels; m++) top += mass[m]!;
    if (top < ORBIT_MASS_TOL) return retrialSummary(p, distribution, top);
    // Grow M: extrapolate the log-mass decay seen over the top window (an overestimate of the
    // levels needed, since these tails fall ever faster); double while the mass still rises.
    const slope = (Math.log(mass[levels]!) - Math.log(mass[levels - window]!)) / window;
    const next =
      slope < 0
        ? levels + window + Math.ceil((1.1 * Math.log(top / ORBIT_MASS_TOL)) / -slope)
        : 2 * levels;
    levels = Math.min(4 * levels, Math.max(Math.ceil(1.25 * levels), next));
  }
}

/** Rates of the retrial chain that do not depend on the orbit level. */
interface RetrialRates {
  c: number;
  full: number; // n of the full system, c + K
  lambda: number;
  mu: number;
  theta: number;
  redial: number;
  perOrbitRetry: number; // 1/d
}

function retrialRates(p: RetrialParams): RetrialRates {
  return {
    c: p.servers,
    full: p.servers + p.queueCapacity,
    lambda: p.lambdaPerMin,
    mu: 1 / p.meanServiceMin,
    theta: p.abandonRatePerMin,
    redial: p.redialProbability,
    perOrbitRetry: 1 / p.redialDelayMeanMin,
  };
}

/**
 * Stationary distribution on levels m = 0..M of the orbit, `[m][n]`. Blocks by level: A0 (orbit
 * grows: a blocked or abandoning caller decides to redial), A1 (within the level), A2 (a redial:
 * orbit shrinks). Eliminating levels from the top gives π_{m+1} = π_m R_m with
 * R_m = A0 (−U_{m+1})^{-1}, U_m = A1 + R_m A2(m+1); then π_0 U_0 = 0 by GTH. All products are of
 * nonnegative matrices and each diagonal is rebuilt from its row's off-diagonal sum (the GTH
 * trick), so nothing cancels. At level M a would-be redialler is lost instead (mass checked).
 */
function solveRetrialChain(p: RetrialParams, levels: number): Float64Array[] {
  const r = retrialRates(p);
  const n = r.full + 1;
  const c = r.c;
  const upRows = n - c; // only states n ≥ c can send a caller to the orbit
  const busy = (s: number): number => Math.min(s, c);
  const waiting = (s: number): number => Math.max(s - c, 0);
  const retry = (m: number): number => m * r.perOrbitRetry;
  // Row sums of A2(m): a redial leaves the level unless it is blocked and redials again.
  const downRowSum = (m: number, s: number): number => (s < r.full ? retry(m) : retry(m) * (1 - r.redial));

  /** Off-diagonal within-level rates A1 (plus A0 folded in at the top level). */
  const localBlock = (m: number): Float64Array => {
    const u = new Float64Array(n * n);
    for (let s = 0; s < n; s++) {
      if (s < r.full) u[s * n + s + 1] = r.lambda;
      if (s > 0) {
        let down = busy(s) * r.mu + waiting(s) * r.theta * (1 - r.redial);
        if (m === levels) down += waiting(s) * r.theta * r.redial; // truncation: redialler lost
        u[s * n + s - 1] = down;
      }
    }
    return u;
  };
  const fixDiagonal = (u: Float64Array, m: number): void => {
    for (let s = 0; s < n; s++) {
      let out = m > 0 ? downRowSum(m, s) : 0;
      for (let j = 0; j < n; j++) if (j !== s) out += u[s * n + j]!;
      u[s * n + s] = -out;
    }
  };

  const rBlocks: Float64Array[] = new Array(levels); // R_m rows c..full, (upRows × n)
  let u = localBlock(levels);
  fixDiagonal(u, levels);
  const unit = new Float64Array(n);
  for (let m = levels - 1; m >= 0; m--) {
    // W = (−U_{m+1})ᵀ, LU without pivoting: −U is a row diagonally dominant nonsingular
    // M-matrix, so W is column diagonally dominant and elimination needs no pivoting.
    const w = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) w[j * n + i] = -u[i * n + j]!;
    luInPlace(w, n);
    // Rows c..full of (−U)^{-1}: A0 only reaches states ≥ c, so R_m needs no other rows.
    const inverseRows = new Float64Array(upRows * n);
    for (let row = 0; row < upRows; row++) {
      solveUnit(w, n, c + row, unit);
      inverseRows.set(unit, row * n);
    }
    // A0: abandon and redial (s → s−1), blocked fresh call that redials (s stays, s = full).
    const rm = new Float64Array(upRows * n);
    for (let row = 0; row < upRows; row++) {
      const s = c + row;
      const abandonRedial = waiting(s) * r.theta * r.redial;
      const blockedRedial = s === r.full ? r.lambda * r.redial : 0;
      for (let k = 0; k < n; k++) {
        let x = 0;
        if (abandonRedial > 0) x += abandonRedial * inverseRows[(row - 1) * n + k]!;
        if (blockedRedial > 0) x += blockedRedial * inverseRows[row * n + k]!;
        rm[row * n + k] = x;
      }
    }
    rBlocks[m] = rm;
    // U_m = A1 + R_m A2(m+1); A2 moves n → n+1 (admitted redial) or keeps n (blocked, lost).
    u = localBlock(m);
    const nu = retry(m + 1);
    for (let row = 0; row < upRows; row++) {
      const s = c + row;
      for (let k = 0; k < n; k++) {
        const x = rm[row * n + k]!;
        if (x === 0) continue;
        if (k < r.full) u[s * n + k + 1] += x * nu;
        else u[s * n + k] += x * nu * (1 - r.redial);
      }
    }
    fixDiagonal(u, m);
  }

  // Level 0, then up the levels; each level is stored scaled to max 1 with its log scale.
  const vectors: Float64Array[] = [gthStationary(u, n)];
  const logScales = [0];
  for (let m = 0; m < levels; m++) {
    const prev = vectors[m]!;
    const next = new Float64Array(n);
    const rm = rBlocks[m]!;
    for (let row = 0; row < upRows; row++) {
      const x = prev[c + row]!;
      if (x === 0) continue;
      for (let k = 0; k < n; k++) next[k] += x * rm[row * n + k]!;
    }
    let max = 0;
    for (const x of next) max = Math.max(max, x);
    if (max > 0) for (let k = 0; k < n; k++) next[k] /= max;
    vectors.push(next);
    logScales.push(max > 0 ? logScales[m]! + Math.log(max) : -Infinity);
  }
  let logMax = -Infinity;
  for (const s of logScales) logMax = Math.max(logMax, s);
  let total = 0;
  const dist = vectors.map((v, m) => {
    const scale = Math.exp(logScales[m]! - logMax);
    const out = v.map((x) => x * scale);
    for (const x of out) total += x;
    return out;
  });
  for (const v of dist) for (let k = 0; k < n; k++) v[k] /= total;
  return dist;
}

/** Doolittle LU of a dense n×n matrix in place, no pivoting (caller guarantees stability). */
function luInPlace(a: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) {
    const pivot = a[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const f = a[i * n + k]! / pivot;
      if (f === 0) continue;
      a[i * n + k] = f;
      for (let j = k + 1; j < n; j++) a[i * n + j] -= f * a[k * n + j]!;
    }
  }
}

/**
 * Solves (LU) x = e_k for the factors left by `luInPlace`, into `out`. The forward pass starts at
 * k (the entries above are zero), so the rows near the end that R_m needs are cheap.
 */
function solveUnit(lu: Float64Array, n: number, k: number, out: Float64Array): void {
  out.fill(0, 0, k);
  out[k] = 1;
  for (let i = k + 1; i < n; i++) {
    let s = 0;
    for (let j = k; j < i; j++) s -= lu[i * n + j]! * out[j]!;
    out[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = out[i]!;
    for (let j = i + 1; j < n; j++) s -= lu[i * n + j]! * out[j]!;
    out[i] = s / lu[i * n + i]!;
  }
}

/**
 * Stationary vector (max-scaled) of an irreducible generator by Grassmann–Taksar–Heyman state
 * reduction: subtraction-free, so accurate to rounding even for stiff rates.
 */
function gthStationary(generator: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(generator);
  for (let k = n - 1; k > 0; k--) {
    let s = 0;
    for (let j = 0; j < k; j++) s += a[k * n + j]!;
    for (let i = 0; i < k; i++) a[i * n + k] /= s;
    for (let i = 0; i < k; i++) {
      const aik = a[i * n + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < k; j++) if (j !== i) a[i * n + j] += aik * a[k * n + j]!;
    }
  }
  const pi = new Float64Array(n);
  pi[0] = 1;
  for (let k = 1; k < n; k++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += pi[i]! * a[i * n + k]!;
    pi[k] = s;
  }
  let max = 0;
  for (const x of pi) max = Math.max(max, x);
  for (let k = 0; k < n; k++) pi[k] /= max;
  return pi;
}

function retrialSummary(p: RetrialParams, dist: Float64Array[], truncated: number): RetrialMetrics {
  const r = retrialRates(p);
  let attempts = 0;
  let queued = 0;
  let blocked = 0;
  let busy = 0;
  let queueLength = 0;
  let orbit = 0;
  dist.forEach((level, m) => {
    const attemptRate = r.lambda + m * r.perOrbitRetry; // attempts/min while in this level
    level.forEach((prob, s) => {
      const flow = prob * attemptRate;
      attempts += flow;
      if (s === r.full) blocked += flow;
      else if (s >= r.c) queued += flow;
      busy += prob * Math.min(s, r.c);
      queueLength += prob * Math.max(s - r.c, 0);
      orbit += prob * m;
    });
  });
  const abandonRate = r.theta * queueLength;
  const lostRate = (1 - r.redial) * (abandonRate + blocked);
  return {
    attempts_per_min: attempts,
    p_wait_gt0: queued / attempts,
    p_blocked: blocked / attempts,
    p_abandon: abandonRate / attempts,
    mean_wait_all: queueLength / attempts, // Little, per attempt
    p_lost_for_good: lostRate / r.lambda,
    mean_attempts_per_caller: attempts / r.lambda,
    utilisation: busy / r.c,
    mean_orbit_size: orbit,
    orbit_levels: dist.length - 1,
    truncated_mass: truncated,
    distribution: dist,
  };
}
