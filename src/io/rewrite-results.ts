// Rewriting some files of an existing results folder (a report re-rendered in another language),
// all at once or not at all: the new folder is assembled beside the old one — files kept are
// hard-linked (copied where links are not possible), new ones written — and swapped in by two
// renames, so a failure leaves the old folder as it was.

import { randomBytes } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/**
 * Replaces the folder at `folder` by a copy in which `files` (relative path → content) are written
 * and every file under `replacedFolders` (relative, e.g. "charts") is dropped first; every other
 * file is kept as it was.
 */
export function rewriteResultsFiles(
  folder: string,
  files: Readonly<Record<string, string>>,
  replacedFolders: readonly string[] = [],
): void {
  const parent = dirname(folder);
  const tag = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const fresh = join(parent, `.${basename(folder)}.tmp-${tag}`);
  const old = join(parent, `.${basename(folder)}.old-${tag}`);
  const dropped = (name: string) => Object.hasOwn(files, name) || replacedFolders.some((sub) => name === sub || name.startsWith(`${sub}/`));
  mkdirSync(fresh);
  try {
    for (const name of filesUnder(folder)) {
      if (dropped(name)) continue;
      const target = join(fresh, name);
      mkdirSync(dirname(target), { recursive: true });
      try {
        linkSync(join(folder, name), target);
      } catch {
        copyFileSync(join(folder, name), target);
      }
    }
    for (const [name, content] of Object.entries(files)) {
      const target = join(fresh, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    renameSync(folder, old);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(fresh, folder);
  } catch (error) {
    // Put the old folder back, as it was.
    renameSync(old, folder);
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Every file under `folder`, as relative paths with "/" separators, in a stable order. */
function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else found.push(relative(folder, path).split(sep).join('/'));
    }
  };
  visit(folder);
  return found;
}
