import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStream } from '../../../src/engine/random.js';
import {
  Choice,
  createDistribution,
  distributionKinds,
  distributionSpecSchema,
  type Distribution,
  type DistributionSpec,
} from '../../../src/engine/distributions/index.js';

const N = 200_000;

// Randomness comes from the streams only: fail loudly if anything reaches for Math.random.
beforeAll(() => {
  vi.spyOn(Math, 'random').mockImplementation(() => {
    throw new Error('Math.random called');
  });
});
afterAll(() => {
  vi.restoreAllMocks();
});

/** Sample mean, variance and fourth central moment of n draws. */
function sampleMoments(d: Distribution, seedPath: string, n: number): { mean: number; variance: number; m4: number } {
  const random = createStream(20240611, ['distributions', seedPath]);
  const xs = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = d.sample(random);
    xs[i] = x;
    sum += x;
  }
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const dev2 = (x - mean) * (x - mean);
    m2 += dev2;
    m4 += dev2 * dev2;
  }
  return { mean, variance: m2 / (n - 1), m4: m4 / n };
}

const sampledSpecs: readonly DistributionSpec[] = [
  { dist: 'exponential', mean: 1 },
  { dist: 'exponential', mean: 240 },
  { dist: 'lognormal', mean: 15, cv: 0.4 },
  { dist: 'lognormal', mean: 3, cv: 1 },
  { dist: 'lognormal', mean: 100, cv: 0.05 },
  { dist: 'gamma', mean: 10, cv: 0.5 },
  { dist: 'gamma', mean: 10, cv: 1 },
  { dist: 'gamma', mean: 4, cv: 2 }, // shape 0.25 < 1
  { dist: 'erlang', k: 1, mean: 5 },
  { dist: 'erlang', k: 3, mean: 12 },
  { dist: 'erlang', k: 40, mean: 2 },
  { dist: 'normal', mean: 10, sd: 2 },
  { dist: 'normal', mean: 0, sd: 1, min: 0 },
  { dist: 'normal', mean: 10, sd: 3, min: 5, max: 12 },
  { dist: 'normal', mean: -1, sd: 1, max: -2.5 },
  { dist: 'triangular', min: 2, mode: 5, max: 20 },
  { dist: 'triangular', min: 0, mode: 0, max: 1 },
  { dist: 'triangular', min: 0, mode: 1, max: 1 },
  { dist: 'uniform', min: 0, max: 1 },
  { dist: 'uniform', min: -30, max: 90 },
  { dist: 'deterministic', value: 7.5 },
  { dist: 'deterministic', value: -2 },
  { dist: 'empirical', values: [4, 8, 15, 16, 23, 42] },
  { dist: 'empirical', values: [3] },
  { dist: 'empirical', values: [1, 1, 1, 10] },
];

describe('sampling matches the stated moments', () => {
  it.each(sampledSpecs.map((spec) => [JSON.stringify(spec), spec] as const))('%s', (label, spec) => {
    const d = createDistribution(spec);
    const s = sampleMoments(d, label, N);
    if (d.variance === 0) {
      expect(s.mean).toBe(d.mean);
      expect(s.variance).toBe(0);
      return;
    }
    const meanSe = Math.sqrt(d.variance / N);
    expect(Math.abs(s.mean - d.mean), `mean ${s.mean} vs ${d.mean}`).toBeLessThan(5 * meanSe);
    const varianceSe = Math.sqrt((s.m4 - s.variance * s.variance) / N);
    expect(Math.abs(s.variance - d.variance), `variance ${s.variance} vs ${d.variance}`).toBeLessThan(5 * varianceSe);
  });

  it('covers every registered kind', () => {
    const sampledKinds = new Set(sampledSpecs.map((spec) => spec.dist));
    expect([...sampledKinds].sort()).toEqual(Object.keys(distributionKinds).sort());
  });
});

