// The registry of distribution kinds: a scenario names a kind with `dist`, this module finds it.
// To add a kind: write its module, add its params type to DistributionSpec and the module to
// distributionKinds (the compiler rejects one without the other) and to distributionSpecSchema.
import { z } from 'zod';
import type { Distribution, DistributionKind } from './distribution.js';
import { type DeterministicParams, deterministic } from './deterministic.js';
import { type EmpiricalParams, empirical } from './empirical.js';
import { type ErlangParams, erlang } from './erlang.js';
import { type ExponentialParams, exponential } from './exponential.js';
import { type GammaParams, gamma } from './gamma.js';
import { type LognormalParams, lognormal } from './lognormal.js';
import { type NormalParams, normal } from './normal.js';
import { type TriangularParams, triangular } from './triangular.js';
import { type UniformParams, uniform } from './uniform.js';

export type { Distribution, DistributionKind } from './distribution.js';
export { Choice } from './choice.js';

/** Parameters of any distribution, told apart by `dist`; values in the unit of the samples. */
export type DistributionSpec =
  | ExponentialParams
  | LognormalParams
  | GammaParams
  | ErlangParams
  | NormalParams
  | TriangularParams
  | UniformParams
  | DeterministicParams
  | EmpiricalParams;

/** The `dist` discriminant of every known kind. */
export type DistributionKindName = DistributionSpec['dist'];

/** The parameters of the kind named K. */
export type SpecOf<K extends DistributionKindName> = Extract<DistributionSpec, { dist: K }>;

/** Every kind, by its `dist` name; a name in DistributionSpec without a module here does not compile. */
export const distributionKinds = {
  exponential,
  lognormal,
  gamma,
  erlang,
  normal,
  triangular,
  uniform,
  deterministic,
  empirical,
} as const satisfies { readonly [K in DistributionKindName]: DistributionKind<K, SpecOf<K>> };

/** zod schema of any distribution's parameters, discriminated by `dist`; unknown keys are errors. */
export const distributionSpecSchema = z.discriminatedUnion('dist', [
  exponential.schema,
  lognormal.schema,
  gamma.schema,
  erlang.schema,
  normal.schema,
  triangular.schema,
  uniform.schema,
  deterministic.schema,
  empirical.schema,
]);

// Compile-time check that the schema's union lists every kind (the reverse is checked by zod's types).
const schemaCoversEveryKind: DistributionKindName extends z.infer<typeof distributionSpecSchema>['dist'] ? true : never = true;
void schemaCoversEveryKind;

// The registry seen through its contract, so indexing by a generic K keeps K's parameter type.
const kindsByName: { readonly [K in DistributionKindName]: DistributionKind<K, SpecOf<K>> } = distributionKinds;

/** Builds the distribution a spec describes; throws RangeError naming the bad parameter and value. */
export function createDistribution<K extends DistributionKindName>(spec: SpecOf<K>): Distribution {
  const kind: DistributionKind<K, SpecOf<K>> | undefined = kindsByName[spec.dist as K];
  if (kind === undefined) throw new RangeError(`distribution: unknown dist ${JSON.stringify(spec.dist)}`);
  return kind.create(spec);
}
