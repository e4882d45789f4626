// The machinery behind every figure's ingredients. A section (calls, visits, staff time…) reads
// one kind of record and declares, once, in a table:
//
//   facts     yes/no questions asked once per record     answered, withinT, waited…
//   values    numbers read once per record                waitMin, holdMin…
//   keys      a record's place in a domain list           team, segment…
//   measures  counts and sums over the records where listed facts hold (optionally one per key
//             value), or quantile sketches of a value     answeredWithin: { where: [answered, withinT] }
//   derived   numbers computed from measures              transfers = answered + rang out
//
// From that table come the totals' type (MeasuresOf), the empty totals, the accumulation
// (SectionTally: a fact mask per record, then one loop over the measures, nothing allocated)
// and the merge of kinds. Which measures are also kept by hour of the day or by call reason is
// not declared here: it follows from the figures that are reported by hour or by reason
// (src/metrics/sections/), so an hourly figure is declared once too.

import { QuantileSketch, type SketchData, emptySketchData, mergeSketches } from './sketch.js';

/** Hours in a day: the hourly bins (0 = 00:00–01:00). */
export const HOURS = 24;

/** The hour-of-day bin (0–23) of a time in minutes; steady-state times wrap every 24 hours. */
export function hourOf(min: number): number {
  return ((Math.floor(min / 60) % HOURS) + HOURS) % HOURS;
}

/** What facts and values may read besides the record: the thresholds of the scenario. */
export interface Thresholds {
  /** A call answered within this wait counts towards the service level, minutes. */
  readonly callAnsweredWithinMin: number;
  /** A visitor attended within this wait counts towards the service level, minutes. */
  readonly visitorAttendedWithinMin: number;
  /** A message answered within this time meets its target, minutes (Infinity: no target). */
  readonly replyTargetMin: number;
  /** Probability a customer stays after one interruption of their visit (1 − churnPerInterruption). */
  readonly keepAfterInterruption: number;
}

/** Where a record sits in one domain list: the list, and the index of a record's entry (−1: none). */
export interface KeySpec<R, L extends readonly string[] = readonly string[]> {
  readonly of: L;
  index(record: R): number;
}

/** One ingredient of figures. */
export interface MeasureDef<F extends string = string, V extends string = string, K extends string = string> {
  /** Facts that must all hold for a record to count (none listed: every record). */
  readonly where?: readonly F[];
  /** Facts that must not hold. */
  readonly unless?: readonly F[];
  /** The value added up (absent: records are counted; in a span section, value × minutes). */
  readonly sum?: V;
  /** Instead of a sum: a quantile sketch of this value. */
  readonly sketch?: V;
  /** One number per entry of this key's list. */
  readonly by?: K;
}

/** A number computed from a bin's measures, and the measures it reads (kept in the same bins). */
export interface DerivedDef<M> {
  readonly from: readonly (keyof M & string)[];
  value(measures: M): number;
}

/**
 * How a section's records fall on the clock: `at` an instant (the hour bin of arrival), or a
 * span [from, to) whose minutes are spread over the hour bins, every sum then being its value
 * per minute × minutes.
 */
export type Clock<R> = { readonly at: (record: R) => number } | { readonly from: (record: R) => number; readonly to: (record: R) => number };

/** A section's table (see the top of this file). */
export interface SectionSpec<
  R,
  F extends string,
  V extends string,
  KS extends Readonly<Record<string, KeySpec<R>>>,
  T extends Readonly<Record<string, MeasureDef<F, V, keyof KS & string>>>,
  D extends string = string,
> {
  /** Its name in the run totals. */
  readonly name: string;
  readonly facts: { readonly [f in F]: (record: R, thresholds: Thresholds) => boolean };
  readonly values: { readonly [v in V]: (record: R, thresholds: Thresholds) => number };
  readonly keys: KS;
  readonly measures: T;
  readonly derived: { readonly [d in D]: DerivedDef<MeasuresOf<T, KS>> };
  /** Records come in kinds tallied apart (visitors: appointment, walk-in, pickup); breakdowns span all kinds. */
  readonly kinds?: KeySpec<R>;
  /** When a record falls, for breakdowns by hour (absent: the section has no hourly figures). */
  readonly clock?: Clock<R>;
  /** A record's call reason, for breakdowns by reason (absent: none). */
  readonly reason?: (record: R) => number;
  /** True when the whole-run values are the sum of the hourly bins, not tallied apart (queue integrals). */
  readonly wholeFromHours?: boolean;
}

