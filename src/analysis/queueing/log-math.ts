// Log-domain helpers. Large pools (c in the hundreds) overflow naive formulas (A^c / c!), so every
// probability is built from ratios of neighbouring states and normalised in logs; Erlang A and
// M/M/c+G share these, so they live apart from both.

/** log(1 + e^z) without overflow. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** 1 / (1 + e^-z) without overflow. */
export function logistic(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** log(e^a + e^b). */
export function logAddExp(a: number, b: number): number {
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
export function logIdleRatios(servers: number, loadErlangs: number): { logRcMinus1: number; logRc: number } {
  let logPrev = -Infinity; // R_0 = 0
  let logR = -Infinity;
  for (let k = 1; k <= servers; k++) {
    logPrev = logR;
    logR = Math.log(k / loadErlangs) + softplus(logR);
  }
  return { logRcMinus1: logPrev, logRc: logR };
}

/** Neumaier compensated sum: error independent of the number of terms. */
export class CompensatedSum {
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
