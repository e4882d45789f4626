// Exports with little in them — one day, one answered call short of any, no walk-in — read as a
// new user would: no NaN anywhere in what is printed, a column that is there never said to be
// missing, and a file with no readable row pointing at its problems where they are printed.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationText, csvInput } from '../../src/text/messages.js';
import { recepsim, scratchFolder } from '../support/cli.js';

/** `recepsim import <kind>` of a file with `lines`, in a fresh folder. */
function importLines(kind: string, lines: readonly string[], lang = 'en') {
  const folder = scratchFolder();
  writeFileSync(join(folder, 'f.csv'), `${lines.join('\n')}\n`);
  return recepsim(['import', kind, 'f.csv', '--lang', lang], folder);
}

describe('recepsim import, exports with little data', () => {
  it('a call log of one day with no answered call: no NaN, and the talk column is not said to be missing', () => {
    const lines = ['fecha;hora;origen;espera;duración;estado', '28/03/2025;18:57:22;600111222;0;0;buzón', '28/03/2025;18:58:00;600333444;5;0;abandonada'];
    for (const lang of ['en', 'es']) {
      const result = importLines('calls', lines, lang);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout + result.stderr).not.toMatch(/NaN|undefined/);
    }
    const english = importLines('calls', lines);
    expect(english.stderr).toContain(calibrationText.notEstimated('calls.reasons[].handle', calibrationText.tooFew(0)));
    expect(english.stderr).not.toContain(calibrationText.noColumn('talk'));
  });

  it('a call log of two short days: fresh demand no lower than 0 calls a day, and a Kaplan–Meier note with no empty list', () => {
    // Days of 2 and 1 calls: the t interval of the mean reached −4.85 a day, and no time of the curve had callers enough.
    const lines = ['fecha;hora;origen;espera;duración;estado', '03/02/2025;10:00:00;600111222;5;120;atendida', '03/02/2025;10:05:00;600333444;30;0;abandonada', '04/02/2025;11:00:00;600555666;0;60;atendida'];
    for (const lang of ['en', 'es']) {
      const result = importLines('calls', lines, lang);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).not.toMatch(/(CI|IC 95 %) -/);
      expect(result.stdout).toMatch(/Kaplan–Meier, [^;:]+; /);
      expect(result.stdout).not.toMatch(/: ;/);
    }
  });

  it('a reception log of one day with no walk-in: no NaN in the pickup share, and start and end are not said to be missing', () => {
    const lines = ['fecha;llegada;inicio;fin;tipo'];
    for (let i = 0; i < 12; i++) {
      const hour = String(8 + Math.floor(i / 2)).padStart(2, '0');
      const minute = (i % 2) * 30;
      lines.push(`03/02/2025;${hour}:${minute};${hour}:${minute + 5};${hour}:${minute + 25};con cita`);
      lines.push(`03/02/2025;${hour}:${minute + 10};${hour}:${minute + 12};${hour}:${minute + 20};recogida`);
    }
    const result = importLines('visits', lines);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('share: 1');
    expect(result.stdout + result.stderr).not.toMatch(/NaN|undefined/);
    expect(result.stderr).toContain(calibrationText.notEstimated('walkIns.writeUp', calibrationText.tooFew(0)));
    expect(result.stderr).not.toContain(calibrationText.noColumns(['start', 'end']));
  });

  it('an appointment book whose every booking was cancelled: refused, as a file with no row is, not an empty book', () => {
    const result = importLines('appointments', ['fecha;hora cita;asistió', '03/02/2025;08:45;cancelada', '04/02/2025;09:00;anulada']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([`f.csv: ${csvInput.allLeftOut([calibrationText.cancelledBookings(2)])}`]);
  });

  it('a file with no readable row: the summary line comes first and says its problems follow', () => {
    const result = importLines('calls', ['fecha;hora;origen;espera;duración;estado', '28/03/2025;9h;600111222;0;0;buzón']);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([`f.csv: ${csvInput.noUsableRows('f.csv', 1)}`, `f.csv:2: ${csvInput.inColumn('hora', csvInput.badCell(csvInput.clockTime(), '9h'))}`]);
    // Printed first, it must not send the reader to problems "above" it.
    expect(lines[0]).not.toMatch(/above|arriba/);
  });
});
