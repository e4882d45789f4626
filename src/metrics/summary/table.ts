// Figures declared once. A section's figures are a tree shaped like its part of summary.json;
// each leaf names the estimator and the measures it reads (src/metrics/measures.ts), and says
// whether the figure is also reported by hour of the day or by call reason. The summary's types
// (Summarised), its values (summariseTree), its hourly and by-reason twins and the breakdowns
// the tally keeps (breakdownsOf) all derive from these trees.

import { meanEstimate, ratioEstimate } from '../confidence.js';
import { type AnySection, type Breakdowns, type DerivedNames, type SectionMeasures, measureReader, measuresRead } from '../measures.js';
import type { SketchData } from '../sketch.js';
import { type Figure, type Quantiles, figure, quantiles, survival } from './figure.js';

/** How a figure is estimated from the replications' bins (see ./figure.ts). */
export type Estimator = 'perDay' | 'share' | 'ratio';

/** Where a figure is reported besides the whole run. */
export interface Twins {
  /** Also by hour of the day (the `hourly` section). */
  readonly hourly?: boolean;
  /** Also by call reason (`calls.byReason`). */
  readonly byReason?: boolean;
}

/** One figure: an estimator over one or two of a section's measures. */
export interface FigureDef<H extends boolean = boolean, B extends boolean = boolean> {
  readonly kind: 'figure';
  readonly section: AnySection;
  readonly estimate: Estimator;
  /** The count or sum per day (perDay), or the numerator. */
  readonly of: string;
  /** The denominator (share, ratio). */
  readonly over: string | null;
  /** Added to the point estimate, its interval moving with it (redials per caller = attempts per caller − 1). */
  readonly offset: number;
  readonly hourly: H;
  readonly byReason: B;
}

/** p50, p90, p95 and max of a section's sketch. */
export interface QuantilesDef {
  readonly kind: 'quantiles';
  readonly section: AnySection;
  readonly sketch: string;
}

/** Thresholds of the scenario that figures may be taken at, minutes. */
export interface FigureThresholds {
  readonly callAnsweredWithinMin: number;
}

/**
 * P(V > t) of a time V seen whole in sketch `events` and cut short for the rest of sketch `all`
 * (Kaplan–Meier, see survivalAt): the offered wait, hang-ups counting as censored.
 */
export interface SurvivalDef {
  readonly kind: 'survival';
  readonly section: AnySection;
  readonly events: string;
  readonly all: string;
  readonly threshold: keyof FigureThresholds;
}

/** A tree of figures, shaped like its part of summary.json. */
export type FigureTree = FigureDef | QuantilesDef | SurvivalDef | { readonly [key: string]: FigureTree };

/** What a figure tree becomes in summary.json. */
export type Summarised<T> = T extends FigureDef | SurvivalDef
  ? Figure
  : T extends QuantilesDef
    ? Quantiles
    : { readonly [K in keyof T]: Summarised<T[K]> };

/** The figures of a tree's first level reported by hour. */
export type HourlyOf<T> = { readonly [K in keyof T as T[K] extends FigureDef<true, boolean> ? K : never]: Figure };

/** The figures of a tree's first level reported by call reason. */
export type ByReasonOf<T> = { readonly [K in keyof T as T[K] extends FigureDef<boolean, true> ? K : never]: Figure };

type NumberNames<M> = {
  [K in keyof M]: M[K] extends number ? K & string : M[K] extends SketchData ? never : M[K] extends Readonly<Record<string, number>> ? `${K & string}.${keyof M[K] & string}` : never;
}[keyof M];

type SketchNames<M> = { [K in keyof M]: M[K] extends SketchData ? K & string : never }[keyof M];

/** A number a figure of section S may read: a measure, one entry of a split measure, or a derived number. */
export type NameOf<S> = NumberNames<SectionMeasures<S>> | DerivedNames<S>;

type IsTrue<T> = T extends true ? true : false;

