// The `visits` section: visitors of each kind and of all kinds together, their waits, losses
// (balked or reneged) and interruptions while being served.

import { SEGMENTS, type Segment, VISITOR_KINDS, type VisitorKind } from '../../model/domain.js';
import { meanEstimate, ratioEstimate } from '../confidence.js';
import { mergeSketches } from '../sketch.js';
import type { RunTotals, VisitTotals } from '../tally.js';
import { byKey, figure, quantiles, type Figure, type Quantiles, type Runs, type SegmentFigures } from './figure.js';

/** Visitors of one kind, or all together. */
export interface VisitSummary {
  readonly arrivalsPerDay: Figure;
  readonly servedPerDay: Figure;
  readonly p_wait_gt0: Figure;
  /** Reneged ÷ arrivals. */
  readonly p_abandon: Figure;
  readonly balkShare: Figure;
  readonly lostShare: Figure;
  readonly sl_attended_within_t_over_arrivals: Figure;
  readonly mean_wait_all: Figure;
  readonly mean_wait_served: Figure;
  /** Mean wait of the visitors who gave up waiting, minutes. */
  readonly mean_wait_gave_up: Figure;
  /** Attended within the threshold ÷ served. */
  readonly sl_attended_within_t_over_served: Figure;
  /** Mean time from first attended to done of a served visit (work and time on hold), minutes. */
  readonly meanVisitMin: Figure;
  /** Mean time in the building, from arrival to leaving, over every arrival, minutes. */
  readonly meanTimeInBuildingMin: Figure;
  readonly waitMin: { readonly all: Quantiles; readonly served: Quantiles };
  readonly interruptedShare: Figure;
  readonly interruptionsPerVisit: Figure;
  readonly holdMinPerVisit: Figure;
  readonly lostPerDay: SegmentFigures;
}

/** A visit summary per visitor kind, after the one for all visitors together. */
export type VisitSummaries = Readonly<Record<'all' | VisitorKind, VisitSummary>>;

/** The visits section: counts per day, shares, and waits and hold times in minutes, by visitor kind. */
export function visitSummaries(runs: Runs): VisitSummaries {
  return {
    all: visitSummary(runs.map(allVisits)),
    appointment: visitSummary(runs.map((run) => ({ ...run.visits.appointment, days: run.daysSimulated }))),
    walkIn: visitSummary(runs.map((run) => ({ ...run.visits.walkIn, days: run.daysSimulated }))),
    pickup: visitSummary(runs.map((run) => ({ ...run.visits.pickup, days: run.daysSimulated }))),
  };
}

/** A visit summary from one VisitTotals per replication, each with its run's days simulated. */
function visitSummary(visits: readonly (VisitTotals & { readonly days: number })[]): VisitSummary {
  const arrivals = (v: VisitTotals) => v.arrivals;
  const served = (v: VisitTotals) => v.served;
  const mean = (num: (v: VisitTotals) => number, den: (v: VisitTotals) => number) =>
    figure(ratioEstimate(visits.map(num), visits.map(den)));
  const share = (num: (v: VisitTotals) => number, den: (v: VisitTotals) => number) =>
    figure(ratioEstimate(visits.map(num), visits.map(den)), 1);
  const daily = (count: (v: VisitTotals) => number) => figure(meanEstimate(visits.map((v) => count(v) / v.days)));
  return {
    arrivalsPerDay: daily(arrivals),
    servedPerDay: daily(served),
    p_wait_gt0: share((v) => v.waited, arrivals),
    p_abandon: share((v) => v.reneged, arrivals),
    balkShare: share((v) => v.balked, arrivals),
    lostShare: share((v) => v.balked + v.reneged, arrivals),
    sl_attended_within_t_over_arrivals: share((v) => v.attendedWithin, arrivals),
    mean_wait_all: mean((v) => v.waitSumMin, arrivals),
    mean_wait_served: mean((v) => v.waitSumServedMin, served),
    mean_wait_gave_up: mean((v) => v.waitSumRenegedMin, (v) => v.reneged),
    sl_attended_within_t_over_served: share((v) => v.attendedWithin, served),
    meanVisitMin: mean((v) => v.visitSumServedMin, served),
    meanTimeInBuildingMin: mean((v) => v.inBuildingSumMin, arrivals),
    waitMin: {
      all: quantiles(visits.map((v) => v.waitSketch)),
      served: quantiles(visits.map((v) => v.waitServedSketch)),
    },
    interruptedShare: share((v) => v.interrupted, served),
    interruptionsPerVisit: mean((v) => v.interruptions, served),
    holdMinPerVisit: mean((v) => v.holdMin, served),
    lostPerDay: byKey(SEGMENTS, (segment) => daily((v) => v.lostBySegment[segment])),
  };
}

/** The visitor kinds of one replication added together, with its number of days. */
function allVisits(run: RunTotals): VisitTotals & { readonly days: number } {
  const kinds = VISITOR_KINDS.map((kind) => run.visits[kind]);
  const add = (get: (v: VisitTotals) => number) => kinds.reduce((total, v) => total + get(v), 0);
  const bySegment = (get: (v: VisitTotals) => Readonly<Record<Segment, number>>) =>
    byKey(SEGMENTS, (s) => add((v) => get(v)[s]));
  return {
    days: run.daysSimulated,
    arrivals: add((v) => v.arrivals),
    served: add((v) => v.served),
    balked: add((v) => v.balked),
    reneged: add((v) => v.reneged),
    attendedWithin: add((v) => v.attendedWithin),
    waited: add((v) => v.waited),
    waitSumMin: add((v) => v.waitSumMin),
    waitSumServedMin: add((v) => v.waitSumServedMin),
    waitSumRenegedMin: add((v) => v.waitSumRenegedMin),
    visitSumServedMin: add((v) => v.visitSumServedMin),
    inBuildingSumMin: add((v) => v.inBuildingSumMin),
    waitSketch: mergeSketches(kinds.map((v) => v.waitSketch)),
    waitServedSketch: mergeSketches(kinds.map((v) => v.waitServedSketch)),
    interrupted: add((v) => v.interrupted),
    interruptions: add((v) => v.interruptions),
    holdMin: add((v) => v.holdMin),
    lostBySegment: bySegment((v) => v.lostBySegment),
    interruptionChurnBySegment: bySegment((v) => v.interruptionChurnBySegment),
  };
}
