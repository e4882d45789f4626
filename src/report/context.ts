// What a report prints beside the summary: the scenario as run, the facts of the run that a reader
// needs to reproduce it, and the language to write in. Deliberately free of the engine, the worker
// count and the clock: the same scenario and seed give byte-identical reports on any of them.

import type { IssueRecord } from '../model/issues.js';
import type { Scenario } from '../model/schema/index.js';
import type { PolicyKind, PolicyPlanSpec } from '../model/schema/policy.js';
import { policiesEn, type PolicyWords } from '../text/policies/en.js';
import { policiesEs } from '../text/policies/es.js';
import type { ReportLanguage, ReportLanguageCode } from '../text/report/index.js';

/** Facts about how a run was asked for, beyond its scenario (from run.json). */
export interface RunFacts {
  /** recepsim's version. */
  readonly version: string;
  /** The scenario file as named on the command line; null when unknown. */
  readonly scenarioFile: string | null;
  /** The `--set path=value` changes applied to the file, in order. */
  readonly changes: readonly string[];
  /** The warnings about the scenario as run (summary.json's), worded when it ran. */
  readonly warnings: readonly IssueRecord[];
}

/** Everything a report needs besides the summary. */
export interface ReportContext {
  /** The validated scenario as run: every default filled, every change applied. */
  readonly scenario: Scenario;
  readonly run: RunFacts;
  readonly language: ReportLanguage;
}

/** The report context of a validated scenario. */
export function reportContext(scenario: Scenario, run: RunFacts, language: ReportLanguage): ReportContext {
  return { scenario, run, language };
}

// Every policy kind has its words in every language (src/text/policies/): the catalogue cannot
// import the model's kinds, so the check is here. Reports, planning reports and the what-if page
// all read those words.
const everyPolicyWorded: { readonly [Code in ReportLanguageCode]: { readonly [Kind in PolicyKind]: PolicyWords } } = {
  en: policiesEn,
  es: policiesEs,
};
void everyPolicyWorded;

/** The policy of a scenario in the report's words: "answer-all", "atender todas", or its windows ("phone-desk 08:00–11:00, answer-all 11:00–19:00"). */
export function policyText(plan: PolicyPlanSpec, language: ReportLanguage): string {
  const name = (kind: string) => language.text.policyName(kind);
  return Array.isArray(plan) ? plan.map((window) => `${name(window.kind)} ${window.from}–${window.to}`).join(', ') : name(plan.kind);
}

/** A team's head count: a number of people, or one per shift. */
export function headcount(team: number | readonly unknown[]): number {
  return typeof team === 'number' ? team : team.length;
}

/** Working days per replication (1 in steady-state mode: one long period). */
export function daysPerReplication(scenario: Scenario): number {
  return scenario.steadyState === undefined ? scenario.days : 1;
}

/** Head counts in words, e.g. "3 advisors, 1 on the parts line". */
export function staffDescription(context: ReportContext): string {
  const { staff } = context.scenario;
  const words = context.language.text.staffTeam;
  const parts: string[] = [words.advisors(headcount(staff.advisors))];
  const desk = headcount(staff.phoneDesk);
  if (desk > 0) parts.push(words.phoneDesk(desk));
  if (staff.parts !== undefined) parts.push(words.parts(headcount(staff.parts.agents)));
  if (staff.overflow !== undefined) parts.push(words.overflow(staff.overflow.agents));
  return parts.join(', ');
}

/** The run's title: the scenario's name, and what was changed when the file was not run as written. */
export function scenarioTitle(context: ReportContext): { readonly name: string; readonly variant: string | null } {
  const { changes } = context.run;
  return {
    name: context.scenario.name,
    variant: changes.length === 0 ? null : context.language.text.variant(changes.join(', ')),
  };
}
