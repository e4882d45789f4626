import { describe, expect, it } from 'vitest';
import { parseSlotsCsv, resolveSlotFiles, siblingLabel, SLOTS_FILE_PATH } from '../../../src/io/slots-csv.js';
import { csvInput, reading, slotsCsv } from '../../../src/text/messages.js';

const inColumn = (column: string, expected: string, got: string) => csvInput.inColumn(column, csvInput.badCell(expected, got));

describe('parseSlotsCsv', () => {
  it('reads comma-separated time,count, repeating a time count times, with the line of each', () => {
    expect(parseSlotsCsv('time,count\n08:00,2\n08:15,1\n09:00\n', 'book.csv')).toEqual({
      times: ['08:00', '08:00', '08:15', '09:00'],
      lines: [2, 2, 3, 4],
      issues: [],
    });
  });

  it('reads semicolon-separated exports with a BOM, CRLF, blank lines and spreadsheet clock times', () => {
    const text = '\uFEFFTime;Count\r\n08:00;2\r\n\r\n;\r\n8:30;\r\n09:45:00;1\r\n';
    expect(parseSlotsCsv(text, 'book.csv')).toMatchObject({ times: ['08:00', '08:00', '08:30', '09:45'], issues: [] });
  });

  it('reads Spanish headers (hora;citas), quoted fields and tab-separated exports', () => {
    expect(parseSlotsCsv('Hora;Citas\n08:00;2\n"08:30";"1"\n', 'libro.csv')).toMatchObject({ times: ['08:00', '08:00', '08:30'], issues: [] });
    expect(parseSlotsCsv('Hora de la cita\tNº citas\n08:00\t2\n', 'libro.csv').times).toEqual(['08:00', '08:00']);
  });

  it('needs no count column', () => {
    expect(parseSlotsCsv('time\n10:00\n10:00\n', 'b.csv').times).toEqual(['10:00', '10:00']);
  });

  it('reports every bad row with the file, its line and the column as written', () => {
    const text = ['time,count', '08:00,2', '', '8am,1', '09:00,x', '09:15,0', '25:00,1.5', '10:00,1,extra', '10:30:30,1'].join('\n');
    expect(parseSlotsCsv(text, 'book.csv')).toEqual({
      times: ['08:00', '08:00'],
      lines: [2, 2],
      issues: [
        { path: [], message: inColumn('time', csvInput.clockTime(), '8am'), file: 'book.csv', line: 4 },
        { path: [], message: inColumn('count', csvInput.wholeAtLeastOne(), 'x'), file: 'book.csv', line: 5 },
        { path: [], message: inColumn('count', csvInput.wholeAtLeastOne(), '0'), file: 'book.csv', line: 6 },
        { path: [], message: inColumn('time', csvInput.clockTime(), '25:00'), file: 'book.csv', line: 7 },
        { path: [], message: inColumn('count', csvInput.wholeAtLeastOne(), '1.5'), file: 'book.csv', line: 7 },
        { path: [], message: csvInput.tooManyValues(2, 3), file: 'book.csv', line: 8 },
        { path: [], message: inColumn('time', csvInput.clockTime(), '10:30:30'), file: 'book.csv', line: 9 },
      ],
    });
  });

  it('needs a header row with a time column, and no other columns', () => {
    const noHeader = parseSlotsCsv('08:00,2\n09:00,1\n', 'b.csv').issues;
    expect(noHeader).toHaveLength(1);
    expect(noHeader[0]).toMatchObject({ file: 'b.csv', line: 1 });
    expect(noHeader[0].message).toContain('no column for time: expected one named "time", "hora"');
    expect(parseSlotsCsv('time,count,advisor\n08:00,1,Ana\n', 'b.csv').issues).toEqual([
      { path: [], message: slotsCsv.unknownColumn('advisor'), file: 'b.csv', line: 1 },
    ]);
  });

  it('reports an empty book and broken quoting', () => {
    expect(parseSlotsCsv('', 'b.csv').issues).toEqual([{ path: [], message: slotsCsv.noBookings(), file: 'b.csv' }]);
    expect(parseSlotsCsv('time\n', 'b.csv').issues).toEqual([{ path: [], message: slotsCsv.noBookings(), file: 'b.csv' }]);
    const broken = parseSlotsCsv('time\n"08:00\n', 'b.csv');
    expect(broken.issues).toHaveLength(1);
    expect(broken.issues[0].message.startsWith(csvInput.invalidCsv(''))).toBe(true);
  });
});

