// Dense matrix solvers for the retrial chain: LU without pivoting and GTH state reduction.
// Separate because they are generic numerics, not part of the retrial model itself.

/** Doolittle LU of a dense n×n matrix in place, no pivoting (caller guarantees stability). */
export function luInPlace(a: Float64Array, n: number): void {
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
export function solveUnit(lu: Float64Array, n: number, k: number, out: Float64Array): void {
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
export function gthStationary(generator: Float64Array, n: number): Float64Array {
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
