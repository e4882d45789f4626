import { describe, expect, it } from 'vitest';
import { type Interval, withinFourSe } from '../../../support/intervals.js';
import { VisitLogCalibration } from '../../../../src/analysis/calibration/visits.js';
import { visitsFragment } from '../../../../src/analysis/calibration/visits-fragment.js';
import { createStream } from '../../../../src/engine/random.js';
import type { LoggedVisit } from '../../../../src/model/observed.js';
import { calibrationText } from '../../../../src/text/messages.js';

const random = createStream(4, ['visits-test']);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const lognormalSec = (meanMin: number, cv: number) => {
  const sigma2 = Math.log1p(cv * cv);
  return 60 * Math.exp(Math.log(meanMin) - sigma2 / 2 + Math.sqrt(sigma2) * normal());
};

describe('VisitLogCalibration', () => {
  const calibration = new VisitLogCalibration();
  for (let day = 0; day < 80; day++) {
    const visit = (kind: LoggedVisit['kind'], arrivalSec: number, serviceSec: number): LoggedVisit => ({
      day,
      weekday: day % 5,
      kind,
      arrivalSec,
      startSec: arrivalSec + 60,
      endSec: arrivalSec + 60 + serviceSec,
    });
    for (let k = 0; k < 10; k++) calibration.add(visit('dropOff', 8 * 3600 + k * 600, lognormalSec(15, 0.4)));
    // Walk-ins: 2 an hour from 09:00 to 12:00 (exactly, to check the profile).
    for (let hour = 9; hour < 12; hour++) for (let k = 0; k < 2; k++) calibration.add(visit('walkIn', hour * 3600 + k * 1200, lognormalSec(20, 0.5)));
    // Pickups: 8 a day between 16:00 and 18:00.
    for (let k = 0; k < 8; k++) calibration.add(visit('pickup', 16 * 3600 + Math.floor(random() * 7200), lognormalSec(8, 0.4)));
  }
  const estimate = calibration.finish()!;

  it('gives the walk-in profile and the write-up and pickup times', () => {
    expect(estimate.walkIns.perHour.map((hour) => hour.value)).toEqual(Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour < 12 ? 2 : 0)));
    for (const [kind, meanMin] of [['dropOff', 15], ['walkIn', 20], ['pickup', 8]] as const) {
      const fit = (estimate.service[kind] as { fit: { mean: Interval } }).fit;
      expect(withinFourSe(fit.mean, meanMin * 60), kind).toBe(true);
    }
    expect(estimate.meanWaitSec.dropOff).toBe(60);
  });

  it('gives the pickups per drop-off and their window, kept within the opening hours', () => {
    expect((estimate.pickupShare as { value: number }).value).toBeCloseTo(8 / 16, 12);
    const fragment = visitsFragment(estimate, { file: 'log.csv', rows: estimate.rows, skipped: 0, leftOut: [] }, { openMin: 8 * 60, closeMin: 17 * 60 + 30, week: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] });
    const edits = Object.fromEntries(fragment.edits.map((edit) => [edit.path.join('.'), edit.value]));
    expect(edits['pickups.window']).toEqual({ from: '16:00', to: '17:30' });
    expect(edits['pickups.share']).toBe(0.5);
    expect(fragment.warnings.join('\n')).toContain('pickups.window');
    expect(fragment.warnings).toContain(calibrationText.weekdaysWithoutData('walkIns', ['sat']));
    expect(Object.keys(edits)).toEqual([
      'walkIns.perHour',
      'walkIns.weekdayFactors',
      'appointments.writeUp',
      'walkIns.writeUp',
      'pickups.service',
      'pickups.share',
      'pickups.window',
    ]);
  });
});
