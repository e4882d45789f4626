import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../../src/io/csv/csv-file.js';
import { readCsvText } from '../../../../src/io/csv/csv-text.js';
import { decodeBytes, sniffEncoding } from '../../../../src/io/csv/decode.js';
import { detectDelimiter } from '../../../../src/io/csv/dialect.js';
import { LISTED_BAD_ROWS, type Row, type TableSpec } from '../../../../src/io/csv/table.js';
import { InputError } from '../../../../src/model/issues.js';
import { csvInput } from '../../../../src/text/messages.js';
import { issuesThrownBy } from '../../../support/input-errors.js';
import { scratchFolder } from '../../../support/cli.js';

type Field = 'name' | 'wait';
const SPEC: TableSpec<Field, { name: string; wait: number }> = {
  fields: { name: { names: ['name', 'nombre'], required: true }, wait: { names: ['wait', 'espera'] } },
  otherColumns: 'ignore',
  parse: (row: Row<Field>) => {
    const wait = Number(row.cell('wait') || '0') * row.plainUnitSec('wait');
    if (!Number.isFinite(wait)) return row.bad('wait', 'a number');
    return { name: row.cell('name'), wait };
  },
};

function readText(text: string, badRows: 'collect' | 'skip' | 'stop' = 'skip', map?: string[]) {
  const records: unknown[] = [];
  const summary = readCsvText(text, SPEC, { label: 'f.csv', badRows, map }, (record, line) => records.push({ ...record, line }));
  return { records, summary };
}

describe('encoding', () => {
  it('tells UTF-8, Windows-1252, UTF-16 and binary files apart', () => {
    expect(sniffEncoding(Buffer.from('hora;duración\n'), true)).toEqual({ encoding: 'utf-8', bomBytes: 0 });
    expect(sniffEncoding(Buffer.from('\uFEFFhora\n'), true)).toEqual({ encoding: 'utf-8', bomBytes: 3 });
    expect(sniffEncoding(Uint8Array.from([0x64, 0x75, 0x72, 0x61, 0x63, 0x69, 0xf3, 0x6e]), true)).toEqual({ encoding: 'windows-1252', bomBytes: 0 });
    expect(sniffEncoding(Uint8Array.from([0xff, 0xfe, 0x68, 0]), true)).toEqual({ encoding: 'utf-16le', bomBytes: 2 });
    expect(sniffEncoding(Uint8Array.from([0x50, 0x4b, 3, 4, 0]), true)).toEqual({ failure: csvInput.spreadsheet() });
    expect(sniffEncoding(Uint8Array.from([1, 2, 0, 3]), true)).toEqual({ failure: csvInput.binary() });
    // A character cut at the end of the first block is not a reason to give up on UTF-8.
    expect(sniffEncoding(Buffer.from('duración').subarray(0, 7), false)).toEqual({ encoding: 'utf-8', bomBytes: 0 });
  });

  it('decodes UTF-16 with its mark, and Windows-1252', () => {
    expect(decodeBytes(Buffer.from('\uFEFFhora;espera\n', 'utf16le'))).toEqual({ text: 'hora;espera\n' });
    expect(decodeBytes(Uint8Array.from([0x62, 0x75, 0x7a, 0xf3, 0x6e, 0x80]))).toEqual({ text: 'buzón€' });
  });
});

describe('dialect', () => {
  it('takes the separator that occurs most in the header, outside quotes', () => {
    expect(detectDelimiter('fecha;hora;espera\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('\n\ndate,time\n')).toBe(',');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc;d\n')).toBe('\t');
    expect(detectDelimiter('time\n08:00\n')).toBe(',');
    expect(detectDelimiter('Informe de llamadas\r\nFecha;Hora\r\n')).toBe(';');
  });

  it('reads a file re-saved with | as the separator, decimal commas and all, from its real header', () => {
    const piped = 'Informe de llamadas\nnombre|Espera (s)|Estado\nAna|1,5|Contestada\nBea|2,0|Buzón\n';
    expect(detectDelimiter(piped)).toBe('|');
    const { records, summary } = readText(piped.replace(/,/g, '.'));
    expect(records).toEqual([{ name: 'Ana', wait: 1.5, line: 3 }, { name: 'Bea', wait: 2, line: 4 }]);
    expect(summary.present).toEqual(new Set(['name', 'wait']));
  });

  it('is not misled by a title line with another separator, or by decimal commas', () => {
    expect(detectDelimiter('Informe de llamadas, marzo 2025\nFecha;Hora;Espera\n04/03/2025;09:15;1,5\n04/03/2025;09:20;2,5\n')).toBe(';');
    expect(detectDelimiter('Llamadas | marzo\nfecha,hora\n04/03/2025,09:15\n')).toBe(',');
    expect(detectDelimiter('fecha;hora;espera;talk\n1;2;3,5;4,5\n1;2;3;4,5\n')).toBe(';');
  });
});

