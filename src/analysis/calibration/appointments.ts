// An appointment book export → the scenario's `appointments`: the bookings of an average day by
// slot time, the no-show rate and punctuality (arrival minus booked time) of those who came.

import type { BookedAppointment } from '../../model/observed.js';
import type { Missing } from './estimates.js';
import { fitNormal, type Interval, Moments, type NormalFit, normalCdf, proportion } from './statistics.js';

/** Bookings of one slot time on an average day. */
export interface SlotEstimate {
  /** Minutes after midnight. */
  readonly minute: number;
  readonly perDay: number;
}

/** Punctuality fitted as a normal, minutes (negative: early), with its Kolmogorov–Smirnov distance. */
export interface PunctualityEstimate {
  readonly fit: NormalFit;
  readonly ks: number;
  readonly ksCritical: number;
  /** Share who came early. */
  readonly earlyShare: number;
}

/** What an appointment book says. */
export interface AppointmentsEstimate {
  readonly rows: number;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly days: number;
  readonly daysByWeekday: readonly number[];
  readonly bookings: number;
  readonly cancelled: number;
  /** Bookings per slot time on an average day, in time order. */
  readonly slots: readonly SlotEstimate[];
  /** Bookings per day by weekday (null: weekday not in the book). */
  readonly perDayByWeekday: readonly (number | null)[];
  readonly noShow: Interval | Missing;
  readonly punctuality: PunctualityEstimate | Missing;
}

/** Reads bookings one by one; `finish` gives the estimate (undefined without a single row). */
export class AppointmentBookCalibration {
  private rows = 0;
  private firstDay = Number.POSITIVE_INFINITY;
  private lastDay = Number.NEGATIVE_INFINITY;
  private readonly dayWeekdays = new Map<number, number>();
  private readonly bookingsByMinute = new Map<number, number>();
  private readonly bookingsByWeekday = new Array<number>(7).fill(0);
  private bookings = 0;
  private cancelled = 0;
  private came = 0;
  private noShows = 0;
  private attendanceLogged = false;
  private readonly offsets = new Moments();
  // Offsets in whole minutes from −240 to +240, for the KS distance to the fitted normal.
  private readonly offsetCounts = new Float64Array(481);

  /** Adds one booking. */
  add(booking: BookedAppointment): void {
    this.rows++;
    this.firstDay = Math.min(this.firstDay, booking.day);
    this.lastDay = Math.max(this.lastDay, booking.day);
    this.dayWeekdays.set(booking.day, booking.weekday);
    if (booking.attendance === 'cancelled') {
      this.cancelled++;
      return;
    }
    this.bookings++;
    this.bookingsByWeekday[booking.weekday]++;
    const minute = Math.floor(booking.slotSec / 60);
    this.bookingsByMinute.set(minute, (this.bookingsByMinute.get(minute) ?? 0) + 1);
    if (booking.attendance !== null) {
      this.attendanceLogged = true;
      if (booking.attendance === 'came') this.came++;
      else this.noShows++;
    }
    if (booking.attendance !== 'noShow' && booking.arrivalSec !== null) {
      const offsetMin = (booking.arrivalSec - booking.slotSec) / 60;
      this.offsets.add(offsetMin);
      this.offsetCounts[Math.max(0, Math.min(480, Math.round(offsetMin) + 240))]++;
    }
  }

  /** The estimate; undefined when no row was added. */
  finish(): AppointmentsEstimate | undefined {
    if (this.rows === 0) return undefined;
    const days = this.dayWeekdays.size;
    const daysByWeekday = new Array<number>(7).fill(0);
    for (const weekday of this.dayWeekdays.values()) daysByWeekday[weekday]++;
    const slots = [...this.bookingsByMinute.entries()]
      .sort(([a], [b]) => a - b)
      .map(([minute, count]) => ({ minute, perDay: count / days }));
    return {
      rows: this.rows,
      firstDay: this.firstDay,
      lastDay: this.lastDay,
      days,
      daysByWeekday,
      bookings: this.bookings,
      cancelled: this.cancelled,
      slots,
      perDayByWeekday: daysByWeekday.map((n, weekday) => (n === 0 ? null : this.bookingsByWeekday[weekday] / n)),
      noShow: this.attendanceLogged ? proportion(this.noShows, this.came + this.noShows) : { missing: 'noColumn', field: 'came' },
      punctuality: this.punctuality(),
    };
  }

  private punctuality(): PunctualityEstimate | Missing {
    if (this.offsets.count === 0) return { missing: 'noColumn', field: 'arrival' };
    const fit = fitNormal(this.offsets);
    if (fit === undefined || this.offsets.count < 10) return { missing: 'tooFew', count: this.offsets.count };
    // Offsets were grouped by whole minutes: compared with the normal rounded the same way.
    let cumulative = 0;
    let ks = 0;
    let early = 0;
    for (let index = 0; index < this.offsetCounts.length; index++) {
      const minute = index - 240;
      cumulative += this.offsetCounts[index];
      if (minute < 0) early += this.offsetCounts[index];
      ks = Math.max(ks, Math.abs(cumulative / this.offsets.count - normalCdf(minute + 0.5, fit.mean.value, fit.sd)));
    }
    return { fit, ks, ksCritical: 0.886 / Math.sqrt(fit.count), earlyShare: early / this.offsets.count };
  }
}

/**
 * Whole bookings for an average day: each slot's mean rounded so that the day's total is the
 * rounded total (largest remainders first), in time order.
 */
export function wholeBookings(slots: readonly SlotEstimate[]): { minute: number; count: number }[] {
  const total = Math.round(slots.reduce((sum, slot) => sum + slot.perDay, 0));
  const counts = slots.map((slot) => ({ minute: slot.minute, count: Math.floor(slot.perDay), remainder: slot.perDay - Math.floor(slot.perDay) }));
  let missing = total - counts.reduce((sum, slot) => sum + slot.count, 0);
  for (const slot of [...counts].sort((a, b) => b.remainder - a.remainder || a.minute - b.minute)) {
    if (missing <= 0) break;
    slot.count++;
    missing--;
  }
  return counts.filter((slot) => slot.count > 0).map(({ minute, count }) => ({ minute, count }));
}
