import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, MAX_SCENARIO_BYTES, readScenarioText, readText } from '../../../src/io/text-file.js';
import { reading } from '../../../src/text/messages.js';
import { scratchFolder } from '../../support/cli.js';

const TEXT = 'name: Taller Peñalver\nday: { open: "08:00", close: "18:00" }\n';

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(Buffer.from(TEXT))).toEqual({ text: TEXT });
    expect(decodeText(Buffer.from(`\uFEFF${TEXT}`))).toEqual({ text: `\uFEFF${TEXT}` });
    expect(decodeText(Buffer.alloc(0))).toEqual({ text: '' });
  });

  it('tells UTF-16 apart, with a byte-order mark or without', () => {
    expect(decodeText(Buffer.from(`\uFEFF${TEXT}`, 'utf16le'))).toEqual({ failure: reading.utf16() });
    expect(decodeText(Buffer.from(TEXT, 'utf16le'))).toEqual({ failure: reading.utf16() });
    expect(decodeText(Buffer.from(`\uFEFF${TEXT}`, 'utf16le').swap16())).toEqual({ failure: reading.utf16() });
  });

  it('calls bytes with NULs or mostly invalid UTF-8 binary', () => {
    expect(decodeText(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]))).toEqual({ failure: reading.looksBinary() });
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    expect(decodeText(noise)).toEqual({ failure: reading.looksBinary() });
    const controls = Buffer.from('\u0001\u0002\u0003\u0004abc');
    expect(decodeText(controls)).toEqual({ failure: reading.looksBinary() });
  });

  it('points at the first byte that is not UTF-8 in a text saved in another encoding', () => {
    const latin1 = Buffer.from(TEXT, 'latin1');
    expect(decodeText(latin1)).toEqual({ failure: reading.notUtf8(1, 16, 0xf1) });
    expect(reading.notUtf8(1, 16, 0xf1)).toBe(
      'not a UTF-8 text file: the byte 0xF1 at line 1, column 16 is not UTF-8 (save the file as UTF-8)',
    );
    // A valid "é" before it counts as one column; a lone continuation byte and an overlong form are invalid.
    expect(decodeText(Buffer.concat([Buffer.from('a\né'), Buffer.from([0x80])]))).toEqual({ failure: reading.notUtf8(2, 2, 0x80) });
    expect(decodeText(Buffer.from([0x61, 0xc0, 0xaf]))).toEqual({ failure: reading.notUtf8(1, 2, 0xc0) });
    expect(decodeText(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toEqual({ failure: reading.notUtf8(1, 2, 0xed) });
  });
});

describe('readText', () => {
  it('reads a file, and refuses one far too large for a scenario without reading it', () => {
    const folder = scratchFolder();
    const path = join(folder, 'scenario.yaml');
    writeFileSync(path, TEXT);
    expect(readText(path)).toEqual({ text: TEXT });
    const huge = join(folder, 'huge.yaml');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024);
    expect(readText(huge)).toEqual({ failure: reading.tooLarge(100 * 1024 * 1024, 64 * 1024 * 1024) });
    expect(readText(join(folder, 'none.yaml'))).toEqual({ failure: reading.noSuchFile() });
    // A scenario is kilobytes: one of megabytes is refused before it is parsed.
    const big = join(folder, 'big.yaml');
    writeFileSync(big, '#'.repeat(MAX_SCENARIO_BYTES + 1));
    expect(readScenarioText(big)).toEqual({ failure: reading.tooLarge(MAX_SCENARIO_BYTES + 1, MAX_SCENARIO_BYTES) });
    expect(readText(big)).not.toHaveProperty('failure');
    expect(readText(folder)).toEqual({ failure: reading.isAFolder() });
  });
});
