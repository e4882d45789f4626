// A reception log (one row per visit: arrival, start, end, kind) → the scenario's walk-in arrival
// profile, the write-up times of drop-offs and walk-ins, and the pickups: their service time,
// how many drop-offs come back the same day, and when.

import { ratioEstimate } from '../../metrics/confidence.js';
import { LOGGED_VISIT_KINDS, type LoggedVisit, type LoggedVisitKind } from '../../model/observed.js';
import { type DurationFit, fitDurations, type Missing } from './estimates.js';
import { DayHourCounts, estimateProfile, type ProfileEstimate } from './hourly-profile.js';
import { LogHistogram } from './log-histogram.js';
import { type Interval, Moments } from './statistics.js';

/** What a reception log says. */
export interface VisitsEstimate {
  readonly rows: number;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly byKind: Readonly<Record<LoggedVisitKind, number>>;
  /** Walk-in arrivals by weekday and hour, over the days of the log. */
  readonly walkIns: ProfileEstimate;
  /** Minutes from start to end with an advisor, by kind, seconds. */
  readonly service: Readonly<Record<LoggedVisitKind, DurationFit | Missing>>;
  /** Mean wait from arrival to start, by kind, seconds (NaN: none logged). */
  readonly meanWaitSec: Readonly<Record<LoggedVisitKind, number>>;
  /** Pickups per drop-off (booked or walk-in) of the same day. */
  readonly pickupShare: Interval | Missing;
  /** Clock times (seconds) within which 5 % … 95 % of the pickups arrive. */
  readonly pickupWindowSec: { readonly from: number; readonly to: number } | Missing;
}

const byKind = <T>(make: () => T): Record<LoggedVisitKind, T> =>
  Object.fromEntries(LOGGED_VISIT_KINDS.map((kind) => [kind, make()])) as Record<LoggedVisitKind, T>;

/** Reads visits one by one; `finish` gives the estimate (undefined without a single row). */
export class VisitLogCalibration {
  private rows = 0;
  private firstDay = Number.POSITIVE_INFINITY;
  private lastDay = Number.NEGATIVE_INFINITY;
  private readonly counts = byKind(() => 0);
  private readonly dayWeekdays = new Map<number, number>();
  private readonly walkIns = new DayHourCounts();
  private readonly service = byKind(() => ({ moments: new Moments(), histogram: new LogHistogram() }));
  /** A visit of any kind with a start and an end: the log has the columns (a kind may have no visit). */
  private startEndLogged = false;
  private readonly waits = byKind(() => ({ total: 0, count: 0 }));
  /** Drop-offs and pickups by day, for the same-day share. */
  private readonly perDay = new Map<number, { dropOffs: number; pickups: number }>();
  // Pickup arrivals by minute of the day, for the window.
  private readonly pickupMinutes = new Float64Array(24 * 60);

  /** Adds one visit. */
  add(visit: LoggedVisit): void {
    this.rows++;
    this.firstDay = Math.min(this.firstDay, visit.day);
    this.lastDay = Math.max(this.lastDay, visit.day);
    this.counts[visit.kind]++;
    this.dayWeekdays.set(visit.day, visit.weekday);
    const day = this.perDay.get(visit.day) ?? { dropOffs: 0, pickups: 0 };
    this.perDay.set(visit.day, day);
    if (visit.kind === 'pickup') {
      day.pickups++;
      this.pickupMinutes[Math.min(24 * 60 - 1, Math.floor(visit.arrivalSec / 60))]++;
    } else day.dropOffs++;
    if (visit.kind === 'walkIn') this.walkIns.add(visit.day, Math.floor(visit.arrivalSec / 3600));
    if (visit.startSec !== null) {
      this.waits[visit.kind].total += Math.max(0, visit.startSec - visit.arrivalSec);
      this.waits[visit.kind].count++;
      if (visit.endSec !== null) {
        const service = this.service[visit.kind];
        this.startEndLogged = true;
        if (visit.endSec > visit.startSec) {
          service.moments.add(visit.endSec - visit.startSec);
          service.histogram.add(visit.endSec - visit.startSec);
        }
      }
    }
  }

  /** The estimate; undefined when no row was added. */
  finish(): VisitsEstimate | undefined {
    if (this.rows === 0) return undefined;
    const days = [...this.perDay.values()];
    const dropOffs = days.map((day) => day.dropOffs);
    const pickups = days.map((day) => day.pickups);
    const share = ratioEstimate(pickups, dropOffs);
    return {
      rows: this.rows,
      firstDay: this.firstDay,
      lastDay: this.lastDay,
      byKind: this.counts,
      walkIns: estimateProfile(this.walkIns, this.dayWeekdays),
      service: byKindOf(this.service, (service) =>
        this.startEndLogged ? fitDurations(service.moments, service.histogram) : { missing: 'noColumn', field: 'start, end' },
      ),
      meanWaitSec: byKindOf(this.waits, (wait) => (wait.count === 0 ? Number.NaN : wait.total / wait.count)),
      pickupShare:
        this.counts.pickup === 0 || this.counts.dropOff + this.counts.walkIn === 0
          ? { missing: 'tooFew', count: this.counts.pickup }
          : { value: share.value, low: share.value - share.halfWidth95, high: share.value + share.halfWidth95 },
      pickupWindowSec: this.pickupWindow(),
    };
  }

  private pickupWindow(): VisitsEstimate['pickupWindowSec'] {
    const total = this.counts.pickup;
    if (total < 10) return { missing: 'tooFew', count: total };
    let cumulative = 0;
    let from = -1;
    for (let minute = 0; minute < this.pickupMinutes.length; minute++) {
      cumulative += this.pickupMinutes[minute];
      if (from < 0 && cumulative >= 0.05 * total) from = minute;
      if (cumulative >= 0.95 * total) return { from: from * 60, to: (minute + 1) * 60 };
    }
    return { from: from * 60, to: 24 * 3600 };
  }
}

function byKindOf<A, B>(values: Readonly<Record<LoggedVisitKind, A>>, map: (value: A) => B): Record<LoggedVisitKind, B> {
  return Object.fromEntries(LOGGED_VISIT_KINDS.map((kind) => [kind, map(values[kind])])) as Record<LoggedVisitKind, B>;
}
