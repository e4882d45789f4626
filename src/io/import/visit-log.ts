// A reception log, as exported: one row per visit with its date, arrival, start and end times
// and kind (con cita / sin cita / recogida — drop-off, walk-in, pickup). Columns in Spanish or
// English.

import type { LoggedVisit, LoggedVisitKind } from '../../model/observed.js';
import { csvInput } from '../../text/messages.js';
import type { TableSpec } from '../csv/table.js';
import { MomentReader } from './when.js';
import { wordTable, WordLookup } from './words.js';

/** The fields of a reception log. */
export type VisitLogField = 'date' | 'arrival' | 'start' | 'end' | 'kind';

/** Column names of each field, normalised (see normaliseName). */
export const VISIT_LOG_COLUMNS: Readonly<Record<VisitLogField, readonly string[]>> = {
  date: ['fecha', 'date', 'dia', 'day'],
  arrival: ['llegada', 'arrival', 'hora llegada', 'hora de llegada', 'entrada', 'hora entrada', 'arrived', 'arrival time', 'check in', 'checkin', 'hora', 'time'],
  start: ['inicio', 'start', 'hora inicio', 'inicio atencion', 'atendido', 'hora atencion', 'started', 'start time', 'service start', 'served'],
  end: ['fin', 'end', 'final', 'hora fin', 'salida', 'hora salida', 'ended', 'finished', 'end time', 'service end'],
  kind: ['tipo', 'kind', 'tipo visita', 'tipo de visita', 'motivo', 'type', 'visit type', 'category'],
};

const KIND_WORDS: ReadonlyMap<string, LoggedVisitKind> = wordTable({
  dropOff: ['cita', 'con cita', 'recepcion', 'recepcion con cita', 'deposito', 'entrada taller', 'drop off', 'dropoff', 'appointment', 'booked'],
  walkIn: ['sin cita', 'espontaneo', 'espontanea', 'urgencia', 'grua', 'walk in', 'walkin', 'unbooked', 'tow in'],
  pickup: ['recogida', 'entrega', 'retirada', 'entrega vehiculo', 'entrega de vehiculo', 'pickup', 'pick up', 'collection'],
});

const KINDS_SHOWN = ['con cita', 'sin cita', 'recogida', 'drop-off', 'walk-in', 'pickup'];

/** The table spec of a reception log. */
export function visitLogSpec(): TableSpec<VisitLogField, LoggedVisit> {
  const moments = new MomentReader<VisitLogField>('date', 'arrival');
  const kinds = new WordLookup(KIND_WORDS);
  return {
    fields: {
      date: { names: VISIT_LOG_COLUMNS.date },
      arrival: { names: VISIT_LOG_COLUMNS.arrival },
      start: { names: VISIT_LOG_COLUMNS.start },
      end: { names: VISIT_LOG_COLUMNS.end },
      kind: { names: VISIT_LOG_COLUMNS.kind, required: true },
    },
    requiredGroups: [['date', 'arrival']],
    otherColumns: 'ignore',
    parse(row) {
      const moment = moments.read(row);
      const kind = kinds.get(row.cell('kind'));
      if (kind === undefined) row.bad('kind', csvInput.oneOf(KINDS_SHOWN));
      const start = moments.clock(row, 'start');
      const end = moments.clock(row, 'end');
      if (Number.isNaN(start)) row.bad('start', csvInput.clockTime());
      if (Number.isNaN(end)) row.bad('end', csvInput.clockTime());
      if (moment === undefined || kind === undefined || Number.isNaN(start) || Number.isNaN(end)) return undefined;
      if (start !== undefined && start < moment.sec) return row.bad('start', csvInput.notBefore('arrival'));
      if (start !== undefined && end !== undefined && end < start) return row.bad('end', csvInput.notBefore('start'));
      return { day: moment.day, weekday: moment.weekday, kind, arrivalSec: moment.sec, startSec: start ?? null, endSec: end ?? null };
    },
  };
}
