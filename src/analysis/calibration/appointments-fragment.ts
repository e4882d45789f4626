// Appointment-book estimates → edits of a scenario's `appointments`: the book of an average day
// (whole bookings; regular slots when the book is regular), the no-show rate and punctuality.

import { isoDate } from '../../model/observed.js';
import type { ScenarioEdit, ScenarioFragment } from '../../model/scenario-edit.js';
import { weekdays } from '../../model/schema/common.js';
import { calibrationText as text } from '../../text/messages.js';
import { type AppointmentsEstimate, type PunctualityEstimate, wholeBookings } from './appointments.js';
import { isMissing, type Missing } from './estimates.js';
import type { SourceFile } from './fragment-parts.js';
import { minutes, probability3 } from './rounding.js';
import type { Interval } from './statistics.js';

const SECTION = 'appointments';

/** The edits an appointment book makes to `appointments`. */
export function appointmentsFragment(estimate: AppointmentsEstimate, source: SourceFile): ScenarioFragment {
  const warnings: string[] = [];
  const from = text.from(source.file, isoDate(estimate.firstDay), isoDate(estimate.lastDay));
  const edits: ScenarioEdit[] = [
    // 1. The book of an average day.
    slotsEdit(estimate, from, warnings),
    // 2. No-shows and punctuality.
    ...noShowEdits(estimate.noShow, from, warnings),
    ...punctualityEdits(estimate.punctuality, from, warnings),
  ];
  const header = [
    text.bookSource(source.file, isoDate(estimate.firstDay), isoDate(estimate.lastDay), estimate.days, estimate.daysByWeekday),
    text.rowsRead(estimate.rows, source.skipped, source.leftOut),
    text.bookingsRead(estimate.bookings, estimate.cancelled),
  ];
  const evidence = text.evidence(source.file, isoDate(estimate.firstDay), isoDate(estimate.lastDay), estimate.days, text.bookings(estimate.bookings));
  return { header, edits, warnings, evidence };
}

function slotsEdit(estimate: AppointmentsEstimate, from: string, warnings: string[]): ScenarioEdit {
  const whole = wholeBookings(estimate.slots);
  const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const meanPerDay = estimate.bookings / estimate.days;
  const byWeekday = estimate.perDayByWeekday.flatMap((perDay, index) => (perDay === null ? [] : [`${weekdays[index]} ${perDay.toFixed(1)}`]));
  const notes = [text.averageBook(from, estimate.days, estimate.slots.map((slot) => `${clock(slot.minute)} ${slot.perDay.toFixed(2)}`))];
  const rounded = estimate.slots.some((slot) => slot.perDay !== (whole.find((w) => w.minute === slot.minute)?.count ?? 0));
  if (rounded) {
    const note = text.bookRounded(whole.reduce((sum, slot) => sum + slot.count, 0), meanPerDay);
    notes.push(note);
    warnings.push(note);
  }
  if (byWeekday.length > 1 && differsByWeekday(estimate)) {
    const note = text.bookByWeekday(byWeekday);
    notes.push(note);
    warnings.push(note);
  }
  return { path: [SECTION, 'slots'], value: regularSlots(whole, clock) ?? whole.flatMap((slot) => Array.from({ length: slot.count }, () => clock(slot.minute))), commentBefore: notes };
}

/** The regular form { from, to, every, perSlot } when every slot has the same count at a fixed step. */
function regularSlots(whole: readonly { minute: number; count: number }[], clock: (minute: number) => string) {
  if (whole.length < 2) return undefined;
  const every = whole[1].minute - whole[0].minute;
  const regular = whole.every((slot, index) => slot.count === whole[0].count && slot.minute === whole[0].minute + index * every);
  if (!regular) return undefined;
  return { from: clock(whole[0].minute), to: clock(whole[whole.length - 1].minute + every), every, perSlot: whole[0].count };
}

/** True when bookings per day differ between weekdays more than Poisson counts would (χ², p < 0.01). */
function differsByWeekday(estimate: AppointmentsEstimate): boolean {
  const mean = estimate.bookings / estimate.days;
  let statistic = 0;
  let groups = 0;
  estimate.perDayByWeekday.forEach((perDay, weekday) => {
    if (perDay === null) return;
    const days = estimate.daysByWeekday[weekday];
    statistic += (days * (perDay - mean) ** 2) / mean;
    groups++;
  });
  // 99th percentile of χ² with groups − 1 degrees of freedom, Wilson–Hilferty approximation.
  const k = groups - 1;
  return k > 0 && statistic > k * (1 - 2 / (9 * k) + 2.326 * Math.sqrt(2 / (9 * k))) ** 3;
}

function noShowEdits(noShow: Interval | Missing, from: string, warnings: string[]): ScenarioEdit[] {
  if (isMissing(noShow)) {
    warnings.push(text.notEstimated('appointments.noShow', text.noColumns(['came', 'arrival'])));
    return [];
  }
  return [{ path: [SECTION, 'noShow'], value: probability3(noShow.value), comment: `${from}; ${text.interval(noShow, probability3)}` }];
}

function punctualityEdits(punctuality: PunctualityEstimate | Missing, from: string, warnings: string[]): ScenarioEdit[] {
  if (isMissing(punctuality)) {
    const why = punctuality.missing === 'tooFew' ? text.tooFew(punctuality.count) : text.noColumn('arrival');
    warnings.push(text.notEstimated('appointments.punctuality', why));
    return [];
  }
  const { fit } = punctuality;
  return [
    {
      path: [SECTION, 'punctuality'],
      value: { dist: 'normal', mean: minutes(fit.mean.value), sd: minutes(fit.sd) },
      flow: true,
      comment: `${from}; ${text.punctualityFit(fit.count, fit.mean, punctuality.earlyShare, punctuality.ks, punctuality.ksCritical)}`,
    },
  ];
}
