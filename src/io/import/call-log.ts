// A phone system's call log, as exported: one row per call attempt, columns named in Spanish or
// English (fecha, hora, origen, espera, duración, estado / date, time, caller, wait, talk,
// status), statuses in either language ("contestada", "abandonada", "buzón", "ocupado"…).
// Outgoing and internal calls, and calls of other queues when one is chosen, are left out and
// counted. Caller numbers are hashed as they are read: no raw number is kept or written.

import { type LoggedCall, type LoggedCallStatus } from '../../model/observed.js';
import { csvInput } from '../../text/messages.js';
import { normaliseName, parseDurationSec } from '../csv/cells.js';
import type { Row, TableSpec } from '../csv/table.js';
import { MomentReader } from './when.js';
import { wordTable, WordLookup } from './words.js';

/** The longest wait or talk time a call log may hold. */
const MAX_CALL_SEC = 24 * 3600;

/** The fields of a call log. */
export type CallLogField = 'date' | 'time' | 'caller' | 'wait' | 'talk' | 'status' | 'direction' | 'queue';

/** Column names of each field, normalised (see normaliseName). */
export const CALL_LOG_COLUMNS: Readonly<Record<CallLogField, readonly string[]>> = {
  date: ['fecha', 'date', 'dia', 'day', 'fecha llamada', 'call date'],
  time: ['hora', 'time', 'hora inicio', 'inicio', 'hora de inicio', 'fecha hora', 'fecha y hora', 'start', 'start time', 'started', 'call start', 'datetime', 'date time', 'timestamp'],
  caller: ['origen', 'caller', 'numero origen', 'llamante', 'numero', 'telefono', 'caller id', 'callerid', 'from', 'source', 'number', 'phone', 'ani', 'cli'],
  wait: ['espera', 'wait', 'tiempo espera', 'tiempo de espera', 'tiempo en cola', 'ring', 'ring time', 'tono', 'tiempo de tono', 'wait time', 'queue time', 'hold time', 'time to answer'],
  talk: ['duracion', 'talk', 'conversacion', 'tiempo conversacion', 'tiempo de conversacion', 'talk time', 'duration', 'handle time', 'billsec'],
  status: ['estado', 'status', 'resultado', 'disposicion', 'outcome', 'result', 'disposition'],
  direction: ['direccion', 'direction', 'sentido', 'call type', 'tipo llamada', 'tipo de llamada'],
  queue: ['cola', 'queue', 'grupo', 'group', 'extension', 'ext', 'departamento', 'department', 'destino', 'destination'],
};

const STATUS_WORDS: ReadonlyMap<string, LoggedCallStatus> = wordTable({
  answered: ['contestada', 'contestado', 'atendida', 'atendido', 'respondida', 'answered', 'answer', 'connected', 'completed'],
  abandoned: ['abandonada', 'abandonado', 'colgada', 'colgado', 'abandoned', 'abandon', 'hung up', 'hangup'],
  unanswered: ['no contestada', 'no contestado', 'no atendida', 'perdida', 'perdido', 'sin respuesta', 'missed', 'no answer', 'noanswer', 'unanswered', 'rang out', 'ring out'],
  voicemail: ['buzon', 'buzon de voz', 'contestador', 'voicemail', 'voice mail', 'vm'],
  busy: ['ocupado', 'ocupada', 'comunicando', 'busy', 'failed', 'fallida', 'rechazada', 'rejected'],
});

/** The status words shown when a status is not understood: one Spanish and one English word each. */
const STATUS_SHOWN = ['contestada', 'abandonada', 'no contestada', 'buzón', 'ocupado', 'answered', 'abandoned', 'unanswered', 'voicemail', 'busy'];

const DIRECTION_WORDS: ReadonlyMap<string, 'in' | 'out'> = wordTable({
  in: ['entrante', 'entrada', 'recibida', 'inbound', 'incoming', 'in', 'externa entrante'],
  out: ['saliente', 'salida', 'realizada', 'outbound', 'outgoing', 'out', 'interna', 'internal'],
});

