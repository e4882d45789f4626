// Malformed files and flags for `recepsim import`: each gets its clear message (from the
// catalogue), the right exit code, and nothing written. Bad rows are skipped and counted in a
// warning by default; --strict stops at the first.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_KINDS } from '../../src/cli/calibration-sources.js';
import { CALL_LOG_COLUMNS } from '../../src/io/import/call-log.js';
import { calibrationText, cli, csvInput, outputFile, reading } from '../../src/text/messages.js';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const HEADER = 'fecha;hora;origen;espera;duración;estado';
const ROW = '04/03/2024;09:00:00;612345678;00:12;03:10;contestada';
const log = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;
const bad = (line: number, column: string, expected: string, got: string) =>
  `f.csv:${line}: ${csvInput.inColumn(column, csvInput.badCell(expected, got))}`;
const STATUS_WORDS = ['contestada', 'abandonada', 'no contestada', 'buzón', 'ocupado', 'answered', 'abandoned', 'unanswered', 'voicemail', 'busy'];

interface Case {
  readonly name: string;
  readonly file?: string | Uint8Array;
  readonly args?: readonly string[];
  readonly code: number;
  /** Lines stderr must contain. */
  readonly stderr: readonly string[];
  /** Text stderr and stdout must not contain. */
  readonly absent?: readonly string[];
}

const CASES: Case[] = [
  { name: 'empty file', file: '', code: 2, stderr: [`f.csv: ${csvInput.empty()}`] },
  { name: 'blank lines only', file: '\n\n\r\n', code: 2, stderr: [`f.csv: ${csvInput.empty()}`] },
  { name: 'header only', file: `${HEADER}\n`, code: 2, stderr: [`f.csv: ${csvInput.noRows()}`] },
  {
    name: 'missing column',
    file: 'fecha;hora;origen\n04/03/2024;09:00;612345678\n',
    code: 2,
    stderr: [`f.csv:1: ${csvInput.missingColumn(['status'], CALL_LOG_COLUMNS.status.slice(0, 4), ['fecha', 'hora', 'origen'])}`],
  },
  {
    // `;`, `,`, tab and `|` are read (tests/unit/io/csv/reading.test.ts); another separator leaves one column.
    name: 'a separator that is not read',
    file: log(ROW).replace(/;/g, '#'),
    code: 2,
    stderr: ['f.csv:1: no column for status', 'got the columns "fecha#hora#origen#espera#duración#estado"'],
  },
  {
    name: 'bad date, skipped and counted',
    file: log(ROW, ROW.replace('04/03/2024', '31/02/2024'), ROW),
    code: 0,
    stderr: [bad(3, 'fecha', csvInput.date(), '31/02/2024'), csvInput.rowsSkipped('f.csv', 1, 3, 1)],
  },
  {
    name: 'bad date with --strict',
    file: log(ROW, ROW.replace('04/03/2024', '31/02/2024'), ROW),
    args: ['--strict'],
    code: 2,
    stderr: [bad(3, 'fecha', csvInput.date(), '31/02/2024')],
    absent: ['skipped'],
  },
  {
    name: 'negative duration',
    file: log(ROW, ROW.replace('00:12', '-00:05')),
    code: 0,
    stderr: [bad(3, 'espera', csvInput.nonNegativeDuration(), '-00:05')],
  },
  {
    name: 'a talk time longer than a day',
    file: log(ROW, ROW.replace('03:10', '5000000')),
    code: 0,
    stderr: [bad(3, 'duración', csvInput.durationWithinADay(), '5000000')],
  },
  {
    name: 'unreadable duration, phone-like digits hidden',
    file: log(ROW, ROW.replace('00:12', '612345678 s')),
    code: 0,
    stderr: [bad(3, 'espera', csvInput.duration(), '612345678 s')],
    absent: ['612345678'],
  },
  {
    name: 'unknown status',
    file: log(ROW, ROW.replace('contestada', 'pendiente')),
    code: 0,
    stderr: [bad(3, 'estado', csvInput.oneOf(STATUS_WORDS), 'pendiente')],
  },
  {
    name: 'two columns of one name',
    file: `fecha;hora;origen;espera;duración;estado;estado\n${ROW};abandonada\n`,
    code: 2,
    stderr: [`f.csv:1: ${csvInput.sameNameColumns('estado', 6, 7)}`],
  },
  {
    // --map names a column: it cannot choose between two of one name, and must not take the first in silence.
    name: '--map naming a column that appears twice',
    file: `fecha;hora;origen;espera;duración;estado;estado\n${ROW};abandonada\n`,
    args: ['--map', 'estado=status'],
    code: 2,
    stderr: [`${csvInput.mapSource('estado=status')}: ${csvInput.sameNameColumns('estado', 6, 7)}`],
  },
  {
    name: 'every row bad',
    file: log(ROW.replace('09:00:00', '9h'), ROW.replace('09:00:00', '25:00')),
    code: 2,
    stderr: [bad(2, 'hora', csvInput.clockTime(), '9h'), `f.csv: ${csvInput.noUsableRows('f.csv', 2)}`],
  },
  {
    name: 'times without dates and no date column',
    file: 'hora;estado\n09:00;contestada\n',
    code: 2,
    stderr: [bad(2, 'hora', csvInput.noDate(), '09:00')],
  },
  {
    name: 'too many values in a row',
    file: log(ROW, `${ROW};extra;more`),
    code: 0,
    stderr: [`f.csv:3: ${csvInput.tooManyValues(6, 8)}`],
  },
  {
    name: 'broken quoting',
    file: log(ROW, '"04/03/2024;09:00:00;612345678;00:12;03:10;contestada'),
    code: 2,
    stderr: ['f.csv', csvInput.invalidCsv('')],
  },
  { name: 'binary file', file: Uint8Array.from([0x00, 0x01, 0x02, 0xff, 0x00]), code: 2, stderr: [`f.csv: ${csvInput.binary()}`] },
  { name: 'spreadsheet workbook', file: Buffer.from('PK\u0003\u0004xl/workbook.xml'), code: 2, stderr: [`f.csv: ${csvInput.spreadsheet()}`] },
  { name: 'missing file', args: ['--', 'nope.csv'], code: 2, stderr: [reading.cannotRead('nope.csv', reading.noSuchFile())] },
  {
    name: 'bad --map field',
    file: log(ROW),
    args: ['--map', 'estado=state'],
    code: 2,
    stderr: [`${csvInput.mapSource('estado=state')}: ${csvInput.mapUnknownField('state', Object.keys(CALL_LOG_COLUMNS))}`],
  },
  {
    name: '--map to a column the file lacks',
    file: log(ROW),
    args: ['--map', 'Resultado=status'],
    code: 2,
    stderr: [`${csvInput.mapSource('Resultado=status')}: ${csvInput.mapUnknownColumn('Resultado', HEADER.split(';'))}`],
  },
  {
    name: '--queue without a queue column',
    file: log(ROW),
    args: ['--queue', 'taller'],
    code: 2,
    stderr: ['f.csv:1: no column for queue'],
  },
  {
    name: 'bad --redial-window',
    file: log(ROW),
    args: ['--redial-window', '0'],
    code: 2,
    stderr: [cli.badFlag('--redial-window', 'minutes, more than 0 and at most 1440', '0')],
  },
];

