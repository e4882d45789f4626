import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../../src/io/output-error.js';
import { defaultResultsPath, removeUnfinishedResults, slug, writeResultsFolder } from '../../../src/io/results-folder.js';
import { InputError } from '../../../src/model/issues.js';
import { fileSystem, resultsFolder } from '../../../src/text/messages.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'recepsim-results-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('writeResultsFolder', () => {
  it('writes every file, in subfolders too, and leaves no temporary folder', () => {
    const target = join(root, 'results', 'run-1');
    writeResultsFolder(target, {
      'summary.csv': 'a,b\n1,2\n',
      'charts/waits.svg': '<svg/>',
      'raw.bin': new Uint8Array([0, 1, 2]),
    });
    expect(readFileSync(join(target, 'summary.csv'), 'utf8')).toBe('a,b\n1,2\n');
    expect(readFileSync(join(target, 'charts', 'waits.svg'), 'utf8')).toBe('<svg/>');
    expect([...readFileSync(join(target, 'raw.bin'))]).toEqual([0, 1, 2]);
    expect(readdirSync(join(root, 'results'))).toEqual(['run-1']);
  });

  it('refuses an existing folder before writing anything', () => {
    const target = join(root, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'mine');
    let error: unknown;
    try {
      writeResultsFolder(target, { 'summary.csv': 'x' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues).toEqual([{ path: [], message: resultsFolder.exists(target) }]);
    expect(resultsFolder.exists('x')).toBe('results folder "x" already exists: choose another --out or remove it');
    expect(readdirSync(target)).toEqual(['keep.txt']);
    expect(readdirSync(root)).toEqual(['taken']);
  });

  it('leaves nothing when a file fails half-way', () => {
    const target = join(root, 'run');
    const files = {
      'first.csv': 'written',
      get 'second.csv'(): string {
        throw new Error('report failed');
      },
      'third.csv': 'never',
    };
    expect(() => writeResultsFolder(target, files)).toThrow('report failed');
    expect(readdirSync(root)).toEqual([]);
  });

  it('leaves nothing when a file cannot be written', () => {
    const target = join(root, 'run');
    expect(() => writeResultsFolder(target, { 'a.csv': 'x', 'bad\0name.csv': 'y' })).toThrow();
    expect(() => writeResultsFolder(target, { 'a.csv': 'x', '../escape.csv': 'y' })).toThrow(/inside the folder/);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('writeResultsFolder when the file system refuses', () => {
  it('throws one OutputError line and removes the folder and the parents it created', () => {
    const target = join(root, 'new', 'parents', 'run');
    let error: unknown;
    try {
      writeResultsFolder(target, { 'summary.csv': 'x', [`${'n'.repeat(300)}.csv`]: 'y' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toBe(resultsFolder.cannotWrite(target, fileSystem.nameTooLong()));
    expect(readdirSync(root)).toEqual([]);
  });

  it('keeps parents that existed before', () => {
    mkdirSync(join(root, 'kept'));
    expect(() => writeResultsFolder(join(root, 'kept', 'run'), { [`${'n'.repeat(300)}.csv`]: 'y' })).toThrow(OutputError);
    expect(readdirSync(root)).toEqual(['kept']);
    expect(readdirSync(join(root, 'kept'))).toEqual([]);
  });
});

describe('removeUnfinishedResults', () => {
  it('removes a folder being written (as on an interrupt), and nothing once none is', () => {
    const target = join(root, 'new', 'run');
    let hidden: string[] = [];
    const files = {
      'first.csv': 'written',
      get 'second.csv'(): string {
        hidden = readdirSync(join(root, 'new'));
        expect(removeUnfinishedResults()).toBe(true);
        throw new Error('interrupted');
      },
    };
    expect(() => writeResultsFolder(target, files)).toThrow('interrupted');
    expect(hidden).toEqual([expect.stringMatching(/^\.run\.tmp-\d+-[0-9a-f]{12}$/)]);
    expect(readdirSync(root)).toEqual([]);
    expect(removeUnfinishedResults()).toBe(false);
  });
});

describe('defaultResultsPath', () => {
  const date = new Date(2026, 2, 7, 9, 5, 3);

  it('names the folder after the scenario and the local date and time', () => {
    expect(defaultResultsPath(root, 'Medium dealership, status quo', date)).toBe(
      join(root, 'medium-dealership-status-quo-20260307-090503'),
    );
  });

  it('appends -2, -3 … when the name is taken', () => {
    const first = defaultResultsPath(root, 'Taller Peñalver', date);
    expect(first).toBe(join(root, 'taller-penalver-20260307-090503'));
    mkdirSync(first);
    expect(defaultResultsPath(root, 'Taller Peñalver', date)).toBe(`${first}-2`);
    mkdirSync(`${first}-2`);
    expect(defaultResultsPath(root, 'Taller Peñalver', date)).toBe(`${first}-3`);
  });
});

describe('slug', () => {
  it('keeps letters and digits, folds accents, joins the rest with dashes', () => {
    expect(slug('  Ärger & Co. — 2 advisors!  ')).toBe('arger-co-2-advisors');
    expect(slug('***')).toBe('scenario');
    expect(slug('x'.repeat(100))).toHaveLength(60);
  });
});
