import { describe, expect, it } from 'vitest';
import { parseSlotsCsv, resolveSlotFiles, siblingLabel, SLOTS_FILE_PATH } from '../../../src/io/slots-csv.js';
import { reading, slotsCsv } from '../../../src/text/messages.js';

describe('parseSlotsCsv', () => {
  it('reads comma-separated time,count, repeating a time count times', () => {
    expect(parseSlotsCsv('time,count\n08:00,2\n08:15,1\n09:00\n', 'book.csv')).toEqual({
      times: ['08:00', '08:00', '08:15', '09:00'],
      issues: [],
    });
  });

  it('reads semicolon-separated exports with a BOM, CRLF, blank lines and spreadsheet clock times', () => {
    const text = '\uFEFFTime;Count\r\n08:00;2\r\n\r\n;\r\n8:30;\r\n09:45:00;1\r\n';
    expect(parseSlotsCsv(text, 'book.csv')).toEqual({ times: ['08:00', '08:00', '08:30', '09:45'], issues: [] });
  });

  it('needs no count column', () => {
    expect(parseSlotsCsv('time\n10:00\n10:00\n', 'b.csv').times).toEqual(['10:00', '10:00']);
  });

  it('reports every bad row with the file, its line and the column', () => {
    const text = ['time,count', '08:00,2', '', '8am,1', '09:00,x', '09:15,0', '25:00,1.5', '10:00,1,extra'].join('\n');
    expect(parseSlotsCsv(text, 'book.csv')).toEqual({
      times: ['08:00', '08:00'],
      issues: [
        { path: ['time'], message: slotsCsv.badTime('8am'), file: 'book.csv', line: 4 },
        { path: ['count'], message: slotsCsv.badCount('x'), file: 'book.csv', line: 5 },
        { path: ['count'], message: slotsCsv.badCount('0'), file: 'book.csv', line: 6 },
        { path: ['time'], message: slotsCsv.badTime('25:00'), file: 'book.csv', line: 7 },
        { path: ['count'], message: slotsCsv.badCount('1.5'), file: 'book.csv', line: 7 },
        { path: [], message: slotsCsv.tooManyValues(2, 3), file: 'book.csv', line: 8 },
      ],
    });
  });

  it('needs a header row with a time column, and no other columns', () => {
    expect(parseSlotsCsv('08:00,2\n09:00,1\n', 'b.csv').issues).toEqual([
      { path: [], message: slotsCsv.missingHeader('08:00,2'), file: 'b.csv', line: 1 },
    ]);
    expect(parseSlotsCsv('time,count,advisor\n08:00,1,Ana\n', 'b.csv').issues).toEqual([
      { path: [], message: slotsCsv.unknownColumn('advisor'), file: 'b.csv', line: 1 },
    ]);
  });

  it('reports an empty book and broken quoting', () => {
    expect(parseSlotsCsv('', 'b.csv').issues).toEqual([{ path: [], message: slotsCsv.noBookings(), file: 'b.csv' }]);
    expect(parseSlotsCsv('time\n', 'b.csv').issues).toEqual([{ path: [], message: slotsCsv.noBookings(), file: 'b.csv' }]);
    const broken = parseSlotsCsv('time\n"08:00\n', 'b.csv');
    expect(broken.issues).toHaveLength(1);
    expect(broken.issues[0].message.startsWith(slotsCsv.invalidCsv(''))).toBe(true);
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
    expect(result).toEqual({
      value: { name: 'x', appointments: { slots: ['08:00', '08:00'], noShow: 0.1 } },
      issues: [],
    });
    expect(input.appointments.slots).toEqual({ file: 'book.csv' });
  });

  it('names the CSV by its path next to the scenario in row problems', () => {
    const result = resolveSlotFiles(input, 'scenarios/medium.yaml', () => ({ text: 'time\n8am\n' }));
    expect(result.issues).toEqual([
      { path: ['time'], message: slotsCsv.badTime('8am'), file: 'scenarios/book.csv', line: 2 },
    ]);
    expect(result.value).toBe(input);
  });

  it('reports a file that cannot be read at the slots.file field', () => {
    const result = resolveSlotFiles(input, 's.yaml', () => ({ failure: reading.noSuchFile() }));
    expect(result.issues).toEqual([{ path: SLOTS_FILE_PATH, message: reading.cannotRead('book.csv', reading.noSuchFile()) }]);
    expect(reading.cannotRead('book.csv', reading.noSuchFile())).toBe('cannot read "book.csv": no such file');
    expect(resolveSlotFiles(input, 's.yaml', undefined).issues).toEqual([
      { path: SLOTS_FILE_PATH, message: reading.cannotRead('book.csv', reading.noFileAccess()) },
    ]);
  });

  it('leaves other slot forms, and odd references, to the schema', () => {
    const read = () => {
      throw new Error('not read');
    };
    for (const slots of [['08:00'], { from: '08:00', to: '09:00', every: 15, perSlot: 1 }, { file: 'b.csv', x: 1 }, { file: 3 }]) {
      const other = { appointments: { slots } };
      expect(resolveSlotFiles(other, 's.yaml', read)).toEqual({ value: other, issues: [] });
    }
    expect(resolveSlotFiles(null, 's.yaml', read)).toEqual({ value: null, issues: [] });
  });
});

describe('siblingLabel', () => {
  it('joins a relative name to the scenario folder', () => {
    expect(siblingLabel('medium.yaml', 'book.csv')).toBe('book.csv');
    expect(siblingLabel('scenarios/medium.yaml', 'data/book.csv')).toBe('scenarios/data/book.csv');
    expect(siblingLabel('scenarios/medium.yaml', '/abs/book.csv')).toBe('/abs/book.csv');
  });
});
