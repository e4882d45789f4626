// Results are written all at once or not at all: into a hidden temporary sibling folder, renamed
// to its final name at the end, so an interrupted or failed run leaves nothing half-written.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { InputError } from '../model/issues.js';
import { resultsFolder } from '../text/messages.js';

/**
 * Writes `files` (relative name, e.g. "summary.csv" or "charts/waits.svg" → content) into a new
 * folder at `finalPath`. Fails with InputError, before writing anything, if the folder exists;
 * on any other failure the temporary folder is removed and the error rethrown.
 */
export function writeResultsFolder(finalPath: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  refuseExistingFolder(finalPath);
  const parent = dirname(finalPath);
  mkdirSync(parent, { recursive: true });
  const temporary = join(parent, `.${basename(finalPath)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  mkdirSync(temporary);
  try {
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
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
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
