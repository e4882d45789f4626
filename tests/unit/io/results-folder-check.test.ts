import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resultsFolderIssues } from '../../../src/io/results-folder-check.js';
import { fileSystem, reading, resultsFolder } from '../../../src/text/messages.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'recepsim-check-'));
});
afterEach(() => {
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});

const message = (path: string) => resultsFolderIssues(path).map((issue) => issue.message);

describe('resultsFolderIssues', () => {
  it('accepts a new folder, with new parents, and leaves nothing behind', () => {
    expect(message(join(root, 'out'))).toEqual([]);
    expect(message(join(root, 'a', 'b', 'c', 'out'))).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses an empty path, a folder or file that exists, and a path inside a file', () => {
    writeFileSync(join(root, 'file'), 'x');
    mkdirSync(join(root, 'taken'));
    expect(message('  ')).toEqual([resultsFolder.emptyPath()]);
    expect(message(join(root, 'taken'))).toEqual([resultsFolder.exists(join(root, 'taken'))]);
    expect(message(join(root, 'file'))).toEqual([resultsFolder.exists(join(root, 'file'))]);
    expect(message(join(root, 'file', 'deeper', 'out'))).toEqual([
      resultsFolder.insideAFile(join(root, 'file', 'deeper', 'out'), join(root, 'file')),
    ]);
  });

  it('refuses where folders cannot be created', () => {
    expect(message('/proc/x')).toEqual([resultsFolder.cannotCreate('/proc/x', fileSystem.noSuchFolder())]);
    expect(message('/proc/x/y/z')).toEqual([resultsFolder.cannotCreate('/proc/x/y/z', fileSystem.noSuchFolder())]);
    const long = join(root, 'n'.repeat(250));
    expect(message(long)).toEqual([resultsFolder.cannotCreate(long, fileSystem.nameTooLong())]);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder without write permission (not as the superuser)', () => {
    chmodSync(root, 0o555);
    expect(message(join(root, 'out'))).toEqual([resultsFolder.cannotCreate(join(root, 'out'), reading.permissionDenied())]);
  });
});
