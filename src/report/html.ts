// The HTML report: one self-contained file (inline CSS and SVG, no scripts, fonts or links) that a
// manager can mail, open offline or print to a clean A4 PDF. It reads top down as a decision: the
// verdict first (targets in traffic-light colours, what binds and when, the hours where targets
// fail), then the key figures, the charts, and the assumptions and the run. The same run gives the
// same bytes: no dates, no random ids.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../metrics/summary/index.js';
import type { IssueRecord } from '../model/issues.js';
import type { ReportLanguage } from '../text/report/index.js';
import { estimatedInputs, runRows, ungradedInputs, type RunRow } from './assumptions.js';
import { chartSpecs, type ChartId } from './charts/index.js';
import { daysPerReplication, policyText, scenarioTitle, staffDescription, type ReportContext } from './context.js';
import { valueText, type FormattedFigure } from './format.js';
import { renderChartSvg } from './render-svg.js';
import { keySections, targetSection, type Row, type Section } from './sections.js';
import { STATUS_COLOURS, STATUS_TEXT_COLOURS, STATUSES } from './verdict.js';
import { summaryVerdict, verdictSentences } from './verdict-text.js';

/** A chart already rendered: its id, title, Vega-Lite spec and SVG text. */
export interface RenderedChart {
  readonly id: ChartId;
  readonly title: string;
  readonly spec: TopLevelSpec;
  readonly svg: string;
}

/** The report's stylesheet (screen and A4 print), shared by every report kind. */
export const STYLE = `
body { margin: 0; background: #f6f6f4; color: #1d1d1b; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 1em; margin: 20px 0 6px; }
p.variant { margin: 0 0 4px; font-weight: 600; color: #8a4b00; }
p.facts { margin: 0; color: #555; }
section.verdict { border: 2px solid #ccc; border-radius: 6px; padding: 4px 18px 12px; margin-top: 20px; }
${STATUSES.map((status) => `section.verdict.${status} { border-color: ${STATUS_COLOURS[status]}; }`).join('\n')}
section.verdict h2 { border: 0; margin-top: 12px; }
section.verdict p { margin: 6px 0; }
section.verdict p.headline { font-size: 1.15em; font-weight: 600; }
section.warnings { border-left: 4px solid #e0a800; background: #fffbea; padding: 2px 16px 8px; margin-top: 20px; }
section.warnings h2 { border: 0; margin-top: 10px; }
section.warnings li { margin: 4px 0; }
table { border-collapse: collapse; margin: 0 0 8px; }
/* On a screen narrower than a table (a phone, a tablet, every team of a sweep) the table scrolls on its own and the page keeps the screen's width. */
@media screen { table { display: block; max-width: 100%; overflow-x: auto; } }
th, td { padding: 3px 10px; border-bottom: 1px solid #eee; vertical-align: baseline; }
th { font-weight: 600; color: #555; text-align: right; }
th.label, td.label { text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.ci { text-align: left; color: #666; font-variant-numeric: tabular-nums; white-space: nowrap; padding-left: 0; }
td.indent { padding-left: 28px; color: #444; }
td.status { white-space: nowrap; }
span.status { display: inline-block; border-radius: 4px; padding: 0 8px; font-weight: 600; }
${STATUSES.map((status) => `span.status.${status} { background: ${STATUS_COLOURS[status]}; color: ${STATUS_TEXT_COLOURS[status]}; }`).join('\n')}
ul.legend { list-style: none; padding: 0; margin: 8px 0 0; font-size: 0.85em; color: #555; }
ul.legend li { display: inline-block; margin-right: 14px; }
ul.legend span.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
table.facts td { vertical-align: top; }
table.facts td.label { color: #555; white-space: nowrap; }
table.facts td.value { overflow-wrap: anywhere; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
td.grade { text-align: center; font-weight: 600; white-space: nowrap; }
table.estimates td.path { white-space: nowrap; }
tr.assumption td.grade { color: #c62828; }
figure { margin: 16px 0 28px; }
figure svg { max-width: 100%; height: auto; }
footer { margin-top: 32px; font-size: 0.9em; color: #444; }
footer p { margin: 6px 0; }
/* A phone: narrower margins and cells, so more of each table shows before it scrolls. */
@media screen and (max-width: 600px) {
  main { padding: 16px 12px 32px; }
  section.verdict, section.warnings { padding-left: 10px; padding-right: 10px; }
  th, td { padding: 3px 6px; }
  /* Facts (the run, compare's variants) and the graded inputs read as a list: each row's cells one
     above the other, not a value squeezed to one letter a line. */
  table.facts tr, table.estimates tr { display: block; border-bottom: 1px solid #eee; padding: 2px 0; }
  table.facts td, table.estimates td { display: block; border-bottom: 0; text-align: left; }
  table.facts td.label, table.estimates td.path { white-space: normal; }
  table.estimates thead { display: none; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; }
  section.verdict, section.warnings, figure, table, tr { break-inside: avoid; }
  figure { margin: 8px 0 14px; }
  /* A chart taller than a sheet (compare's differences, one panel per key figure) is scaled to one sheet rather than cut across two. */
  figure svg { max-height: 240mm; width: auto; }
}
`;

