// The files of one simulated configuration (a variant of compare, a point of sweep or size): its
// summary, as JSON with its warnings and as CSV, and the scenario as run. Apart from outputs.ts so
// that `run`, which writes its own report, does not load the CSV writer before it needs it.

import { issueRecord, sortIssues } from '../io/format-issues.js';
import type { Summary } from '../metrics/summary/index.js';
import type { InputIssue } from '../model/issues.js';
import type { Scenario } from '../model/schema/index.js';
import { summaryCsv } from '../report/csv.js';
import { reportLanguage } from '../text/report/index.js';
import { jsonText } from './outputs.js';

/** The files of one simulated configuration under `folder`: its summary (JSON and CSV) and the scenario as run. */
export function configurationFiles(folder: string, scenario: Scenario, summary: Summary, warnings: readonly InputIssue[]): Record<string, string> {
  return {
    // As run's summary.json: the figures, then the scenario's warnings.
    [`${folder}/summary.json`]: jsonText({ ...summary, warnings: sortIssues(warnings).map(issueRecord) }),
    // NOTE: planning outputs are in English with ',' CSV for now; run's --lang and --csv-locale come with their reports.
    [`${folder}/summary.csv`]: summaryCsv(summary, reportLanguage('en'), 'en'),
    [`${folder}/scenario.json`]: jsonText(scenario),
  };
}

