// The results, verdict first: for each column whether it meets the targets (red/amber/green),
// then the key figures side by side with their 95 % intervals, then the selected column's
// targets hour by hour. Every number carries its raw value in data attributes, so what the page
// shows can be checked against `recepsim run` figure by figure.

import type { Figure, Summary } from '../../metrics/summary/index.js';
import { figureText as reportFigureText, formatFigure, valueText, type Format } from '../../report/format.js';
import { boundText } from '../../report/sections.js';
import { reportLanguage } from '../../text/report/index.js';
import { hourlyTargets, type KeyFigure, type Rag, targetVerdicts } from '../key-figures.js';
import { page } from '../messages.js';
import type { ColumnIssue } from '../variant.js';
import { h, replaceChildren } from './dom.js';

/** What the results show of one column. */
export interface ColumnView {
  readonly name: string;
  readonly selected: boolean;
  /** Its controls have a problem: the results are those of its last valid settings. */
  readonly stale: boolean;
  readonly problems: readonly ColumnIssue[];
  readonly warnings: readonly ColumnIssue[];
  readonly failure: string | undefined;
  /** Replications wanted. */
  readonly total: number;
  readonly result: { readonly replications: number; readonly summary: Summary; readonly figures: readonly KeyFigure[] } | undefined;
}

/** The verdict, key-figure and hourly cards. */
export class ResultsView {
  readonly element = h('div', { class: 'results-cards' });
  private readonly verdicts = h('section', { class: 'card', id: 'verdicts', 'aria-live': 'polite' });
  private readonly figures = h('section', { class: 'card', id: 'key-figures' });
  private readonly hourly = h('section', { class: 'card strip', id: 'hourly' });

  constructor() {
    replaceChildren(this.element, this.verdicts, this.figures, this.hourly);
    this.element.style.display = 'grid';
    this.element.style.gap = '16px';
  }

  render(columns: readonly ColumnView[]): void {
    this.renderVerdicts(columns);
    this.renderFigures(columns);
    this.renderHourly(columns.find((column) => column.selected));
  }

  private renderVerdicts(columns: readonly ColumnView[]): void {
    const cards = columns.map((column, index) => {
      const summary = column.result?.summary;
      const verdicts = summary ? targetVerdicts(summary) : [];
      const worst = worstRag(verdicts.map((v) => v.rag));
      const missed = verdicts.filter((v) => v.rag === 'red').length;
      const unsure = verdicts.filter((v) => v.rag === 'amber').length;
      const headline = !summary
        ? page.waiting()
        : verdicts.length === 0
          ? page.noTargets()
          : missed > 0
            ? page.targetsMissed(missed)
            : unsure > 0
              ? page.targetsUnsure(unsure)
              : page.allTargetsMet();
      return h(
        'div',
        { class: `verdict${worst ? ` rag-${worst}` : ''}${column.stale ? ' stale' : ''}`, 'data-column': index, 'data-rag': worst ?? '' },
        h('h3', {}, `${column.name}: ${headline}`),
        verdicts.map((v) =>
          h(
            'p',
            { class: v.rag ? `rag-${v.rag}` : '', 'data-target': v.name, 'data-rag': v.rag ?? '' },
            `${ragMark(v.rag)} ${v.label}: ${figureText({ value: v.target.value, ci95: v.target.ci95 }, v.format)} (${boundText(v.target, ENGLISH)})`,
          ),
        ),
        h('p', { class: 'progress', 'data-replications': column.result?.replications ?? 0 }, column.result ? page.progress(column.result.replications, column.total) : page.waiting()),
        column.stale ? h('p', { class: 'problems' }, page.stale()) : null,
        column.failure ? h('p', { class: 'problems' }, page.workerFailed(column.failure)) : null,
        column.warnings.map((w) => h('p', { class: 'warnings' }, page.warning(w.field, w.message))),
      );
    });
    replaceChildren(this.verdicts, h('h2', {}, page.verdictHeading()), h('div', { class: 'verdicts' }, cards));
  }

  private renderFigures(columns: readonly ColumnView[]): void {
    const reference = columns.find((column) => column.result)?.result?.figures ?? [];
    const head = h(
      'tr',
      {},
      h('th', { class: 'label', scope: 'col' }, page.figureColumn()),
      columns.map((column) => h('th', { scope: 'col', class: column.selected ? 'selected' : '' }, column.name)),
    );
    const rows = reference.map((figure, row) =>
      h(
        'tr',
        { 'data-figure': figure.id },
        h('th', { class: 'label', scope: 'row' }, figure.label),
        columns.map((column, index) => {
          const mine = column.result?.figures[row];
          if (!mine) return h('td', { class: 'num' }, '');
          return h(
            'td',
            {
              class: `num${column.stale ? ' stale' : ''}`,
              'data-column': index,
              'data-value': mine.figure.value ?? '',
              'data-ci-low': mine.figure.ci95?.[0] ?? '',
              'data-ci-high': mine.figure.ci95?.[1] ?? '',
            },
            figureCell(mine.figure, mine.format),
          );
        }),
      ),
    );
    replaceChildren(this.figures, h('h2', {}, page.keyFigures()), h('table', {}, h('thead', {}, head), h('tbody', {}, rows)));
  }

  private renderHourly(column: ColumnView | undefined): void {
    const summary = column?.result?.summary;
    if (!column || !summary) {
      replaceChildren(this.hourly);
      return;
    }
    const rows = hourlyTargets(summary);
    if (rows.length === 0) {
      replaceChildren(this.hourly);
      return;
    }
    const hours = rows[0].byHour.map((cell) => cell.hour);
    replaceChildren(
      this.hourly,
      h('h2', {}, page.byHourHeading(column.name)),
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', { class: 'label' }, ''), hours.map((hour) => h('th', { scope: 'col' }, String(hour).padStart(2, '0'))))),
        h(
          'tbody',
          {},
          rows.map((row) =>
            h(
              'tr',
              {},
              h('th', { class: 'label', scope: 'row' }, row.label),
              row.byHour.map((cell) =>
                h(
                  'td',
                  { class: `cell ${cell.rag ? `rag-${cell.rag}` : 'none'}`, 'data-hour': cell.hour, 'data-rag': cell.rag ?? '', title: cell.figure.value === null ? '' : `${String(cell.hour).padStart(2, '0')}:00 ${row.label}` },
                  cell.rag ? ragMark(cell.rag) : '',
                ),
              ),
            ),
          ),
        ),
      ),
      h('p', { class: 'progress' }, page.byHourNote()),
    );
  }
}

// The page is in English; its figures are written like the English report's.
const ENGLISH = reportLanguage('en');

function figureText(figure: Figure, format: Format): string {
  return reportFigureText(figure, format, ENGLISH);
}

function figureCell(figure: Figure, format: Format): (Node | string)[] {
  const formatted = formatFigure(figure, format, ENGLISH);
  if (formatted === null) return [ENGLISH.text.noValue];
  return [valueText(formatted), formatted.halfWidth ? h('span', { class: 'ci' }, formatted.halfWidth) : ''];
}

function ragMark(rag: Rag | null): string {
  return rag === 'green' ? '✓' : rag === 'amber' ? '≈' : rag === 'red' ? '✗' : '·';
}

function worstRag(rags: readonly (Rag | null)[]): Rag | null {
  if (rags.includes('red')) return 'red';
  if (rags.includes('amber')) return 'amber';
  if (rags.includes('green')) return 'green';
  return null;
}