/** Figure constructors for one section, with the section's names checked by the compiler. */
export function figuresOf<S extends AnySection>(section: S) {
  const make = <const T extends Twins>(estimate: Estimator, of: string, over: string | null, twins: T | undefined, offset = 0) => {
    for (const name of over === null ? [of] : [of, over]) measureReader(section, name); // fails at once on a bad name
    return {
      kind: 'figure',
      section,
      estimate,
      of,
      over,
      offset,
      hourly: (twins?.hourly ?? false) as IsTrue<T['hourly']>,
      byReason: (twins?.byReason ?? false) as IsTrue<T['byReason']>,
    } as const satisfies FigureDef;
  };
  return {
    /** A count per day: the mean over replications of count ÷ days simulated. */
    perDay: <const T extends Twins = Twins>(of: NameOf<S>, twins?: T) => make('perDay', of, null, twins),
    /** A pooled ratio that is a probability or time share: its interval stays within [0, 1]. */
    share: <const T extends Twins = Twins>(of: NameOf<S>, over: NameOf<S>, twins?: T) => make('share', of, over, twins),
    /** A pooled ratio (a mean per thing). */
    ratio: <const T extends Twins = Twins>(of: NameOf<S>, over: NameOf<S>, twins?: T) => make('ratio', of, over, twins),
    /** A pooled ratio moved by `offset`. */
    ratioPlus: (of: NameOf<S>, over: NameOf<S>, offset: number) => make('ratio', of, over, undefined, offset),
    /** Quantiles of a sketch. */
    quantiles: (sketch: SketchNames<SectionMeasures<S>>): QuantilesDef => {
      if (section.measures[sketch]?.sketch === undefined) throw new RangeError(`section ${section.name}: no sketch ${sketch}`);
      return { kind: 'quantiles', section, sketch };
    },
    /** P(V > threshold) of the times in sketch `all`, seen whole only for those also in `events`. */
    survival: (events: SketchNames<SectionMeasures<S>>, all: SketchNames<SectionMeasures<S>>, threshold: keyof FigureThresholds): SurvivalDef => {
      for (const sketch of [events, all]) if (section.measures[sketch]?.sketch === undefined) throw new RangeError(`section ${section.name}: no sketch ${sketch}`);
      return { kind: 'survival', section, events, all, threshold };
    },
  };
}

/** One subtree per key, in the keys' order. */
export function each<K extends string, T>(keys: readonly K[], make: (key: K) => T): { readonly [k in K]: T } {
  const tree = {} as { [k in K]: T };
  for (const key of keys) tree[key] = make(key);
  return tree;
}

/** The bin a figure of `section` reads for replication `run` (the whole run, an hour, a reason, a kind). */
export type BinOf = (section: AnySection, run: number) => Readonly<Record<string, unknown>>;

/** Which twins of a tree to make: every figure, or only those reported by hour or by reason. */
export type TwinFilter = 'all' | 'hourly' | 'byReason';

/**
 * The figures of `tree` over the replications (days simulated in `days`), reading bins from
 * `binOf`; figures taken at a threshold read it from `thresholds`.
 */
export function summariseTree<T>(tree: T, binOf: BinOf, days: readonly number[], only: TwinFilter = 'all', thresholds?: FigureThresholds): Summarised<T> {
  return walk(tree as FigureTree, binOf, days, only, thresholds) as Summarised<T>;
}

function walk(node: FigureTree, binOf: BinOf, days: readonly number[], only: TwinFilter, thresholds: FigureThresholds | undefined): unknown {
  if (isFigure(node)) return estimate(node, binOf, days);
  const sketchesOf = (name: string) => days.map((_, run) => binOf(node.section as AnySection, run)[name] as SketchData);
  if (isQuantiles(node)) return quantiles(sketchesOf(node.sketch));
  if (isSurvival(node)) {
    if (thresholds === undefined) throw new RangeError(`figure P(V > ${node.threshold}): no thresholds given`);
    return survival(sketchesOf(node.events), sketchesOf(node.all), thresholds[node.threshold]);
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) {
    if (only !== 'all' && !(isFigure(child) && child[only])) continue;
    out[key] = walk(child, binOf, days, only, thresholds);
  }
  return out;
}

