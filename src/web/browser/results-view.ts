// The results, verdict first: for each column how its targets come out (the report's statuses:
// met, borderline, missed, by where the 95 % interval lies), then the key figures side by side
// with their intervals, and under each variant's figure its paired difference from the baseline,
// marked when its interval excludes 0. Every number carries its raw value in data attributes, so
// what the page shows can be checked against `recepsim run` and `recepsim compare`.

import type { Summary } from '../../metrics/summary/index.js';
import { differenceSign, figureText, type Format, formatValue, wrapOnlyBeforePlusMinus } from '../../report/format.js';
import type { Difference } from '../../analysis/paired.js';
import { boundText, formatOfMetric, targetLabel } from '../../report/sections.js';
import type { Status } from '../../report/verdict.js';
import { summaryVerdict } from '../../report/verdict-text.js';
import type { ReportLanguage } from '../../text/report/index.js';
import type { WhatIfText } from '../../text/whatif/index.js';
import { keyFigureLabel, type ShownFigure } from '../key-figures.js';
import type { ColumnIssue } from '../variant.js';
import { h, replaceChildren } from './dom.js';

/** What the results show of one column. */
export interface ColumnView {
  readonly name: string;
  readonly selected: boolean;
  /** Its controls have a problem: the results are those of its last valid settings. */
  readonly stale: boolean;
  readonly warnings: readonly ColumnIssue[];
  readonly failure: string | undefined;
  /** Replications wanted. */
  readonly total: number;
  readonly result: { readonly replications: number; readonly summary: Summary; readonly figures: readonly ShownFigure[]; readonly pairedOver: number } | undefined;
}

/** The verdict and key-figure cards. */
export class ResultsView {
  readonly element = h('div', { class: 'results-cards' });
  private readonly verdicts = h('section', { class: 'card', id: 'verdicts', 'aria-live': 'polite' });
  private readonly figures = h('section', { class: 'card', id: 'key-figures' });

  constructor() {
    replaceChildren(this.element, this.verdicts, this.figures);
  }

  render(columns: readonly ColumnView[], language: ReportLanguage, words: WhatIfText): void {
    this.renderVerdicts(columns, language, words);
    this.renderFigures(columns, language, words);
  }

  private renderVerdicts(columns: readonly ColumnView[], language: ReportLanguage, words: WhatIfText): void {
    const { text } = language;
    const cards = columns.map((column, index) => {
      const summary = column.result?.summary;
      const verdict = summary ? summaryVerdict(summary) : null;
      const worst = verdict ? worstStatus(verdict.targets.map((target) => target.status)) : null;
      const applicable = verdict ? verdict.targets.length - verdict.counts.notApplicable : 0;
      const headline = !verdict
        ? words.waiting
        : verdict.targets.length === 0
          ? text.noTargets
          : text.verdictHeadline(verdict.counts.missed, verdict.counts.borderline, verdict.counts.met, applicable);
      return h(
        'div',
        { class: `verdict${worst ? ` status-${worst}` : ''}${column.stale ? ' stale' : ''}`, 'data-column': index, 'data-status': worst ?? '' },
        h('h3', {}, words.headline(column.name, headline)),
        (verdict?.targets ?? []).map((target) =>
          h(
            'p',
            { class: `status-${target.status}`, 'data-target': target.target.name, 'data-status': target.status },
            h('span', { class: 'mark' }, text.statuses[target.status]),
            ` ${targetLabel(summary!, target.target, language)}: ${figureText(target.target, formatOfMetric(target.target.metric), language)} (${boundText(target.target, language)})`,
          ),
        ),
        h('p', { class: 'progress', 'data-replications': column.result?.replications ?? 0 }, column.result ? words.progress(column.result.replications, column.total) : words.waiting),
        column.stale ? h('p', { class: 'problems' }, words.stale) : null,
        column.failure ? h('p', { class: 'problems' }, words.workerFailed(column.failure)) : null,
        column.warnings.map((warning) => h('p', { class: 'warnings' }, words.problemAt(warning.field, warning.message))),
      );
    });
    replaceChildren(this.verdicts, h('h2', {}, text.sections.verdict), h('div', { class: 'verdicts' }, cards));
  }

