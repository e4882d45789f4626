// Reading a results folder back (to merge the shards of a sweep or a size run): every file under
// it, by relative path, as text.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError } from '../model/issues.js';
import { mergeText } from '../text/messages.js';

/** Every file under `folder`, by path relative to it ('/'-separated); InputError when it is not a readable folder. */
export function readResultsFiles(folder: string): Record<string, string> {
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new InputError([{ path: [], message: mergeText.notAFolder(folder) }]);
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
