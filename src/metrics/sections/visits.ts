// Visitors at the counter: what is counted of each visit, kind by kind, and the `visits` figures
// of summary.json (for all kinds together and for each kind) made from it.

import { SEGMENTS, VISITOR_KINDS } from '../../model/domain.js';
import type { VisitRecord } from '../../model/observer.js';
import { section } from '../measures.js';
import { each, figuresOf } from '../summary/table.js';

/** Visitors who arrived in the window, tallied by kind; hourly bins hold every kind together. */
export const VISITS = section<VisitRecord>()({
  name: 'visits',
  facts: {
    served: (r) => r.outcome === 'served',
    balked: (r) => r.outcome === 'balked',
    reneged: (r) => r.outcome === 'reneged',
    /** Balked or gave up waiting. */
    lost: (r) => r.outcome !== 'served',
    waited: (r) => r.waitMin > 0,
    /** Waited no longer than the service-level threshold. */
    withinT: (r, t) => r.waitMin <= t.visitorAttendedWithinMin,
    interrupted: (r) => r.interruptions > 0,
  },
  values: {
    waitMin: (r) => r.waitMin,
    /** First attended → done: work and time on hold. */
    visitMin: (r) => r.endMin - r.arrivalMin - r.waitMin,
    /** Arrival → leaving (0 for those who balked). */
    inBuildingMin: (r) => r.endMin - r.arrivalMin,
    interruptions: (r) => r.interruptions,
    holdMin: (r) => r.holdMin,
    /** Chance the customer goes elsewhere after this many interruptions: 1 − (1 − churnPerInterruption)^n. */
    interruptionChurn: (r, t) => 1 - t.keepAfterInterruption ** r.interruptions,
  },
  keys: { segment: { of: SEGMENTS, index: (r) => SEGMENTS.indexOf(r.segment) } },
  measures: {
    arrivals: {},
    served: { where: ['served'] },
    balked: { where: ['balked'] },
    reneged: { where: ['reneged'] },
    /** Served within the threshold. */
    attendedWithin: { where: ['served', 'withinT'] },
    waited: { where: ['waited'] },
    /** Σ wait over all arrivals, minutes. */
    waitSumMin: { sum: 'waitMin' },
    waitSumServedMin: { where: ['served'], sum: 'waitMin' },
    waitSumRenegedMin: { where: ['reneged'], sum: 'waitMin' },
    visitSumServedMin: { where: ['served'], sum: 'visitMin' },
    inBuildingSumMin: { sum: 'inBuildingMin' },
    waitSketch: { sketch: 'waitMin' },
    waitServedSketch: { where: ['served'], sketch: 'waitMin' },
    /** Visits with at least one interruption. */
    interrupted: { where: ['interrupted'] },
    interruptions: { sum: 'interruptions' },
    /** Σ minutes on hold while the advisor was on the phone. */
    holdMin: { sum: 'holdMin' },
    /** Balked + reneged, by segment. */
    lostBySegment: { where: ['lost'], by: 'segment' },
    /** Σ over served visits of the chance an interruption drove the customer away, by segment. */
    interruptionChurnBySegment: { where: ['served', 'interrupted'], sum: 'interruptionChurn', by: 'segment' },
  },
  derived: {
    lost: { from: ['balked', 'reneged'], value: (m) => m.balked + m.reneged },
  },
  kinds: { of: VISITOR_KINDS, index: (r) => VISITOR_KINDS.indexOf(r.kind) },
  clock: { at: (r) => r.arrivalMin },
});

const visit = figuresOf(VISITS);

/** The figures of visitors of one kind, or of all together, in summary.json's order. */
export const VISIT_FIGURES = {
  arrivalsPerDay: visit.perDay('arrivals', { hourly: true }),
  servedPerDay: visit.perDay('served'),
  p_wait_gt0: visit.share('waited', 'arrivals'),
  /** Reneged ÷ arrivals. */
  p_abandon: visit.share('reneged', 'arrivals'),
  balkShare: visit.share('balked', 'arrivals'),
  lostShare: visit.share('lost', 'arrivals', { hourly: true }),
  sl_attended_within_t_over_arrivals: visit.share('attendedWithin', 'arrivals', { hourly: true }),
  mean_wait_all: visit.ratio('waitSumMin', 'arrivals', { hourly: true }),
  mean_wait_served: visit.ratio('waitSumServedMin', 'served'),
  /** Mean wait of the visitors who gave up waiting, minutes. */
  mean_wait_gave_up: visit.ratio('waitSumRenegedMin', 'reneged'),
  /** Attended within the threshold ÷ served. */
  sl_attended_within_t_over_served: visit.share('attendedWithin', 'served'),
  /** Mean time from first attended to done of a served visit (work and time on hold), minutes. */
  meanVisitMin: visit.ratio('visitSumServedMin', 'served'),
  /** Mean time in the building, from arrival to leaving, over every arrival, minutes. */
  meanTimeInBuildingMin: visit.ratio('inBuildingSumMin', 'arrivals'),
  waitMin: { all: visit.quantiles('waitSketch'), served: visit.quantiles('waitServedSketch') },
  interruptedShare: visit.share('interrupted', 'served', { hourly: true }),
  interruptionsPerVisit: visit.ratio('interruptions', 'served'),
  holdMinPerVisit: visit.ratio('holdMin', 'served'),
  lostPerDay: each(SEGMENTS, (segment) => visit.perDay(`lostBySegment.${segment}`)),
};
