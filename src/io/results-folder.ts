// Results are written all at once or not at all: into a hidden temporary sibling folder, renamed
// to its final name at the end, so an interrupted or failed run leaves nothing half-written.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { InputError } from '../model/issues.js';
import { resultsFolder } from '../text/messages.js';
import { fsErrorCode, fsFailure } from './fs-failure.js';
import { OutputError } from './output-error.js';

/**
 * Writes `files` (relative name, e.g. "summary.csv" or "charts/waits.svg" → content) into a new
 * folder at `finalPath`. Fails with InputError, before writing anything, if the folder exists;
 * with OutputError if the file system refuses (a full disk…); on any failure the temporary
 * folder, and any parent folder created for it, is removed.
 */
export function writeResultsFolder(finalPath: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  refuseExistingFolder(finalPath);
  const parent = dirname(resolve(finalPath));
  const temporary = join(parent, temporaryName(finalPath));
  // The outermost parent folder created here (undefined: they all existed).
  let createdParent: string | undefined;
  unfinished.set(temporary, () => createdParent);
  try {
    createdParent = mkdirSync(parent, { recursive: true });
    mkdirSync(temporary);
    // Names are checked and contents read one file at a time, so a failure can come half-way.
    for (const name of Object.keys(files)) {
      const target = join(temporary, safeRelative(name));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, files[name]);
    }
    // NOTE: checked again just before the rename, since renaming a folder onto an existing empty
    // folder replaces it silently on POSIX. A folder created in between the check and the
    // rename can still be replaced; nothing cheaper closes that gap.
    if (existsSync(finalPath)) throw new InputError([{ path: [], message: resultsFolder.exists(finalPath) }]);
    renameSync(temporary, finalPath);
    unfinished.delete(temporary);
  } catch (error) {
    removeUnfinished(temporary);
    if (fsErrorCode(error) !== undefined) throw new OutputError(resultsFolder.cannotWrite(finalPath, fsFailure(error)));
    throw error;
  }
}

/** The hidden name of the temporary folder in which `finalPath` is written. */
export function temporaryName(finalPath: string): string {
  return `.${basename(finalPath)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** Removes every results folder still being written (on an interrupt); true if there was one. */
export function removeUnfinishedResults(): boolean {
  const any = unfinished.size > 0;
  for (const temporary of [...unfinished.keys()]) removeUnfinished(temporary);
  return any;
}

/** Temporary folders being written → the outermost parent created for them, if any. */
const unfinished = new Map<string, () => string | undefined>();

function removeUnfinished(temporary: string): void {
  const createdParent = unfinished.get(temporary)?.();
  unfinished.delete(temporary);
  rmSync(temporary, { recursive: true, force: true });
  // Parents created for this folder go too, from the innermost up, while they are empty.
  if (createdParent === undefined) return;
  for (let folder = dirname(temporary); folder.length >= createdParent.length; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === createdParent) return;
  }
}

/** Throws InputError if `finalPath` exists: a run never overwrites earlier results. */
export function refuseExistingFolder(finalPath: string): void {
  if (existsSync(finalPath)) throw new InputError([{ path: [], message: resultsFolder.exists(finalPath) }]);
}

/**
 * A fresh results folder for a run: `<resultsRoot>/<slug of the scenario name>-<YYYYMMDD-HHMMSS>`
 * in local time, with -2, -3, … appended if that folder exists already.
 */
export function defaultResultsPath(resultsRoot: string, scenarioName: string, date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp =
    `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-` +
    `${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
  const base = join(resultsRoot, `${slug(scenarioName)}-${stamp}`);
  let candidate = base;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** A file-name-safe form of a scenario name: "Medium dealership, status quo" → "medium-dealership-status-quo". */
export function slug(name: string): string {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return text === '' ? 'scenario' : text;
}

/** A file name inside the results folder; a name that would escape it is a bug in the caller. */
function safeRelative(name: string): string {
  const normal = normalize(name);
  if (name === '' || isAbsolute(name) || normal === '..' || normal.startsWith(`..${sep}`)) {
    throw new Error(`results file name ${JSON.stringify(name)} must be a relative path inside the folder`);
  }
  return normal;
}
