// Reception-log estimates → edits of a scenario's `walkIns` (arrival profile, write-up),
// `appointments.writeUp` and `pickups` (service time, same-day share, window). Against an
// existing scenario the pickup window is kept within its opening hours.

import { isoDate, type LoggedVisitKind } from '../../model/observed.js';
import type { ScenarioEdit, ScenarioFragment } from '../../model/scenario-edit.js';
import type { Weekday } from '../../model/schema/common.js';
import { calibrationText as text } from '../../text/messages.js';
import { type DurationFit, isMissing, type Missing } from './estimates.js';
import { lognormalMinutes, profileEdits, type SourceFile } from './fragment-parts.js';
import { probability3 } from './rounding.js';
import type { VisitsEstimate } from './visits.js';

/** The scenario's opening hours, minutes after midnight, when calibrating one. */
export interface Opening {
  readonly openMin: number;
  readonly closeMin: number;
  /** The working week. */
  readonly week: readonly Weekday[];
}

/** Where each kind's service time goes in a scenario. */
const SERVICE_FIELD: Record<LoggedVisitKind, readonly [string, string]> = {
  dropOff: ['appointments', 'writeUp'],
  walkIn: ['walkIns', 'writeUp'],
  pickup: ['pickups', 'service'],
};

/** The edits a reception log makes; `opening`: the scenario's hours when calibrating. */
export function visitsFragment(estimate: VisitsEstimate, source: SourceFile, opening: Opening | undefined): ScenarioFragment {
  const warnings: string[] = [];
  const from = text.from(source.file, isoDate(estimate.firstDay), isoDate(estimate.lastDay));
  const edits: ScenarioEdit[] = [];

  // 1. Walk-ins: arrivals by hour and weekday.
  if (estimate.byKind.walkIn === 0) warnings.push(text.notEstimated('walkIns.perHour', text.noneOfKind('walkIn', estimate.walkIns.days)));
  else {
    edits.push(
      ...profileEdits('walkIns', estimate.walkIns, text.walkInsPerHourNote(from, estimate.walkIns.days), opening?.week, warnings, (_hour, interval) =>
        `${interval.low.toFixed(2)}–${interval.high.toFixed(2)}`,
      ),
    );
  }

  // 2. Time with an advisor, by kind.
  for (const kind of ['dropOff', 'walkIn', 'pickup'] as const) edits.push(...serviceEdits(kind, estimate.service[kind], from, warnings));

  // 3. Pickups: how many drop-offs come back the same day, and when.
  edits.push(...pickupEdits(estimate, from, opening, warnings));

  const header = [
    text.visitsSource(source.file, isoDate(estimate.firstDay), isoDate(estimate.lastDay), estimate.walkIns.days, estimate.walkIns.daysByWeekday),
    text.rowsRead(estimate.rows, source.skipped, source.leftOut),
    text.visitsRead(estimate.byKind, estimate.meanWaitSec),
    text.serviceIncludesInterruptions(),
  ];
  const evidence = text.evidence(source.file, isoDate(estimate.firstDay), isoDate(estimate.lastDay), estimate.walkIns.days, text.visits(estimate.rows));
  return { header, edits, warnings, evidence };
}

function serviceEdits(kind: LoggedVisitKind, service: DurationFit | Missing, from: string, warnings: string[]): ScenarioEdit[] {
  const field = SERVICE_FIELD[kind];
  if (isMissing(service)) {
    const why = service.missing === 'tooFew' ? text.tooFew(service.count) : text.noColumns(['start', 'end']);
    warnings.push(text.notEstimated(field.join('.'), why));
    return [];
  }
  return [{ path: field, value: lognormalMinutes(service), flow: true, comment: `${from}; ${text.handlingFit(text.serviceTimes(kind), service)}` }];
}

function pickupEdits(estimate: VisitsEstimate, from: string, opening: Opening | undefined, warnings: string[]): ScenarioEdit[] {
  const share = estimate.pickupShare;
  const window = estimate.pickupWindowSec;
  if (isMissing(share) || isMissing(window)) {
    warnings.push(text.notEstimated('pickups.share, pickups.window', text.noneOfKind('pickup', estimate.walkIns.days)));
    return [];
  }
  const edits: ScenarioEdit[] = [];
  const capped = Math.min(1, share.value);
  if (share.value > 1) warnings.push(text.pickupShareCapped(share.value));
  edits.push({ path: ['pickups', 'share'], value: probability3(capped), comment: `${from}; ${text.pickupShareFit(share)}` });
  // Quarter hours around the central 90 % of pickup arrivals, inside the opening hours if known.
  let fromMin = Math.floor(window.from / 60 / 15) * 15;
  let toMin = Math.ceil(window.to / 60 / 15) * 15;
  if (opening !== undefined) {
    const clamped = [Math.max(fromMin, opening.openMin), Math.min(toMin, opening.closeMin)];
    if (clamped[0] !== fromMin || clamped[1] !== toMin) warnings.push(text.pickupWindowClamped(clock(fromMin), clock(toMin)));
    [fromMin, toMin] = clamped;
  }
  if (toMin > fromMin) {
    edits.push({ path: ['pickups', 'window'], value: { from: clock(fromMin), to: clock(toMin) }, flow: true, comment: text.pickupWindowNote(from) });
  }
  return edits;
}

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