describe('exact moments', () => {
  it('lognormal reproduces its mean and cv', () => {
    const d = createDistribution({ dist: 'lognormal', mean: 15, cv: 0.4 });
    expect(d.mean).toBeCloseTo(15, 12);
    expect(Math.sqrt(d.variance) / d.mean).toBeCloseTo(0.4, 12);
  });

  it('gamma reproduces its mean and cv', () => {
    const d = createDistribution({ dist: 'gamma', mean: 4, cv: 2 });
    expect(d.mean).toBeCloseTo(4, 12);
    expect(Math.sqrt(d.variance) / d.mean).toBeCloseTo(2, 12);
  });

  it('Erlang-k has variance mean²/k', () => {
    const d = createDistribution({ dist: 'erlang', k: 4, mean: 10 });
    expect(d.mean).toBe(10);
    expect(d.variance).toBeCloseTo(25, 12);
  });

  it('Erlang-k with a large k stays finite (the product of uniforms would underflow)', () => {
    const d = createDistribution({ dist: 'erlang', k: 2000, mean: 1 });
    const n = 2000;
    const s = sampleMoments(d, 'erlang-2000', n);
    expect(Math.abs(s.mean - 1)).toBeLessThan(5 * Math.sqrt(d.variance / n));
  });

  it('the half-normal (min = mean) has mean √(2/π)·sd and variance (1 − 2/π)·sd²', () => {
    const d = createDistribution({ dist: 'normal', mean: 0, sd: 1, min: 0 });
    expect(d.mean).toBeCloseTo(Math.sqrt(2 / Math.PI), 14);
    expect(d.variance).toBeCloseTo(1 - 2 / Math.PI, 14);
  });

  it.each([
    // [spec, mean, variance], references from mpmath at 30 digits.
    [{ dist: 'normal', mean: 0, sd: 1, min: 4 }, 4.2256071444894711, 0.046672838397422631],
    [{ dist: 'normal', mean: 10, sd: 3, min: 5, max: 12 }, 9.0568865751777848, 3.238789521047704],
    [{ dist: 'normal', mean: 0, sd: 1, max: -4.5 }, -4.7043198448277324, 0.038814099284775534],
    [{ dist: 'normal', mean: 8, sd: 4, min: 0 }, 8.2209914507159598, 14.183231172982777],
  ] as const)('truncated normal %j has the exact moments', (spec, mean, variance) => {
    const d = createDistribution(spec);
    expect(Math.abs(d.mean - mean) / Math.abs(mean)).toBeLessThan(1e-12);
    expect(Math.abs(d.variance - variance) / variance).toBeLessThan(1e-10);
  });

  it('an untruncated normal has its own mean and sd², and symmetric bounds keep the mean', () => {
    const plain = createDistribution({ dist: 'normal', mean: 3, sd: 2 });
    expect(plain.mean).toBe(3);
    expect(plain.variance).toBeCloseTo(4, 14);
    expect(createDistribution({ dist: 'normal', mean: 3, sd: 2, min: 1, max: 5 }).mean).toBeCloseTo(3, 14);
  });

  it('triangular, uniform and empirical moments', () => {
    const tri = createDistribution({ dist: 'triangular', min: 0, mode: 0, max: 1 });
    expect(tri.mean).toBeCloseTo(1 / 3, 14);
    expect(tri.variance).toBeCloseTo(1 / 18, 14);
    const uni = createDistribution({ dist: 'uniform', min: 2, max: 8 });
    expect([uni.mean, uni.variance]).toEqual([5, 3]);
    const emp = createDistribution({ dist: 'empirical', values: [1, 2, 3, 4] });
    expect([emp.mean, emp.variance]).toEqual([2.5, 1.25]); // population variance
  });
});

describe('determinism', () => {
  it('a normal draw depends on the stream alone, not on earlier draws', () => {
    const d = createDistribution({ dist: 'normal', mean: 0, sd: 1 });
    const first = d.sample(createStream(5, ['n']));
    d.sample(createStream(6, ['other'])); // would leave a cached second value behind, if any
    expect(d.sample(createStream(5, ['n']))).toBe(first);
  });

  it('the empirical kind copies its values', () => {
    const values = [5, 5];
    const d = createDistribution({ dist: 'empirical', values });
    values[0] = 1000;
    expect(d.sample(createStream(1, ['e']))).toBe(5);
  });
});

