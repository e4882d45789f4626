import { describe, expect, it } from 'vitest';
import { CallLogCalibration } from '../../../../src/analysis/calibration/calls.js';
import { callsFragment } from '../../../../src/analysis/calibration/calls-fragment.js';
import { meanOf } from '../../../../src/analysis/calibration/distributions.js';
import type { DistributionSpec } from '../../../../src/engine/distributions/index.js';
import type { LoggedCall } from '../../../../src/model/observed.js';
import { calibrationText } from '../../../../src/text/messages.js';

/** 300 calls over 5 days from distinct callers: every 3rd abandoned after 30 s, talk 100–400 s. */
function estimate() {
  const calibration = new CallLogCalibration({ redialWindowMin: 120, answeredWithinSec: 20 });
  for (let i = 0; i < 300; i++) {
    const abandoned = i % 3 === 0;
    const call: LoggedCall = {
      day: 19786 + (i % 5),
      weekday: i % 5,
      startSec: 9 * 3600 + i * 60,
      callerKey: 1000 + i,
      waitSec: abandoned ? 30 : 5,
      talkSec: abandoned ? null : 100 + (i % 7) * 50,
      status: abandoned ? 'abandoned' : 'answered',
    };
    calibration.add(call);
  }
  return calibration.finish()!;
}

const SOURCE = { file: 'log.csv', rows: 300, skipped: 0, leftOut: [] };

describe('callsFragment', () => {
  it('keeps the reasons’ mix, scaling their handling times to the log’s mean', () => {
    const reasons: { name: string; share: number; handle: DistributionSpec }[] = [
      { name: 'booking', share: 0.6, handle: { dist: 'lognormal', mean: 4, cv: 0.5 } },
      { name: 'quote', share: 0.4, handle: { dist: 'gamma', mean: 6, cv: 0.6 } },
    ];
    const calls = estimate();
    const fragment = callsFragment(calls, SOURCE, { reasons });
    const handles = fragment.edits.filter((edit) => edit.path[1] === 'reasons').map((edit) => edit.value as DistributionSpec);
    const logMeanMin = (calls.handling as { fit: { mean: { value: number } } }).fit.mean.value / 60;
    expect(0.6 * meanOf(handles[0]) + 0.4 * meanOf(handles[1])).toBeCloseTo(logMeanMin, 2);
    expect(handles.map((handle) => handle.dist)).toEqual(['lognormal', 'gamma']);
    expect((handles[1] as { cv: number }).cv).toBe(0.6);
  });

  it('leaves redials out of a fragment when no failed call is redialled, and keeps a scenario’s own', () => {
    const calls = estimate();
    const alone = callsFragment(calls, SOURCE, undefined);
    const removal = alone.edits.find((edit) => edit.path.join('.') === 'calls.redial');
    expect(removal?.value).toBeUndefined();
    expect(removal?.commentBefore?.[0]).toMatch(/^calls\.redial: no failed attempt \(of 100\)/);
    const calibrating = callsFragment(calls, SOURCE, {});
    expect(calibrating.edits.some((edit) => edit.path.join('.') === 'calls.redial')).toBe(false);
    expect(calibrating.warnings.some((warning) => warning.endsWith(calibrationText.keptFromScenario()))).toBe(true);
  });

  it('warns about working days the log never shows', () => {
    const fragment = callsFragment(estimate(), SOURCE, { week: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] });
    expect(fragment.warnings).toContain(calibrationText.weekdaysWithoutData('calls', ['sat']));
  });
});
