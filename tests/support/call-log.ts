// Turns a simulated `--trace` into the call log a phone system would export: one row per call
// attempt with date, time, caller number, wait, talk time and status — in plain CSV (ISO dates,
// English statuses, mm:ss), or as a Spanish export (';', dd/mm/yyyy, decimal commas, Spanish
// statuses and headers, Windows-1252, newest first, outgoing calls mixed in). The trace is read
// by column name, so new trace columns do not break it.

import { parse } from 'csv-parse/sync';

/** A call attempt of the trace, with the calendar day it fell on. */
export interface TracedCall {
  readonly date: Date;
  readonly startSec: number;
  readonly phone: string;
  readonly waitSec: number;
  readonly talkSec: number;
  readonly outcome: string;
}

/**
 * The call rows of a trace; days of each replication follow each other on a Monday-to-Friday
 * calendar from `firstMonday`; `replication`: only that one.
 */
export function tracedCalls(traceCsv: string, firstMonday = new Date(Date.UTC(2024, 2, 4)), replication?: number): TracedCall[] {
  const rows = parse(traceCsv, { columns: true }) as Record<string, string>[];
  const daysPerReplication = Math.max(...rows.map((row) => Number(row.day))) + 1;
  const weeksPerReplication = Math.ceil(daysPerReplication / 5) + 1;
  return rows
    .filter((row) => row.channel === 'call' && (replication === undefined || Number(row.replication) === replication))
    .map((row) => {
      const replication = Number(row.replication);
      const day = Number(row.day);
      // Working day n of a Monday-to-Friday week: weekends skipped.
      const calendarDay = replication * weeksPerReplication * 7 + Math.floor(day / 5) * 7 + (day % 5);
      const date = new Date(firstMonday.getTime() + calendarDay * 86_400_000);
      return {
        date,
        startSec: Math.floor(Number(row.arrival_min) * 60),
        phone: `+34 6${replication}${String(day).padStart(3, '0')}${String(row.caller_id).padStart(5, '0')}`,
        waitSec: Number(row.wait_min) * 60,
        talkSec: Number(row.talk_min || 0) * 60,
        outcome: row.outcome,
      };
    });
}

const ENGLISH: Record<string, string> = { answered: 'answered', abandoned: 'abandoned', 'rang-out': 'missed', voicemail: 'voicemail', closed: 'missed' };
const SPANISH: Record<string, string> = { answered: 'Contestada', abandoned: 'Abandonada', 'rang-out': 'No contestada', voicemail: 'Buzón', closed: 'No contestada' };

const two = (n: number) => String(n).padStart(2, '0');
const clock = (sec: number) => `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(Math.floor(sec % 60))}`;
const minSec = (sec: number) => `${two(Math.floor(Math.round(sec) / 60))}:${two(Math.round(sec) % 60)}`;

/** Plain CSV: ISO dates, English statuses, waits mm:ss and talk hh:mm:ss in whole seconds, oldest first. */
export function plainCallLog(calls: readonly TracedCall[]): string {
  const lines = ['date,time,caller,wait,talk,status'];
  for (const call of sorted(calls, 1)) {
    const talk = call.outcome === 'answered' ? clock(Math.round(call.talkSec)) : '';
    lines.push(`${call.date.toISOString().slice(0, 10)},${clock(call.startSec)},${call.phone},${minSec(call.waitSec)},${talk},${ENGLISH[call.outcome]}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A Spanish export as Windows-1252 bytes (or UTF-8 with a byte-order mark, as Excel's "CSV UTF-8"
 * writes): ';', dd/mm/yyyy, seconds with a decimal comma, Spanish headers and statuses, a title
 * line, newest first, an outgoing call after every 50th row.
 */
export function spanishCallLog(calls: readonly TracedCall[], encoding: 'windows-1252' | 'utf-8' = 'windows-1252'): Buffer {
  const lines = ['Informe de llamadas', 'Fecha;Hora;Origen;Espera (s);Duración;Estado;Dirección'];
  sorted(calls, -1).forEach((call, index) => {
    const date = `${two(call.date.getUTCDate())}/${two(call.date.getUTCMonth() + 1)}/${call.date.getUTCFullYear()}`;
    const wait = call.waitSec.toFixed(1).replace('.', ',');
    const talk = call.outcome === 'answered' ? call.talkSec.toFixed(1).replace('.', ',') : '0';
    lines.push(`${date};${clock(call.startSec)};${call.phone};${wait};${talk};${SPANISH[call.outcome]};Entrante`);
    if (index % 50 === 0) lines.push(`${date};${clock(call.startSec)};+34 911 000 000;0;95,0;Contestada;Saliente`);
  });
  const text = `${lines.join('\r\n')}\r\n`;
  return encoding === 'utf-8' ? Buffer.from(`\uFEFF${text}`, 'utf8') : windows1252(text);
}

function sorted(calls: readonly TracedCall[], sign: number): TracedCall[] {
  return [...calls].sort((a, b) => sign * (a.date.getTime() - b.date.getTime() || a.startSec - b.startSec));
}

/** Latin text as Windows-1252 bytes (every character used here is below U+0100). */
function windows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}