describe('recepsim import: malformed files', () => {
  it.each(CASES)('$name', (testCase) => {
    const folder = scratchFolder();
    if (testCase.file !== undefined) writeFileSync(join(folder, 'f.csv'), testCase.file);
    const args = testCase.args?.[0] === '--' ? testCase.args.slice(1) : ['f.csv', ...(testCase.args ?? [])];
    const result = recepsim(['import', 'calls', ...args, '--out', 'out.yaml'], folder);
    expect(result.code, result.stderr).toBe(testCase.code);
    for (const text of testCase.stderr) expect(result.stderr).toContain(text);
    for (const text of testCase.absent ?? []) expect(result.stderr + result.stdout).not.toContain(text);
    expect(existsSync(join(folder, 'out.yaml'))).toBe(testCase.code === 0);
  });

  it('refuses an --out that exists before reading anything, and leaves it alone', () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'f.csv'), log(ROW));
    writeFileSync(join(folder, 'out.yaml'), 'mine');
    const result = recepsim(['import', 'calls', 'f.csv', '--out', 'out.yaml'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(outputFile.exists('out.yaml'));
    expect(readFileSync(join(folder, 'out.yaml'), 'utf8')).toBe('mine');
  });

  it('refuses an --out the file system will not take before reading anything (import and calibrate), writing nothing', () => {
    const folder = scratchFolder();
    // The export does not exist either: the --out is told first, so it was checked before the read.
    const missingFolder = recepsim(['import', 'calls', 'nowhere.csv', '--out', join('nodir', 'out.yaml')], folder);
    expect([missingFolder.code, missingFolder.stderr.trim()]).toEqual([2, outputFile.cannotWrite(join('nodir', 'out.yaml'), outputFile.noFolder('nodir'))]);
    const pseudo = recepsim(['calibrate', 'nowhere.yaml', '--calls', 'nowhere.csv', '--out', '/proc/calibrated.yaml'], folder);
    expect([pseudo.code, pseudo.stderr.trim()]).toEqual([2, outputFile.cannotWrite('/proc/calibrated.yaml', outputFile.notHere())]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('warns that a call-log flag changes nothing when no call log is read (import and calibrate)', () => {
    const visits = join(ROOT, 'scenarios/data/recepcion.csv');
    const imported = recepsim(['import', 'visits', visits, '--queue', 'taller', '--redial-window=30']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain(`--queue taller: ${cli.callLogFlagUnused()}`);
    expect(imported.stderr).toContain(`--redial-window 30: ${cli.callLogFlagUnused()}`);
    const folder = scratchFolder();
    const calibrated = recepsim(['calibrate', join(ROOT, 'scenarios/small-dealership.yaml'), '--visits', visits, '--queue', 'taller', '--out', join(folder, 'mine.yaml')]);
    expect(calibrated.code, calibrated.stderr).toBe(0);
    expect(calibrated.stderr).toContain(`--queue taller: ${cli.callLogFlagUnused()}`);
  });

  it('says a pipe is not a file (the export is read from its start more than once)', () => {
    // The command's standard input is a pipe here.
    const piped = recepsim(['import', 'calls', '/dev/stdin']);
    expect([piped.code, piped.stderr.trim()]).toEqual([2, reading.cannotRead('/dev/stdin', reading.isAPipe())]);
  });

  it('refuses an unknown kind of file', () => {
    const result = recepsim(['import', 'invoices', 'f.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(cli.badFlag('kind', IMPORT_KINDS.join(', '), 'invoices'));
  });

  it.each([
    {
      kind: 'visits',
      file: 'fecha;llegada;inicio;fin;tipo\n04/03/2024;09:00;09:05;09:30;con cita\n04/03/2024;09:10;09:15;09:12;sin cita\n04/03/2024;09:20;09:10;09:40;recogida\n04/03/2024;09:30;;;visita\n',
      expected: [
        bad(3, 'fin', csvInput.notBefore('start'), '09:12'),
        bad(4, 'inicio', csvInput.notBefore('arrival'), '09:10'),
        bad(5, 'tipo', csvInput.oneOf(['con cita', 'sin cita', 'recogida', 'drop-off', 'walk-in', 'pickup']), 'visita'),
        csvInput.rowsSkipped('f.csv', 3, 4, 3),
      ],
    },
    {
      kind: 'appointments',
      file: 'fecha;hora;asistió;llegada\n04/03/2024;09:00;sí;08:55\n04/03/2024;09:15;quizá;\n04/03/2024;09:30;sí;9h\n',
      expected: [bad(3, 'asistió', csvInput.oneOf(['sí', 'no', 'cancelada', 'yes', 'no-show', 'cancelled']), 'quizá'), bad(4, 'llegada', csvInput.clockTime(), '9h')],
    },
    { kind: 'visits', file: 'fecha;llegada\n04/03/2024;09:00\n', expected: ['f.csv:1: no column for kind'] },
  ])('$kind: bad rows are named by line and column', ({ kind, file, expected }) => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'f.csv'), file);
    const result = recepsim(['import', kind, 'f.csv'], folder);
    for (const text of expected) expect(result.stderr).toContain(text);
  });

  it('leaves out outgoing calls and calls of other queues, and says so', () => {
    const folder = scratchFolder();
    const header = 'Fecha;Hora;Origen;Espera;Duración;Estado;Dirección;Cola';
    const rows = [
      '04/03/2024;09:00:00;612345678;00:12;03:10;contestada;Entrante;Taller',
      '04/03/2024;09:05:00;612345679;00:00;01:10;contestada;Saliente;Taller',
      '04/03/2024;09:07:00;612345670;00:30;00:00;abandonada;Entrante;Ventas',
    ];
    writeFileSync(join(folder, 'f.csv'), `${header}\n${rows.join('\n')}\n`);
    const result = recepsim(['import', 'calls', 'f.csv', '--queue', 'taller'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(calibrationText.rowsRead(1, 0, [calibrationText.leftOutOutgoing(1), calibrationText.leftOutQueues(1, 'taller')]));
  });
});
