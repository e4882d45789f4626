// When something happened, as exports write it: a date column and a time column, or both in
// one cell ("04/03/2024 09:15"). Shared by the importers of call logs, books and visit logs.

import { csvInput } from '../../text/messages.js';
import { parseClockSec, parseDateDay, parseDateTime, weekdayOfDay } from '../csv/cells.js';
import type { Row } from '../csv/table.js';

/** A moment: day (since 1970-01-01), its weekday (Monday 0) and seconds after midnight. */
export interface Moment {
  readonly day: number;
  readonly weekday: number;
  readonly sec: number;
}

/** Reads dates with a one-entry cache: logs repeat the same date row after row. */
export class MomentReader<F extends string> {
  private lastDateText = '';
  private lastDay: number | undefined;

  constructor(
    private readonly dateField: F,
    private readonly timeField: F,
  ) {}

  /** The moment of a row from its date and time fields; undefined after `row.bad` when they cannot be read. */
  read(row: Row<F>): Moment | undefined {
    const dateText = row.cell(this.dateField);
    const timeText = row.cell(this.timeField);
    // A date and a time in one cell, in either column.
    const both = parseDateTime(timeText || dateText);
    if (both !== undefined) return { day: both.day, weekday: weekdayOfDay(both.day), sec: both.sec };
    if (!row.has(this.dateField)) return row.bad(this.timeField, csvInput.noDate());
    const day = this.dayOf(dateText);
    const sec = parseClockSec(timeText);
    if (day === undefined) row.bad(this.dateField, csvInput.date());
    if (sec === undefined) row.bad(this.timeField, row.has(this.timeField) ? csvInput.clockTime() : csvInput.dateTime());
    return day === undefined || sec === undefined ? undefined : { day, weekday: weekdayOfDay(day), sec };
  }

  /** Seconds after midnight of a clock time in `field` (the day being the row's); undefined if empty, NaN if unreadable. */
  clock(row: Row<F>, field: F): number | undefined {
    const text = row.cell(field);
    if (text === '') return undefined;
    const both = parseDateTime(text);
    return both?.sec ?? parseClockSec(text) ?? Number.NaN;
  }

  private dayOf(text: string): number | undefined {
    if (text !== this.lastDateText) {
      this.lastDateText = text;
      this.lastDay = parseDateDay(text);
    }
    return this.lastDay;
  }
}
