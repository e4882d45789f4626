// The key figures as sections of rows, already worded and formatted in the report's language: the
// one content behind the terminal table (table.ts) and the HTML tables (html.ts). A section appears
// only when its channel has traffic; a row only when its figure is defined (and, for a breakdown,
// not zero).

import type { Figure, Summary, TargetFacts, TargetResult, TeamSummary, VisitSummary } from '../metrics/summary/index.js';
import { LOSS_CAUSES, type LossCause, SEGMENTS, TEAMS, type Team, VISITOR_KINDS, type VisitorKind, WORK_ACTIVITIES } from '../model/domain.js';
import { joinQuantity, type ReportLanguage } from '../text/report/index.js';
import { formatDuration, formatFigure, formatParts, type Format, type FormattedFigure } from './format.js';
import { targetStatus, type Status } from './verdict.js';

/** The sections of the key figures, in report order. */
export type SectionId = 'calls' | 'callbacks' | 'visitors' | 'messages' | 'staff' | 'money' | 'targets';

/** A column of figures; `header` is empty in single-column sections. */
export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
}

/** A labelled row: one cell per column, null where the figure is undefined (shown as "—"). */
export interface Row {
  readonly label: string;
  /** A breakdown of the row above it. */
  readonly indent: boolean;
  readonly cells: readonly (FormattedFigure | null)[];
  /** Target rows only. */
  readonly status?: Status;
}