/** The table spec of a call log; `counts` receives the rows left out on purpose. */
export function callLogSpec(queue: string | undefined, counts: { outgoing: number; otherQueues: number }): TableSpec<CallLogField, LoggedCall> {
  const moments = new MomentReader<CallLogField>('date', 'time');
  const statuses = new WordLookup(STATUS_WORDS);
  const directions = new WordLookup(DIRECTION_WORDS);
  const wantedQueue = queue === undefined ? undefined : normaliseName(queue);
  const fields = Object.fromEntries(
    Object.entries(CALL_LOG_COLUMNS).map(([field, names]) => [field, { names, required: field === 'status' || (field === 'queue' && queue !== undefined) }]),
  ) as TableSpec<CallLogField, LoggedCall>['fields'];

  const duration = (row: Row<CallLogField>, field: 'wait' | 'talk'): number | null | undefined => {
    const text = row.cell(field);
    if (text === '') return null;
    const sec = parseDurationSec(text, row.plainUnitSec(field));
    if (sec === undefined) return row.bad(field, csvInput.duration());
    if (sec < 0) return row.bad(field, csvInput.nonNegativeDuration());
    // No call rings or lasts a day: such a figure is another unit or a broken cell, and one of
    // them would drag a handling-time fit (and the scenario calibrated from it) off by days.
    if (sec > MAX_CALL_SEC) return row.bad(field, csvInput.durationWithinADay());
    return sec;
  };

  return {
    fields,
    requiredGroups: [['date', 'time']],
    otherColumns: 'ignore',
    parse(row) {
      const directionText = row.cell('direction');
      if (directionText !== '') {
        const direction = directions.get(directionText);
        if (direction === undefined) return row.bad('direction', csvInput.oneOf(['entrante', 'saliente', 'inbound', 'outbound']));
        if (direction === 'out') {
          counts.outgoing++;
          return null;
        }
      }
      if (wantedQueue !== undefined && normaliseName(row.cell('queue')) !== wantedQueue) {
        counts.otherQueues++;
        return null;
      }
      const moment = moments.read(row);
      const statusText = row.cell('status');
      const status = statuses.get(statusText);
      if (status === undefined) row.bad('status', csvInput.oneOf(STATUS_SHOWN));
      const wait = duration(row, 'wait');
      const talk = duration(row, 'talk');
      if (moment === undefined || status === undefined || wait === undefined || talk === undefined) return undefined;
      return {
        day: moment.day,
        weekday: moment.weekday,
        startSec: moment.sec,
        callerKey: callerKey(row.cell('caller')),
        // A busy signal is a call turned away at once, whatever the log writes for its wait.
        waitSec: status === 'busy' ? 0 : wait,
        talkSec: talk,
        status,
      };
    },
  };
}

/**
 * A one-way 53-bit hash of a caller's number (digits only, a leading 00 dropped), or null for a
 * hidden or missing number ("Anónimo", "unknown", empty). Only equality matters: the hash is
 * kept in memory to match redials and never written.
 */
export function callerKey(text: string): number | null {
  // One pass: digits are hashed as they come (a leading "00" skipped); a letter means no number.
  let h1 = 0xdeadbeef ^ HASH_SEED;
  let h2 = 0x41c6ce57 ^ HASH_SEED;
  let digits = 0;
  let leadingZeros = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (digits === 0 && code === 48 && leadingZeros < 2) {
        leadingZeros++;
        continue;
      }
      // A single leading zero is part of the number ("0612…"); only "00" is an international prefix.
      if (digits === 0 && leadingZeros === 1) {
        h1 = Math.imul(h1 ^ 48, 2654435761);
        h2 = Math.imul(h2 ^ 48, 1597334677);
        digits++;
      }
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
      digits++;
    } else if ((code | 32) >= 97 && (code | 32) <= 122) return null;
    else if (code >= 0xc0) return null;
  }
  if (digits === 0) return null;
  // cyrb53's final mix (public domain, bryc): a well-mixed 53-bit hash.
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const HASH_SEED = 0x5eed;
