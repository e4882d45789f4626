// Pieces every fragment builder uses: where the data came from, an arrival profile as
// `perHour` × `weekdayFactors` edits (with what had to be approximated), and a duration as a
// lognormal in minutes.

import type { ScenarioEdit } from '../../model/scenario-edit.js';
import { type Weekday, weekdays } from '../../model/schema/common.js';
import { calibrationText as text } from '../../text/messages.js';
import type { DurationFit } from './estimates.js';
import type { ProfileEstimate } from './hourly-profile.js';
import { minutes, rate2 } from './rounding.js';
import type { Interval } from './statistics.js';

/** Where estimates came from, for the comments. */
export interface SourceFile {
  /** The file as the user named it. */
  readonly file: string;
  /** Rows read and rows skipped as unreadable. */
  readonly rows: number;
  readonly skipped: number;
  /** Good rows left out on purpose, with why ("outgoing or internal calls"). */
  readonly leftOut: readonly string[];
}

/**
 * Edits of `section.perHour` (an average day's arrivals per hour, with each hour's interval in
 * `hourComment`) and `section.weekdayFactors` (removed when the data has a single weekday), with
 * a note on whether one hourly shape fits every weekday — a warning when it does not. A working
 * day of the scenario's `week` the data never shows keeps a factor of 1, with a warning.
 */
export function profileEdits(
  section: string,
  profile: ProfileEstimate,
  perHourNote: string,
  week: readonly Weekday[] | undefined,
  warnings: string[],
  hourComment: (hour: number, interval: Interval) => string,
): ScenarioEdit[] {
  const perHour: Record<string, number> = {};
  const hourComments: Record<string, string> = {};
  profile.perHour.forEach((interval, hour) => {
    if (interval.value === 0) return;
    const key = String(hour).padStart(2, '0');
    perHour[key] = rate2(interval.value);
    hourComments[key] = hourComment(hour, interval);
  });
  const edits: ScenarioEdit[] = [{ path: [section, 'perHour'], value: perHour, entryComments: hourComments, commentBefore: [perHourNote] }];
  const observed = profile.weekdayFactors.flatMap((factor, index) => (factor === null ? [] : [[weekdays[index], factor] as const]));
  const unseen = (week ?? []).filter((day) => profile.weekdayFactors[weekdays.indexOf(day)] === null);
  if (unseen.length > 0 && observed.length > 0) warnings.push(text.weekdaysWithoutData(section, unseen));
  if (observed.length < 2) return [...edits, { path: [section, 'weekdayFactors'], value: undefined }];
  const factors: Record<string, number> = {};
  const factorComments: Record<string, string> = {};
  for (const [day, factor] of observed) {
    factors[day] = rate2(factor.value);
    factorComments[day] = text.interval(factor, rate2);
  }
  return [...edits, { path: [section, 'weekdayFactors'], value: factors, entryComments: factorComments, commentBefore: shapeNotes(section, profile, warnings) }];
}

/** Whether one hourly shape fits every weekday; if not, what was approximated (also a warning). */
function shapeNotes(section: string, profile: ProfileEstimate, warnings: string[]): string[] {
  const notes = [text.weekdayFactorNote()];
  const shape = profile.shape;
  if (shape === null) return notes;
  if (shape.pValue >= 0.01) return [...notes, text.shapeFits(shape.statistic, shape.degreesOfFreedom, shape.pValue)];
  const gaps = shape.misfits.map((misfit) => text.shapeGap(weekdays[misfit.weekday], misfit.hour, misfit.observedPerHour, misfit.modelPerHour));
  const approximated = text.shapeApproximated(section, shape.statistic, shape.degreesOfFreedom, shape.pValue, gaps);
  warnings.push(approximated);
  return [...notes, approximated];
}

/** A fitted duration (seconds) as the scenario's lognormal in minutes. */
export function lognormalMinutes(duration: DurationFit): { dist: 'lognormal'; mean: number; cv: number } {
  return { dist: 'lognormal', mean: minutes(duration.fit.mean.value / 60), cv: rate2(duration.fit.cv.value) };
}
