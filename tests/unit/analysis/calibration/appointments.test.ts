import { describe, expect, it } from 'vitest';
import { type Interval, ksBound, withinFourSe } from '../../../support/intervals.js';
import { AppointmentBookCalibration, wholeBookings } from '../../../../src/analysis/calibration/appointments.js';
import { appointmentsFragment } from '../../../../src/analysis/calibration/appointments-fragment.js';
import { createStream } from '../../../../src/engine/random.js';
import type { BookedAppointment } from '../../../../src/model/observed.js';

const random = createStream(3, ['appointments-test']);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** A book of `days` days, slots 08:00–10:00 every 20 min with 2 bookings each, given no-show rate and punctuality. */
function book(days: number, noShow: number, meanMin: number, sdMin: number): BookedAppointment[] {
  const bookings: BookedAppointment[] = [];
  for (let day = 0; day < days; day++) {
    for (let minute = 480; minute < 600; minute += 20) {
      for (let k = 0; k < 2; k++) {
        const came = random() >= noShow;
        bookings.push({
          day,
          weekday: day % 5,
          slotSec: minute * 60,
          attendance: came ? 'came' : 'noShow',
          arrivalSec: came ? Math.round((minute + meanMin + sdMin * normal()) * 60) : null,
        });
      }
    }
  }
  return bookings;
}

describe('AppointmentBookCalibration', () => {
  it('recovers the slots, the no-show rate and the punctuality within their intervals', () => {
    const calibration = new AppointmentBookCalibration();
    for (const booking of book(60, 0.12, -8, 9)) calibration.add(booking);
    calibration.add({ day: 0, weekday: 0, slotSec: 9 * 3600, attendance: 'cancelled', arrivalSec: null });
    const estimate = calibration.finish()!;
    expect(estimate.slots).toEqual([480, 500, 520, 540, 560, 580].map((minute) => ({ minute, perDay: 2 })));
    expect(estimate.cancelled).toBe(1);
    expect(withinFourSe(estimate.noShow as Interval, 0.12)).toBe(true);
    const punctuality = estimate.punctuality as { fit: { mean: Interval; sd: number; count: number }; ks: number };
    expect(withinFourSe(punctuality.fit.mean, -8)).toBe(true);
    expect(Math.abs(punctuality.fit.sd - 9)).toBeLessThan(1);
    expect(punctuality.ks).toBeLessThan(ksBound(punctuality.fit.count));
  });

  it('writes a regular book in its regular form, and says what it cannot tell', () => {
    const calibration = new AppointmentBookCalibration();
    for (const booking of book(10, 0.1, 0, 5)) calibration.add({ ...booking, attendance: null, arrivalSec: null });
    const fragment = appointmentsFragment(calibration.finish()!, { file: 'book.csv', rows: 120, skipped: 0, leftOut: [] });
    expect(fragment.edits.map((edit) => edit.path.join('.'))).toEqual(['appointments.slots']);
    expect(fragment.edits[0].value).toEqual({ from: '08:00', to: '10:00', every: 20, perSlot: 2 });
    expect(fragment.warnings.join('\n')).toContain('appointments.noShow not estimated');
    expect(fragment.warnings.join('\n')).toContain('appointments.punctuality not estimated');
  });
});

describe('wholeBookings', () => {
  it('rounds each slot so that the day keeps its rounded total, largest remainders first', () => {
    expect(wholeBookings([{ minute: 480, perDay: 1.6 }, { minute: 495, perDay: 1.3 }, { minute: 510, perDay: 0.45 }])).toEqual([
      { minute: 480, count: 2 },
      { minute: 495, count: 1 },
    ]);
    expect(wholeBookings([{ minute: 480, perDay: 0.5 }, { minute: 495, perDay: 0.5 }, { minute: 510, perDay: 0.5 }])).toEqual([
      { minute: 480, count: 1 },
      { minute: 495, count: 1 },
    ]);
  });
});
