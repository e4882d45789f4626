// One output file (an imported fragment, a calibrated scenario, an exported page), written all at
// once or not at all: into a hidden temporary sibling, linked into place at the end. An existing
// file is never replaced.

import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../model/issues.js';
import { outputFile } from '../text/messages.js';
import { fsErrorCode, fsFailure, kindOfPath } from './fs-failure.js';

/** Throws InputError if `path` exists: outputs never overwrite a file. */
export function refuseExistingFile(path: string, exists: (path: string) => string = outputFile.exists): void {
  if (existsSync(path)) throw new InputError([{ path: [], message: exists(path) }]);
}

/**
 * Checks, before any long work, that `writeNewFile(path, …)` can succeed: `path` is not taken and
 * a file can be created beside it. The temporary file the write will use is created and removed
 * again, so the file system itself answers (missing folder, permissions, read-only disks, /proc).
 */
export function checkNewFile(path: string, exists: (path: string) => string = outputFile.exists): void {
  refuseExistingFile(path, exists);
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, '', { flag: 'wx' });
  } catch (error) {
    if (fsErrorCode(error) === undefined) throw error;
    throw new InputError([{ path: [], message: outputFile.cannotWrite(path, writeFailure(path, error)) }]);
  }
  rmSync(temporary, { force: true });
}

/** Writes `text` to a new file at `path`; InputError if it exists or cannot be written, nothing left behind. */
export function writeNewFile(path: string, text: string, exists: (path: string) => string = outputFile.exists): void {
  refuseExistingFile(path, exists);
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, text);
    // A hard link fails if the target appeared meanwhile, where a rename would replace it.
    linkSync(temporary, path);
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === 'EEXIST') throw new InputError([{ path: [], message: exists(path) }]);
    if (code !== undefined) throw new InputError([{ path: [], message: outputFile.cannotWrite(path, writeFailure(path, error)) }]);
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
}

/** Why a file could not be created at `path`: a missing folder is named, not called a missing file. */
function writeFailure(path: string, error: unknown): string {
  if (fsErrorCode(error) !== 'ENOENT') return fsFailure(error);
  const folder = dirname(path);
  // ENOENT in a folder that exists: a pseudo file system (/proc) that takes no new files.
  return kindOfPath(folder) === 'folder' ? outputFile.notHere() : outputFile.noFolder(folder);
}