/** A section's table with its types inferred from the literal: `section<Record>()({ … })`. */
export function section<R>() {
  return <
    const F extends string,
    const V extends string,
    const KS extends Readonly<Record<string, KeySpec<R>>>,
    const T extends Readonly<Record<string, MeasureDef<F, V, keyof KS & string>>>,
    const D extends string = never,
  >(
    spec: SectionSpec<R, F, V, KS, T, D>,
  ): SectionSpec<R, F, V, KS, T, D> => spec;
}

/** Any section's table, as the machinery sees it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface AnySection {
  readonly name: string;
  readonly facts: Readonly<Record<string, (record: any, thresholds: Thresholds) => boolean>>;
  readonly values: Readonly<Record<string, (record: any, thresholds: Thresholds) => number>>;
  readonly keys: Readonly<Record<string, KeySpec<any>>>;
  readonly measures: Readonly<Record<string, MeasureDef>>;
  readonly derived: Readonly<Record<string, DerivedDef<any>>>;
  readonly kinds?: KeySpec<any>;
  readonly clock?: Clock<any>;
  readonly reason?: (record: any) => number;
  readonly wholeFromHours?: boolean;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The numbers one bin (the whole run, an hour, a reason, a kind) holds for a section's measures. */
export type MeasuresOf<T, KS> = {
  -readonly [M in keyof T]: T[M] extends { readonly sketch: string }
    ? SketchData
    : T[M] extends { readonly by: infer B extends keyof KS }
      ? Record<KeyValues<KS[B]>, number>
      : number;
};

type KeyValues<S> = S extends { readonly of: readonly (infer E extends string)[] } ? E : string;

/** The measures of a section's table. */
export type SectionMeasures<S> = S extends { readonly measures: infer T; readonly keys: infer KS } ? MeasuresOf<T, KS> : never;

/** The names of a section's derived numbers. */
export type DerivedNames<S> = S extends { readonly derived: infer D } ? keyof D & string : never;

/**
 * What a section kept over one replication: `whole` the run — or, for a section of several
 * kinds, `byKind` (the whole run is their merge) — and where the section has them `byHour` (24
 * bins; for a section whose whole run is the sum of its hours, only these) and `byReason`. A
 * breakdown bin holds only the measures some figure reports by it.
 */
export interface SectionTotals<M> {
  whole?: M;
  byKind?: Record<string, M>;
  byHour?: Partial<M>[];
  byReason?: Partial<M>[];
}

/** Which measures each breakdown keeps, decided by the figures (see sections/). */
export interface Breakdowns {
  readonly hourly: ReadonlySet<string>;
  readonly byReason: ReadonlySet<string>;
}

/** One measure compiled for the inner loop. */
interface CompiledMeasure {
  readonly name: string;
  /** Bits of the facts that must hold, and of those that must not. */
  readonly all: number;
  readonly none: number;
  /** Index into the record's values, −1 for a count. */
  readonly value: number;
  /** Index into the record's keys, −1 if not split by key. */
  readonly key: number;
  /** Slots it takes in a bin: the key's list length, or 1. */
  readonly width: number;
  /** Index of its sketch, −1 for a count or sum. */
  readonly sketch: number;
  /** First slot in the whole-run (or kind) bin. */
  readonly slot: number;
  /** First slot in an hour bin, −1 if not kept by hour. */
  readonly hourSlot: number;
  /** First slot in a reason bin, −1 if not kept by reason. */
  readonly reasonSlot: number;
}

/** A section's layout: which slot of which bin holds what. */
class Layout {
  readonly measures: CompiledMeasure[] = [];
  readonly factFns: ((record: unknown, thresholds: Thresholds) => boolean)[];
  readonly valueFns: ((record: unknown, thresholds: Thresholds) => number)[];
  readonly keyFns: ((record: unknown) => number)[];
  readonly keyLists: (readonly string[])[];
  readonly slots: number;
  readonly hourSlots: number;
  readonly reasonSlots: number;
  readonly sketches: number;
  /** Adds one record to a tally's state: compiled from the table (see compileAccumulator). */
  readonly accumulate: Accumulator;

