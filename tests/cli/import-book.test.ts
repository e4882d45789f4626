// The appointment book named by a scenario (`appointments.slots: { file: book.csv }`) is read by
// the same CSV layer as the importers: Spanish headers, Windows-1252, and problems named by the
// CSV's file and line.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck, csvInput, slotsCsv } from '../../src/text/messages.js';
import { recepsim, scratchFolder } from '../support/cli.js';

const SCENARIO = [
  'name: Booked from a Spanish CSV',
  'day: { open: "08:00", close: "18:00" }',
  'days: 2',
  'replications: 2',
  'staff: { advisors: 2 }',
  'policy: { kind: answer-all }',
  'appointments:',
  '  slots: { file: libro.csv }',
  '  writeUp: { dist: lognormal, mean: 15, cv: 0.4 }',
].join('\n');

function folderWith(book: Uint8Array | string, scenario = SCENARIO): string {
  const folder = scratchFolder();
  writeFileSync(join(folder, 'libro.csv'), book);
  writeFileSync(join(folder, 'scenario.yaml'), scenario);
  return folder;
}

describe('an appointment book read from CSV', () => {
  it('runs with Spanish headers from a Windows-1252 spreadsheet export', () => {
    // "Hora;Nº citas" with º as the single byte 0xBA.
    const book = Buffer.concat([Buffer.from('Hora;N'), Uint8Array.from([0xba]), Buffer.from(' citas\r\n08:00;2\r\n"08:30";1\r\n\r\n09:15;3\r\n')]);
    const folder = folderWith(book);
    const result = recepsim(['run', 'scenario.yaml', '--quiet', '--json', '--out', 'out'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).visits.appointment.arrivalsPerDay.value).toBe(6);
  });

  it('names the CSV file and line of a booking outside opening hours, and writes nothing', () => {
    const folder = folderWith('hora;citas\n08:00;2\n\n19:30;3\n');
    const result = recepsim(['run', 'scenario.yaml', '--quiet', '--out', 'out'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`libro.csv:4: ${crossCheck.bookingOutsideOpening('19:30')}`);
    expect(existsSync(join(folder, 'out'))).toBe(false);
  });

  it('says what is allowed beside file:, and reports bad rows by line and column', () => {
    const folder = folderWith('hora;citas\n08:00;dos\n', SCENARIO.replace('{ file: libro.csv }', '{ file: libro.csv, perSlot: 2 }'));
    const result = recepsim(['run', 'scenario.yaml', '--quiet', '--out', 'out'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`scenario.yaml:8:29 appointments.slots.perSlot: ${slotsCsv.besideFile('perSlot')}`);
    expect(result.stderr).not.toContain('did you mean');
    expect(result.stderr).toContain(`libro.csv:2: ${csvInput.inColumn('citas', slotsCsv.badCount('dos'))}`);
  });

  it('refuses a workbook saved as .csv with one short line', () => {
    const folder = folderWith(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 7)]));
    const result = recepsim(['run', 'scenario.yaml', '--quiet', '--out', 'out'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`libro.csv: ${csvInput.spreadsheet()}`);
  });
});
