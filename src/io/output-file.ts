// One output file (an imported fragment, a calibrated scenario), written all at once or not at
// all: into a hidden temporary sibling, renamed at the end. An existing file is never replaced.

import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../model/issues.js';
import { outputFile } from '../text/messages.js';
import { readFailure } from './load-scenario.js';

/** Throws InputError if `path` exists: outputs never overwrite a file. */
export function refuseExistingFile(path: string): void {
  if (existsSync(path)) throw new InputError([{ path: [], message: outputFile.exists(path) }]);
}

/** Writes `text` to a new file at `path`; InputError if it exists or cannot be written, nothing left behind. */
export function writeNewFile(path: string, text: string): void {
  refuseExistingFile(path);
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    writeFileSync(temporary, text);
    // A hard link fails if the target appeared meanwhile, where a rename would replace it.
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError([{ path: [], message: outputFile.exists(path) }]);
    if (code !== undefined) throw new InputError([{ path: [], message: outputFile.cannotWrite(path, readFailure(error)) }]);
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