/** The whole report as one HTML page; renders the charts unless they are given. */
export async function renderReportHtml(summary: Summary, context: ReportContext, charts?: readonly RenderedChart[]): Promise<string> {
  const { language } = context;
  const { text } = language;
  const rendered = charts ?? (await renderCharts(summary, context.language));
  const verdict = summaryVerdict(summary);
  const worst = STATUSES.find((status) => status !== 'notApplicable' && verdict.counts[status] > 0) ?? 'notApplicable';
  const heatStrip = rendered.filter((chart) => chart.id === 'target-hours');
  const otherCharts = rendered.filter((chart) => chart.id !== 'target-hours');
  const { name, variant } = scenarioTitle(context);
  const targets = targetSection(summary, language);
  const parts = [
    ...pageStart(language, text.htmlTitle(name), STYLE),
    '<header>',
    `<h1>${escapeHtml(name)}</h1>`,
    ...(variant === null ? [] : [`<p class="variant">${escapeHtml(variant)}</p>`]),
    `<p class="facts">${escapeHtml(factsLine(context))}</p>`,
    '</header>',
    `<section class="verdict ${worst}" id="verdict">`,
    `<h2>${escapeHtml(text.sections.verdict)}</h2>`,
    ...verdictSentences(summary, verdict, language).map((sentence, i) => `<p${i === 0 ? ' class="headline"' : ''}>${escapeHtml(sentence)}</p>`),
    ...(targets === null ? [] : [sectionTable(targets, context)]),
    ...heatStrip.map(figureHtml),
    ...(targets === null ? [] : [statusLegend(context)]),
    '</section>',
    ...warningsHtml(context),
    '<section id="key-figures">',
    `<h2>${escapeHtml(text.sections.keyFigures)}</h2>`,
    ...keySections(summary, language).flatMap((section) => [`<h3>${escapeHtml(section.title)}</h3>`, sectionTable(section, context)]),
    '</section>',
    '<section id="charts">',
    `<h2>${escapeHtml(text.sections.charts)}</h2>`,
    ...otherCharts.map(figureHtml),
    '</section>',
    assumptionsHtml(context),
    '<footer>',
    `<h2>${escapeHtml(text.sections.about)}</h2>`,
    ...text.footnotes(context.scenario.replications, daysPerReplication(context.scenario)).map((note) => `<p>${escapeHtml(note)}</p>`),
    '</footer>',
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${parts.join('\n')}\n`;
}

/** The run's warnings about its scenario, each with its place; nothing when there are none. */
export function warningsHtml(context: ReportContext): string[] {
  const { warnings } = context.run;
  if (warnings.length === 0) return [];
  const { text } = context.language;
  const place = (warning: IssueRecord) =>
    [warning.where, warning.field].filter((part) => part !== null).map((part) => `<code>${escapeHtml(part!)}</code>`).join(' ');
  return [
    '<section class="warnings" id="warnings">',
    `<h2>${escapeHtml(text.warningsHeading)}</h2>`,
    `<p>${escapeHtml(text.warningsIntro)}</p>`,
    '<ul>',
    ...warnings.map((warning) => `<li>${[place(warning), escapeHtml(warning.message)].filter((part) => part !== '').join(' ')}</li>`),
    '</ul>',
    '</section>',
  ];
}

/**
 * Every chart of the summary rendered to SVG, in report order, ids inside each SVG prefixed by the
 * chart id so that they stay unique on one page. Chart warnings go to `warnings` when given.
 */
export async function renderCharts(summary: Summary, language: ReportLanguage, warnings?: string[]): Promise<RenderedChart[]> {
  const rendered: RenderedChart[] = [];
  for (const { id, title, spec } of chartSpecs(summary, language)) {
    rendered.push({ id, title, spec, svg: await renderChartSvg(spec, { idPrefix: id, warnings }) });
  }
  return rendered;
}

/** The page up to its content: doctype, language, title and stylesheet, then <body><main>. */
export function pageStart(language: ReportLanguage, title: string, style: string): string[] {
  return [
    '<!DOCTYPE html>',
    `<html lang="${language.code}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<main>',
  ];
}

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "policy answer-all · 3 advisors, 1 on the parts line · 100 replications × 20 days · seed 42". */
function factsLine(context: ReportContext): string {
  const { scenario, language } = context;
  const { text, numbers } = language;
  return [
    text.facts(policyText(scenario.policy, context.language), staffDescription(context), String(scenario.seed)),
    `${text.factRuns} ${numbers.decimal(scenario.replications, 0)} × ${numbers.decimal(daysPerReplication(scenario), 0)}`,
  ].join(' · ');
}