  constructor(
    readonly spec: AnySection,
    breakdowns: Breakdowns,
  ) {
    const factNames = Object.keys(spec.facts);
    if (factNames.length > 31) throw new RangeError(`section ${spec.name}: at most 31 facts, got ${factNames.length}`);
    const valueNames = Object.keys(spec.values);
    const keyNames = Object.keys(spec.keys);
    this.factFns = factNames.map((name) => spec.facts[name]);
    this.valueFns = valueNames.map((name) => spec.values[name]);
    this.keyFns = keyNames.map((name) => spec.keys[name].index);
    this.keyLists = keyNames.map((name) => spec.keys[name].of);
    const bits = (names: readonly string[] | undefined, measure: string) =>
      (names ?? []).reduce((mask, name) => {
        const index = factNames.indexOf(name);
        if (index < 0) throw new RangeError(`section ${spec.name}: measure ${measure} names no fact ${name}`);
        return mask | (1 << index);
      }, 0);
    let slots = 0;
    let hourSlots = 0;
    let reasonSlots = 0;
    let sketches = 0;
    for (const [name, def] of Object.entries(spec.measures)) {
      const key = def.by === undefined ? -1 : keyNames.indexOf(def.by);
      const width = key < 0 ? 1 : this.keyLists[key].length;
      const valueName = def.sketch ?? def.sum;
      const value = valueName === undefined ? -1 : valueNames.indexOf(valueName);
      if (valueName !== undefined && value < 0) throw new RangeError(`section ${spec.name}: measure ${name} names no value ${valueName}`);
      const isSketch = def.sketch !== undefined;
      const hourly = !isSketch && breakdowns.hourly.has(name);
      const byReason = !isSketch && breakdowns.byReason.has(name);
      if (hourly && spec.clock === undefined) throw new RangeError(`section ${spec.name}: measure ${name} is kept by hour, but the section has no clock`);
      if (hourly && spec.clock !== undefined && 'from' in spec.clock && value < 0) {
        throw new RangeError(`section ${spec.name}: measure ${name} counts records, which have no hour in a section of spans`);
      }
      if (byReason && spec.reason === undefined) throw new RangeError(`section ${spec.name}: measure ${name} is kept by reason, but the section has no reasons`);
      this.measures.push({
        name,
        all: bits(def.where, name),
        none: bits(def.unless, name),
        value,
        key,
        width,
        sketch: isSketch ? sketches++ : -1,
        slot: isSketch ? -1 : slots,
        hourSlot: hourly ? hourSlots : -1,
        reasonSlot: byReason ? reasonSlots : -1,
      });
      if (!isSketch) slots += width;
      if (hourly) hourSlots += width;
      if (byReason) reasonSlots += width;
    }
    this.slots = slots;
    this.hourSlots = hourSlots;
    this.reasonSlots = reasonSlots;
    this.sketches = sketches;
    this.accumulate = compileAccumulator(this);
  }

  /** A bin as plain JSON: the measures kept in `bins` from `offset` (only those with a slot there). */
  bin(bins: Float64Array, offset: number, slotOf: (m: CompiledMeasure) => number, sketches?: readonly QuantileSketch[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const m of this.measures) {
      if (m.sketch >= 0) {
        if (sketches) out[m.name] = sketches[m.sketch].toData();
        continue;
      }
      const slot = slotOf(m);
      if (slot < 0) continue;
      if (m.key < 0) out[m.name] = bins[offset + slot];
      else {
        const byKey: Record<string, number> = {};
        this.keyLists[m.key].forEach((entry, i) => (byKey[entry] = bins[offset + slot + i]));
        out[m.name] = byKey;
      }
    }
    return out;
  }
}

/** What one tally accumulates into: the compiled accumulator's second argument. */
export interface TallyState {
  readonly whole: Float64Array;
  readonly hours: Float64Array;
  readonly reasons: Float64Array;
  /** One set of sketches per kind. */
  readonly sketches: readonly (readonly QuantileSketch[])[];
  readonly thresholds: Thresholds;
  readonly reasonCount: number;
  /** The record's values, then a span's start and end: read by the sketches and the spread in place (see QuantileSketch.addFrom). */
  readonly scratch: Float64Array;
}

