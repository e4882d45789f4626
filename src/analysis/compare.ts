// Comparing variants of a scenario run on common random numbers: each key figure side by side,
// and its difference against the first variant with a paired 95% interval (paired.ts), so a
// manager sees which differences are real and which are noise. Pure: the caller runs the
// replications and summarises them.
//
// ## compare.json
//
// ```
// kind            "compare"
// replications    replications per variant (paired by index: replication r saw the same customers)
// days            working days per replication
// seed            the master seed
// pairing         "common-random-numbers" (same seed: differences paired by replication) or
//                 "independent" (seeds differ: unpaired intervals)
// variants        [ { label, scenario (name as run), overrides [path=value…], notes [what a change did],
//                     folder (relative, holds its summary.json), targetsMet (every target met with
//                     95% confidence; null without targets), callEstimate (CallEstimateJson) } ]
// figures         [ { path (in summary.json), format (share|minutes|seconds|money), better (higher|lower),
//                     values [Figure per variant], differences [null for the first, then
//                     { value, ci95, real } = this variant − the first; real: the interval excludes 0] } ]
// targets         [ { name, metric, kind (atLeast|atMost), target,
//                     values [ { value, ci95, met, metWithConfidence } per variant; met and
//                     metWithConfidence null where the target has nothing to measure ] } ]
// ```
//
// Figures and targets are the summary's own (src/metrics/summary/index.ts). CallEstimateJson is
// `{ model, team, handleMin, callsPerDay, sl_answered_within_t_over_offered, p_abandon,
// p_wait_gt0, mean_wait_all, utilisation }` from the analytic formula, or `{ none: reason }`.

import type { Figure, Summary } from '../metrics/summary/index.js';
import type { CallEstimate, CallEstimateResult, NoEstimate } from './call-estimate.js';
import { KEY_FIGURES, keyFigureOf, type KeyFigureFormat } from './key-figures.js';
import { type Difference, pairedDifference, unpairedDifference, type VariantRuns } from './paired.js';
import { roundDeep } from './rounding.js';

/** One variant, run and summarised. */
export interface VariantOutcome extends VariantRuns {
  readonly label: string;
  readonly overrides: readonly string[];
  readonly notes: readonly string[];
  /** Folder of its files, relative to the comparison's. */
  readonly folder: string;
  readonly summary: Summary;
  readonly callEstimate: CallEstimateResult;
}

/** The analytic estimate of a variant's calls as JSON: the figures, or why there are none. */
export type CallEstimateJson = CallEstimate | { readonly none: NoEstimate['reason'] };

/** compare.json: see the top of this file. */
export interface CompareResult {
  readonly kind: 'compare';
  readonly replications: number;
  readonly days: number;
  readonly seed: number | string;
  readonly pairing: 'common-random-numbers' | 'independent';
  readonly variants: readonly {
    readonly label: string;
    readonly scenario: string;
    readonly overrides: readonly string[];
    readonly notes: readonly string[];
    readonly folder: string;
    readonly targetsMet: boolean | null;
    readonly callEstimate: CallEstimateJson;
  }[];
  readonly figures: readonly {
    readonly path: string;
    readonly format: KeyFigureFormat;
    readonly better: 'higher' | 'lower';
    readonly values: readonly Figure[];
    readonly differences: readonly (Difference | null)[];
  }[];
  readonly targets: readonly {
    readonly name: string;
    readonly metric: string;
    readonly kind: 'atLeast' | 'atMost';
    readonly target: number;
    readonly values: readonly {
      readonly value: number | null;
      readonly ci95: readonly [number, number] | null;
      /** Null when not applicable (nothing to measure). */
      readonly met: boolean | null;
      readonly metWithConfidence: boolean | null;
    }[];
  }[];
}

/** Compares `variants` (the first is the reference); `seeds` says whether they share common random numbers. */
export function compareVariants(variants: readonly VariantOutcome[], settings: { readonly days: number; readonly seeds: readonly (number | string)[] }): CompareResult {
  if (variants.length < 2) throw new RangeError(`compare: expected at least two variants, got ${variants.length}`);
  const paired = settings.seeds.every((seed) => seed === settings.seeds[0]);
  const [reference] = variants;
  const differenceOf = paired ? pairedDifference : unpairedDifference;
  return {
    kind: 'compare',
    replications: Math.min(...variants.map((variant) => variant.runs.length)),
    days: settings.days,
    seed: settings.seeds[0],
    pairing: paired ? 'common-random-numbers' : 'independent',
    variants: variants.map((variant) => ({
      label: variant.label,
      scenario: variant.summary.scenario,
      overrides: variant.overrides,
      notes: variant.notes,
      folder: variant.folder,
      targetsMet: targetsMet(variant.summary),
      callEstimate: callEstimateJson(variant.callEstimate),
    })),
    figures: KEY_FIGURES.map((figure) => ({
      path: figure.path,
      format: figure.format,
      better: figure.better,
      values: variants.map((variant) => keyFigureOf(figure, variant.summary, variant.runs)),
      differences: variants.map((variant, index) => (index === 0 ? null : differenceOf(figure, reference, variant))),
    })),
    targets: reference.summary.targets.map((target) => ({
      name: target.name,
      metric: target.metric,
      kind: target.kind,
      target: target.target,
      values: variants.map((variant) => {
        // A variant may change the targets themselves: one it has no longer reads as not met.
        const result = variant.summary.targets.find((candidate) => candidate.name === target.name);
        if (result === undefined) return { value: null, ci95: null, met: null, metWithConfidence: null };
        return { value: result.value, ci95: result.ci95, met: result.met, metWithConfidence: result.metWithConfidence };
      }),
    })),
  };
}

/** Every target met with 95% confidence (a target with nothing to measure does not count); null without targets. */
export function targetsMet(summary: Summary): boolean | null {
  if (summary.targets.length === 0) return null;
  return summary.targets.filter((target) => target.applicable).every((target) => target.metWithConfidence === true);
}

/** The analytic estimate as JSON, numbers rounded like the summary's. */
export function callEstimateJson(result: CallEstimateResult): CallEstimateJson {
  if (!result.ok) return { none: result.why.reason };
  return roundDeep(result.estimate);
}
