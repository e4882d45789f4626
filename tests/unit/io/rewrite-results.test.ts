import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteResultsFiles } from '../../../src/io/rewrite-results.js';
import { scratchFolder } from '../../support/cli.js';

function resultsFolder(): string {
  const folder = join(scratchFolder(), 'run');
  mkdirSync(join(folder, 'charts'), { recursive: true });
  writeFileSync(join(folder, 'summary.json'), '{}');
  writeFileSync(join(folder, 'report.html'), 'old report');
  writeFileSync(join(folder, 'charts', 'old.svg'), '<svg/>');
  return folder;
}

describe('rewriteResultsFiles', () => {
  it('writes the new files, drops the replaced folders and keeps the rest', () => {
    const folder = resultsFolder();
    rewriteResultsFiles(folder, { 'report.html': 'new report', 'charts/new.svg': '<svg></svg>' }, ['charts']);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toBe('new report');
    expect(readFileSync(join(folder, 'summary.json'), 'utf8')).toBe('{}');
    expect(readdirSync(join(folder, 'charts'))).toEqual(['new.svg']);
    expect(readdirSync(join(folder, '..'))).toEqual(['run']);
  });

  it('leaves the folder as it was when a file cannot be written', () => {
    const folder = resultsFolder();
    // A file where a folder is needed: the write fails half-way.
    expect(() => rewriteResultsFiles(folder, { 'a.txt': 'a', 'summary.json/inner': 'x' })).toThrow();
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toBe('old report');
    expect(readdirSync(folder).sort()).toEqual(['charts', 'report.html', 'summary.json']);
    expect(readdirSync(join(folder, '..'))).toEqual(['run']);
  });
});
