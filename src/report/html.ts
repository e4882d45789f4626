// The HTML report: one self-contained file (inline CSS and SVG, no scripts, fonts or links) that a
// manager can mail or open offline. The same run gives the same bytes: no dates, no random ids.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../metrics/summary/index.js';
import { report } from '../text/messages.js';
import { chartSpecs, type ChartId } from './charts/index.js';
import type { ReportContext } from './context.js';
import { valueText, type FormattedFigure } from './format.js';
import { renderChartSvg } from './render-svg.js';
import { keySections, targetSection, type Row, type Section } from './sections.js';

/** A chart already rendered: its id, title, Vega-Lite spec and SVG text. */
export interface RenderedChart {
  readonly id: ChartId;
  readonly title: string;
  readonly spec: TopLevelSpec;
  readonly svg: string;
}

const STYLE = `
body { margin: 0; background: #f6f6f4; color: #1d1d1b; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
h1 { font-size: 1.6em; margin: 0 0 12px; }
h2 { font-size: 1.2em; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 1em; margin: 20px 0 6px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { color: #555; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; margin: 0 0 8px; }
th, td { padding: 3px 10px; border-bottom: 1px solid #eee; vertical-align: baseline; }
th { font-weight: 600; color: #555; text-align: right; }
th.label, td.label { text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.ci { text-align: left; color: #666; font-variant-numeric: tabular-nums; white-space: nowrap; padding-left: 0; }
td.indent { padding-left: 28px; color: #444; }
td.verdict { white-space: nowrap; }
section.targets { border: 1px solid #ccc; border-radius: 6px; padding: 4px 16px 12px; margin-top: 24px; }
section.targets h2 { border: 0; margin-top: 12px; }
tr.met td.verdict { color: #1a7f37; font-weight: 600; }
tr.unsure td.verdict { color: #9a6700; font-weight: 600; }
tr.missed td.verdict { color: #c62828; font-weight: 600; }
figure { margin: 16px 0 28px; }
figure svg { max-width: 100%; height: auto; }
footer { margin-top: 32px; font-size: 0.9em; color: #444; }
footer p { margin: 6px 0; }
`;

/** The whole report as one HTML page; renders the charts unless they are given. */
export async function renderReportHtml(
  summary: Summary,
  context: ReportContext,
  charts?: readonly RenderedChart[],
): Promise<string> {
  const rendered = charts ?? (await renderCharts(summary));
  const targets = targetSection(summary);
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.htmlTitle(context.scenarioName))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(context.scenarioName)}</h1>`,
    facts(context),
    '<section class="targets">',
    `<h2>${escapeHtml(report.section('targets'))}</h2>`,
    targets === null ? `<p>${escapeHtml(report.noTargets())}</p>` : sectionTable(targets),
    '</section>',
    '<section>',
    `<h2>${escapeHtml(report.keyFigures())}</h2>`,
    ...keySections(summary).flatMap((section) => [`<h3>${escapeHtml(section.title)}</h3>`, sectionTable(section)]),
    '</section>',
    '<section>',
    `<h2>${escapeHtml(report.charts())}</h2>`,
    ...rendered.map(
      // The chart's title is drawn in its SVG; the figure names it for screen readers.
      (chart) => `<figure id="${escapeHtml(chart.id)}" aria-label="${escapeHtml(chart.title)}">\n${chart.svg}\n</figure>`,
    ),
    '</section>',
    '<footer>',
    `<h2>${escapeHtml(report.aboutFigures())}</h2>`,
    ...report.footnotes(context.replications, context.days).map((note) => `<p>${escapeHtml(note)}</p>`),
    '</footer>',
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${parts.join('\n')}\n`;
}

/**
 * Every chart of the summary rendered to SVG, in report order, ids inside each SVG prefixed by the
 * chart id so that they stay unique on one page. Chart warnings go to `warnings` when given.
 */
export async function renderCharts(summary: Summary, warnings?: string[]): Promise<RenderedChart[]> {
  const rendered: RenderedChart[] = [];
  for (const { id, title, spec } of chartSpecs(summary)) {
    rendered.push({ id, title, spec, svg: await renderChartSvg(spec, { idPrefix: id, warnings }) });
  }
  return rendered;
}

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function facts(context: ReportContext): string {
  const rows: [string, string][] = [
    [report.factPolicy(), context.policyKind],
    [report.factStaff(), context.staffDescription],
    [report.factRuns(), `${context.replications} × ${context.days}`],
    [report.factSeed(), String(context.seed)],
  ];
  const items = rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`);
  return `<dl class="facts">\n${items.join('\n')}\n</dl>`;
}

/** A section as a table: a label column, then per figure column the value and its "± h". */
function sectionTable(section: Section): string {
  const hasHeader = section.columns.some((column) => column.header !== '');
  const head = hasHeader
    ? `<thead><tr><th class="label"></th>${section.columns
        .map((column) =>
          column.align === 'left'
            ? `<th class="label">${escapeHtml(column.header)}</th>`
            : `<th colspan="2">${escapeHtml(column.header)}</th>`,
        )
        .join('')}</tr></thead>\n`
    : '';
  const body = section.rows.map((row) => tableRow(section, row)).join('\n');
  return `<table class="${escapeHtml(section.id)}">\n${head}<tbody>\n${body}\n</tbody>\n</table>`;
}

function tableRow(section: Section, row: Row): string {
  const label = `<td class="label${row.indent ? ' indent' : ''}">${escapeHtml(row.label)}</td>`;
  const cells = row.cells.map((cell, j) =>
    section.columns[j].align === 'left' ? `<td class="verdict">${escapeHtml(cellText(cell))}</td>` : figureCells(cell),
  );
  const verdict = row.verdict === undefined ? '' : ` class="${row.verdict}"`;
  return `<tr${verdict}>${label}${cells.join('')}</tr>`;
}

function figureCells(cell: FormattedFigure | null): string {
  return `<td class="num">${escapeHtml(cellText(cell))}</td><td class="ci">${escapeHtml(cell?.halfWidth ?? '')}</td>`;
}

function cellText(cell: FormattedFigure | null): string {
  return cell === null ? report.noValue() : valueText(cell);
}
