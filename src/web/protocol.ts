// Messages between the page and its workers (simulation, summaries, charts, goal-seek). Plain data only: a validated scenario
// crosses the boundary (distributions do not), and each worker normalises it once per job.

import type { ReplicationResult } from '../analysis/replication.js';
import type { Configuration } from '../analysis/replicator.js';
import type { Summary } from '../metrics/summary/index.js';
import type { RunTotals } from '../metrics/tally.js';
import type { TeamSizeChart } from '../report/charts/team-size.js';
import type { RunFacts } from '../report/context.js';
import type { ReportLanguageCode } from '../text/report/index.js';
import type { ShownFigure } from './key-figures.js';
import type { Scenario } from '../model/schema/index.js';
import type { GoalSeekAnswer, GoalSeekInput } from './goal-seek.js';

/** Page → worker: simulate replications [from, to) of a job's scenario. */
export interface BlockRequest {
  readonly kind: 'block';
  /** Names the block: every message about it carries it back. */
  readonly blockId: number;
  /** Identifies the scenario (with its days and seed); results carry it back. */
  readonly jobKey: string;
  /** The scenario (validated); the worker normalises it once per key. */
  readonly scenario: Scenario;
  readonly from: number;
  readonly to: number;
}

/** Worker → page: one replication done. */
export interface ReplicationMessage {
  readonly kind: 'replication';
  readonly blockId: number;
  readonly jobKey: string;
  readonly replication: number;
  readonly totals: RunTotals;
  readonly events: number;
}

/** Worker → page: the block is done (the worker is free for the next one). */
export interface BlockDoneMessage {
  readonly kind: 'block-done';
  readonly blockId: number;
  readonly jobKey: string;
}

/** Worker → page: the block failed (a bug: the page validated the scenario first). */
export interface BlockFailedMessage {
  readonly kind: 'block-failed';
  readonly blockId: number;
  readonly jobKey: string;
  readonly message: string;
}

/** What a simulation worker posts. */
export type WorkerMessage = ReplicationMessage | BlockDoneMessage | BlockFailedMessage;

/** What the chart worker needs besides a summary: the report context, as plain data. */
export interface ChartContext {
  readonly scenario: Scenario;
  readonly language: ReportLanguageCode;
  /** recepsim's version, and the changes the column made to the scenario file, in words. */
  readonly run: RunFacts;
}

/** Page → chart worker: draw the report's charts of a summary, or write the whole report. */
export interface ChartRequest {
  readonly kind: 'charts' | 'report';
  readonly id: number;
  readonly summary: Summary;
  readonly context: ChartContext;
}

/** Page → chart worker: draw goal-seek's chart of key figures against team size. */
export interface TeamSizeRequest {
  readonly kind: 'team-size';
  readonly id: number;
  readonly chart: TeamSizeChart;
  readonly language: ReportLanguageCode;
}

/** Chart worker → page. */
export type ChartResponse =
  | { readonly kind: 'team-size'; readonly id: number; readonly svg: string | null }
  | { readonly kind: 'charts'; readonly id: number; readonly charts: readonly { readonly id: string; readonly title: string; readonly svg: string }[] }
  | { readonly kind: 'report'; readonly id: number; readonly html: string }
  | { readonly kind: 'failed'; readonly request: ChartRequest['kind'] | TeamSizeRequest['kind']; readonly id: number; readonly message: string };

/** Page → summary worker: a job to expect, a replication's totals to keep, or a summary to make. */
export type SummaryRequest =
  | { readonly kind: 'job'; readonly jobKey: string; readonly scenario: Scenario }
  | { readonly kind: 'totals'; readonly jobKey: string; readonly replication: number; readonly totals: RunTotals }
  | {
      readonly kind: 'summarise';
      readonly jobKey: string;
      readonly scenario: Scenario;
      /** Summarise replications 0 … count − 1 (all kept by now). */
      readonly count: number;
      /** For a variant: the baseline's job, to pair each key figure with (over the replications both have). */
      readonly baseline: { readonly jobKey: string; readonly scenario: Scenario } | null;
    }
  | { readonly kind: 'forget'; readonly jobKeys: readonly string[] };

/** Summary worker → page. */
export type SummaryResponse =
  | {
      readonly kind: 'summary';
      readonly jobKey: string;
      readonly replications: number;
      readonly summary: Summary;
      readonly figures: readonly ShownFigure[];
      /** Replications the differences from the baseline pair (0: none). */
      readonly pairedOver: number;
    }
  | { readonly kind: 'failed'; readonly jobKey: string; readonly message: string };

/** Page → goal-seek worker: seek for a column; or the replications a search asked for. */
export type GoalSeekRequest =
  | { readonly kind: 'seek'; readonly seek: number; readonly input: GoalSeekInput; readonly language: ReportLanguageCode }
  | { readonly kind: 'ran'; readonly run: number; readonly results: readonly ReplicationResult[] }
  | { readonly kind: 'run-failed'; readonly run: number; readonly message: string };

/** Goal-seek worker → page: run replications for a search; its answer; or a failure (a bug). */
export type GoalSeekMessage =
  | { readonly kind: 'run'; readonly seek: number; readonly run: number; readonly configuration: Configuration; readonly first: number; readonly count: number }
  | { readonly kind: 'answer'; readonly seek: number; readonly answer: GoalSeekAnswer }
  | { readonly kind: 'failed'; readonly seek: number; readonly message: string };