describe('table', () => {
  it('matches columns by their names in either language, ignoring case, accents and a unit', () => {
    const { records, summary } = readText('NOMBRE;Espera (min);Otra\nAna;2\n');
    expect(records).toEqual([{ name: 'Ana', wait: 120, line: 2 }]);
    expect(summary.unusedColumns).toEqual(['Otra']);
  });

  it('skips a title line above the header, and blank lines', () => {
    expect(readText('Informe de llamadas\n\nname,wait\n\nAna,3\n').records).toEqual([{ name: 'Ana', wait: 3, line: 5 }]);
  });

  it('takes --map column=field over the names, and reports a bad --map', () => {
    expect(readText('quien,cuanto\nAna,3\n', 'skip', ['Quien=name', 'cuanto=wait']).records).toEqual([{ name: 'Ana', wait: 3, line: 2 }]);
    expect(issuesThrownBy(() => readText('a,b\n1,2\n', 'skip', ['x']))).toEqual([
      { path: [], message: csvInput.mapMalformed(), file: csvInput.mapSource('x') },
    ]);
    expect(issuesThrownBy(() => readText('a,b\n1,2\n', 'skip', ['a=who', 'c=name']))).toEqual([
      { path: [], message: csvInput.mapUnknownField('who', ['name', 'wait']), file: csvInput.mapSource('a=who') },
      { path: [], message: csvInput.mapUnknownColumn('c', ['a', 'b']), file: csvInput.mapSource('c=name') },
    ]);
  });

  it('refuses two --map for one field, and one column for two fields: which was meant cannot be told', () => {
    expect(issuesThrownBy(() => readText('a,b\n1,2\n', 'skip', ['a=wait', 'b=wait']))).toEqual([
      { path: [], message: csvInput.mapFieldTwice('wait', csvInput.mapSource('a=wait')), file: csvInput.mapSource('b=wait') },
    ]);
    expect(issuesThrownBy(() => readText('a,b\n1,2\n', 'skip', ['a=wait', 'a=name']))).toEqual([
      { path: [], message: csvInput.mapColumnTwice('a', 'wait', csvInput.mapSource('a=wait')), file: csvInput.mapSource('a=name') },
    ]);
  });

  it('reads a --map naming the kind of file first where the command takes that form, and hints that form', () => {
    const read = (text: string, map: string[]) => {
      const records: unknown[] = [];
      readCsvText(text, SPEC, { label: 'f.csv', badRows: 'skip', map, mapKind: 'calls' }, (record) => records.push(record));
      return records;
    };
    expect(read('quien,cuanto\nAna,3\n', ['calls:Quien=name', 'cuanto=wait'])).toEqual([{ name: 'Ana', wait: 3 }]);
    // A problem quotes the flag as typed; a hint gives the form that works there.
    expect(issuesThrownBy(() => read('a,b\n1,2\n', ['calls:x']))).toEqual([{ path: [], message: csvInput.mapMalformed('calls'), file: csvInput.mapSource('calls:x') }]);
    expect(csvInput.mapMalformed('calls')).toBe('expected calls:column=field, e.g. --map "calls:Hora inicio=time"');
    expect(issuesThrownBy(() => read('wait\n3\n', []))).toEqual([
      { path: [], message: csvInput.missingColumn(['name'], ['name', 'nombre'], ['wait'], 'calls'), file: 'f.csv', line: 1 },
    ]);
    expect(csvInput.missingColumn(['name'], ['name'], ['wait'], 'calls')).toContain('(name one with --map "calls:<column>=name")');
    expect(csvInput.ambiguousColumn('name', 'name', 'nombre', 'calls')).toContain('--map "calls:<column>=name"');
  });

  it('refuses a file without a required column, or with two columns for one field', () => {
    expect(issuesThrownBy(() => readText('wait\n3\n'))).toEqual([
      { path: [], message: csvInput.missingColumn(['name'], ['name', 'nombre'], ['wait']), file: 'f.csv', line: 1 },
    ]);
    expect(issuesThrownBy(() => readText('name,nombre\na,b\n'))).toEqual([
      { path: [], message: csvInput.ambiguousColumn('name', 'name', 'nombre'), file: 'f.csv', line: 1 },
    ]);
    expect(issuesThrownBy(() => readText(''))).toEqual([{ path: [], message: csvInput.empty(), file: 'f.csv' }]);
  });

  it('skips bad rows, listing the first ones and counting all; --strict stops at the first; collect keeps all', () => {
    const rows = Array.from({ length: 15 }, (_, i) => `n${i},x${i}`);
    const text = `name,wait\nAna,1\n${rows.join('\n')}\nBea,2,,\nCris,3,extra\n`;
    const { records, summary } = readText(text);
    expect(records).toEqual([{ name: 'Ana', wait: 1, line: 2 }, { name: 'Bea', wait: 2, line: 18 }]);
    expect(summary).toMatchObject({ rows: 18, badRows: 16 });
    expect(summary.issues).toHaveLength(LISTED_BAD_ROWS);
    expect(summary.issues[0]).toEqual({ path: [], message: csvInput.inColumn('wait', csvInput.badCell('a number', 'x0')), file: 'f.csv', line: 3 });
    expect(readText(text, 'collect').summary.issues).toHaveLength(16);
    expect(issuesThrownBy(() => readText(text, 'stop'))).toEqual([summary.issues[0]]);
  });

  it('hides long digit runs of a bad cell: they may be phone numbers', () => {
    expect(csvInput.badCell('a duration', '612345678')).toBe('expected a duration, got "<9 digits>"');
  });
});

