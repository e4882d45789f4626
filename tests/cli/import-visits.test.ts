// `recepsim import visits` and `import appointments`, end to end. Visits: a known scenario (no
// calls, so nothing interrupts a write-up) is simulated, its trace written as a Spanish
// reception log, and the import must recover the walk-in profile, write-up and pickup times
// within four standard errors. Appointments: a book with known no-shows and punctuality. Each
// fragment must run as part of a scenario.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStream } from '../../src/engine/random.js';
import { recepsim, scratchFolder } from '../support/cli.js';
import { type Interval, withinFourSe } from '../support/intervals.js';
import { receptionLog } from '../support/reception-log.js';

const WALK_INS: Record<string, number> = { '08': 1.5, '09': 2, '10': 1.5, '11': 1, '15': 1, '16': 1.5, '17': 1 };
const BASE = [
  'name: Round trip visits',
  'day: { open: "08:00", close: "19:00" }',
  'seed: 8',
  'staff: { advisors: 3 }',
  'policy: { kind: answer-all }',
].join('\n');
const SCENARIO = `${BASE}
days: 60
replications: 2
appointments:
  slots: { from: "08:00", to: "10:00", every: 15, perSlot: 1 }
  noShow: 0.1
  punctuality: { dist: normal, mean: -5, sd: 5 }
  writeUp: { dist: lognormal, mean: 15, cv: 0.4 }
walkIns:
  perHour: ${JSON.stringify(WALK_INS)}
  weekdayFactors: { mon: 1.4 }
  writeUp: { dist: lognormal, mean: 20, cv: 0.5 }
pickups:
  share: 0.8
  window: { from: "16:00", to: "19:00" }
  service: { dist: lognormal, mean: 8, cv: 0.4 }
`;
const MEAN_FACTOR = (1.4 + 4) / 5;


let folder: string;

beforeAll(() => {
  folder = scratchFolder();
  writeFileSync(join(folder, 'visits.yaml'), SCENARIO);
  const run = recepsim(['run', 'visits.yaml', '--trace', '--quiet', '--out', 'sim'], folder);
  expect(run.code, run.stderr).toBe(0);
  writeFileSync(join(folder, 'recepcion.csv'), receptionLog(readFileSync(join(folder, 'sim', 'trace.csv'), 'utf8')));
}, 120_000);

describe('import visits', () => {
  it('recovers the walk-in profile, write-up and pickup times, and the pickups', () => {
    const result = recepsim(['import', 'visits', 'recepcion.csv', '--json'], folder);
    expect(result.code, result.stderr).toBe(0);
    const { estimate } = JSON.parse(result.stdout);
    for (const [hour, rate] of Object.entries(WALK_INS)) {
      expect(withinFourSe(estimate.walkIns.perHour[Number(hour)], rate * MEAN_FACTOR), `hour ${hour}`).toBe(true);
    }
    expect(withinFourSe(estimate.walkIns.weekdayFactors[0], 1.4 / MEAN_FACTOR)).toBe(true);
    for (const [kind, meanMin, cv] of [['dropOff', 15, 0.4], ['walkIn', 20, 0.5], ['pickup', 8, 0.4]] as const) {
      expect(withinFourSe(estimate.service[kind].fit.mean, meanMin * 60), kind).toBe(true);
      expect(withinFourSe(estimate.service[kind].fit.cv, cv), kind).toBe(true);
    }
    expect(withinFourSe(estimate.pickupShare, 0.8)).toBe(true);
    expect(estimate.pickupWindowSec.from).toBeGreaterThanOrEqual(16 * 3600);
    expect(estimate.pickupWindowSec.to).toBeLessThanOrEqual(19 * 3600);
  });

  it('prints a fragment that runs as part of a scenario', () => {
    const result = recepsim(['import', 'visits', 'recepcion.csv'], folder);
    expect(result.code, result.stderr).toBe(0);
    const fragment = result.stdout.replace('appointments:\n', 'appointments:\n  slots: { from: "08:00", to: "10:00", every: 15, perSlot: 1 }\n');
    writeFileSync(join(folder, 'from-visits.yaml'), `${BASE}\ndays: 2\nreplications: 2\n${fragment}`);
    const run = recepsim(['run', 'from-visits.yaml', '--quiet', '--out', 'run-visits'], folder);
    expect(run.code, run.stderr).toBe(0);
  });
});

describe('import appointments', () => {
  /** A Spanish book export: 40 days, 08:30–10:15 every 15 min, 15 % no-shows, arrivals 8 min early (sd 6). */
  function spanishBook(): string {
    const random = createStream(9, ['book']);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const two = (n: number) => String(n).padStart(2, '0');
    const lines = ['Fecha;Hora cita;Matrícula;Asistió;Hora llegada'];
    for (let day = 0; day < 40; day++) {
      const date = new Date(Date.UTC(2024, 2, 4) + (Math.floor(day / 5) * 7 + (day % 5)) * 86_400_000);
      for (let minute = 510; minute < 630; minute += 15) {
        const came = random() >= 0.15;
        const arrival = Math.round(minute - 8 + 6 * normal());
        const cell = came ? `${two(Math.floor(arrival / 60))}:${two(arrival % 60)}` : '';
        lines.push(`${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()};${two(Math.floor(minute / 60))}:${two(minute % 60)};1234 BCD;${came ? 'Sí' : 'No'};${cell}`);
      }
    }
    return `${lines.join('\r\n')}\r\n`;
  }

  it('recovers the book, the no-show rate and the punctuality, and the fragment runs', () => {
    writeFileSync(join(folder, 'citas.csv'), spanishBook());
    const json = recepsim(['import', 'appointments', 'citas.csv', '--json'], folder);
    expect(json.code, json.stderr).toBe(0);
    const { estimate, scenario } = JSON.parse(json.stdout);
    expect(scenario.appointments.slots).toEqual({ from: '08:30', to: '10:30', every: 15, perSlot: 1 });
    expect(withinFourSe(estimate.noShow, 0.15)).toBe(true);
    expect(withinFourSe(estimate.punctuality.fit.mean, -8)).toBe(true);
    expect(Math.abs(estimate.punctuality.fit.sd - 6)).toBeLessThan(1);

    const yaml = recepsim(['import', 'appointments', 'citas.csv'], folder);
    expect(yaml.stderr).toBe('');
    expect(yaml.stdout).toContain('bookings per slot on an average day');
    const fragment = `${yaml.stdout}  writeUp: { dist: lognormal, mean: 15, cv: 0.4 }\n`;
    writeFileSync(join(folder, 'from-book.yaml'), `${BASE}\ndays: 2\nreplications: 2\n${fragment}`);
    const run = recepsim(['run', 'from-book.yaml', '--quiet', '--out', 'run-book'], folder);
    expect(run.code, run.stderr).toBe(0);
  });
});
