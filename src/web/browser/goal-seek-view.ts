// Goal-seek on the page: a button that asks which team meets every target at the lowest net cost
// for the variant being changed, then the answer in words — the team, what it costs, which
// target stops a smaller one, or plainly that no team within the limit meets them — and the key
// figures of the teams around it (the report's team-size chart, and a table). Every answer carries its raw values in data attributes.

import type { JudgedTarget, PointEntry } from '../../analysis/evaluate.js';
import type { Summary } from '../../metrics/summary/index.js';
import { figureText, type Format } from '../../report/format.js';
import { boundText, formatOfMetric, targetLabel } from '../../report/sections.js';
import type { ReportLanguage } from '../../text/report/index.js';
import type { WhatIfText } from '../../text/whatif/index.js';
import type { GoalSeekAnswer } from '../goal-seek.js';
import { curveFigures } from '../goal-seek-chart.js';
import { keyFigureLabel, type KeyFigurePath } from '../key-figures.js';
import { h, replaceChildren } from './dom.js';

/** Where goal-seek stands. */
export type GoalSeekState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly column: string; readonly replications: number }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'answered'; readonly column: string; readonly answer: GoalSeekAnswer; readonly stale: boolean };

/** What the view tells the page. */
export interface GoalSeekActions {
  seek(): void;
  /** Sets the variant's advisors to the answer's. */
  apply(advisors: number): void;
}


/** The goal-seek card. */
export class GoalSeekView {
  readonly element = h('section', { class: 'card', id: 'goal-seek' });

  private chartSvg: string | null = null;

  constructor(private readonly actions: GoalSeekActions) {}

  /** Draws the card; `summary` (the column's, when there is one) gives the targets' thresholds and currency. */
  render(state: GoalSeekState, editing: string, canSeek: boolean, byTheHour: boolean, summary: Summary | undefined, chartSvg: string | null, language: ReportLanguage, words: WhatIfText): void {
    this.chartSvg = chartSvg;
    const run = h('button', { type: 'button', class: 'primary', id: 'goal-seek-run', disabled: !canSeek || state.kind === 'searching' }, words.goalSeekRun(editing));
    run.addEventListener('click', () => this.actions.seek());
    replaceChildren(
      this.element,
      h('h2', {}, words.goalSeekHeading),
      h('p', { class: 'hint' }, words.goalSeekLede),
      h('div', { class: 'actions' }, run),
      byTheHour ? h('p', { class: 'warnings', id: 'goal-seek-by-the-hour' }, words.goalSeekByTheHour(editing)) : null,
      h('div', { id: 'goal-seek-result', 'aria-live': 'polite', 'data-state': state.kind }, this.result(state, summary, language, words)),
    );
  }

  private result(state: GoalSeekState, summary: Summary | undefined, language: ReportLanguage, words: WhatIfText): (HTMLElement | null)[] {
    switch (state.kind) {
      case 'idle':
        return [];
      case 'searching':
        return [h('p', { class: 'progress' }, words.goalSeekSearching(state.column, state.replications))];
      case 'failed':
        return [h('p', { class: 'problems' }, words.workerFailed(state.message))];
      case 'answered':
        return this.answered(state, summary, language, words);
    }
  }

