// Reading a results folder back (to merge the shards of a sweep or a size run): every file under
// it, by relative path, as text.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError } from '../model/issues.js';
import { kindOfPath } from './fs-failure.js';
import { mergeText } from '../text/messages.js';

/** Every file under `folder`, by path relative to it ('/'-separated); InputError when it is not a readable folder. */
export function readResultsFiles(folder: string): Record<string, string> {
  checkFolder(folder);
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files[relative(folder, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(folder);
  return files;
}

/**
 * The first of `names` that is a file directly in `folder`, with its text; undefined when none is.
 * Read on its own, before the whole folder: a folder that is not a results folder (a parent
 * folder, a home folder) is told at once instead of being read whole.
 */
export function readResultsFile(folder: string, names: readonly string[]): { readonly name: string; readonly text: string } | undefined {
  checkFolder(folder);
  for (const name of names) {
    const path = join(folder, name);
    if (kindOfPath(path) === 'file') return { name, text: readFileSync(path, 'utf8') };
  }
  return undefined;
}

function checkFolder(folder: string): void {
  if (kindOfPath(folder) !== 'folder') throw new InputError([{ path: [], message: mergeText.notAFolder(folder) }]);
}
