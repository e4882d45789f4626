// Checks, before anything is simulated, that a results folder can be created where asked: the
// path is not empty, not taken, not inside a file, and the nearest existing folder accepts a new
// folder. The check creates what the write will create and removes it again, so the answer is
// the file system's own (permissions, read-only mounts, /proc, full disks, name lengths).

import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { InputIssue } from '../model/issues.js';
import { fileSystem, resultsFolder } from '../text/messages.js';
import { fsErrorCode, fsFailure } from './fs-failure.js';
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
    const kind = kindOf(existing);
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

/** What is at `path`: a folder, a file, something else, nothing, or why it cannot be told. */
function kindOf(path: string): 'folder' | 'file' | 'other' | 'missing' | { failure: string } {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === 'ENOENT') return 'missing';
    // A file in the middle of the path.
    if (code === 'ENOTDIR') return 'missing';
    return { failure: fsFailure(error) };
  }
}