/** A titled block of rows. */
export interface Section {
  readonly id: SectionId;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

/** True when a count per day is positive: the channel had traffic. */
export function hasTraffic(figure: Figure): boolean {
  return figure.value !== null && figure.value > 0;
}

/** The key-figure sections with traffic (targets apart: see targetSection), in report order. */
export function keySections(summary: Summary, language: ReportLanguage): Section[] {
  const sections = [
    callSection(summary, language),
    callbackSection(summary, language),
    visitorSection(summary, language),
    messageSection(summary, language),
    staffSection(summary, language),
    moneySection(summary, language),
  ];
  return sections.filter((section): section is Section => section !== null && section.rows.length > 0);
}

/** The configured targets with their statuses; null when the scenario sets none. */
export function targetSection(summary: Summary, language: ReportLanguage): Section | null {
  if (summary.targets.length === 0) return null;
  const { text } = language;
  return {
    id: 'targets',
    title: text.sections.targets,
    columns: [
      { header: text.columnTarget, align: 'right' },
      { header: text.columnValue, align: 'right' },
      { header: text.columnStatus, align: 'left' },
    ],
    rows: summary.targets.map((target) => targetRow(summary, target, language)),
  };
}

/** The target's label, e.g. "calls answered within 20 s"; an unknown target shows its metric path. */
export function targetLabel(summary: Summary, target: TargetFacts, language: ReportLanguage): string {
  const names = language.text.targetNames;
  const calls = formatDuration(summary.thresholds.callAnsweredWithinMin, language);
  const visitors = formatDuration(summary.thresholds.visitorAttendedWithinMin, language);
  switch (target.name) {
    case 'callServiceLevel':
      return names.callServiceLevel(calls);
    case 'callMaxAbandon':
      return names.callMaxAbandon();
    case 'callMaxLostForGood':
      return names.callMaxLostForGood();
    case 'visitorServiceLevel':
      return names.visitorServiceLevel(visitors);
    case 'visitorMaxInterruptedShare':
      return names.visitorMaxInterruptedShare();
    case 'visitorMaxMeanWaitMin':
      return names.visitorMaxMeanWaitMin();
    default:
      return target.metric;
  }
}

/** The format of a figure from its name in the summary: shares, minutes, or a plain ratio. */
export function formatOfMetric(metric: string): Format {
  const last = metric.slice(metric.lastIndexOf('.') + 1);
  if (/^(p_|sl_)|Share$/.test(last)) return 'share';
  if (/^mean_wait|Min$/.test(last)) return 'minutes';
  return 'ratio';
}

/** A target's bound as text: "≥ 80.0%". */
export function boundText(target: TargetFacts, language: ReportLanguage, words = false): string {
  const { text } = language;
  const bound = formatParts(target.target, formatOfMetric(target.metric), language);
  const shown = joinQuantity(bound);
  if (words) return target.kind === 'atLeast' ? text.atLeastWords(shown) : text.atMostWords(shown);
  return target.kind === 'atLeast' ? text.atLeast(shown) : text.atMost(shown);
}

function targetRow(summary: Summary, target: TargetResult, language: ReportLanguage): Row {
  const format = formatOfMetric(target.metric);
  const bound = formatParts(target.target, format, language);
  const status = targetStatus(target);
  const { text } = language;
  const boundNumber = target.kind === 'atLeast' ? text.atLeast(bound.number) : text.atMost(bound.number);
  return {
    label: targetLabel(summary, target, language),
    indent: false,
    cells: [
      { ...bound, number: boundNumber, halfWidth: null },
      formatFigure({ value: target.value, ci95: target.ci95 }, format, language),
      { number: text.statuses[status], unit: '', unitFirst: false, joiner: '', halfWidth: null },
    ],
    status,
  };
}

const SINGLE: readonly Column[] = [{ header: '', align: 'right' }];

/** Builds rows in one language. */
function rowMaker(language: ReportLanguage) {
  return {
    /** A single-column row, or null when the figure is undefined. */
    row(label: string, figure: Figure, format: Format, indent = false): Row | null {
      const cell = formatFigure(figure, format, language);
      return cell === null ? null : { label, indent, cells: [cell] };
    },
    /** A row over several columns, or null when every figure is undefined. */
    matrixRow<T>(label: string, columns: readonly T[], figure: (column: T) => Figure, format: Format, indent = false): Row | null {
      const cells = columns.map((column) => formatFigure(figure(column), format, language));
      return cells.every((cell) => cell === null) ? null : { label, indent, cells };
    },
    section(id: Exclude<SectionId, 'targets'>, columns: readonly Column[], rows: readonly (Row | null)[]): Section {
      return { id, title: language.text.sections[id], columns, rows: rows.filter((r): r is Row => r !== null) };
    },
  };
}

function callSection(summary: Summary, language: ReportLanguage): Section | null {
  const { calls, callers } = summary;
  if (!hasTraffic(calls.offeredPerDay)) return null;
  const { text } = language;
  const { row, section } = rowMaker(language);
  return section('calls', SINGLE, [
    row(text.offeredPerDay, calls.offeredPerDay, 'count'),
    // Calls while closed are not offered to anyone (voicemail or lost): their own row, when there are any.
    hasTraffic(calls.afterHours.attemptsPerDay) ? row(text.whileClosedPerDay, calls.afterHours.attemptsPerDay, 'count') : null,
    row(text.answeredWithin(formatDuration(summary.thresholds.callAnsweredWithinMin, language)), calls.sl_answered_within_t_over_offered, 'share'),
    row(text.abandoned, calls.p_abandon, 'share'),
    row(text.meanWait, calls.mean_wait_all, 'seconds'),
    row(text.p90Wait, calls.waitMin.all.p90, 'seconds'),
    row(text.redialsPerCaller, callers.redialsPerCaller, 'ratio'),
    row(text.callersLostForGood, callers.lostForGoodShare, 'share'),
  ]);
}

function callbackSection(summary: Summary, language: ReportLanguage): Section | null {
  const { callbacks } = summary;
  if (!hasTraffic(callbacks.createdPerDay)) return null;
  const { text } = language;
  const { row, section } = rowMaker(language);
  return section('callbacks', SINGLE, [
    row(text.callbacksPerDay, callbacks.createdPerDay, 'count'),
    row(text.returnedSameDay, callbacks.returnedSameDayShare, 'share'),
    row(text.meanDelay, callbacks.meanDelayMin, 'minutes'),
    row(text.p90Delay, callbacks.delayMin.p90, 'minutes'),
  ]);
}

function visitorSection(summary: Summary, language: ReportLanguage): Section | null {
  const { visits } = summary;
  if (!hasTraffic(visits.all.arrivalsPerDay)) return null;
  const { text } = language;
  const { matrixRow, section } = rowMaker(language);
  const kinds: ('all' | VisitorKind)[] = VISITOR_KINDS.filter((kind) => hasTraffic(visits[kind].arrivalsPerDay));
  // With one kind only, "all" would repeat it.
  if (kinds.length > 1) kinds.push('all');
  const columns = kinds.map((kind): Column => ({ header: text.visitorKinds[kind], align: 'right' }));
  const of = (get: (visit: VisitSummary) => Figure) => (kind: 'all' | VisitorKind) => get(visits[kind]);
  const threshold = formatDuration(summary.thresholds.visitorAttendedWithinMin, language);
  return section('visitors', columns, [
    matrixRow(text.arrivalsPerDay, kinds, of((v) => v.arrivalsPerDay), 'count'),
    matrixRow(text.attendedWithin(threshold), kinds, of((v) => v.sl_attended_within_t_over_arrivals), 'share'),
    matrixRow(text.meanWait, kinds, of((v) => v.mean_wait_all), 'minutes'),
    matrixRow(text.p90Wait, kinds, of((v) => v.waitMin.all.p90), 'minutes'),
    matrixRow(text.visitorsLost, kinds, of((v) => v.lostShare), 'share'),
    matrixRow(text.interrupted, kinds, of((v) => v.interruptedShare), 'share'),
    matrixRow(text.holdPerVisit, kinds, of((v) => v.holdMinPerVisit), 'minutes'),
  ]);
}

function messageSection(summary: Summary, language: ReportLanguage): Section | null {
  const { messages } = summary;
  if (!hasTraffic(messages.arrivalsPerDay)) return null;
  const { text } = language;
  const { row, section } = rowMaker(language);
  const target = summary.thresholds.messageReplyTargetMin;
  return section('messages', SINGLE, [
    row(text.messagesPerDay, messages.arrivalsPerDay, 'count'),
    row(text.answeredSameDay, messages.answeredSameDayShare, 'share'),
    target === null ? null : row(text.answeredWithinTarget(formatDuration(target, language)), messages.answeredWithinTargetShare, 'share'),
    row(text.meanReply, messages.meanReplyMin, 'minutes'),
    row(text.p90Reply, messages.replyMin.p90, 'minutes'),
  ]);
}

function staffSection(summary: Summary, language: ReportLanguage): Section | null {
  const teams = TEAMS.filter((team) => hasTraffic(summary.staff[team].memberDaysPerDay));
  if (teams.length === 0) return null;
  const { text } = language;
  const { matrixRow, section } = rowMaker(language);
  const columns = teams.map((team): Column => ({ header: text.teams[team], align: 'right' }));
  const of = (get: (team: TeamSummary) => Figure) => (team: Team) => get(summary.staff[team]);
  const activities = WORK_ACTIVITIES.filter((activity) =>
    teams.some((team) => hasTraffic(summary.staff[team].utilisationByActivity[activity])),
  );
  // Under answer-all, the time on calls a visitor of theirs spent waiting on hold.
  const onHold = teams.some((team) => hasTraffic(summary.staff[team].utilisationOnCalls.visitorOnHold));
  return section('staff', columns, [
    matrixRow(text.utilisation, teams, of((t) => t.utilisation), 'share'),
    ...activities.flatMap((activity) => [
      matrixRow(text.activities[activity], teams, of((t) => t.utilisationByActivity[activity]), 'share', true),
      ...(activity === 'call' && onHold ? [matrixRow(text.onCallsVisitorOnHold, teams, of((t) => t.utilisationOnCalls.visitorOnHold), 'share', true)] : []),
    ]),
    matrixRow(text.overtimePerDay, teams, of((t) => t.overtimeMinPerDay), 'minutes'),
  ]);
}

/** Which causes of lost customers the scenario can have: a cause without its channel is left out. */
export function causesWithTraffic(summary: Summary): LossCause[] {
  const has: Readonly<Record<LossCause, boolean>> = {
    callersLost: hasTraffic(summary.calls.offeredPerDay),
    walkInsLost: hasTraffic(summary.visits.walkIn.arrivalsPerDay),
    interruptions: hasTraffic(summary.visits.all.arrivalsPerDay),
  };
  return LOSS_CAUSES.filter((cause) => has[cause]);
}

function moneySection(summary: Summary, language: ReportLanguage): Section | null {
  const { money } = summary;
  const { text } = language;
  const { row, section } = rowMaker(language);
  const format: Format = { money: money.currency };
  const payingTeams = TEAMS.filter((team) => hasTraffic(money.staffCostPerDay[team]));
  const causes = causesWithTraffic(summary);
  const anyCustomers = causes.includes('callersLost') || causes.includes('interruptions');
  return section('money', SINGLE, [
    row(text.staffCostPerDay, money.staffCostPerDay.total, format),
    ...(payingTeams.length > 1 ? payingTeams.map((team) => row(text.teams[team], money.staffCostPerDay[team], format, true)) : []),
    row(text.lostMarginPerDay, money.lostMarginPerDay.total, format),
    ...causes.map((cause) => row(text.causes[cause], money.lostMarginByCausePerDay[cause], format, true)),
    anyCustomers ? row(text.customersLostPerDay, money.customersLostPerDay.total, 'count') : null,
    ...(anyCustomers ? SEGMENTS.map((segment) => row(text.segments[segment], money.customersLostPerDay[segment], 'count', true)) : []),
    row(text.netCostPerDay, money.netCostPerDay, format),
  ]);
}
