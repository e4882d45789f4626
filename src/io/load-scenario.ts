// Loading a scenario file: reads it and the files it names, then hands over to the
// file-system-free loader (load-scenario-text.ts).

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { InputError } from '../model/issues.js';
import { reading } from '../text/messages.js';
import { type LoadedScenario, type LoadOptions, loadScenarioFromText } from './load-scenario-text.js';

export { loadScenarioFromText } from './load-scenario-text.js';
export type { LoadedScenario, LoadOptions, LoadTextOptions, ReadSibling } from './load-scenario-text.js';

/** Loads and checks the scenario file at `path`; throws one InputError with every problem. */
export function loadScenario(path: string, options: LoadOptions): LoadedScenario {
  const content = readText(path);
  if ('failure' in content) throw new InputError([{ path: [], message: reading.cannotRead(path, content.failure) }]);
  const folder = dirname(path);
  return loadScenarioFromText(content.text, path, {
    ...options,
    readSibling: (relativePath) => readBytes(isAbsolute(relativePath) ? relativePath : resolve(folder, relativePath)),
  });
}

/** A file's text (UTF-8), or why it cannot be read, in the catalogue's words. */
export function readText(path: string): { readonly text: string } | { readonly failure: string } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { failure: readFailure(error) };
  }
}

/** A file's bytes (a CSV's encoding is judged from them), or why it cannot be read. */
function readBytes(path: string): { readonly bytes: Uint8Array } | { readonly failure: string } {
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { failure: readFailure(error) };
  }
}

/** Why a file could not be read, in the catalogue's words. */
export function readFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return reading.noSuchFile();
    case 'EISDIR':
      return reading.isAFolder();
    case 'EACCES':
    case 'EPERM':
      return reading.permissionDenied();
    default:
      return (error as Error).message;
  }
}
