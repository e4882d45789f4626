// Call-log estimates → edits of a scenario's `calls` section, each commented with its source,
// interval and sample size. Alone (`recepsim import calls`) the edits make a fragment; against
// an existing scenario (`recepsim calibrate`) they keep what the log cannot tell: the reasons'
// mix (their handling times are scaled to the log's mean), and any estimate the data did not
// support.

import { isoDate } from '../../model/observed.js';
import type { ScenarioEdit, ScenarioFragment } from '../../model/scenario-edit.js';
import type { DistributionSpec } from '../../engine/distributions/index.js';
import type { Weekday } from '../../model/schema/common.js';
import { calibrationText as text } from '../../text/messages.js';
import type { CallsEstimate } from './calls.js';
import { type DurationFit, isMissing, type Missing } from './estimates.js';
import type { PatienceEstimate } from './patience.js';
import type { RedialEstimate } from './redials.js';
import { meanOf, scaleDistribution } from './distributions.js';
import { lognormalMinutes, profileEdits, type SourceFile } from './fragment-parts.js';
import { minutes, probability3 } from './rounding.js';

/** The calls section as a scenario has it (only what the merge reads). */
export interface CurrentCalls {
  /** The scenario's working week (weekdays without data keep a factor of 1, with a warning). */
  readonly week?: readonly Weekday[];
  readonly reasons?: readonly { readonly name: string; readonly share: number; readonly handle: DistributionSpec }[];
}

const CALLS = 'calls';

/**
 * The edits a call log makes to `calls`. `current`: the scenario's calls section when calibrating
 * (undefined for a fragment, or when the scenario has none).
 */
export function callsFragment(estimate: CallsEstimate, source: SourceFile, current: CurrentCalls | undefined): ScenarioFragment {
  const edits: ScenarioEdit[] = [];
  const warnings: string[] = [];
  const from = text.from(source.file, isoDate(estimate.firstDay), isoDate(estimate.lastDay));

  // 1. Fresh demand: first attempts by hour of an average day, times a factor per weekday.
  edits.push(...demandEdits(estimate, from, current?.week, warnings));

  // 2. Handling time.
  edits.push(...handlingEdits(estimate.handling, current, from, warnings));

  // 3. Patience.
  edits.push(...patienceEdits(estimate.patience, from, warnings));

  // 4. Redials.
  edits.push(...redialEdits(estimate.redial, estimate.redialWindowMin, current !== undefined, from, warnings));

  const evidence = text.evidence(source.file, isoDate(estimate.firstDay), isoDate(estimate.lastDay), estimate.attempts.days, text.attempts(estimate.rows));
  return { header: header(estimate, source), edits, warnings, evidence };
}

function header(estimate: CallsEstimate, source: SourceFile): string[] {
  const attempts = estimate.attempts;
  const lines = [
    text.callsSource(source.file, isoDate(estimate.firstDay), isoDate(estimate.lastDay), attempts.days, attempts.daysByWeekday),
    text.rowsRead(estimate.rows, source.skipped, source.leftOut),
    text.callOutcomes(estimate.rows, estimate.byStatus),
    text.observedService(estimate.answeredWithin, estimate.meanAnsweredWaitSec),
    text.freshDemand(estimate.fresh.perDay, estimate.fresh.total, estimate.rows - estimate.fresh.total, estimate.rows, estimate.redialWindowMin),
  ];
  if (estimate.unknownCaller > 0) lines.push(text.unknownCallers(estimate.unknownCaller, estimate.rows));
  if (estimate.runs > 1) lines.push(text.outOfOrder(estimate.runs));
  return lines;
}

function demandEdits(estimate: CallsEstimate, from: string, week: readonly Weekday[] | undefined, warnings: string[]): ScenarioEdit[] {
  const allAttempts = estimate.attempts.perHour;
  return profileEdits(CALLS, estimate.fresh, text.perHourNote(from, estimate.fresh.days), week, warnings, (hour, interval) =>
    text.hourRate(interval, allAttempts[hour].value),
  );
}

