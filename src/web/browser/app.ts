// The what-if page: settings (in the URL) → each column checked as `recepsim run` checks a
// scenario → replications on the simulation workers → summaries as replications arrive →
// verdicts, key figures, hourly targets and charts. The baseline is the scenario as loaded;
// the controls change the selected variant.

import type { Summary } from '../../metrics/summary/index.js';
import type { RunTotals } from '../../metrics/tally.js';
import type { ModelConfig } from '../../model/config.js';
import type { Scenario } from '../../model/schema/index.js';
import { CONTROL_IDS, type ControlId, type ControlTexts, initialTexts } from '../controls.js';
import type { ShownFigure } from '../key-figures.js';
import type { PageData } from '../page-html.js';
import {
  MAX_VARIANTS,
  type PageState,
  readRun,
  type RunTexts,
  stateFromFragment,
  stateToFragment,
  VARIANT_LETTERS,
} from '../page-state.js';
import { setMessageLanguage } from '../../text/messages.js';
import { reportLanguage, type ReportLanguage } from '../../text/report/index.js';
import { whatIfText, type WhatIfText } from '../../text/whatif/index.js';
import { oneAllDay } from '../goal-seek.js';
import { goalSeekChart } from '../goal-seek-chart.js';
import type { ChartContext, ChartRequest, ChartResponse, GoalSeekMessage, GoalSeekRequest, SummaryRequest, SummaryResponse, TeamSizeRequest } from '../protocol.js';
import { scenarioYaml } from '../scenario-yaml.js';
import { type ColumnCheck, type ColumnIssue, checkColumn } from '../variant.js';
import { ChartView } from './chart-view.js';
import { ControlsPanel } from './controls-panel.js';
import { type GoalSeekState, GoalSeekView } from './goal-seek-view.js';
import { h, replaceChildren, saveFile } from './dom.js';
import { ResultsView, type ColumnView } from './results-view.js';
import { FIRST_ANSWER, SimulationPool } from './simulation-pool.js';

/** One column as last checked: its problems, and the last scenario it had that was valid. */
interface Column {
  readonly name: string;
  readonly letter: string | null;
  check: ColumnCheck;
  good: { readonly key: string; readonly scenario: Scenario; readonly config: ModelConfig; readonly warnings: readonly ColumnIssue[] } | null;
}

/** A job's summary, recomputed when more replications have arrived in order. */
interface Summarised {
  readonly replications: number;
  readonly summary: Summary;
  readonly figures: readonly ShownFigure[];
  /** Replications the differences from the baseline pair. */
  readonly pairedOver: number;
}

/** The page. */
export class WhatIfApp {
  private state: PageState;
  private runIssues: Partial<Record<keyof RunTexts, string>> = {};
  private columns: Column[] = [];
  private readonly pool: SimulationPool;
  private readonly summaries = new Map<string, Summarised>();
  private readonly summarising = new Set<string>();
  private readonly summaryWorker: Worker;
  private readonly requestedAt = new Map<string, number>();
  private readonly firstAnswerMarked = new Set<string>();
  private readonly simulatedMarked = new Set<string>();
  private readonly jobsAnnounced = new Set<string>();
  private readonly failures = new Map<string, string>();
  private renderQueued = false;
  private readonly panel: ControlsPanel;
  private readonly results: ResultsView;
  private readonly charts: ChartView;
  private readonly chartWorker: Worker;
  private reportRequests = 0;
  private language: ReportLanguage | undefined;
  private words: WhatIfText = whatIfText('en');
  private readonly root: HTMLElement;
  private readonly goalSeek: GoalSeekView;
  private goalSeekWorker: Worker | null = null;
  private goalSeekState: GoalSeekState = { kind: 'idle' };
  /** The seek in progress (older ones are dropped), and the column key and variant it was for. */
  private seeking = 0;
  private soughtFor: { readonly key: string; readonly selected: number } | null = null;
  /** Goal-seek's chart: what was asked of the chart worker (seek and language) and what came back. */
  private teamSizeAsked = '';
  private teamSizeRequests = 0;
  private teamSizeSvg: string | null = null;

