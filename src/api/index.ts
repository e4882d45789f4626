// recepsim as a library: the pipeline every command runs — load → resolve the variant → simulate
// replications → summarise → write results — as typed functions. `import { run, compare, sweep,
// size, merge, answerErlang } from 'recepsim'`. Nothing here prints or reads the command line;
// bad input throws one InputError holding every problem (`error.issues`), before anything is
// simulated. Results are the same for the same scenario and seed whatever the workers.
//
// ## Results folders
//
// Each function writes one folder (`out`; default a new folder under ./results; `out: null`
// writes nothing and returns the files), all at once: an interrupted or failed call leaves none.
// `run.json` holds the facts of the execution (version, command, changes and what they did,
// engine, threads, time, events), the only file that differs between two runs of the same thing.
//
// ```
// run       summary.json      every figure with its 95% interval, and the scenario's warnings
//                             (shape: src/metrics/summary/index.ts)
//           scenario.json     the scenario as run: defaults filled, every change applied
//           call-estimate.json  the formula's estimate for the calls alone (CallEstimateJson,
//                             src/analysis/compare.ts)
//           summary.csv, hourly.csv, charts/, report.html   the report (src/report/)
//           trace.csv         with `trace` only
//           run.json
// compare   compare.json      variants side by side, differences paired (src/analysis/compare.ts)
//           compare.csv       figure,variant,value,ci95_low,ci95_high,difference,difference_ci95_low,
//                             difference_ci95_high,difference_real
//           variants/<name>/  summary.json, summary.csv, scenario.json of each variant
//           charts/, report.html   the report: the findings first (src/report/planning/)
//           run.json
// sweep     sweep.json        every point (src/analysis/sweep.ts; a point: src/analysis/evaluate.ts)
//           sweep.csv         one row per point: point,policy,advisors,desk,replications,verdict,
//                             each key figure with its interval, target.<name> statuses
//           points/<point>/   summary.json, summary.csv, scenario.json of each valid point
//           now/              the same files for the scenario as written (with the common
//                             changes), run beside the points on the same random numbers
//           charts/, report.html   the report: the recommendation first (src/report/planning/)
//           run.json
// size      size.json         the searches and their answers (src/analysis/size.ts)
//           size.csv          every team evaluated, as sweep.csv
//           points/<team>/, now/, charts/, report.html   as for sweep
//           run.json
// merge     the folder of the whole sweep or size run: identical to running it at once but for
//           run.json, which lists the shards merged
//
// The CSV files and the report are written in the language and CSV dialect of `language`
// (default: the scenario's locale, else English); `report: false` leaves the report out.
// ```
//
// Variants and grid points are the scenario with changes in the language of `--set`
// (src/io/overrides.ts), where a count on a list of shifts keeps the file's pattern and switching
// the policy keeps what still applies; each change's note says what it did.

export { run, type RunOptions, type RunOutcome } from './run.js';
export { compare, type CompareOptions, type CompareOutcome } from './compare.js';
export { sweep, type SweepOptions, type SweepOutcome } from './sweep.js';
export { size, type SizeOptions, type SizeOutcome, DEFAULT_INITIAL_REPS, DEFAULT_MAX_ADVISORS, DEFAULT_MAX_DESK } from './size.js';
export { merge, type MergeOptions, type MergeOutcome } from './merge.js';
export { loadVariant, readScenarioSource, type LoadedVariant, type LoadRequest, type ScenarioSource } from './load.js';
export type { ExecutionOptions } from './execution.js';
export type { ReportOptions } from './planning-report.js';

export { answerErlang, DEFAULT_TARGET, ERLANG_MODELS, type ErlangAnswer, type ErlangModel, type ErlangQuestion, type ErlangRow, type ServiceLevelTarget } from '../analysis/erlang.js';
export { estimateCalls, type CallEstimate, type CallEstimateResult } from '../analysis/call-estimate.js';
export type { CallEstimateJson, CompareResult } from '../analysis/compare.js';
export type { SweepResult, SweepPoint } from '../analysis/sweep.js';
export type { SizeResult, SearchResult } from '../analysis/size.js';
export type { PointEntry, JudgedTarget, TargetStatus, Verdict } from '../analysis/evaluate.js';
export type { GridPolicy, GridPoint } from '../analysis/grid.js';
export type { Shard } from '../analysis/shards.js';
export type { Difference } from '../analysis/paired.js';
export { KEY_FIGURES, type KeyFigure } from '../analysis/key-figures.js';
export { parseVariant, type Variant } from '../io/variants.js';
export type { OverrideFlag } from '../io/overrides.js';
export { formatIssues } from '../io/format-issues.js';
export { InputError, type InputIssue } from '../model/issues.js';
export type { Scenario, ScenarioInput } from '../model/schema/index.js';
export type { Summary, Figure, TargetResult } from '../metrics/summary/index.js';
export type { EngineName } from '../engine/engines.js';