function handlingEdits(handling: DurationFit | Missing, current: CurrentCalls | undefined, from: string, warnings: string[]): ScenarioEdit[] {
  if (isMissing(handling)) {
    const why = handling.missing === 'noColumn' ? text.noColumn(handling.field) : text.tooFew(handling.missing === 'tooFew' ? handling.count : 0);
    warnings.push(text.notEstimated('calls.reasons[].handle', why));
    return [];
  }
  const meanMin = handling.fit.mean.value / 60;
  const handle = lognormalMinutes(handling);
  const fitNote = text.handlingFit(text.talkTimes(), handling);
  const reasons = current?.reasons;
  if (reasons === undefined || reasons.length === 0) {
    return [
      {
        path: [CALLS, 'reasons'],
        value: [{ name: text.allReasons(), share: 1, handle }],
        commentBefore: [text.singleReason(from), fitNote],
      },
    ];
  }
  if (reasons.length === 1) {
    return [{ path: [CALLS, 'reasons', 0, 'handle'], value: handle, flow: true, comment: `${from}; ${fitNote}` }];
  }
  // Several reasons: the log has no reason column, so the mix is kept and the times scaled to its mean.
  const mixMeanMin = reasons.reduce((sum, reason) => sum + reason.share * meanOf(reason.handle), 0);
  const factor = meanMin / mixMeanMin;
  warnings.push(text.reasonsScaled(reasons.length, factor));
  return reasons.map((reason, index) => ({
    path: [CALLS, 'reasons', index, 'handle'],
    value: scaleDistribution(reason.handle, factor),
    flow: true,
    commentBefore: index === 0 ? [text.reasonsScaledNote(reasons.length, factor, minutes(meanMin), from), fitNote] : undefined,
  }));
}

function patienceEdits(patience: PatienceEstimate | Missing, from: string, warnings: string[]): ScenarioEdit[] {
  if (isMissing(patience)) {
    const why =
      patience.missing === 'noAbandonments' ? text.noAbandonments(patience.waited, patience.totalWaitSec) : text.noColumn('wait');
    warnings.push(text.notEstimated('calls.patience', why));
    return [];
  }
  const mean = patience.meanSec!;
  return [
    {
      path: [CALLS, 'patience'],
      value: { dist: 'exponential', mean: minutes(mean.value / 60) },
      flow: true,
      comment: `${from}; ${text.patienceFit(patience.abandoned, patience.totalWaitSec, mean)}`,
      commentBefore: [text.kaplanMeier(patience.curve, patience.medianSec, patience.exponentialGap, mean.value)],
    },
  ];
}

function redialEdits(
  redial: RedialEstimate | Missing,
  windowMin: number,
  calibrating: boolean,
  from: string,
  warnings: string[],
): ScenarioEdit[] {
  if (isMissing(redial)) {
    if (redial.missing === 'noRedials' && redial.upper < 0.05) {
      // The log shows no redials, which a phone system hiding or rewriting numbers would show too:
      // a fragment leaves redials out, a calibrated scenario keeps its own and says so.
      const note = text.noRedialsFound(redial.failures, windowMin, redial.upper) + (calibrating ? text.keptFromScenario() : '');
      warnings.push(note);
      return calibrating ? [] : [{ path: [CALLS, 'redial'], value: undefined, commentBefore: [note] }];
    }
    const why = redial.missing === 'noRedials' ? text.tooFewFailures(redial.failures, windowMin) : text.noCallerNumbers();
    warnings.push(text.notEstimated('calls.redial', why) + (calibrating ? text.keptFromScenario() : ''));
    return [];
  }
  const delayMean = redial.delayMeanSec;
  if (delayMean === null) {
    warnings.push(text.notEstimated('calls.redial', text.delayNotExponential(windowMin)) + (calibrating ? text.keptFromScenario() : ''));
    return [];
  }
  const p = redial.differsByAttempt ? redial.pByAttempt.map((interval) => probability3(interval.value)) : probability3(redial.p.value);
  return [
    {
      path: [CALLS, 'redial'],
      value: { p, delay: { dist: 'exponential', mean: minutes(delayMean.value / 60) }, maxAttempts: redial.maxAttempts },
      commentBefore: [from, text.redialFit(redial.redials, redial.failures, windowMin, redial.p, redial.beyondWindow)],
      entryComments: {
        p: redial.differsByAttempt ? text.redialByAttempt(redial.pByAttempt) : text.interval(redial.p, probability3),
        delay: text.delayFit(delayMean, redial.delayMedianSec, redial.delayP90Sec),
        maxAttempts: redial.maxAttempts === null ? text.noCapSeen(redial.longestChain) : text.capSeen(redial.maxAttempts),
      },
    },
  ];
}
