// The files every planning command writes, and the facts of an execution (run.json). Results
// folders are written all at once (src/io/results-folder.ts); this module only builds contents.

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { issueRecord, sortIssues } from '../io/format-issues.js';
import type { InputIssue, IssueRecord } from '../model/issues.js';
import type { Scenario } from '../model/schema/index.js';
import { inMessageLanguage, messageLanguage } from '../text/messages.js';
import { REPORT_LANGUAGES, type ReportLanguage, type ReportLanguageCode } from '../text/report/index.js';
import type { LoadedVariant } from './load.js';

/** What a planning command (compare, sweep, size) found and wrote. */
export interface PlanningOutcome<Result> {
  readonly result: Result;
  /** Warnings, each once: the scenarios' and the command's own. */
  readonly warnings: readonly InputIssue[];
  /** Every file of the results folder, by relative path. */
  readonly files: Readonly<Record<string, string>>;
  /** Where they were written; null when `out` was null. */
  readonly folder: string | null;
  /** The language of the report, which the printed table speaks too. */
  readonly language: ReportLanguage;
}

/** Pretty JSON with a final newline, as every JSON file of a results folder. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** What a variant was, for run.json: its label, the changes applied and what they did. */
export function variantFacts(loaded: LoadedVariant): { label: string; overrides: readonly string[]; notes: readonly string[] } {
  return { label: loaded.label, overrides: loaded.overrides, notes: loaded.notes.map((note) => note.message) };
}

/**
 * What the run worded, in every report language, for run.json: `word` words it again, and is
 * called with the messages switched to each other language (not at all when `asRun` is empty),
 * so that the report written again in another language shows it in that language.
 */
export function inEveryLanguage<T>(asRun: T, isEmpty: boolean, word: () => T): Record<ReportLanguageCode, T> {
  return Object.fromEntries(REPORT_LANGUAGES.map((code) => [code, isEmpty || code === messageLanguage() ? asRun : inMessageLanguage(code, word)])) as Record<ReportLanguageCode, T>;
}

/** Warnings in every report language (`scenarioWarnings` in run.json): `word` makes the same list again. */
export function warningsInEveryLanguage(warnings: readonly InputIssue[], word: () => readonly InputIssue[]): Record<ReportLanguageCode, IssueRecord[]> {
  const records = (issues: readonly InputIssue[]) => sortIssues(issues).map(issueRecord);
  return inEveryLanguage(records(warnings), warnings.length === 0, () => records(word()));
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