describe('resolveSlotFiles', () => {
  const input = { name: 'x', appointments: { slots: { file: 'book.csv' }, noShow: 0.1 } };

  it('replaces the file reference by the bookings, reading relative to the scenario', () => {
    const asked: string[] = [];
    const result = resolveSlotFiles(input, 'scenarios/medium.yaml', (path) => {
      asked.push(path);
      return { text: 'time;count\n08:00;2\n' };
    });
    expect(asked).toEqual(['book.csv']);
    expect(result).toMatchObject({
      value: { name: 'x', appointments: { slots: ['08:00', '08:00'], noShow: 0.1 } },
      issues: [],
    });
    expect(input.appointments.slots).toEqual({ file: 'book.csv' });
  });

  it('reads the file as bytes: UTF-8, or Windows-1252 from a Spanish spreadsheet', () => {
    const windows1252 = Uint8Array.from([...Buffer.from('Hora;N'), 0xba, ...Buffer.from(' citas\r\n08:00;3\r\n')]);
    const result = resolveSlotFiles(input, 's.yaml', () => ({ bytes: windows1252 }));
    expect(result.issues).toEqual([]);
    expect(result.value).toMatchObject({ appointments: { slots: ['08:00', '08:00', '08:00'] } });
  });

  it('names the CSV by its path next to the scenario in row problems', () => {
    const result = resolveSlotFiles(input, 'scenarios/medium.yaml', () => ({ text: 'time\n8am\n' }));
    expect(result.issues).toEqual([
      { path: [], message: inColumn('time', csvInput.clockTime(), '8am'), file: 'scenarios/book.csv', line: 2 },
    ]);
    expect(result.value).toBe(input);
  });

  it('places a later problem with a booking at its CSV line', () => {
    const result = resolveSlotFiles(input, 'scenarios/medium.yaml', () => ({ text: 'hora;citas\n08:00;2\n07:00;1\n' }));
    expect(result.placeBooking({ path: ['appointments', 'slots', 2], message: 'outside' })).toEqual({
      path: [],
      message: 'outside',
      file: 'scenarios/book.csv',
      line: 3,
    });
    expect(result.placeBooking({ path: ['appointments', 'noShow'], message: 'x' })).toBeUndefined();
  });

  it('reports fields written beside file, and still reads the file', () => {
    const beside = { appointments: { slots: { file: 'book.csv', perSlot: 2 } } };
    const result = resolveSlotFiles(beside, 's.yaml', () => ({ text: 'time\n08:00\n' }));
    expect(result.issues).toMatchObject([{ path: ['appointments', 'slots', 'perSlot'], message: slotsCsv.besideFile('perSlot') }]);
    expect(result.value).toEqual({ appointments: { slots: ['08:00'] } });
  });

  it('reports a file that cannot be read at the slots.file field, and a binary file at the file', () => {
    const result = resolveSlotFiles(input, 's.yaml', () => ({ failure: reading.noSuchFile() }));
    expect(result.issues).toEqual([{ path: SLOTS_FILE_PATH, message: reading.cannotRead('book.csv', reading.noSuchFile()) }]);
    expect(reading.cannotRead('book.csv', reading.noSuchFile())).toBe('cannot read "book.csv": no such file');
    expect(resolveSlotFiles(input, 's.yaml', undefined).issues).toEqual([
      { path: SLOTS_FILE_PATH, message: reading.cannotRead('book.csv', reading.noFileAccess()) },
    ]);
    expect(resolveSlotFiles(input, 's.yaml', () => ({ bytes: Uint8Array.from([1, 0, 2, 0]) })).issues).toEqual([
      { path: [], message: csvInput.binary(), file: 'book.csv' },
    ]);
  });

  it('leaves other slot forms, and odd references, to the schema', () => {
    const read = () => {
      throw new Error('not read');
    };
    for (const slots of [['08:00'], { from: '08:00', to: '09:00', every: 15, perSlot: 1 }, { file: 3 }]) {
      const other = { appointments: { slots } };
      expect(resolveSlotFiles(other, 's.yaml', read)).toMatchObject({ value: other, issues: [] });
    }
    expect(resolveSlotFiles(null, 's.yaml', read)).toMatchObject({ value: null, issues: [] });
  });
});

describe('siblingLabel', () => {
  it('joins a relative name to the scenario folder', () => {
    expect(siblingLabel('medium.yaml', 'book.csv')).toBe('book.csv');
    expect(siblingLabel('scenarios/medium.yaml', 'data/book.csv')).toBe('scenarios/data/book.csv');
    expect(siblingLabel('scenarios/medium.yaml', '/abs/book.csv')).toBe('/abs/book.csv');
  });
});
