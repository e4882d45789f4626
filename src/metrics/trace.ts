// The audit trace: one flat row per contact (call attempt, visit, callback, message), kept in
// memory only when the user asks for it (`--trace`), written as CSV.

import type { DayStart } from '../model/observer.js';
import type { DayObserver } from '../model/observer.js';
import { type CsvCell, type CsvLocale, toCsv } from '../text/csv.js';

/** Columns of the trace, in order; a contact leaves the columns that do not apply to it empty. */
export const TRACE_COLUMNS = [
  'replication',
  'day',
  'channel',
  'kind',
  'segment',
  'caller_id',
  'attempt',
  'reason',
  'arrival_min',
  'wait_min',
  'outcome',
  'answered_by',
  'talk_min',
  'service_min',
  'end_min',
  'interruptions',
  'hold_min',
  'callback_created',
  'transfer',
  'after_hours',
] as const;

type Row = Record<(typeof TRACE_COLUMNS)[number], CsvCell>;

/** Records every contact of the replications it observes; `csv()` gives the trace file. */
export class TraceRecorder implements DayObserver {
  private readonly rows: CsvCell[][] = [];
  private replication = 0;

  constructor(private readonly reasonNames: readonly string[]) {}

  /** Rows from now on belong to replication `replication` (0-based). */
  startReplication(replication: number): void {
    this.replication = replication;
  }

  /** The trace as CSV text, in the run's CSV dialect (its column names are codes in every language). */
  csv(locale: CsvLocale = 'en'): string {
    return toCsv(TRACE_COLUMNS, this.rows, locale);
  }

  dayStarted(_day: DayStart): void {}
  arrival(): void {}

  callAttempt(record: Parameters<DayObserver['callAttempt']>[0]): void {
    this.add({
      day: record.day,
      channel: 'call',
      kind: record.attempt === 1 ? 'first' : 'redial',
      segment: record.segment,
      caller_id: record.callerId,
      attempt: record.attempt,
      reason: this.reasonNames[record.reason] ?? null,
      arrival_min: record.arrivalMin,
      wait_min: record.waitMin,
      outcome: record.outcome,
      answered_by: record.answeredBy,
      talk_min: record.talkMin,
      callback_created: record.callbackCreated,
      transfer: record.transfer,
      after_hours: record.afterHours,
    });
  }

  caller(): void {}

  visit(record: Parameters<DayObserver['visit']>[0]): void {
    this.add({
      day: record.day,
      channel: 'visit',
      kind: record.kind,
      segment: record.segment,
      arrival_min: record.arrivalMin,
      wait_min: record.waitMin,
      outcome: record.outcome,
      service_min: record.serviceMin,
      end_min: record.endMin,
      interruptions: record.interruptions,
      hold_min: record.holdMin,
    });
  }

  callback(record: Parameters<DayObserver['callback']>[0]): void {
    this.add({
      day: record.day,
      channel: 'callback',
      kind: record.source,
      segment: record.segment,
      arrival_min: record.createdMin,
      wait_min: record.startMin === null ? null : record.startMin - record.createdMin,
      outcome: record.startMin === null ? 'not-returned' : 'returned',
      answered_by: record.team,
    });
  }

  message(record: Parameters<DayObserver['message']>[0]): void {
    this.add({
      day: record.day,
      channel: 'message',
      arrival_min: record.arrivalMin,
      wait_min: record.answeredMin === null ? null : record.answeredMin - record.arrivalMin,
      outcome: record.answeredMin === null ? 'not-answered' : 'answered',
    });
  }

  activity(): void {}
  queueLength(): void {}
  duty(): void {}
  dayEnded(): void {}

  private add(fields: Partial<Row>): void {
    const row: Partial<Row> = { replication: this.replication, ...fields };
    this.rows.push(TRACE_COLUMNS.map((column) => row[column] ?? null));
  }
}
