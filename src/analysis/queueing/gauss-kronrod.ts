// Adaptive Gauss–Kronrod (G10/K21) quadrature for vector integrands. Generic numerics, kept apart
// from M/M/c+G (its user) so that the model reads as the model.

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

/** An integrand that writes its vector value at x into `out`; x and values in the caller's units. */
export type VectorIntegrand = (x: number, out: Float64Array) => void;

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
export function integrate(
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