describe('bad parameters', () => {
  // [spec, what the RangeError message must contain]
  const bad: readonly [Record<string, unknown>, readonly string[]][] = [
    [{ dist: 'exponential', mean: -3 }, ['exponential', 'mean', '-3']],
    [{ dist: 'exponential', mean: 0 }, ['exponential', 'mean', '0']],
    [{ dist: 'lognormal', mean: -15, cv: 0.4 }, ['lognormal', 'mean', '-15']],
    [{ dist: 'lognormal', mean: 15, cv: -0.2 }, ['lognormal', 'cv', '-0.2']],
    [{ dist: 'lognormal', mean: 15, cv: 0 }, ['lognormal', 'cv', '0']],
    [{ dist: 'gamma', mean: 10, cv: 0 }, ['gamma', 'cv', '0']],
    [{ dist: 'gamma', mean: -1, cv: 1 }, ['gamma', 'mean', '-1']],
    [{ dist: 'erlang', k: 0, mean: 5 }, ['erlang', 'k', '0']],
    [{ dist: 'erlang', k: 1.5, mean: 5 }, ['erlang', 'k', '1.5']],
    [{ dist: 'erlang', k: 2, mean: -5 }, ['erlang', 'mean', '-5']],
    [{ dist: 'normal', mean: 0, sd: 0 }, ['normal', 'sd', '0']],
    [{ dist: 'normal', mean: 0, sd: 1, min: 2, max: 2 }, ['normal', 'min', 'max', '2']],
    [{ dist: 'normal', mean: 0, sd: 1, min: 3, max: 1 }, ['normal', 'min', '3', 'max', '1']],
    [{ dist: 'normal', mean: 0, sd: 1, min: 10 }, ['normal', 'min', '10', 'probability']],
    [{ dist: 'normal', mean: 0, sd: 1, min: 5, max: 5.1 }, ['normal', '5', '5.1', 'probability']],
    [{ dist: 'triangular', min: 5, mode: 5, max: 5 }, ['triangular', 'min', 'max', '5']],
    [{ dist: 'triangular', min: 0, mode: 12, max: 10 }, ['triangular', 'mode', '12']],
    [{ dist: 'triangular', min: 0, mode: -1, max: 10 }, ['triangular', 'mode', '-1']],
    [{ dist: 'uniform', min: 3, max: 2 }, ['uniform', 'min', '3', 'max', '2']],
    [{ dist: 'uniform', min: 3, max: 3 }, ['uniform', 'min', 'max', '3']],
    [{ dist: 'empirical', values: [] }, ['empirical', 'values', '[]']],
  ];

  it.each(bad)('create rejects %j', (spec, parts) => {
    const create = (): Distribution => createDistribution(spec as DistributionSpec);
    expect(create).toThrow(RangeError);
    let message = '';
    try {
      create();
    } catch (error) {
      message = (error as Error).message;
    }
    for (const part of parts) expect(message).toContain(part);
  });

  it.each(bad)('the schema rejects %j', (spec) => {
    expect(distributionSpecSchema.safeParse(spec).success).toBe(false);
  });

  it('create and the schema reject non-finite numbers', () => {
    const specs = [
      { dist: 'exponential', mean: Infinity },
      { dist: 'deterministic', value: NaN },
      { dist: 'empirical', values: [1, Infinity] },
      { dist: 'uniform', min: -Infinity, max: 0 },
    ];
    for (const spec of specs) {
      expect(() => createDistribution(spec as DistributionSpec), JSON.stringify(spec)).toThrow(RangeError);
      expect(distributionSpecSchema.safeParse(spec).success, JSON.stringify(spec)).toBe(false);
    }
  });

  it('the schema puts cross-parameter problems at the parameter, with the same message as create', () => {
    const spec = { dist: 'uniform', min: 3, max: 2 } as const;
    const result = distributionSpecSchema.safeParse(spec);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['max'], 'uniform: min must be less than max, got min 3 and max 2'],
    ]);
    expect(() => createDistribution(spec)).toThrow('uniform: min must be less than max, got min 3 and max 2');
  });

  it('the schema rejects unknown keys and unknown kinds', () => {
    for (const spec of [
      { dist: 'exponential', mean: 1, sd: 2 },
      { dist: 'lognormal', mean: 15, cv: 0.4, cV: 0.4 },
      { dist: 'normal', mean: 0, sd: 1, minimum: 0 },
      { dist: 'weibull', mean: 1 },
      { mean: 1 },
    ]) {
      expect(distributionSpecSchema.safeParse(spec).success, JSON.stringify(spec)).toBe(false);
    }
  });

  it('the schema accepts every valid spec unchanged', () => {
    for (const spec of sampledSpecs) expect(distributionSpecSchema.parse(spec)).toEqual(spec);
  });
});

describe('the registry', () => {
  it('files each kind under its own name', () => {
    for (const [name, kind] of Object.entries(distributionKinds)) expect(kind.kind).toBe(name);
  });
});

describe('Choice', () => {
  it('picks each index with its share', () => {
    const shares = [0.5, 0.3, 0, 0.15, 0.05];
    const choice = new Choice(shares);
    const counts = new Array<number>(shares.length).fill(0);
    const random = createStream(99, ['choice']);
    for (let i = 0; i < N; i++) counts[choice.pick(random)]! += 1;
    shares.forEach((share, i) => {
      const se = Math.sqrt((share * (1 - share)) / N);
      expect(Math.abs(counts[i]! / N - share), `index ${i}`).toBeLessThanOrEqual(5 * se);
    });
    expect(counts[2]).toBe(0);
    expect(choice.shares).toEqual(shares);
  });

  it('never picks a zero share, even at the ends', () => {
    const choice = new Choice([0, 1, 0]);
    for (const u of [0, 0.5, 1 - 2 ** -53]) expect(choice.pick(() => u)).toBe(1);
    expect(new Choice([1]).pick(() => 0.999)).toBe(0);
  });

  it('accepts shares summing to 1 within 1e-6', () => {
    expect(() => new Choice([0.3333333, 0.3333333, 0.3333333])).not.toThrow();
  });

  it.each([
    [[0.5, 0.4], ['sum', '0.9']],
    [[0.7, 0.7], ['sum', '1.4']],
    [[1.4, -0.4], ['shares[0]', '1.4']],
    [[0.5, -0.1, 0.6], ['shares[1]', '-0.1']],
    [[0.5, NaN], ['shares[1]', 'NaN']],
    [[], ['shares', '[]']],
  ])('rejects shares %j', (shares, parts) => {
    expect(() => new Choice(shares)).toThrow(RangeError);
    for (const part of parts) expect(() => new Choice(shares)).toThrow(part);
  });
});