/** A rendered chart as a figure of the page. */
export function figureHtml(chart: { readonly id: string; readonly title: string; readonly svg: string }): string {
  // The chart's title is drawn in its SVG; the figure names it for screen readers.
  return `<figure id="${escapeHtml(chart.id)}" aria-label="${escapeHtml(chart.title)}">\n${chart.svg}\n</figure>`;
}

/** What the status colours mean. */
export function statusLegend(context: ReportContext): string {
  const { text } = context.language;
  const items = STATUSES.map(
    (status) => `<li><span class="swatch" style="background:${STATUS_COLOURS[status]}"></span>${escapeHtml(text.statusLegend[status])}</li>`,
  );
  return `<ul class="legend">\n${items.join('\n')}\n</ul>`;
}

/** The assumptions (graded estimates) and the facts of the run (`rows`: default, a run's). */
export function assumptionsHtml(context: ReportContext, rows: readonly RunRow[] = runRows(context)): string {
  const { text } = context.language;
  const estimates = estimatedInputs(context.scenario);
  const ungraded = ungradedInputs(context.scenario);
  const parts = ['<section id="assumptions">', `<h2>${escapeHtml(text.sections.assumptions)}</h2>`, `<h3>${escapeHtml(text.estimatesHeading)}</h3>`];
  if (estimates.length === 0) {
    parts.push(`<p>${escapeHtml(text.noGrades)}</p>`);
  } else {
    parts.push(`<p>${escapeHtml(text.estimatesIntro)}</p>`);
    const head = [text.columnInput, text.columnValue, text.columnGrade, text.columnSource].map((h) => `<th class="label">${escapeHtml(h)}</th>`);
    const rows = estimates.map((row) => {
      const grade = row.assumption ? `${row.grade} (${text.assumptionMark})` : row.grade;
      return (
        `<tr${row.assumption ? ' class="assumption"' : ''}><td class="label path"><code>${escapeHtml(row.path)}</code></td>` +
        `<td class="label"><code>${escapeHtml(row.value)}</code></td><td class="grade">${escapeHtml(grade)}</td>` +
        `<td class="label">${escapeHtml(row.source ?? text.noValue)}</td></tr>`
      );
    });
    parts.push(`<table class="estimates">\n<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
  }
  if (ungraded.length > 0) {
    parts.push(`<h3>${escapeHtml(text.ungradedHeading)}</h3>`);
    parts.push(`<p>${ungraded.map((path) => `<code>${escapeHtml(path)}</code>`).join(', ')}</p>`);
  }
  parts.push(`<h3>${escapeHtml(text.runHeading)}</h3>`);
  const cells = rows.map(
    (row) => `<tr><td class="label">${escapeHtml(row.label)}</td><td class="value">${row.code ? `<code>${escapeHtml(row.value)}</code>` : escapeHtml(row.value)}</td></tr>`,
  );
  parts.push(`<table class="facts">\n<tbody>\n${cells.join('\n')}\n</tbody>\n</table>`);
  parts.push(`<p>${escapeHtml(text.runSameBytes)}</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

/** A section as a table: a label column, then per figure column the value and its "± h". */
function sectionTable(section: Section, context: ReportContext): string {
  const hasHeader = section.columns.some((column) => column.header !== '');
  const head = hasHeader
    ? `<thead><tr><th class="label"></th>${section.columns
        .map((column) =>
          column.align === 'left' ? `<th class="label">${escapeHtml(column.header)}</th>` : `<th colspan="2">${escapeHtml(column.header)}</th>`,
        )
        .join('')}</tr></thead>\n`
    : '';
  const body = section.rows.map((row) => tableRow(section, row, context)).join('\n');
  return `<table class="${escapeHtml(section.id)}">\n${head}<tbody>\n${body}\n</tbody>\n</table>`;
}

function tableRow(section: Section, row: Row, context: ReportContext): string {
  const noValue = context.language.text.noValue;
  const label = `<td class="label${row.indent ? ' indent' : ''}">${escapeHtml(row.label)}</td>`;
  const cells = row.cells.map((cell, j) => {
    if (section.columns[j].align !== 'left') return figureCells(cell, noValue);
    const words = escapeHtml(cellText(cell, noValue));
    return `<td class="status">${row.status === undefined ? words : `<span class="status ${row.status}">${words}</span>`}</td>`;
  });
  const status = row.status === undefined ? '' : ` class="${row.status}"`;
  return `<tr${status}>${label}${cells.join('')}</tr>`;
}

function figureCells(cell: FormattedFigure | null, noValue: string): string {
  return `<td class="num">${escapeHtml(cellText(cell, noValue))}</td><td class="ci">${escapeHtml(cell?.halfWidth ?? '')}</td>`;
}

function cellText(cell: FormattedFigure | null, noValue: string): string {
  return cell === null ? noValue : valueText(cell);
}