  constructor(
    root: HTMLElement,
    private readonly data: PageData,
    simWorkerUrl: string,
    summaryWorkerUrl: string,
    chartWorkerUrl: string,
    private readonly goalSeekWorkerUrl: string,
    workers: number,
  ) {
    const base = data.scenario;
    this.state = stateFromFragment(location.hash, base, data.language);
    this.summaryWorker = new Worker(summaryWorkerUrl);
    this.summaryWorker.onmessage = (event: MessageEvent<SummaryResponse>) => this.summaryArrived(event.data);
    this.pool = new SimulationPool(simWorkerUrl, workers, {
      replication: (key, replication, totals) => this.arrived(key, replication, totals),
      failed: (key, message) => {
        this.failures.set(key, message);
        this.queueRender();
      },
      forgot: (keys) => {
        for (const key of keys) {
          this.summaries.delete(key);
          this.jobsAnnounced.delete(key);
        }
        this.post({ kind: 'forget', jobKeys: keys });
      },
    });
    this.chartWorker = new Worker(chartWorkerUrl);
    this.charts = new ChartView(this.chartWorker, (message) => this.words.workerFailed(message));
    this.chartWorker.addEventListener('message', (event: MessageEvent<ChartResponse>) => this.reportReady(event.data));

    this.panel = new ControlsPanel(base, {
      changeControl: (id, text) => this.changeControl(id, text),
      changeRun: (key, text) => this.update({ ...this.state, run: { ...this.state.run, [key]: text } }),
      select: (index) => this.update({ ...this.state, selected: index }, true),
      addVariant: () => this.addVariant(),
      removeVariant: () => this.removeVariant(),
      resetVariant: () => this.resetVariant(),
      downloadScenario: () => this.downloadScenario(),
      downloadReport: () => this.downloadReport(),
      changeLanguage: (code) => this.update({ ...this.state, language: code }, true),
    });
    this.results = new ResultsView();
    this.goalSeek = new GoalSeekView({
      seek: () => this.seekTeam(),
      apply: (advisors) => this.changeControl('advisors', String(advisors), true),
    });

    this.root = root;
    window.addEventListener('hashchange', () => {
      if (location.hash.replace(/^#/, '') !== stateToFragment(this.state, base, data.language)) this.update(stateFromFragment(location.hash, base, data.language), true);
    });
    this.update(this.state, true);
  }

  /** The state changed: check every column, want their jobs, show the controls and results. */
  private update(state: PageState, rebuildPanel = false): void {
    const base = this.data.scenario;
    const languageChanged = this.state.language !== state.language || this.language === undefined;
    this.state = state;
    this.language = reportLanguage(state.language);
    this.words = whatIfText(state.language);
    // The scenario's own checks (checkColumn) word their problems and warnings from the
    // message catalogue, in the page's language like everything else on it.
    setMessageLanguage(state.language);
    if (languageChanged) this.layOut();
    const fragment = stateToFragment(state, base, this.data.language);
    if (location.hash.replace(/^#/, '') !== fragment) history.replaceState(null, '', `#${fragment}`);

    const run = readRun(state.run, this.words);
    this.runIssues = run.ok ? {} : run.issues;
    const texts: { name: string; letter: string | null; texts: ControlTexts }[] = [
      { name: this.words.baseline, letter: null, texts: initialTexts(base) },
      ...state.variants.map((variant, index) => ({ name: this.words.variant(VARIANT_LETTERS[index]), letter: VARIANT_LETTERS[index], texts: variant })),
    ];
    const previous = this.columns;
    this.columns = texts.map((column, index) => {
      const before = previous[index]?.letter === column.letter ? previous[index] : undefined;
      const good = before?.good ?? null;
      if (!run.ok) return { name: column.name, letter: column.letter, check: before?.check ?? { ok: false, issues: [] }, good };
      const check = checkColumn(base, column.texts, run.run, this.words);
      if (!check.ok) return { name: column.name, letter: column.letter, check, good };
      const key = JSON.stringify(check.scenario);
      if (!this.requestedAt.has(key)) this.requestedAt.set(key, performance.now());
      return { name: column.name, letter: column.letter, check, good: { key, scenario: check.scenario, config: check.config, warnings: check.warnings } };
    });

    // The selected variant first (the column being moved), then the baseline, then the others.
    const selected = this.columns[this.state.selected + 1];
    const order = [selected, this.columns[0], ...this.columns.slice(1)];
    this.pool.want(
      order.flatMap((column) => (column.good ? [{ key: column.good.key, scenario: column.good.scenario, replications: column.good.scenario.replications }] : [])),
    );
    // The summary worker normalises each new job while the first replications run.
    for (const column of this.columns) {
      if (column.good && !this.jobsAnnounced.has(column.good.key)) {
        this.jobsAnnounced.add(column.good.key);
        this.post({ kind: 'job', jobKey: column.good.key, scenario: column.good.scenario });
      }
    }
    if (rebuildPanel || languageChanged) this.panel.build(state, this.words);
    this.panel.showIssues(this.selectedIssues(), this.runIssues);
    for (const column of this.columns) if (column.good) this.summariseIfDue(column.good.key);
    this.queueRender();
  }

  private selectedIssues(): readonly ColumnIssue[] {
    const column = this.columns[this.state.selected + 1];
    return column.check.ok ? [] : column.check.issues;
  }

  private changeControl(id: ControlId, text: string, rebuildPanel = false): void {
    const variants = this.state.variants.map((texts, index) => (index === this.state.selected ? { ...texts, [id]: text } : texts));
    this.update({ ...this.state, variants }, rebuildPanel);
    // A control that shows or hides others (the policy) needs the panel redrawn.
    if (id === 'policy') this.panel.build(this.state, this.words);
  }

  /** Goal-seek for the variant being changed, on a fresh worker (a seek in progress is dropped). */
  private seekTeam(): void {
    const column = this.selectedColumn();
    const run = readRun(this.state.run, this.words);
    if (!column.check.ok || !column.good || !run.ok || !oneAllDay(column.check.scenario)) return;
    this.goalSeekWorker?.terminate();
    this.pool.cancel(this.seeking);
    const seek = ++this.seeking;
    this.soughtFor = { key: column.good.key, selected: this.state.selected };
    let replications = 0;
    const worker = new Worker(this.goalSeekWorkerUrl);
    this.goalSeekWorker = worker;
    worker.onmessage = (event: MessageEvent<GoalSeekMessage>) => {
      const message = event.data;
      if (message.seek !== this.seeking) return;
      switch (message.kind) {
        case 'run':
          this.pool.run(seek, message.configuration, message.first, message.count).then(
            (results) => {
              replications += results.length;
              if (seek !== this.seeking) return;
              this.goalSeekState = { kind: 'searching', column: column.name, replications };
              this.queueRender();
              worker.postMessage({ kind: 'ran', run: message.run, results } satisfies GoalSeekRequest);
            },
            (error: Error) => worker.postMessage({ kind: 'run-failed', run: message.run, message: error.message } satisfies GoalSeekRequest),
          );
          return;
        case 'answer':
          this.goalSeekState = { kind: 'answered', column: column.name, answer: message.answer, stale: false };
          worker.terminate();
          this.goalSeekWorker = null;
          this.queueRender();
          return;
        case 'failed':
          this.goalSeekState = { kind: 'failed', message: message.message };
          worker.terminate();
          this.goalSeekWorker = null;
          this.queueRender();
          return;
      }
    };
    worker.onerror = (event) => {
      this.goalSeekState = { kind: 'failed', message: event.message };
      this.queueRender();
    };
    const texts = this.state.variants[this.state.selected];
    const request: GoalSeekRequest = { kind: 'seek', seek, input: { base: this.data.scenario, texts, run: run.run }, language: this.state.language };
    worker.postMessage(request);
    this.goalSeekState = { kind: 'searching', column: column.name, replications: 0 };
    this.queueRender();
  }

  private addVariant(): void {
    if (this.state.variants.length >= MAX_VARIANTS) return;
    const copy = { ...this.state.variants[this.state.selected] };
    this.update({ ...this.state, variants: [...this.state.variants, copy], selected: this.state.variants.length }, true);
  }

  private removeVariant(): void {
    if (this.state.variants.length <= 1) return;
    const variants = this.state.variants.filter((_, index) => index !== this.state.selected);
    this.update({ ...this.state, variants, selected: Math.max(0, this.state.selected - 1) }, true);
  }

  private resetVariant(): void {
    const variants = this.state.variants.map((texts, index) => (index === this.state.selected ? initialTexts(this.data.scenario) : texts));
    this.update({ ...this.state, variants }, true);
  }

  /** A replication arrived: hand it to the summary worker, and ask for a summary when one is due. */
  private arrived(key: string, replication: number, totals: RunTotals): void {
    this.post({ kind: 'totals', jobKey: key, replication, totals });
    // When a first answer's replications are all in (the rest of its time is summary and drawing).
    if (!this.simulatedMarked.has(key) && this.pool.prefix(key) >= Math.min(FIRST_ANSWER, this.wantedReplications(key))) {
      this.simulatedMarked.add(key);
      performance.measure('recepsim:first-replications', { start: this.requestedAt.get(key) ?? 0, end: performance.now() });
    }
    this.summariseIfDue(key);
    // The baseline's replications pair with the variants'.
    if (key === this.columns[0]?.good?.key) for (const column of this.columns.slice(1)) if (column.good) this.summariseIfDue(column.good.key);
  }

  /**
   * Asks for a summary of job `key` when enough new replications are in: at the first answer
   * (and a glimpse before it if it is slow to come), then each time the count doubles, and at
   * the end. One summary per job at a
   * time, so summaries never queue up behind the simulation.
   */
  private summariseIfDue(key: string): void {
    const column = this.columns.find((c) => c.good?.key === key);
    if (!column?.good || this.summarising.has(key)) return;
    const total = column.good.scenario.replications;
    const done = this.pool.prefix(key);
    const summarised = this.summaries.get(key);
    const have = summarised?.replications ?? 0;
    // A variant's differences from the baseline are redone as more pairs come in (the baseline
    // may be behind): at the same steps, and once every replication shown has its pair.
    const baseline = this.columns[0] === column ? null : this.columns[0].good;
    const pairable = baseline === null ? 0 : Math.min(have, this.pool.prefix(baseline.key));
    const pairedOver = summarised?.pairedOver ?? 0;
    const pairsDue = have > 0 && pairable > pairedOver && (pairable === have || pairable >= nextStep(pairedOver));
    if (done <= have && !pairsDue) return;
    // A glimpse before the first answer only when that answer is still far off (at the pace so
    // far): each summary before it takes a core from the simulation.
    const first = Math.min(FIRST_ANSWER, total);
    const waited = performance.now() - (this.requestedAt.get(key) ?? 0);
    const firstAnswerInMs = (waited / done) * (first - done);
    const glimpse = have === 0 && done >= GLIMPSE && done < first && firstAnswerInMs > GLIMPSE_IF_AWAY_MS;
    if (!pairsDue && !glimpse && done < Math.min(nextStep(have), total)) return;
    this.summarising.add(key);
    this.post({
      kind: 'summarise',
      jobKey: key,
      scenario: column.good.scenario,
      count: Math.max(done, have),
      baseline: baseline === null ? null : { jobKey: baseline.key, scenario: baseline.scenario },
    });
  }

  private post(request: SummaryRequest): void {
    this.summaryWorker.postMessage(request);
  }

  private summaryArrived(response: SummaryResponse): void {
    this.summarising.delete(response.jobKey);
    if (response.kind === 'failed') {
      this.failures.set(response.jobKey, response.message);
      this.queueRender();
      return;
    }
    const { jobKey: key, replications, summary, figures, pairedOver } = response;
    this.summaries.set(key, { replications, summary, figures, pairedOver });
    if (replications >= Math.min(FIRST_ANSWER, this.wantedReplications(key)) && !this.firstAnswerMarked.has(key)) {
      // How long the answer took, from the change that asked for it to the figures on screen.
      this.firstAnswerMarked.add(key);
      this.queueRender(() => {
        const start = this.requestedAt.get(key) ?? 0;
        performance.measure('recepsim:first-answer', { start, end: performance.now(), detail: { replications } });
      });
    } else this.queueRender();
    this.summariseIfDue(key);
  }

  private wantedReplications(key: string): number {
    return this.columns.find((c) => c.good?.key === key)?.good?.scenario.replications ?? Infinity;
  }

  private pendingAfterRender: (() => void)[] = [];

  private queueRender(after?: () => void): void {
    if (after) this.pendingAfterRender.push(after);
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      this.render();
      const callbacks = this.pendingAfterRender;
      this.pendingAfterRender = [];
      for (const callback of callbacks) callback();
    });
  }

  private render(): void {
    const views: ColumnView[] = this.columns.map((column, index) => {
      const key = column.good?.key;
      const summarisedRun = key === undefined ? undefined : this.summaries.get(key);
      return {
        name: column.name,
        selected: index === this.state.selected + 1,
        stale: !column.check.ok,
        warnings: column.check.ok ? column.check.warnings : [],
        failure: key === undefined ? undefined : this.failures.get(key),
        total: column.good?.config.replications ?? 0,
        result: summarisedRun,
      };
    });
    this.results.render(views, this.language!, this.words);
    this.renderGoalSeek();
    // Charts wait until every column has its first answer: drawing them takes a core the
    // simulation needs more.
    const selected = views[this.state.selected + 1];
    const answered = (view: ColumnView) => view.result !== undefined && view.result.replications >= Math.min(FIRST_ANSWER, view.total);
    const column = this.selectedColumn();
    if (!views.every((view) => view.stale || answered(view))) this.charts.pause();
    else if (selected.result && column.good) {
      this.charts.show(this.words.chartsHeading(selected.name), selected.result.summary, this.chartContext(column));
    }
  }

  private renderGoalSeek(): void {
    const column = this.selectedColumn();
    let state = this.goalSeekState;
    // An answer for other settings (or another variant) says so.
    if (state.kind === 'answered' && this.soughtFor !== null) {
      const stale = this.soughtFor.selected !== this.state.selected || this.soughtFor.key !== column.good?.key || !column.check.ok;
      if (stale !== state.stale) state = this.goalSeekState = { ...state, stale };
    }
    const summary = (column.good ? this.summaries.get(column.good.key)?.summary : undefined) ?? this.summaries.get(this.columns[0].good?.key ?? '')?.summary;
    const byTheHour = column.check.ok && !oneAllDay(column.check.scenario);
    const canSeek = column.check.ok && !byTheHour && readRun(this.state.run, this.words).ok;
    // The chart of the answer, drawn by the chart worker once per answer and language.
    const asked = `${this.seeking}:${this.state.language}`;
    if (state.kind === 'answered' && summary !== undefined && this.teamSizeAsked !== asked) {
      this.teamSizeAsked = asked;
      this.teamSizeSvg = null;
      const request: TeamSizeRequest = { kind: 'team-size', id: ++this.teamSizeRequests, chart: goalSeekChart(state.answer, summary, this.language!, this.words), language: this.state.language };
      this.chartWorker.postMessage(request);
    }
    this.goalSeek.render(state, column.name, canSeek, byTheHour, summary, state.kind === 'answered' ? this.teamSizeSvg : null, this.language!, this.words);
  }

  /** The page's frame in its language: header, panel, results, charts and the note. */
  private layOut(): void {
    const words = this.words;
    document.documentElement.lang = this.state.language;
    document.title = words.title(this.data.scenario.name);
    replaceChildren(
      this.root,
      h('header', { class: 'top' }, h('h1', {}, `${words.heading} ${this.data.scenario.name}`), h('p', {}, words.lede), this.data.warnings.map((text) => h('p', { class: 'warnings' }, text))),
      h(
        'div',
        { class: 'layout' },
        this.panel.element,
        h('div', { class: 'results' }, this.results.element, this.goalSeek.element, this.charts.element, h('section', { class: 'card note' }, h('h2', {}, words.leavesOutHeading), h('ul', {}, words.leavesOut.map((line) => h('li', {}, line))))),
      ),
    );
  }

  /** What the report needs to know of a column besides its summary. */
  private chartContext(column: Column): ChartContext {
    const initial = initialTexts(this.data.scenario);
    const index = this.columns.indexOf(column);
    const texts = index <= 0 ? initial : this.state.variants[index - 1];
    const changes = CONTROL_IDS.filter((id) => texts[id] !== initial[id]).map((id) => `${this.words.controls[id]} ${texts[id]}`);
    // The downloaded report lists the column's warnings, as a run's report does (the page shows
    // them under its verdict; the file's own warnings stay in the page's header).
    const warnings = column.good!.warnings.map((issue) => ({ where: null, field: issue.field === '' ? null : issue.field, message: issue.message }));
    return {
      scenario: column.good!.scenario,
      language: this.state.language,
      run: { version: this.data.version, scenarioFile: this.data.sourceName, changes, warnings },
    };
  }

  private selectedColumn(): Column {
    return this.columns[this.state.selected + 1];
  }

  /** The file name of something downloaded for the selected variant, e.g. "medium-dealership-whatif-a.yaml". */
  private fileName(suffix: string): string {
    const stem = this.data.sourceName.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
    return `${stem}-whatif-${(this.selectedColumn().letter ?? 'baseline').toLowerCase()}${suffix}`;
  }

  private downloadScenario(): void {
    const column = this.selectedColumn();
    if (!column.check.ok) return;
    const comment = [
      `${this.words.title(this.data.scenario.name)} — ${column.name}`,
      `From ${this.data.sourceName}, changed on the what-if page: ${location.hash.replace(/^#/, '') || 'nothing'}`,
      `Reproduce: recepsim run ${this.fileName('.yaml')}`,
    ];
    saveFile(this.fileName('.yaml'), scenarioYaml(column.check.scenario, comment), 'application/yaml');
  }

  private downloadReport(): void {
    const column = this.selectedColumn();
    const result = column.good ? this.summaries.get(column.good.key) : undefined;
    if (!column.good || !result) return;
    const request: ChartRequest = { kind: 'report', id: ++this.reportRequests, summary: result.summary, context: this.chartContext(column) };
    this.chartWorker.postMessage(request);
  }

  private reportReady(response: ChartResponse): void {
    if (response.kind === 'team-size' && response.id === this.teamSizeRequests) {
      this.teamSizeSvg = response.svg;
      this.queueRender();
    }
    if (response.kind === 'failed' && response.request === 'team-size') this.panel.showFailure(this.words.workerFailed(response.message));
    if (response.kind === 'report' && response.id === this.reportRequests) saveFile(this.fileName('-report.html'), response.html, 'text/html');
    if (response.kind === 'failed' && response.request === 'report') this.panel.showFailure(this.words.workerFailed(response.message));
  }
}

// Replications enough for a first glimpse, and how far off the first answer must be for one.
const GLIMPSE = 10;
const GLIMPSE_IF_AWAY_MS = 500;

/** The next count of replications worth a summary after `have`: the first answer, then twice as many each time. */
function nextStep(have: number): number {
  return have < FIRST_ANSWER ? FIRST_ANSWER : have * 2;
}