function estimate(def: FigureDef, binOf: BinOf, days: readonly number[]): Figure {
  const of = measureReader(def.section, def.of);
  const values = (read: (bin: Readonly<Record<string, unknown>>) => number) => days.map((_, run) => read(binOf(def.section, run)));
  if (def.estimate === 'perDay') {
    const counts = values(of);
    return figure(meanEstimate(counts.map((count, run) => count / days[run])));
  }
  const estimated = ratioEstimate(values(of), values(measureReader(def.section, def.over!)));
  if (def.estimate === 'share') return figure(estimated, 1);
  return figure(def.offset === 0 ? estimated : { ...estimated, value: estimated.value + def.offset });
}

/** One replication's part of a figure: numerator and denominator of a pooled ratio, or its count per day. */
export type FigureParts =
  | { readonly kind: 'ratio'; readonly numerator: number; readonly denominator: number }
  | { readonly kind: 'perDay'; readonly value: number };

/** The figure at `keys` inside `tree`, or undefined when there is none (a subtree, quantiles). */
export function figureIn(tree: FigureTree, keys: readonly string[]): FigureDef | undefined {
  let node: FigureTree | undefined = tree;
  for (const key of keys) {
    if (node === undefined || isFigure(node) || isQuantiles(node) || isSurvival(node)) return undefined;
    node = (node as { readonly [key: string]: FigureTree })[key];
  }
  return node !== undefined && isFigure(node) ? node : undefined;
}

/** What replication 0 of `binOf` (which simulated `days` days) adds to figure `def`. */
export function partsOf(def: FigureDef, binOf: BinOf, days: number): FigureParts {
  const read = (name: string) => measureReader(def.section, name)(binOf(def.section, 0));
  if (def.estimate === 'perDay') return { kind: 'perDay', value: read(def.of) / days };
  // A moved ratio (redials per caller) is not the pooled ratio of its parts.
  if (def.offset !== 0) throw new RangeError(`figure ${def.of} ÷ ${def.over}: moved by ${def.offset}, not a plain ratio`);
  return { kind: 'ratio', numerator: read(def.of), denominator: read(def.over!) };
}

function isFigure(node: FigureTree): node is FigureDef {
  return (node as FigureDef).kind === 'figure';
}

function isQuantiles(node: FigureTree): node is QuantilesDef {
  return (node as QuantilesDef).kind === 'quantiles';
}

function isSurvival(node: FigureTree): node is SurvivalDef {
  return (node as SurvivalDef).kind === 'survival';
}

/** The figures of trees, depth first, in declaration order. */
export function figuresIn(tree: FigureTree): FigureDef[] {
  if (isFigure(tree)) return [tree];
  if (isQuantiles(tree) || isSurvival(tree)) return [];
  return Object.values(tree).flatMap(figuresIn);
}

/** The measures of `section` that the tally must keep by hour and by reason: those read by figures reported so. */
export function breakdownsOf(section: AnySection, trees: readonly FigureTree[]): Breakdowns {
  const hourly = new Set<string>();
  const byReason = new Set<string>();
  // A whole made of the hours needs every measure by hour.
  if (section.wholeFromHours) for (const name of Object.keys(section.measures)) hourly.add(name);
  for (const def of trees.flatMap(figuresIn)) {
    if (def.section !== section) continue;
    const read = [def.of, ...(def.over === null ? [] : [def.over])].flatMap((name) => measuresRead(section, name));
    if (def.hourly) for (const name of read) hourly.add(name);
    if (def.byReason) for (const name of read) byReason.add(name);
  }
  return { hourly, byReason };
}