type Accumulator = (record: unknown, state: TallyState) => void;

/** Layouts compiled so far, by section and breakdowns (one per section in a run). */
const LAYOUTS = new WeakMap<AnySection, WeakMap<Breakdowns, Layout>>();

function layoutOf(spec: AnySection, breakdowns: Breakdowns): Layout {
  let bySpec = LAYOUTS.get(spec);
  if (bySpec === undefined) LAYOUTS.set(spec, (bySpec = new WeakMap()));
  let layout = bySpec.get(breakdowns);
  if (layout === undefined) bySpec.set(breakdowns, (layout = new Layout(spec, breakdowns)));
  return layout;
}

/**
 * Accumulates one section's records over a replication: whole-run (or per kind) bins, hour and
 * reason bins and sketches, in flat arrays filled in place. Nothing is allocated per record.
 */
export class SectionTally<R> {
  private readonly layout: Layout;
  /**
   * Adds one record: call as `tally.accumulate(record, tally.state)`. NOTE: a field, not a
   * method, so that each call site in the run's tally sees one section's accumulator and can
   * inline it (a shared `add` method would see every section's).
   */
  readonly accumulate: (record: R, state: TallyState) => void;
  readonly state: TallyState;

  constructor(
    private readonly spec: AnySection,
    breakdowns: Breakdowns,
    thresholds: Thresholds,
    reasonCount = 0,
  ) {
    const layout = (this.layout = layoutOf(spec, breakdowns));
    this.accumulate = layout.accumulate;
    const kinds = spec.kinds?.of.length ?? 1;
    const reasons = spec.reason ? reasonCount : 0;
    this.state = {
      whole: new Float64Array(layout.slots * kinds),
      hours: new Float64Array(layout.hourSlots * HOURS),
      reasons: new Float64Array(layout.reasonSlots * reasons),
      sketches: Array.from({ length: kinds }, () => Array.from({ length: layout.sketches }, () => new QuantileSketch())),
      thresholds,
      reasonCount: reasons,
      scratch: new Float64Array(layout.valueFns.length + 2),
    };
  }

  /** Counts one record in every measure whose facts it meets (see `accumulate` for the hot path). */
  add(record: R): void {
    this.accumulate(record, this.state);
  }

  /** What the section kept, as plain JSON (a copy). */
  totals(): SectionTotals<Record<string, unknown>> {
    const { layout, spec, state } = this;
    const kindBin = (kind: number) => layout.bin(state.whole, kind * layout.slots, (m) => m.slot, state.sketches[kind]);
    const totals: SectionTotals<Record<string, unknown>> = {};
    if (spec.kinds) {
      const byKind: Record<string, Record<string, unknown>> = {};
      spec.kinds.of.forEach((kind, i) => (byKind[kind] = kindBin(i)));
      totals.byKind = byKind;
    } else if (!spec.wholeFromHours) totals.whole = kindBin(0);
    if (spec.clock !== undefined) {
      totals.byHour = Array.from({ length: HOURS }, (_, hour) => layout.bin(state.hours, hour * layout.hourSlots, (m) => m.hourSlot));
    }
    if (spec.reason !== undefined) {
      totals.byReason = Array.from({ length: state.reasonCount }, (_, reason) =>
        layout.bin(state.reasons, reason * layout.reasonSlots, (m) => m.reasonSlot),
      );
    }
    return totals;
  }
}

/**
 * The accumulator of a section: one straight-line function that asks each fact and reads each
 * value once, then adds to every measure whose facts hold.
 * NOTE: it is generated as source from the table, once per section and breakdowns, so that each
 * section gets code of its own: a generic loop calling the facts through an array costs about
 * as much as the rest of the simulation (every call site sees every section's records and none
 * can be inlined). The source holds only numbers (slots, masks); the facts and values are
 * passed in as functions, never as text.
 */
