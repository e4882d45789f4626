// The scenario facts a report prints beside the summary. Deliberately small, and free of the engine
// that ran it: the same scenario and seed give byte-identical reports on either calendar.

import type { Scenario } from '../model/schema/index.js';
import { report } from '../text/messages.js';

/** What a report says about the run, besides the figures. */
export interface ReportContext {
  readonly scenarioName: string;
  /** The phone policy, e.g. 'answer-all'. */
  readonly policyKind: string;
  /** Head counts, e.g. "3 advisors, 1 at the phone desk". */
  readonly staffDescription: string;
  readonly replications: number;
  /** Working days per replication (1 in steady-state mode: one long period). */
  readonly days: number;
  readonly seed: number | string;
}

/** The report context of a validated scenario. */
export function reportContext(scenario: Scenario): ReportContext {
  return {
    scenarioName: scenario.name,
    policyKind: scenario.policy.kind,
    staffDescription: staffDescription(scenario.staff),
    replications: scenario.replications,
    days: scenario.steadyState === undefined ? scenario.days : 1,
    seed: scenario.seed,
  };
}

function staffDescription(staff: Scenario['staff']): string {
  const people = (team: number | readonly unknown[]) => (typeof team === 'number' ? team : team.length);
  const parts: string[] = [report.staffTeam('advisors', people(staff.advisors))];
  const desk = people(staff.phoneDesk);
  if (desk > 0) parts.push(report.staffTeam('phoneDesk', desk));
  if (staff.parts !== undefined) parts.push(report.staffTeam('parts', people(staff.parts.agents)));
  if (staff.overflow !== undefined) parts.push(report.staffTeam('overflow', staff.overflow.agents));
  return parts.join(', ');
}
