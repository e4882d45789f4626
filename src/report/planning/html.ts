// The HTML report of a planning command (size, sweep, compare): one self-contained page in the
// look of a run's report (its stylesheet, print rules and assumptions), read top down as a
// decision: the recommendation first, then the tables behind it, the charts, and the assumptions
// and the run. The same input gives the same bytes.

import type { Summary } from '../../metrics/summary/index.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { runRows, shellWord, type RunRow } from '../assumptions.js';
import { headcount, policyText, type ReportContext } from '../context.js';
import { figureText, formatValue, wrapOnlyBeforePlusMinus } from '../format.js';
import { assumptionsHtml, escapeHtml, figureHtml, pageStart, STYLE, warningsHtml } from '../html.js';
import { formatOfMetric, targetLabel } from '../sections.js';
import type { Status } from '../verdict.js';
import { summaryVerdict } from '../verdict-text.js';
import { NOW_FOLDER, type CompareResults, type PlanningPoint, type PlanningReportInput, type SizeResults, type SweepResults } from './input.js';
import { compareFormat, differenceText, keyFigureName, planningRecommendation, pointName, pointsOf, policyCodeText, policyLabel, recommendedLabel } from './recommend.js';

/** A planning chart already rendered. */
export interface RenderedPlanningChart {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
}

/** Extra rules of planning reports: the recommended row, real and noise marks. */
const PLANNING_STYLE = `
tr.recommended td { background: #e8f5e9; font-weight: 600; }
tr.now td { background: #f3f3f1; }
span.mark { display: inline-block; border-radius: 4px; padding: 0 6px; margin-left: 6px; font-size: 0.8em; font-weight: 600; background: #1d1d1b; color: #fff; }
span.real { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 0.85em; font-weight: 600; background: #4c78a8; color: #fff; }
span.noise { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 0.85em; color: #555; background: #e6e6e3; }
table.wide { font-size: 0.9em; }
table.variants p.note { margin: 2px 0 0; font-size: 0.9em; color: #555; }
table.wide td, table.wide th { padding: 3px 6px; }
@media print {
  /* Every team's row on an A4 sheet's width: smaller type, intervals may wrap under their value. */
  table.wide { font-size: 7.5pt; }
  table.wide td, table.wide th { padding: 2px 3px; }
  table.wide td.num { white-space: normal; }
}
`;

const VERDICT_STATUS: Readonly<Record<PlanningPoint['verdict'], Status>> = { meets: 'met', fails: 'missed', borderline: 'borderline', invalid: 'notApplicable' };

