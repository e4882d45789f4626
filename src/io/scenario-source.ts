// A scenario file read once, from which any number of variants are then loaded (compare, sweep
// and size load the same file under different changes).

import { dirname } from 'node:path';
import { parseDocument } from 'yaml';
import { InputError } from '../model/issues.js';
import { reading } from '../text/messages.js';
import { type LoadedScenario, type LoadOptions, loadScenarioFromText, type ReadSibling, readScenarioText, siblingReader } from './load-scenario.js';
import { type ParsedSource, parseSource } from './source-map.js';

/** The text of a scenario file and how to read the files it names. */
export interface ScenarioSource {
  /** The file, as given. */
  readonly path: string;
  readonly text: string;
  /** Reads a file the scenario names (an appointment book), relative to the scenario. */
  readonly readSibling: ReadSibling;
}

/** Reads the scenario file at `path`; InputError when it cannot be read. */
export function readScenarioSource(path: string): ScenarioSource {
  const content = readScenarioText(path);
  if ('failure' in content) throw new InputError([{ path: [], message: reading.cannotRead(path, content.failure) }]);
  return { path, text: content.text, readSibling: siblingReader(dirname(path)) };
}

/**
 * The `locale` the scenario file at `path` declares at its top level, read before the scenario is
 * checked so that its own problems can be told in its language; undefined when the file cannot be
 * read or parsed (its loading says why), or declares none.
 */
export function declaredLocale(path: string): string | undefined {
  const content = readScenarioText(path);
  if ('failure' in content) return undefined;
  // Repeated keys are the full parse's to report (and the parser's own check of them is slow).
  const doc = parseDocument(content.text.replace(/^\uFEFF/, ''), { uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  const locale = doc.get('locale');
  return typeof locale === 'string' ? locale : undefined;
}

/** Parsed texts, by source: a scenario loaded for many variants is parsed once. */
const parsedSources = new WeakMap<ScenarioSource, ParsedSource>();

/** Loads the scenario from its source with `options` (overrides, warnings); InputError with every problem. */
export function loadFromSource(source: ScenarioSource, options: LoadOptions): LoadedScenario {
  let parsed = parsedSources.get(source);
  if (parsed === undefined) {
    parsed = parseSource(source.text, source.path);
    parsedSources.set(source, parsed);
  }
  return loadScenarioFromText(source.text, source.path, { ...options, readSibling: source.readSibling, parsed });
}
