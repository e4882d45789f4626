// Reading a results folder back (`recepsim report <folder>`): its summary.json, scenario.json and
// run.json, checked before anything is rendered, so a folder that is not one, or one from another
// version of recepsim, gets one clear message and nothing is written.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../io/load-scenario.js';
import { summarise, type Summary } from '../metrics/summary/index.js';
import { emptyRunTotals } from '../metrics/tally.js';
import { InputError, type InputIssue, type IssueRecord, issueRecordsOf, WarningList } from '../model/issues.js';
import type { Scenario } from '../model/schema/index.js';
import type { RunFacts } from '../report/context.js';
import { resultsInput } from '../text/messages.js';
import { REPORT_LANGUAGES, type ReportLanguageCode } from '../text/report/index.js';

/** A results folder's run, as read back. */
export interface ResultsRun {
  readonly summary: Summary;
  readonly scenario: Scenario;
  readonly run: RunFacts;
  /** The scenario's warnings worded in each language (run.json's), where the run recorded them. */
  readonly warningsIn: Partial<Record<ReportLanguageCode, readonly IssueRecord[]>>;
}

/** Reads and checks the run in `folder`; throws one InputError naming the file and what is wrong. */
export function readResultsRun(folder: string, currentVersion: string): ResultsRun {
  if (!existsSync(folder)) fail([{ path: [], message: resultsInput.noSuchFolder(folder) }]);
  if (!statSync(folder).isDirectory()) fail([{ path: [], message: resultsInput.notAFolder(folder) }]);
  for (const name of ['summary.json', 'scenario.json']) {
    if (!existsSync(join(folder, name))) fail([{ path: [], file: folder, message: resultsInput.missingFile(name) }]);
  }
  // The scenario as run, validated like any scenario (positions point into scenario.json).
  const { scenario, config } = loadScenario(join(folder, 'scenario.json'), { warnings: new WarningList() });
  const summaryFile = join(folder, 'summary.json');
  const summary = readJsonObject(summaryFile);
  // The shape this version writes, from a summary of empty runs of the same scenario.
  const empty = { ...emptyRunTotals(config.calls?.reasons.length ?? 0), daysSimulated: 1 };
  const reference = summarise(config, [empty, empty]);
  const problems = shapeProblems(summary, reference, []);
  if (problems.length > 0) fail(problems.map((message) => ({ path: [], file: summaryFile, message })));
  const checked = summary as unknown as Summary;
  if (checked.scenario !== scenario.name) {
    fail([{ path: [], file: folder, message: resultsInput.differentRuns(checked.scenario, scenario.name) }]);
  }
  const warnings = issueRecordsOf(summary.warnings);
  const runFile = join(folder, 'run.json');
  const facts = existsSync(runFile) ? readJsonObject(runFile) : {};
  // Each language's list counts as that language's wording only if it holds as many warnings.
  const byLanguage = typeof facts.scenarioWarnings === 'object' && facts.scenarioWarnings !== null ? (facts.scenarioWarnings as Record<string, unknown>) : {};
  const warningsIn: Partial<Record<ReportLanguageCode, readonly IssueRecord[]>> = {};
  for (const code of REPORT_LANGUAGES) {
    const worded = issueRecordsOf(byLanguage[code]);
    if (Array.isArray(byLanguage[code]) && worded.length === warnings.length) warningsIn[code] = worded;
  }
  return { summary: checked, scenario, run: { ...runFacts(facts, currentVersion), warnings }, warningsIn };
}

/** What run.json says about the run; a folder without it (or an older one) gets what can be known. */
function runFacts(facts: Record<string, unknown>, currentVersion: string): Omit<RunFacts, 'warnings'> {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const changes = Array.isArray(facts.changes) && facts.changes.every((change) => typeof change === 'string') ? (facts.changes as string[]) : [];
  return { version: text(facts.recepsim) ?? currentVersion, scenarioFile: text(facts.scenarioFile), changes };
}

function readJsonObject(file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    // The parser quotes the text around the fault, line breaks included: one line, as every message.
    fail([{ path: [], file, message: resultsInput.notJson((error as Error).message.replace(/\s+/g, ' ')) }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail([{ path: [], file, message: resultsInput.notAnObject() }]);
  return value as Record<string, unknown>;
}

/**
 * Where `value` departs from the shape of `reference`: every key of the reference present, with a
 * value of the same kind (a number may be null: a figure with nothing to measure), lists as long.
 * Keys the reference lacks are left alone.
 */
function shapeProblems(value: unknown, reference: unknown, path: readonly string[]): string[] {
  const at = path.join('.');
  if (Array.isArray(reference)) {
    if (!Array.isArray(value) || value.length !== reference.length) return [resultsInput.summaryUnexpected(at, resultsInput.summaryList(reference.length))];
    return reference.flatMap((item, i) => shapeProblems(value[i], item, [...path, String(i)]));
  }
  if (typeof reference === 'object' && reference !== null) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [resultsInput.summaryUnexpected(at, resultsInput.summaryKind('object'))];
    return Object.entries(reference).flatMap(([key, item]) =>
      Object.hasOwn(value, key) ? shapeProblems((value as Record<string, unknown>)[key], item, [...path, key]) : [resultsInput.summaryMissing([...path, key].join('.'))],
    );
  }
  // A null in the reference (a figure of empty runs) says nothing of the shape.
  if (reference === null) return [];
  if (typeof reference === 'number') return value === null || typeof value === 'number' ? [] : [resultsInput.summaryUnexpected(at, resultsInput.summaryKind('number'))];
  return typeof value === typeof reference ? [] : [resultsInput.summaryUnexpected(at, resultsInput.summaryKind(typeof reference as 'string' | 'boolean'))];
}

function fail(issues: InputIssue[]): never {
  throw new InputError(issues);
}