function compileAccumulator(layout: Layout): Accumulator {
  const { spec } = layout;
  const clock = spec.clock;
  const isSpan = clock !== undefined && 'from' in clock;
  const params: string[] = ['hourOf', 'spread', 'reasonError'];
  const args: unknown[] = [hourOf, spreadOverHours, reasonError];
  const pass = (name: string, value: unknown) => {
    params.push(name);
    args.push(value);
  };
  const lines: string[] = ['const t = state.thresholds, whole = state.whole, hours = state.hours, reasons = state.reasons, scratch = state.scratch;', 'let facts = 0;'];
  layout.factFns.forEach((fn, i) => {
    pass(`fact${i}`, fn);
    lines.push(`if (fact${i}(record, t)) facts |= ${1 << i};`);
  });
  layout.valueFns.forEach((fn, i) => {
    pass(`valueOf${i}`, fn);
    lines.push(`scratch[${i}] = valueOf${i}(record, t);`);
  });
  layout.keyFns.forEach((fn, i) => {
    pass(`keyOf${i}`, fn);
    lines.push(`const k${i} = keyOf${i}(record);`);
  });
  if (spec.kinds) {
    pass('kindOf', spec.kinds.index);
    lines.push('const kind = kindOf(record);', `const w = kind * ${layout.slots};`);
  } else lines.push('const kind = 0, w = 0;');
  if (layout.sketches > 0) lines.push('const sketches = state.sketches[kind];');
  if (layout.reasonSlots > 0) {
    pass('reasonOf', spec.reason);
    lines.push('const reason = reasonOf(record);', 'if (!(reason >= 0 && reason < state.reasonCount)) reasonError(reason, state.reasonCount);', `const rb = reason * ${layout.reasonSlots};`);
  }
  if (isSpan) {
    pass('fromOf', (clock as { from: unknown }).from);
    pass('toOf', (clock as { to: unknown }).to);
    const at = layout.valueFns.length;
    lines.push(`scratch[${at}] = fromOf(record); scratch[${at + 1}] = toOf(record);`, `const span = scratch[${at + 1}] - scratch[${at}];`);
  } else if (clock !== undefined && layout.hourSlots > 0) {
    pass('atOf', (clock as { at: unknown }).at);
    lines.push(`const hb = hourOf(atOf(record)) * ${layout.hourSlots};`);
  }
  const keepWhole = !spec.wholeFromHours;
  for (const m of layout.measures) {
    const conditions: string[] = [];
    if (m.all !== 0) conditions.push(`(facts & ${m.all}) === ${m.all}`);
    if (m.none !== 0) conditions.push(`(facts & ${m.none}) === 0`);
    if (m.key >= 0) conditions.push(`k${m.key} >= 0`);
    const at = (slot: number) => (m.key >= 0 ? `${slot} + k${m.key}` : `${slot}`);
    const body: string[] = [];
    if (m.sketch >= 0) body.push(`sketches[${m.sketch}].addFrom(scratch, ${m.value});`);
    else if (isSpan && m.value >= 0) {
      // Value per minute over the span: nothing when the span is empty.
      conditions.push('span > 0');
      if (keepWhole) body.push(`whole[w + ${at(m.slot)}] += span * scratch[${m.value}];`);
      if (m.hourSlot >= 0) body.push(`spread(hours, ${layout.hourSlots}, ${at(m.hourSlot)}, scratch, ${layout.valueFns.length}, ${m.value});`);
    } else {
      const value = m.value < 0 ? '1' : `scratch[${m.value}]`;
      if (keepWhole) body.push(`whole[w + ${at(m.slot)}] += ${value};`);
      if (m.hourSlot >= 0) body.push(`hours[hb + ${at(m.hourSlot)}] += ${value};`);
      if (m.reasonSlot >= 0) body.push(`reasons[rb + ${at(m.reasonSlot)}] += ${value};`);
    }
    if (body.length === 0) continue;
    lines.push(conditions.length === 0 ? body.join(' ') : `if (${conditions.join(' && ')}) { ${body.join(' ')} }`);
  }
  if (!/^[A-Za-z]+$/.test(spec.name)) throw new RangeError(`section name ${JSON.stringify(spec.name)}: expected letters only`);
  const source = `"use strict";\nreturn function accumulate_${spec.name}(record, state) {\n  ${lines.join('\n  ')}\n};\n//# sourceURL=recepsim-tally-${spec.name}.js`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(...params, source)(...args) as Accumulator;
}