/** The whole planning report as one HTML page. */
export function renderPlanningHtml(input: PlanningReportInput, context: ReportContext, charts: readonly RenderedPlanningChart[]): string {
  const { language } = context;
  const { text } = language;
  const { planning } = text;
  const { results } = input;
  const sentences = planningRecommendation(input, language);
  const name = results.kind === 'compare' ? context.scenario.name : results.scenario;
  const kindWords = planning.kinds[results.kind];
  const outcome = results.kind === 'compare' ? '' : recommendedLabel(results) === null ? ' missed' : ' met';
  const parts = [
    ...pageStart(language, planning.htmlTitle(kindWords, name), `${STYLE}${PLANNING_STYLE}`),
    '<header>',
    `<h1>${escapeHtml(name)}</h1>`,
    `<p class="variant">${escapeHtml(kindWords)}</p>`,
    `<p class="facts">${escapeHtml(factsLine(input, language))}</p>`,
    '</header>',
    `<section class="verdict${outcome}" id="recommendation">`,
    `<h2>${escapeHtml(planning.sections.recommendation)}</h2>`,
    ...sentences.map((sentence, i) => `<p${i === 0 ? ' class="headline"' : ''}>${escapeHtml(sentence)}</p>`),
    '</section>',
    ...warningsHtml(context),
    ...(results.kind === 'size' ? [policiesTable(results, input, language)] : []),
    ...(results.kind === 'compare' ? [compareTable(results, input, language)] : [pointsTable(results, input, language)]),
    '<section id="charts">',
    `<h2>${escapeHtml(planning.sections.charts)}</h2>`,
    ...charts.map(figureHtml),
    '</section>',
    assumptionsHtml(context, planningRunRows(input, context)),
    '<footer>',
    `<h2>${escapeHtml(text.sections.about)}</h2>`,
    ...planning.footnotes.map((note) => `<p>${escapeHtml(note)}</p>`),
    '</footer>',
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${parts.join('\n')}\n`;
}

/** "policies answer-all, divert · up to 8 advisors · 10 to 100 replications × 20 days per team · seed 42". */
function factsLine(input: PlanningReportInput, language: ReportLanguage): string {
  const { planning } = language.text;
  const { results } = input;
  const list = (items: readonly (string | number)[]) => language.numbers.list(items.map(String));
  if (results.kind === 'size') {
    return [
      planning.factPolicies(list(results.policies.map((policy) => policyCodeText(policy, language)))),
      planning.factUpTo(results.maxAdvisors),
      planning.factReplicationsRange(results.precision.initialReps, results.precision.maxReps, results.days),
      planning.factSeed(String(results.seed)),
    ].join(' · ');
  }
  if (results.kind === 'sweep') {
    return [
      planning.factPolicies(list(results.grid.policies.map((policy) => policyCodeText(policy, language)))),
      planning.factAdvisors(list(results.grid.advisors)),
      planning.factReplications(results.replications, results.days),
      planning.factSeed(String(results.seed)),
    ].join(' · ');
  }
  return [planning.factVariants(results.variants.length), planning.factReplications(results.replications, results.days), planning.factSeed(String(results.seed))].join(' · ');
}

function th(words: string, left = false): string {
  return `<th${left ? ' class="label"' : ''}>${escapeHtml(words)}</th>`;
}

function statusSpan(status: Status, words: string): string {
  return `<span class="status ${status}">${escapeHtml(words)}</span>`;
}

/** Size: per policy, the smallest team meeting every target, the cheapest, and what binds. */
function policiesTable(results: SizeResults, input: PlanningReportInput, language: ReportLanguage): string {
  const { planning, staffTeam, noValue } = language.text;
  const byLabel = new Map(pointsOf(results).map((point) => [point.label, point]));
  const limit = staffTeam.advisors(results.maxAdvisors);
  const rows = results.searches.map((search) => {
    const smallest = search.smallest === null ? undefined : byLabel.get(search.smallest);
    const cheapest = search.cheapest === null ? undefined : byLabel.get(search.cheapest.label);
    const summary = smallest?.folder ? input.configurations.get(smallest.folder)?.summary : cheapest?.folder ? input.configurations.get(cheapest.folder)?.summary : undefined;
    const currency = summary?.money.currency ?? 'EUR';
    const cheapestText =
      search.cheapest === null || cheapest === undefined
        ? noValue
        : `${staffTeam.advisors(cheapest.advisors)}: ${figureText(search.cheapest.netCostPerDay, { money: currency }, language)}`;
    const cheapestCell = cheapest === undefined ? escapeHtml(cheapestText) : `${escapeHtml(cheapestText)} ${statusSpan(VERDICT_STATUS[cheapest.verdict], planning.verdicts[cheapest.verdict])}`;
    let binding = noValue;
    if (search.binding !== null) {
      const at = byLabel.get(search.binding.at);
      const bindingSummary = at?.folder ? input.configurations.get(at.folder)?.summary : undefined;
      const lead = search.smallest === null ? planning.bindingAtLimit(at === undefined ? search.binding.at : staffTeam.advisors(at.advisors)) : planning.bindingBelow(at === undefined ? search.binding.at : staffTeam.advisors(at.advisors));
      const items = search.binding.targets.map((target) => {
        const result = target as never;
        const label = bindingSummary === undefined ? target.name : targetLabel(bindingSummary, result, language);
        const value = target.value === null ? noValue : formatValue(target.value, formatOfMetric(target.metric), language);
        return `${label} ${value}`;
      });
      binding = `${lead}${language.numbers.list(items)}`;
    }
    return (
      `<tr><td class="label">${escapeHtml(policyLabel(search, language))}</td>` +
      `<td class="label">${escapeHtml(smallest === undefined ? planning.noneUpTo(limit) : staffTeam.advisors(smallest.advisors))}</td>` +
      `<td class="label">${cheapestCell}</td><td class="label">${escapeHtml(binding)}</td></tr>`
    );
  });
  const head = `<thead><tr>${[planning.columnPolicy, planning.columnSmallest, planning.columnCheapest, planning.columnBinding].map((h) => th(h, true)).join('')}</tr></thead>`;
  return [
    '<section id="policies">',
    `<h2>${escapeHtml(planning.sections.policies)}</h2>`,
    `<table class="policies">\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`,
    '</section>',
  ].join('\n');
}

/** Size and sweep: every team, its replications, each target's figure, the net cost and the verdict; now first. */
function pointsTable(results: SizeResults | SweepResults, input: PlanningReportInput, language: ReportLanguage): string {
  const { planning, noValue } = language.text;
  const points = pointsOf(results);
  const now = input.configurations.get(NOW_FOLDER);
  const reference: Summary | undefined = now?.summary ?? points.map((point) => (point.folder ? input.configurations.get(point.folder)?.summary : undefined)).find((s) => s !== undefined);
  const targets = reference?.targets ?? [];
  const recommended = recommendedLabel(results);
  const head =
    `<thead><tr>${th(planning.columnTeam, true)}${th(planning.columnReplications)}` +
    targets.map((target) => th(reference === undefined ? target.name : targetLabel(reference, target, language))).join('') +
    `${th(keyFigureName('money.netCostPerDay', reference, language))}${th(planning.columnTargets, true)}</tr></thead>`;
  const row = (label: string, replications: number, summary: Summary | undefined, status: Status | null, statusWords: string, cls: string) => {
    const cells = targets.map((target) => {
      const own = summary?.targets.find((candidate) => candidate.name === target.name);
      return `<td class="num">${escapeHtml(own === undefined ? noValue : figureText(own, formatOfMetric(own.metric), language))}</td>`;
    });
    const net = summary === undefined ? noValue : figureText(summary.money.netCostPerDay, { money: summary.money.currency }, language);
    const verdict = status === null ? escapeHtml(statusWords) : statusSpan(status, statusWords);
    return `<tr${cls === '' ? '' : ` class="${cls}"`}><td class="label">${label}</td><td class="num">${replications}</td>${cells.join('')}<td class="num">${escapeHtml(net)}</td><td class="status">${verdict}</td></tr>`;
  };
  const rows: string[] = [];
  if (now !== undefined) {
    // Judged as every team is: a target missed decides it, then one too close to call.
    const { counts } = summaryVerdict(now.summary);
    const verdict: PlanningPoint['verdict'] = counts.missed > 0 ? 'fails' : counts.borderline > 0 ? 'borderline' : 'meets';
    const label = `${escapeHtml(policyText(now.scenario.policy, language))}, ${escapeHtml(language.text.staffTeam.advisors(headcount(now.scenario.staff.advisors)))}<span class="mark">${escapeHtml(planning.nowMark)}</span>`;
    rows.push(row(label, now.summary.replications, now.summary, VERDICT_STATUS[verdict], planning.verdicts[verdict], 'now'));
  }
  for (const point of points) {
    const summary = point.folder === null ? undefined : input.configurations.get(point.folder)?.summary;
    const isRecommended = point.label === recommended;
    const label = `${escapeHtml(pointName(point, language))}${isRecommended ? `<span class="mark">${escapeHtml(planning.recommendedMark)}</span>` : ''}`;
    rows.push(row(label, point.replications, summary, VERDICT_STATUS[point.verdict], planning.verdicts[point.verdict], isRecommended ? 'recommended' : ''));
  }
  return [
    '<section id="points">',
    `<h2>${escapeHtml(planning.sections.points)}</h2>`,
    `<table class="points wide">\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`,
    '</section>',
  ].join('\n');
}

/** Compare: each key figure per variant, and each variant's difference from the reference, real or noise. */
function compareTable(results: CompareResults, input: PlanningReportInput, language: ReportLanguage): string {
  const { planning, noValue } = language.text;
  const [reference] = results.variants;
  const summary = input.configurations.get(reference.folder)?.summary;
  const currency = summary?.money.currency ?? 'EUR';
  const others = results.variants.slice(1);
  const head =
    `<thead><tr>${th(planning.columnFigure, true)}` +
    results.variants.map((variant, i) => th(i === 0 ? `${variant.label} (${planning.reference})` : variant.label)).join('') +
    others.map((variant) => th(`${variant.label}: ${planning.columnDifference(reference.label)}`, true)).join('') +
    '</tr></thead>';
  const rows = results.figures.map((figure) => {
    const format = compareFormat(figure.format, currency);
    const values = figure.values.map((value) => `<td class="num">${escapeHtml(figureText(value, format, language))}</td>`);
    const differences = others.map((_, k) => {
      const difference = figure.differences[k + 1];
      if (difference === null || difference === undefined || difference.value === null) return `<td class="label">${escapeHtml(noValue)}</td>`;
      const half = difference.ci95 === null ? null : (difference.ci95[1] - difference.ci95[0]) / 2;
      const mark = difference.real ? `<span class="real">${escapeHtml(planning.real)}</span>` : `<span class="noise">${escapeHtml(planning.noise)}</span>`;
      const shown = wrapOnlyBeforePlusMinus(differenceText(difference.value, half, figure.format, currency, language));
      return `<td class="label">${escapeHtml(shown)} ${mark}</td>`;
    });
    return `<tr><td class="label">${escapeHtml(keyFigureName(figure.path, summary, language))}</td>${values.join('')}${differences.join('')}</tr>`;
  });
  const variants = results.variants.map(
    (variant, i) =>
      `<tr><td class="label">${escapeHtml(variant.label)}${i === 0 ? `<span class="mark">${escapeHtml(planning.reference)}</span>` : ''}</td>` +
      `<td class="value"><code>${escapeHtml(variant.overrides.length === 0 ? language.text.runNoChanges : variant.overrides.join(' · '))}</code>` +
      // What the changes did ("5 people on the file's pattern of 4 shifts…"), in the report's language.
      (input.run.variantNotesIn[language.code]?.[i] ?? variant.notes ?? []).map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('') +
      '</td>' +
      `<td class="status">${variant.targetsMet === null ? escapeHtml(noValue) : statusSpan(variant.targetsMet ? 'met' : 'missed', planning.verdicts[variant.targetsMet ? 'meets' : 'fails'])}</td></tr>`,
  );
  return [
    '<section id="variants">',
    `<h2>${escapeHtml(planning.sections.variants)}</h2>`,
    `<table class="variants facts">\n<tbody>\n${variants.join('\n')}\n</tbody>\n</table>`,
    '</section>',
    '<section id="differences">',
    `<h2>${escapeHtml(planning.sections.differences)}</h2>`,
    `<table class="differences wide">\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`,
    '</section>',
  ].join('\n');
}

/** The run's facts for a planning report: a run's rows, with the command, its replications and how to run it again. */
function planningRunRows(input: PlanningReportInput, context: ReportContext): RunRow[] {
  const { text } = context.language;
  const { planning } = text;
  const { results } = input;
  const rows: RunRow[] = [];
  for (const row of runRows(context)) {
    if (row.label === text.runChanges) {
      rows.push({ label: planning.runCommand, value: `recepsim ${results.kind}`, code: true });
      if (results.kind !== 'compare') rows.push({ label: planning.runCommonChanges, value: input.run.changes.length === 0 ? text.runNoChanges : input.run.changes.join(' · '), code: input.run.changes.length > 0 });
    } else if (row.label === text.runReplications) {
      const days = context.scenario.steadyState === undefined ? results.days : 1;
      const value =
        results.kind === 'size'
          ? planning.runReplicationsSequential(results.precision.initialReps, results.precision.maxReps, days)
          : `${context.language.numbers.decimal(results.replications, 0)} × ${context.language.numbers.decimal(days, 0)}`;
      rows.push({ label: planning.runReplicationsPlanning, value });
    } else if (row.label === text.runReproduce) {
      rows.push({ label: row.label, value: reproduceCommand(input), code: true });
    } else {
      rows.push(row);
    }
  }
  return rows;
}

/** The command that runs the same results again, as a POSIX shell reads it. */
export function reproduceCommand(input: PlanningReportInput): string {
  const { results, run } = input;
  const files = run.scenarioFiles.length === 0 ? ['scenario.json'] : run.scenarioFiles;
  const words = ['recepsim', results.kind, ...files];
  const list = (items: readonly (string | number)[]) => items.join(',');
  let common = run.changes;
  if (results.kind === 'size') {
    words.push('--policy', list(results.policies), '--max-advisors', String(results.maxAdvisors));
    if (results.desk.length > 0) words.push('--desk', list(results.desk));
    words.push('--first-reps', String(results.precision.initialReps));
  } else if (results.kind === 'sweep') {
    words.push('--advisors', list(results.grid.advisors), '--policy', list(results.grid.policies));
    if (results.grid.desk.length > 0) words.push('--desk', list(results.grid.desk));
  } else {
    common = results.variants[0].overrides;
    if (files.length === 1) {
      for (const variant of results.variants.slice(1)) words.push('--variant', `${variant.label}:${variant.overrides.slice(common.length).join(',')}`);
    }
  }
  for (const change of common) words.push('--set', change);
  return words.map(shellWord).join(' ');
}