  private answered(state: Extract<GoalSeekState, { kind: 'answered' }>, summary: Summary | undefined, language: ReportLanguage, words: WhatIfText): (HTMLElement | null)[] {
    const { answer, search } = state.answer;
    const money: Format = { money: summary?.money.currency ?? 'EUR' };
    const team = (point: { readonly advisors: number }) => words.goalSeekTeam(point.advisors, state.answer.desk);
    const lines: (HTMLElement | null)[] = [];
    if (state.stale) lines.push(h('p', { class: 'warnings' }, words.goalSeekStale(state.column)));
    if (answer !== null) {
      const apply = h('button', { type: 'button', id: 'goal-seek-apply' }, words.goalSeekApply(answer.advisors));
      apply.addEventListener('click', () => this.actions.apply(answer.advisors));
      lines.push(
        h(
          'p',
          { id: 'goal-seek-answer', class: 'answer', 'data-advisors': answer.advisors, 'data-label': answer.label },
          words.goalSeekAnswer(state.column, team(answer), figureText(answer.figures['money.netCostPerDay'], money, language)),
        ),
        h('div', { class: 'actions' }, apply),
      );
    } else {
      lines.push(h('p', { id: 'goal-seek-none', class: 'problems', 'data-max-advisors': state.answer.maxAdvisors }, words.goalSeekNone(state.column, state.answer.maxAdvisors)));
    }
    if (search.binding !== null && state.answer.binding.length > 0) {
      const at = search.smallestAdvisors === null ? state.answer.maxAdvisors : search.smallestAdvisors - 1;
      lines.push(
        h('p', { id: 'goal-seek-binding', 'data-at': at }, search.smallestAdvisors === null ? words.goalSeekBindingAtLimit(team({ advisors: at })) : words.goalSeekBinding(team({ advisors: at }))),
        h(
          'ul',
          { class: 'binding' },
          state.answer.binding.map((target) =>
            h('li', { 'data-target': target.name, 'data-status': target.status }, summary ? judgedText(target, summary, language) : target.name),
          ),
        ),
      );
    }
    if (search.smallestAdvisors !== null && search.smallestAdvisors !== answer?.advisors) lines.push(h('p', {}, words.goalSeekSmallest(team({ advisors: search.smallestAdvisors }))));
    if (search.cheapest !== null && search.cheapest.advisors !== answer?.advisors) {
      lines.push(h('p', {}, words.goalSeekCheapestAtAll(team(search.cheapest), figureText(search.cheapest.netCostPerDay, money, language))));
    }
    if (this.chartSvg !== null) {
      const figure = h('figure', { id: 'goal-seek-chart', class: 'charts' });
      // The SVG comes from the report's own renderer, in the chart worker.
      figure.innerHTML = this.chartSvg;
      lines.push(figure);
    }
    lines.push(this.curve(state.answer, summary, money, language, words));
    return lines;
  }

  /** The key figures of the teams around the answer, the answer's row marked. */
  private curve(seek: GoalSeekAnswer, summary: Summary | undefined, money: Format, language: ReportLanguage, words: WhatIfText): HTMLElement {
    const figures = curveFigures(seek);
    const format = (path: KeyFigurePath): Format => (path === 'money.netCostPerDay' ? money : 'share');
    const label = (path: KeyFigurePath) => (summary ? keyFigureLabel(path, summary, language, words) : path);
    const row = (point: PointEntry) =>
      h(
        'tr',
        { class: point.advisors === seek.answer?.advisors ? 'answer' : '', 'data-advisors': point.advisors, 'data-verdict': point.verdict },
        h('th', { scope: 'row', class: 'label' }, words.goalSeekTeam(point.advisors, seek.desk)),
        h('td', { class: `status-${statusOf(point)}` }, h('span', { class: 'mark' }, language.text.statuses[statusOf(point)])),
        figures.map((path) => h('td', { class: 'num', 'data-figure': path }, point.figures[path] ? figureText(point.figures[path], format(path), language) : language.text.noValue)),
      );
    return h(
      'table',
      { id: 'goal-seek-curve' },
      h('caption', {}, words.goalSeekCurveCaption),
      h('thead', {}, h('tr', {}, h('th', { class: 'label', scope: 'col' }, words.goalSeekTeamColumn), h('th', { scope: 'col' }, words.goalSeekVerdictColumn), figures.map((path) => h('th', { scope: 'col' }, label(path))))),
      h('tbody', {}, seek.curve.map(row)),
    );
  }
}

/** A point's verdict in the report's statuses. */
function statusOf(point: PointEntry): 'met' | 'missed' | 'borderline' | 'notApplicable' {
  return point.verdict === 'meets' ? 'met' : point.verdict === 'fails' ? 'missed' : point.verdict === 'borderline' ? 'borderline' : 'notApplicable';
}

/** "visitors attended within 5 min: 64.5% ± 8.7 (≥ 80.0%)", as the verdict card says a target. */
function judgedText(target: JudgedTarget, summary: Summary, language: ReportLanguage): string {
  return `${targetLabel(summary, target, language)}: ${figureText(target, formatOfMetric(target.metric), language)} (${boundText(target, language)})`;
}
