// The files every planning command writes, and the facts of an execution (run.json). Results
// folders are written all at once (src/io/results-folder.ts); this module only builds contents.

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Scenario } from '../model/schema/index.js';
import type { LoadedVariant } from './load.js';

/** Pretty JSON with a final newline, as every JSON file of a results folder. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** What a variant was, for run.json: its label, the changes applied and what they did. */
export function variantFacts(loaded: LoadedVariant): { label: string; overrides: readonly string[]; notes: readonly string[] } {
  return { label: loaded.label, overrides: loaded.overrides, notes: loaded.notes.map((note) => note.message) };
}

/** This package's version, for run.json. */
export function version(): string {
  return (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
}

/** A folder-safe name for a label, unique among `taken` (which it joins). */
export function uniqueFolderName(label: string, taken: Set<string>, slug: (text: string) => string): string {
  const base = slug(label);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

/** SHA-256 of a scenario as validated: two runs on the same digest simulated the same scenario. */
export function scenarioDigest(scenario: Scenario): string {
  return createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
}
