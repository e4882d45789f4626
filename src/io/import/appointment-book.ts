// An appointment book, as exported: one row per booking with its date and booked time, whether
// the customer came (sí/no, asistió/no presentado, cancelada…) and when they arrived. Columns in
// Spanish or English; a book without a "came" column tells attendance by the arrival time.

import type { BookedAppointment, BookingAttendance } from '../../model/observed.js';
import { csvInput } from '../../text/messages.js';
import type { TableSpec } from '../csv/table.js';
import { MomentReader } from './when.js';
import { wordTable, WordLookup } from './words.js';

/** The fields of an appointment book. */
export type AppointmentBookField = 'date' | 'time' | 'came' | 'arrival';

/** Column names of each field, normalised (see normaliseName). */
export const APPOINTMENT_BOOK_COLUMNS: Readonly<Record<AppointmentBookField, readonly string[]>> = {
  date: ['fecha', 'date', 'fecha cita', 'dia', 'day', 'appointment date'],
  time: ['hora', 'time', 'hora cita', 'hora de la cita', 'cita', 'franja', 'slot', 'slot time', 'appointment', 'appointment time', 'booked time'],
  came: ['asistio', 'came', 'asistencia', 'acudio', 'presentado', 'se presento', 'vino', 'estado', 'status', 'show', 'showed', 'attended', 'attendance'],
  arrival: ['llegada', 'arrival', 'hora llegada', 'hora de llegada', 'entrada', 'hora entrada', 'arrived', 'arrival time', 'check in', 'checkin'],
};

const ATTENDANCE_WORDS: ReadonlyMap<string, BookingAttendance> = wordTable({
  came: ['si', 's', 'yes', 'y', '1', 'true', 'x', 'asistio', 'asistida', 'presentado', 'presentada', 'vino', 'acudio', 'came', 'show', 'showed', 'attended', 'ok', 'realizada', 'completada', 'finalizada', 'terminada', 'atendida', 'atendido', 'completed', 'done'],
  noShow: ['no', 'n', '0', 'false', 'no asistio', 'no presentado', 'no presentada', 'no vino', 'no acudio', 'ausente', 'no show', 'noshow', 'missed', 'absent'],
  cancelled: ['cancelada', 'cancelado', 'anulada', 'anulado', 'cancelled', 'canceled'],
});

const ATTENDANCE_SHOWN = ['sí', 'no', 'cancelada', 'yes', 'no-show', 'cancelled'];

/** The table spec of an appointment book. */
export function appointmentBookSpec(): TableSpec<AppointmentBookField, BookedAppointment> {
  const moments = new MomentReader<AppointmentBookField>('date', 'time');
  const attendances = new WordLookup(ATTENDANCE_WORDS);
  return {
    fields: {
      date: { names: APPOINTMENT_BOOK_COLUMNS.date },
      time: { names: APPOINTMENT_BOOK_COLUMNS.time },
      came: { names: APPOINTMENT_BOOK_COLUMNS.came },
      arrival: { names: APPOINTMENT_BOOK_COLUMNS.arrival },
    },
    requiredGroups: [['date', 'time']],
    otherColumns: 'ignore',
    parse(row) {
      const moment = moments.read(row);
      const arrival = moments.clock(row, 'arrival');
      if (Number.isNaN(arrival)) row.bad('arrival', csvInput.clockTime());
      const cameText = row.cell('came');
      let attendance: BookingAttendance | null;
      if (cameText !== '') {
        attendance = attendances.get(cameText) ?? null;
        if (attendance === null) row.bad('came', csvInput.oneOf(ATTENDANCE_SHOWN));
      } else if (row.has('arrival')) attendance = arrival === undefined ? 'noShow' : 'came';
      else attendance = null;
      if (moment === undefined || Number.isNaN(arrival) || (cameText !== '' && attendance === null)) return undefined;
      return {
        day: moment.day,
        weekday: moment.weekday,
        slotSec: moment.sec,
        attendance,
        arrivalSec: attendance === 'came' ? (arrival ?? null) : null,
      };
    },
  };
}