describe('reading a file as a stream', () => {
  async function readFile(bytes: Uint8Array | string) {
    const path = join(scratchFolder(), 'f.csv');
    writeFileSync(path, bytes);
    const records: unknown[] = [];
    let passes = 0;
    const summary = await readCsvFile(path, SPEC, { label: 'f.csv', badRows: 'skip' }, () => {
      passes++;
      records.length = 0;
      return (record, line) => records.push({ ...record, line });
    });
    return { records, summary, passes };
  }

  it('gives each record the line it ends on, across chunks, CRLF, blank lines and quoted line breaks (LF inside quotes, as spreadsheets write them)', async () => {
    const body = Array.from({ length: 60_000 }, (_, i) => (i === 3 ? '"multi\nline",7' : i % 1000 === 5 ? `\r\nn${i},${i % 10}` : `n${i},${i % 10}`));
    const { records, summary } = await readFile(`name,wait\r\n${body.join('\r\n')}\r\n`);
    expect(summary).toMatchObject({ rows: 60_000, badRows: 0, encoding: 'utf-8', delimiter: ',' });
    const lines = records as { name: string; line: number }[];
    expect(lines[2]).toEqual({ name: 'n2', wait: 2, line: 4 });
    expect(lines[3]).toEqual({ name: 'multi\nline', wait: 7, line: 6 });
    // Each blank line before rows 5, 1005, … shifts the lines after it by one.
    expect(lines[5]).toMatchObject({ name: 'n5', line: 9 });
    expect(lines[59_999]).toMatchObject({ name: 'n59999', line: 60_001 + 1 + 60 });
  });

  it('reads a Windows-1252 file, going back to the start when a byte deep in the file is not UTF-8', async () => {
    const head = `nombre;espera\n${'Ana;1\n'.repeat(20_000)}`;
    const bytes = Buffer.concat([Buffer.from(head), Uint8Array.from([0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x3b, 0x32, 0x0a])]);
    const { records, summary, passes } = await readFile(bytes);
    expect(passes).toBe(2);
    expect(summary.encoding).toBe('windows-1252');
    expect(records).toHaveLength(20_001);
    expect(records[20_000]).toEqual({ name: 'Núñez', wait: 2, line: 20_002 });
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 text', async () => {
    expect((await readFile('\uFEFFname;wait\nAna;1\n')).records).toEqual([{ name: 'Ana', wait: 1, line: 2 }]);
    const utf16 = await readFile(Buffer.from('\uFEFFname\twait\r\nAna\t4\r\n', 'utf16le'));
    expect(utf16.records).toEqual([{ name: 'Ana', wait: 4, line: 2 }]);
    expect(utf16.summary).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
  });

  it('reports broken quoting, a binary file and a missing file as bad input', async () => {
    await expect(readFile('name\n"Ana\n')).rejects.toBeInstanceOf(InputError);
    await expect(readFile(Uint8Array.from([0, 1, 2]))).rejects.toMatchObject({ issues: [{ message: csvInput.binary(), file: 'f.csv' }] });
    await expect(readCsvFile('/no/such/file.csv', SPEC, { label: 'x.csv', badRows: 'skip' }, () => () => {})).rejects.toMatchObject({
      issues: [{ message: 'cannot read "x.csv": no such file' }],
    });
  });
});