  private renderFigures(columns: readonly ColumnView[], language: ReportLanguage, words: WhatIfText): void {
    const reference = columns.find((column) => column.result)?.result;
    const head = h(
      'tr',
      {},
      h('th', { class: 'label', scope: 'col' }, words.figureColumn),
      columns.map((column) => h('th', { scope: 'col', class: column.selected ? 'selected' : '' }, column.name)),
    );
    const rows = (reference?.figures ?? []).map((figure, row) =>
      h(
        'tr',
        { 'data-figure': figure.id },
        h('th', { class: 'label', scope: 'row' }, keyFigureLabel(figure.id, reference!.summary, language, words)),
        columns.map((column, index) => {
          const mine = column.result?.figures[row];
          if (!mine) return h('td', { class: 'num' }, '');
          const [value, halfWidth] = splitInterval(figureText(mine.figure, mine.format, language), language);
          return h(
            'td',
            {
              class: `num${column.stale ? ' stale' : ''}`,
              'data-column': index,
              'data-value': mine.figure.value ?? '',
              'data-ci-low': mine.figure.ci95?.[0] ?? '',
              'data-ci-high': mine.figure.ci95?.[1] ?? '',
              'data-paired': column.result!.pairedOver,
            },
            value,
            halfWidth ? h('span', { class: 'ci' }, halfWidth.replace(/ /g, '\u00a0')) : null,
            mine.difference && column.result!.pairedOver > 0 ? differenceElement(mine.difference, mine, language, words) : null,
          );
        }),
      ),
    );
    const paired = columns.slice(1).map((column) => column.result?.pairedOver ?? 0).filter((count) => count > 0);
    replaceChildren(
      this.figures,
      h('h2', {}, language.text.sections.keyFigures),
      h('table', {}, h('thead', {}, head), h('tbody', {}, rows)),
      paired.length > 0 ? h('p', { class: 'diff-note' }, words.differenceNote(Math.min(...paired))) : null,
    );
  }
}

/** A variant's difference from the baseline under its figure: "−1,2 ± 0,4 (real gain)". */
function differenceElement(difference: Difference, figure: { readonly format: Format; readonly better: 'higher' | 'lower' }, language: ReportLanguage, words: WhatIfText): HTMLElement {
  const mark = !difference.real || difference.value === null ? 'noise' : (figure.better === 'higher') === difference.value > 0 ? 'better' : 'worse';
  return h(
    'div',
    {
      class: `diff diff-${mark}`,
      'data-diff': difference.value ?? '',
      'data-diff-low': difference.ci95?.[0] ?? '',
      'data-diff-high': difference.ci95?.[1] ?? '',
      'data-diff-real': String(difference.real),
    },
    // Where the column is narrow (printed, a phone).
    wrapOnlyBeforePlusMinus(differenceText(difference, figure.format, language, words)),
    ' ',
    h('span', { class: 'diff-mark' }, words.differenceMark[mark]),
  );
}

/** A difference in the figure's unit (percentage points for shares), signed, with its half-width. */
function differenceText(difference: Difference, format: Format, language: ReportLanguage, words: WhatIfText): string {
  if (difference.value === null) return language.text.noValue;
  const amount = (x: number) => (format === 'share' ? `${language.numbers.decimal(x * 100, 1)} ${words.percentagePoints}` : formatValue(x, format, language));
  const magnitude = amount(Math.abs(difference.value));
  const text = `${differenceSign(difference.value, magnitude)}${magnitude}`;
  if (difference.ci95 === null) return text;
  return `${text} ${language.text.plusMinus(amount((difference.ci95[1] - difference.ci95[0]) / 2))}`;
}

/** "96,8 % ± 0,1" → ["96,8 %", "± 0,1"], so the interval can be shown quieter. */
function splitInterval(text: string, language: ReportLanguage): [string, string | null] {
  const marker = language.text.plusMinus('');
  const at = text.lastIndexOf(` ${marker.trim()}`);
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}

function worstStatus(statuses: readonly Status[]): Status | null {
  for (const status of ['missed', 'borderline', 'met', 'notApplicable'] as const) if (statuses.includes(status)) return status;
  return null;
}
