// The key figures as sections of rows, already worded and formatted: the one content behind the
// terminal table (table.ts) and the HTML tables (html.ts). A section appears only when its
// channel has traffic; a row only when its figure is defined (and, for a breakdown, not zero).

import type { Figure, Summary, TargetResult, TeamSummary, VisitSummary } from '../metrics/summary/index.js';
import { LOSS_CAUSES, type LossCause, SEGMENTS, TEAMS, type Team, VISITOR_KINDS, type VisitorKind, WORK_ACTIVITIES } from '../model/domain.js';
import { report } from '../text/messages.js';
import { formatDuration, formatFigure, formatNumber, unitOf, type Format, type FormattedFigure } from './format.js';

/** The sections of the key figures, in report order. */
export type SectionId = 'calls' | 'callbacks' | 'visitors' | 'messages' | 'staff' | 'money' | 'targets';

/** A column of figures; `header` is empty in single-column sections. */
export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
}

/** How a target came out: met, met but not with 95% confidence, or missed. */
export type Verdict = 'met' | 'unsure' | 'missed';

/** A labelled row: one cell per column, null where the figure is undefined (shown as "—"). */
export interface Row {
  readonly label: string;
  /** A breakdown of the row above it. */
  readonly indent: boolean;
  readonly cells: readonly (FormattedFigure | null)[];
  /** Target rows only. */
  readonly verdict?: Verdict;
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
export function keySections(summary: Summary): Section[] {
  const sections = [
    callSection(summary),
    callbackSection(summary),
    visitorSection(summary),
    messageSection(summary),
    staffSection(summary),
    moneySection(summary),
  ];
  return sections.filter((section): section is Section => section !== null && section.rows.length > 0);
}

/** The configured targets with their verdicts; null when the scenario sets none. */
export function targetSection(summary: Summary): Section | null {
  if (summary.targets.length === 0) return null;
  return {
    id: 'targets',
    title: report.section('targets'),
    columns: [
      { header: report.columnTarget(), align: 'right' },
      { header: report.columnValue(), align: 'right' },
      { header: report.columnVerdict(), align: 'left' },
    ],
    rows: summary.targets.map((target) => targetRow(summary, target)),
  };
}

/** The word for a verdict, e.g. "✓ met (not with 95% confidence)". */
export function verdictText(verdict: Verdict): string {
  if (verdict === 'met') return report.met();
  if (verdict === 'unsure') return `${report.met()} ${report.notConfident()}`;
  return report.missed();
}

/** A target's verdict from the summary's met / metWithConfidence. */
export function verdictOf(target: TargetResult): Verdict {
  if (!target.met) return 'missed';
  return target.metWithConfidence ? 'met' : 'unsure';
}

/** The target's label, e.g. "calls answered within 20 s"; an unknown target shows its metric path. */
export function targetLabel(summary: Summary, name: string, metric: string): string {
  const names = report.targetName;
  const calls = formatDuration(summary.thresholds.callAnsweredWithinMin);
  const visitors = formatDuration(summary.thresholds.visitorAttendedWithinMin);
  switch (name) {
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
      return metric;
  }
}

/** The format of a figure from its name in the summary: shares, minutes, or a plain ratio. */
export function formatOfMetric(metric: string): Format {
  const last = metric.slice(metric.lastIndexOf('.') + 1);
  if (/^(p_|sl_)|Share$/.test(last)) return 'share';
  if (/^mean_wait|Min$/.test(last)) return 'minutes';
  return 'ratio';
}

function targetRow(summary: Summary, target: TargetResult): Row {
  const format = formatOfMetric(target.metric);
  const bound = formatNumber(target.target, format);
  const verdict = verdictOf(target);
  return {
    label: targetLabel(summary, target.name, target.metric),
    indent: false,
    cells: [
      { number: target.kind === 'atLeast' ? report.atLeast(bound) : report.atMost(bound), unit: unitOf(format), halfWidth: null },
      formatFigure({ value: target.value, ci95: target.ci95 }, format),
      { number: verdictText(verdict), unit: '', halfWidth: null },
    ],
    verdict,
  };
}

const SINGLE: readonly Column[] = [{ header: '', align: 'right' }];

/** A single-column row, or null when the figure is undefined. */
function row(label: string, figure: Figure, format: Format, indent = false): Row | null {
  const cell = formatFigure(figure, format);
  return cell === null ? null : { label, indent, cells: [cell] };
}

/** A row over several columns, or null when every figure is undefined. */
function matrixRow<T>(label: string, columns: readonly T[], figure: (column: T) => Figure, format: Format, indent = false): Row | null {
  const cells = columns.map((column) => formatFigure(figure(column), format));
  return cells.every((cell) => cell === null) ? null : { label, indent, cells };
}

function section(id: SectionId, columns: readonly Column[], rows: readonly (Row | null)[]): Section {
  return { id, title: report.section(id), columns, rows: rows.filter((r): r is Row => r !== null) };
}

function callSection(summary: Summary): Section | null {
  const { calls, callers } = summary;
  if (!hasTraffic(calls.offeredPerDay)) return null;
  return section('calls', SINGLE, [
    row(report.offeredPerDay(), calls.offeredPerDay, 'count'),
    row(report.answeredWithin(formatDuration(summary.thresholds.callAnsweredWithinMin)), calls.sl_answered_within_t_over_offered, 'share'),
    row(report.abandoned(), calls.p_abandon, 'share'),
    row(report.meanWait(), calls.mean_wait_all, 'seconds'),
    row(report.p90Wait(), calls.waitMin.all.p90, 'seconds'),
    row(report.redialsPerCaller(), callers.redialsPerCaller, 'ratio'),
    row(report.callersLostForGood(), callers.lostForGoodShare, 'share'),
  ]);
}

function callbackSection(summary: Summary): Section | null {
  const { callbacks } = summary;
  if (!hasTraffic(callbacks.createdPerDay)) return null;
  return section('callbacks', SINGLE, [
    row(report.callbacksPerDay(), callbacks.createdPerDay, 'count'),
    row(report.returnedSameDay(), callbacks.returnedSameDayShare, 'share'),
    row(report.meanDelay(), callbacks.meanDelayMin, 'minutes'),
    row(report.p90Delay(), callbacks.delayMin.p90, 'minutes'),
  ]);
}

function visitorSection(summary: Summary): Section | null {
  const { visits } = summary;
  if (!hasTraffic(visits.all.arrivalsPerDay)) return null;
  const kinds: ('all' | VisitorKind)[] = VISITOR_KINDS.filter((kind) => hasTraffic(visits[kind].arrivalsPerDay));
  // With one kind only, "all" would repeat it.
  if (kinds.length > 1) kinds.push('all');
  const columns = kinds.map((kind): Column => ({ header: report.visitorKind(kind), align: 'right' }));
  const of = (get: (visit: VisitSummary) => Figure) => (kind: 'all' | VisitorKind) => get(visits[kind]);
  const threshold = formatDuration(summary.thresholds.visitorAttendedWithinMin);
  return section('visitors', columns, [
    matrixRow(report.arrivalsPerDay(), kinds, of((v) => v.arrivalsPerDay), 'count'),
    matrixRow(report.attendedWithin(threshold), kinds, of((v) => v.sl_attended_within_t_over_arrivals), 'share'),
    matrixRow(report.meanWait(), kinds, of((v) => v.mean_wait_all), 'minutes'),
    matrixRow(report.p90Wait(), kinds, of((v) => v.waitMin.all.p90), 'minutes'),
    matrixRow(report.visitorsLost(), kinds, of((v) => v.lostShare), 'share'),
    matrixRow(report.interrupted(), kinds, of((v) => v.interruptedShare), 'share'),
    matrixRow(report.holdPerVisit(), kinds, of((v) => v.holdMinPerVisit), 'minutes'),
  ]);
}

function messageSection(summary: Summary): Section | null {
  const { messages } = summary;
  if (!hasTraffic(messages.arrivalsPerDay)) return null;
  const target = summary.thresholds.messageReplyTargetMin;
  return section('messages', SINGLE, [
    row(report.messagesPerDay(), messages.arrivalsPerDay, 'count'),
    row(report.answeredSameDay(), messages.answeredSameDayShare, 'share'),
    target === null ? null : row(report.answeredWithinTarget(formatDuration(target)), messages.answeredWithinTargetShare, 'share'),
    row(report.meanReply(), messages.meanReplyMin, 'minutes'),
    row(report.p90Reply(), messages.replyMin.p90, 'minutes'),
  ]);
}

function staffSection(summary: Summary): Section | null {
  const teams = TEAMS.filter((team) => hasTraffic(summary.staff[team].memberDaysPerDay));
  if (teams.length === 0) return null;
  const columns = teams.map((team): Column => ({ header: report.team(team), align: 'right' }));
  const of = (get: (team: TeamSummary) => Figure) => (team: Team) => get(summary.staff[team]);
  const activities = WORK_ACTIVITIES.filter((activity) =>
    teams.some((team) => hasTraffic(summary.staff[team].utilisationByActivity[activity])),
  );
  return section('staff', columns, [
    matrixRow(report.utilisation(), teams, of((t) => t.utilisation), 'share'),
    ...activities.map((activity) =>
      matrixRow(report.activity(activity), teams, of((t) => t.utilisationByActivity[activity]), 'share', true),
    ),
    matrixRow(report.overtimePerDay(), teams, of((t) => t.overtimeMinPerDay), 'minutes'),
  ]);
}

function moneySection(summary: Summary): Section | null {
  const { money, visits } = summary;
  const format: Format = { money: money.currency };
  const payingTeams = TEAMS.filter((team) => hasTraffic(money.staffCostPerDay[team]));
  const causeHasTraffic: Readonly<Record<LossCause, boolean>> = {
    callersLost: hasTraffic(summary.calls.offeredPerDay),
    walkInsLost: hasTraffic(visits.walkIn.arrivalsPerDay),
    interruptions: hasTraffic(visits.all.arrivalsPerDay),
  };
  const anyCustomers = causeHasTraffic.callersLost || causeHasTraffic.interruptions;
  return section('money', SINGLE, [
    row(report.staffCostPerDay(), money.staffCostPerDay.total, format),
    ...(payingTeams.length > 1
      ? payingTeams.map((team) => row(report.team(team), money.staffCostPerDay[team], format, true))
      : []),
    row(report.lostMarginPerDay(), money.lostMarginPerDay.total, format),
    ...LOSS_CAUSES.filter((cause) => causeHasTraffic[cause]).map((cause) =>
      row(report.cause(cause), money.lostMarginByCausePerDay[cause], format, true),
    ),
    anyCustomers ? row(report.customersLostPerDay(), money.customersLostPerDay.total, 'count') : null,
    ...(anyCustomers ? SEGMENTS.map((segment) => row(report.segment(segment), money.customersLostPerDay[segment], 'count', true)) : []),
    row(report.netCostPerDay(), money.netCostPerDay, format),
  ]);
}