/**
 * Adds perMin × the minutes of [fromMin, toMin) falling in each hour bin to slot `slot` of the
 * hour bins; fromMin and toMin are scratch[span] and scratch[span + 1], perMin scratch[value].
 */
function spreadOverHours(hours: Float64Array, width: number, slot: number, scratch: Float64Array, span: number, value: number): void {
  const toMin = scratch[span + 1];
  const perMin = scratch[value];
  let t = scratch[span];
  while (t < toMin) {
    const hourEnd = (Math.floor(t / 60) + 1) * 60;
    const end = hourEnd < toMin ? hourEnd : toMin;
    hours[hourOf(t) * width + slot] += (end - t) * perMin;
    t = end;
  }
}

function reasonError(reason: number, count: number): never {
  throw new RangeError(`tally: call reason ${reason} outside 0..${count - 1}`);
}

/**
 * Bins added together, in the order given (kinds in their list's order, hours from 0): counts
 * and sums add, sketches merge. A measure missing from every bin stays missing.
 */
export function mergeBins(spec: AnySection, bins: readonly Readonly<Record<string, unknown>>[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(spec.measures)) {
    const present = bins.filter((bin) => bin[name] !== undefined);
    if (present.length === 0) continue;
    if (def.sketch !== undefined) merged[name] = mergeSketches(present.map((bin) => bin[name] as SketchData));
    else if (def.by !== undefined) {
      const byKey: Record<string, number> = {};
      for (const entry of spec.keys[def.by].of) byKey[entry] = present.reduce((total, bin) => total + (bin[name] as Record<string, number>)[entry], 0);
      merged[name] = byKey;
    } else merged[name] = present.reduce((total, bin) => total + (bin[name] as number), 0);
  }
  return merged;
}

/** The whole run's bin of a section's totals: kept whole, or merged from its kinds or its hours. */
export function wholeBin(spec: AnySection, totals: SectionTotals<Readonly<Record<string, unknown>>>): Readonly<Record<string, unknown>> {
  if (totals.whole !== undefined) return totals.whole;
  const parts = spec.kinds ? spec.kinds.of.map((kind) => totals.byKind![kind]) : totals.byHour!;
  return mergeBins(spec, parts);
}

/** The totals of a section that saw no record, with `reasonCount` call reasons. */
export function emptySectionTotals(spec: AnySection, breakdowns: Breakdowns, reasonCount: number): SectionTotals<Record<string, unknown>> {
  return new SectionTally(spec, breakdowns, NO_THRESHOLDS, reasonCount).totals();
}

const NO_THRESHOLDS: Thresholds = { callAnsweredWithinMin: 0, visitorAttendedWithinMin: 0, replyTargetMin: Infinity, keepAfterInterruption: 1 };

/** A measure's value in a bin, by name: a measure, `measure.key` for one entry of a split measure, or a derived number. */
export function measureReader(spec: AnySection, name: string): (bin: Readonly<Record<string, unknown>>) => number {
  const derived = spec.derived[name];
  if (derived !== undefined) return (bin) => derived.value(bin as never);
  const [measure, entry] = name.split('.');
  const def = spec.measures[measure];
  if (def === undefined || def.sketch !== undefined) throw new RangeError(`section ${spec.name}: no measure ${name}`);
  if (entry === undefined) {
    if (def.by !== undefined) throw new RangeError(`section ${spec.name}: ${name} is split by ${def.by}: name one entry`);
    return (bin) => bin[measure] as number;
  }
  if (def.by === undefined || !spec.keys[def.by].of.includes(entry)) throw new RangeError(`section ${spec.name}: no entry ${entry} of ${measure}`);
  return (bin) => (bin[measure] as Record<string, number>)[entry];
}

/** The measures a name reads (a derived number reads those it is made from). */
export function measuresRead(spec: AnySection, name: string): string[] {
  const derived = spec.derived[name];
  if (derived !== undefined) return derived.from.map((from) => from.split('.')[0]);
  return [name.split('.')[0]];
}

export { emptySketchData };
