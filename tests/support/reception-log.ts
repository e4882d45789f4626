// Turns the visits of a simulated `--trace` into the reception log a dealership would export:
// date, arrival, start and end times, and the kind in Spanish (con cita / sin cita / recogida).
// Visitors who left unserved have no start or end. The trace is read by column name.

import { parse } from 'csv-parse/sync';

const KINDS: Record<string, string> = { appointment: 'Con cita', walkIn: 'Sin cita', pickup: 'Recogida' };

/** The visits of a trace as a ';'-separated reception log, days on a Monday-to-Friday calendar from 2024-03-04. */
export function receptionLog(traceCsv: string): string {
  const rows = parse(traceCsv, { columns: true }) as Record<string, string>[];
  const daysPerReplication = Math.max(...rows.map((row) => Number(row.day))) + 1;
  const weeksPerReplication = Math.ceil(daysPerReplication / 5) + 1;
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = (min: number) => `${two(Math.floor(min / 60))}:${two(Math.floor(min) % 60)}:${two(Math.floor((min * 60) % 60))}`;
  const lines = ['Fecha;Llegada;Inicio;Fin;Tipo'];
  for (const row of rows.filter((r) => r.channel === 'visit')) {
    const day = Number(row.replication) * weeksPerReplication * 7 + Math.floor(Number(row.day) / 5) * 7 + (Number(row.day) % 5);
    const date = new Date(Date.UTC(2024, 2, 4) + day * 86_400_000);
    const arrival = Number(row.arrival_min);
    const served = row.outcome === 'served';
    const start = served ? clock(arrival + Number(row.wait_min)) : '';
    const end = served ? clock(Number(row.end_min)) : '';
    lines.push(`${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()};${clock(arrival)};${start};${end};${KINDS[row.kind]}`);
  }
  return `${lines.join('\n')}\n`;
}
