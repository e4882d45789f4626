// Loading a scenario file: reads it and the files it names, then hands over to the
// file-system-free loader (load-scenario-text.ts).

import { dirname, isAbsolute, resolve } from 'node:path';
import { InputError } from '../model/issues.js';
import { reading } from '../text/messages.js';
import { type LoadedScenario, type LoadOptions, loadScenarioFromText, type ReadSibling } from './load-scenario-text.js';
import { readBytes, readScenarioText } from './text-file.js';

export { loadScenarioFromText } from './load-scenario-text.js';
export type { LoadedScenario, LoadOptions, LoadTextOptions, ReadSibling } from './load-scenario-text.js';
export { readScenarioText } from './text-file.js';
/** Why a file could not be read, in the catalogue's words. */
export { fsFailure as readFailure } from './fs-failure.js';

/** Loads and checks the scenario file at `path`; throws one InputError with every problem. */
export function loadScenario(path: string, options: LoadOptions): LoadedScenario {
  const content = readScenarioText(path);
  if ('failure' in content) throw new InputError([{ path: [], message: reading.cannotRead(path, content.failure) }]);
  return loadScenarioFromText(content.text, path, { ...options, readSibling: siblingReader(dirname(path)) });
}

/** Reads the files a scenario in `folder` names (a slots CSV), relative to that folder. */
export function siblingReader(folder: string): ReadSibling {
  return (relativePath) => readBytes(isAbsolute(relativePath) ? relativePath : resolve(folder, relativePath));
}
