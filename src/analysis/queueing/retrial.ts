// Retrial model: 2-D CTMC (number in system n, orbit size m), solved by block elimination.
// Separate from Erlang A because redials add the orbit as a second dimension of the state.

import {
  checkNonNegative,
  checkNonNegativeInteger,
  checkPool,
  checkPositive,
  checkPositiveInteger,
  checkProbability,
} from './checks.js';
import { gthStationary, luInPlace, solveUnit } from './dense-matrix.js';
import type { RetrialMetrics, RetrialParams } from './types.js';

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
  let solvedStates = 0;
  for (;;) {
    if (levels * states > MAX_RETRIAL_CELLS) {
      throw new RangeError(
        `${fn}: the orbit needs more than ${Math.floor(MAX_RETRIAL_CELLS / states)} levels ` +
          `(redialProbability = ${p.redialProbability}, redialDelayMeanMin = ${p.redialDelayMeanMin}, ` +
          `lambdaPerMin = ${p.lambdaPerMin}, servers = ${p.servers}); the model is too close to saturation`,
      );
    }
    const distribution = solveRetrialChain(p, levels);
    solvedStates += (levels + 1) * states;
    const mass = distribution.map((level) => level.reduce((sum, x) => sum + x, 0));
    const window = Math.max(4, Math.ceil(levels / 10));
    let top = 0;
    for (let m = levels - window + 1; m <= levels; m++) top += mass[m]!;
    if (top < ORBIT_MASS_TOL) return retrialSummary(p, distribution, top, solvedStates);
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

function retrialSummary(p: RetrialParams, dist: Float64Array[], truncated: number, solvedStates: number): RetrialMetrics {
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
    solved_states: solvedStates,
    distribution: dist,
  };
}
