import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../../src/io/csv/csv-text.js';
import type { TableSpec } from '../../../../src/io/csv/table.js';
import { appointmentBookSpec } from '../../../../src/io/import/appointment-book.js';
import { visitLogSpec } from '../../../../src/io/import/visit-log.js';

function read<F extends string, T>(text: string, spec: TableSpec<F, T>): T[] {
  const records: T[] = [];
  readCsvText(text, spec, { label: 'f.csv', badRows: 'skip' }, (record) => records.push(record));
  return records;
}

describe('the appointment book table', () => {
  it('reads attendance in words, and from the arrival time when there is no attendance column', () => {
    const withWords = read(
      ['Fecha;Hora cita;Estado;Hora llegada', '04/03/2024;08:30;Finalizada;08:22', '04/03/2024;08:45;No presentado;', '04/03/2024;09:00;Anulada;'].join('\n'),
      appointmentBookSpec(),
    );
    expect(withWords.map((booking) => [booking.attendance, booking.arrivalSec])).toEqual([
      ['came', 8 * 3600 + 22 * 60],
      ['noShow', null],
      ['cancelled', null],
    ]);
    const byArrival = read(['date,time,arrival', '2024-03-04,08:30,08:31', '2024-03-04,08:45,'].join('\n'), appointmentBookSpec());
    expect(byArrival.map((booking) => booking.attendance)).toEqual(['came', 'noShow']);
    const unknown = read(['date,time', '2024-03-04,08:30'].join('\n'), appointmentBookSpec());
    expect(unknown[0].attendance).toBeNull();
  });
});

describe('the reception log table', () => {
  it('reads the kinds in Spanish or English, and visitors who left unserved', () => {
    const visits = read(
      ['Fecha;Llegada;Inicio;Fin;Tipo', '04/03/2024;08:30;08:35;08:50;Con cita', '04/03/2024;09:00;;;Sin cita', '04/03/2024;17:00;17:02;17:10;Entrega de vehículo', '04/03/2024;17:30;17:30;17:40;walk-in'].join('\n'),
      visitLogSpec(),
    );
    expect(visits.map((visit) => [visit.kind, visit.startSec === null, visit.endSec === null])).toEqual([
      ['dropOff', false, false],
      ['walkIn', true, true],
      ['pickup', false, false],
      ['walkIn', false, false],
    ]);
  });
});
