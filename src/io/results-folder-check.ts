// Checks, before anything is simulated, that a results folder can be created where asked: the
// path is not empty, not taken, not inside a file, and the nearest existing folder accepts a new
// folder. The check creates what the write will create and removes it again, so the answer is
// the file system's own (permissions, read-only mounts, /proc, full disks, name lengths).

import { mkdirSync, rmdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { InputIssue } from '../model/issues.js';
import { fileSystem, resultsFolder } from '../text/messages.js';
import { fsErrorCode, fsFailure, kindOfPath } from './fs-failure.js';
import { temporaryName } from './results-folder.js';

/** Problems (none: fine) with creating the results folder `path`; writes nothing that stays. */
export function resultsFolderIssues(path: string): InputIssue[] {
  const problem = (message: string): InputIssue[] => [{ path: [], message }];
  if (path.trim() === '') return problem(resultsFolder.emptyPath());
  const absolute = resolve(path);
  // The folders to create, outermost first, down to the nearest one that exists.
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    const kind = kindOfPath(existing);
    if (kind === 'folder') break;
    if (kind === 'file' || kind === 'other') {
      return existing === absolute ? problem(resultsFolder.exists(path)) : problem(resultsFolder.insideAFile(path, existing));
    }
    if (kind !== 'missing') return problem(resultsFolder.cannotCreate(path, kind.failure));
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (missing.length === 0) return problem(resultsFolder.exists(path));
  // Create the parents and, in the last one, a folder named like the temporary one, then remove them.
  const probes = [...missing.slice(0, -1), resolve(dirname(absolute), temporaryName(absolute))];
  const created: string[] = [];
  try {
    for (const folder of probes) {
      mkdirSync(folder);
      created.push(folder);
    }
    return [];
  } catch (error) {
    // ENOENT from creating a folder in a folder that exists: a pseudo file system (/proc).
    const reason = fsErrorCode(error) === 'ENOENT' ? fileSystem.noSuchFolder() : fsFailure(error);
    return problem(resultsFolder.cannotCreate(path, reason));
  } finally {
    for (const folder of created.reverse()) rmdirSync(folder);
  }
}
