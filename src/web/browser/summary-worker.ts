// Summary worker: keeps the replications' totals as they arrive and makes the run's summary
// (the same `summarise` as `recepsim run`), the page's key figures and a variant's paired
// differences from the baseline, off the page's thread: a summary of hundreds of replications
// takes a noticeable fraction of a second.

import type { ModelConfig } from '../../model/config.js';
import type { RunTotals } from '../../metrics/tally.js';
import { summarise } from '../../metrics/summary/index.js';
import { WarningList } from '../../model/issues.js';
import { normaliseScenario } from '../../model/normalise.js';
import type { Scenario } from '../../model/schema/index.js';
import { keyFigures, readPartsAhead } from '../key-figures.js';
import type { SummaryRequest, SummaryResponse } from '../protocol.js';

/** The part of a dedicated worker's global scope this file uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SummaryRequest>) => void) | null;
  postMessage(message: SummaryResponse): void;
}

const scope = self as unknown as WorkerScope;
const totalsByJob = new Map<string, RunTotals[]>();
const configs = new Map<string, ModelConfig>();

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.kind) {
    case 'job':
      configOf(request.jobKey, request.scenario);
      return;
    case 'totals': {
      const totals = totalsByJob.get(request.jobKey) ?? [];
      totals[request.replication] = request.totals;
      totalsByJob.set(request.jobKey, totals);
      // Idle between replications: read their key figures' parts now, off the first answer's path.
      const config = configs.get(request.jobKey);
      if (config !== undefined) readPartsAhead(config, request.totals);
      return;
    }
    case 'forget':
      for (const key of request.jobKeys) {
        totalsByJob.delete(key);
        configs.delete(key);
      }
      return;
    case 'summarise':
      try {
        const config = configOf(request.jobKey, request.scenario);
        const runs = (totalsByJob.get(request.jobKey) ?? []).slice(0, request.count);
        if (runs.length !== request.count || runs.some((run) => run === undefined)) {
          throw new Error(`summary worker: expected ${request.count} replications of the job, got ${runs.filter(Boolean).length}`);
        }
        const summary = summarise(config, runs);
        // Paired over the replications both columns have, in order from the first.
        const base = request.baseline;
        const baseRuns = base === null ? [] : inOrder(totalsByJob.get(base.jobKey) ?? []).slice(0, runs.length);
        const pairedOver = baseRuns.length >= 2 ? baseRuns.length : 0;
        const baseline = base === null || pairedOver === 0 ? null : { settings: configOf(base.jobKey, base.scenario), runs: baseRuns };
        const figures = keyFigures(summary, { settings: config, runs }, baseline);
        scope.postMessage({ kind: 'summary', jobKey: request.jobKey, replications: runs.length, summary, figures, pairedOver });
      } catch (error) {
        scope.postMessage({ kind: 'failed', jobKey: request.jobKey, message: (error as Error).message });
      }
      return;
  }
};

/** The normalised scenario of a job, made once. */
function configOf(jobKey: string, scenario: Scenario): ModelConfig {
  let config = configs.get(jobKey);
  if (config === undefined) {
    config = normaliseScenario(scenario, new WarningList());
    configs.set(jobKey, config);
  }
  return config;
}

/** The replications kept in order from the first, up to the first one still missing. */
function inOrder(totals: readonly RunTotals[]): RunTotals[] {
  const prefix: RunTotals[] = [];
  for (const run of totals) {
    if (run === undefined) break;
    prefix.push(run);
  }
  return prefix;
}
