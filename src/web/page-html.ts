// The what-if page as one HTML file: the scenario and the five bundles (page, simulation,
// summary, chart and goal-seek workers) are embedded as JSON, and a few lines start the page from them. The
// workers start from blob: URLs, which is what lets the same file run from a local server and by
// double-click from disk (a file:// page may not load workers from files), with no network.

import type { Scenario } from '../model/schema/index.js';
import { STATUS_COLOURS, STATUS_TEXT_COLOURS, STATUSES } from '../report/verdict.js';
import type { ReportLanguageCode } from '../text/report/index.js';
import { whatIfText } from '../text/whatif/index.js';

/** The bundled code of the page (built by `npm run build` into dist/web/). */
export interface PageBundles {
  readonly page: string;
  readonly simWorker: string;
  readonly summaryWorker: string;
  readonly chartWorker: string;
  readonly goalSeekWorker: string;
}

/** What the page is about: the validated scenario and where it came from. */
export interface PageData {
  readonly scenario: Scenario;
  /** The scenario file's name, for the page and the files it downloads. */
  readonly sourceName: string;
  /** Warnings about the scenario as loaded, already worded. */
  readonly warnings: readonly string[];
  /** The page's language unless its URL says otherwise. */
  readonly language: ReportLanguageCode;
  /** recepsim's version, for the reports the page writes. */
  readonly version: string;
}

/** Ids of the embedded parts, shared with the page's code. */
export const EMBEDDED = {
  data: 'recepsim-data',
  page: 'recepsim-page-code',
  simWorker: 'recepsim-sim-worker-code',
  summaryWorker: 'recepsim-summary-worker-code',
  chartWorker: 'recepsim-chart-worker-code',
  goalSeekWorker: 'recepsim-goal-seek-worker-code',
  app: 'recepsim-app',
} as const;

/** The whole page. */
export function whatIfPageHtml(bundles: PageBundles, data: PageData): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${data.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may be fetched: scripts only from this page and its blob: workers, no connections at all
    // ('unsafe-eval' because vega compiles its chart expressions to functions).
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'">`,
    `<title>${escapeHtml(whatIfText(data.language).title(data.scenario.name))}</title>`,
    `<style>${STYLE}\n${STATUS_STYLE}</style>`,
    '</head>',
    '<body>',
    `<div id="${EMBEDDED.app}"><p class="loading">${escapeHtml(whatIfText(data.language).waiting)}</p></div>`,
    jsonScript(EMBEDDED.data, data),
    jsonScript(EMBEDDED.simWorker, bundles.simWorker),
    jsonScript(EMBEDDED.summaryWorker, bundles.summaryWorker),
    jsonScript(EMBEDDED.chartWorker, bundles.chartWorker),
    jsonScript(EMBEDDED.goalSeekWorker, bundles.goalSeekWorker),
    jsonScript(EMBEDDED.page, bundles.page),
    `<script>${BOOT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// Runs the page's bundle from its JSON (a blob: script, so no text of it is ever parsed as HTML).
const BOOT =
  `(function(){var code=JSON.parse(document.getElementById(${JSON.stringify(EMBEDDED.page)}).textContent);` +
  `var s=document.createElement('script');s.src=URL.createObjectURL(new Blob([code],{type:'text/javascript'}));document.body.appendChild(s);})();`;

/** A value as JSON inside a script element: "<" escaped so nothing in it can close the element. */
function jsonScript(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The statuses in the report's own colours, each with the text colour readable on it.
const STATUS_STYLE = STATUSES.map((status) => `.status-${status} { --status: ${STATUS_COLOURS[status]}; --on-status: ${STATUS_TEXT_COLOURS[status]}; }`).join('\n');

const STYLE = `
:root { --green: #1a7f37; --amber: #9a6700; --red: #c62828; --ink: #1d1d1b; --muted: #5b5b57; --line: #e3e3df; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f6f4; color: var(--ink); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
.loading { padding: 24px; }
header.top { padding: 16px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); }
header.top h1 { font-size: 1.45em; margin: 0 0 4px; }
header.top p { margin: 4px 0; color: var(--muted); max-width: 70em; }
.layout { display: grid; grid-template-columns: minmax(300px, 360px) 1fr; gap: 16px; padding: 16px 24px 48px; align-items: start; }
.panel, .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.panel { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; }
/* The results never widen the page: a table wider than its column (three variants, a phone) scrolls inside its card. */
.results { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; min-width: 0; }
.results .card { overflow-x: auto; }
/* Printed, nothing scrolls: a wide table's figures wrap to the sheet instead of being cut at its edge. */
@media print {
  .results .card { overflow: visible; }
  .results .card td.num { white-space: normal; }
}
/* One column on a tablet or phone: the controls come first and scroll away, never covering the results. */
@media (max-width: 900px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  .panel { position: static; max-height: none; overflow: visible; }
}
h2 { font-size: 1.1em; margin: 4px 0 10px; }
fieldset { border: 0; border-top: 1px solid var(--line); margin: 10px 0 0; padding: 8px 0 0; }
legend { font-weight: 600; padding: 0 6px 0 0; color: var(--muted); font-size: 0.9em; text-transform: uppercase; letter-spacing: 0.03em; }
.field { margin: 6px 0 10px; }
.field label { display: block; font-weight: 500; }
.field .hint { display: block; color: var(--muted); font-size: 0.85em; }
.field input, .field select { font: inherit; padding: 4px 6px; border: 1px solid #b9b9b4; border-radius: 4px; width: 100%; max-width: 16em; background: #fff; }
.field select { max-width: 100%; }
.field input[type=number], .field input.decimal, .field input.clock { max-width: 8em; }
.field input:focus, .field select:focus, button:focus, [role=tab]:focus { outline: 3px solid #8bb8ee; outline-offset: 1px; }
.field input[aria-invalid=true] { border-color: var(--red); background: #fff5f5; }
.field .error { display: block; color: var(--red); font-size: 0.9em; margin-top: 2px; }
.field.off { display: none; }
.field.absent input { color: var(--muted); }
.stepper { display: flex; gap: 4px; align-items: center; }
.stepper button { width: 2em; }
button { font: inherit; padding: 4px 10px; border: 1px solid #b9b9b4; border-radius: 4px; background: #fafaf8; cursor: pointer; }
button:hover { background: #eef3fa; }
button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
.tabs { display: flex; gap: 4px; flex-wrap: wrap; margin-bottom: 6px; }
[role=tab] { border-radius: 4px 4px 0 0; }
[role=tab][aria-selected=true] { background: var(--accent); color: #fff; border-color: var(--accent); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 12px; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 4px 8px; border-bottom: 1px solid #eee; vertical-align: baseline; }
th { text-align: right; font-weight: 600; color: var(--muted); }
th.label, td.label { text-align: left; }
th.selected { color: var(--accent); }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num .ci { color: var(--muted); font-size: 0.9em; margin-left: 4px; }
td.num .diff { font-size: 0.82em; color: var(--muted); }
td.num .diff-mark { border-radius: 3px; padding: 0 4px; white-space: nowrap; }
td.num .diff-better .diff-mark { background: var(--green); color: #fff; }
td.num .diff-worse .diff-mark { background: var(--red); color: #fff; }
#goal-seek .answer { font-weight: 600; font-size: 1.05em; }
#goal-seek ul.binding { margin: 2px 0 8px; padding-left: 20px; }
#goal-seek table { margin-top: 10px; }
#goal-seek caption { text-align: left; color: var(--muted); font-size: 0.9em; padding-bottom: 4px; }
#goal-seek tr.answer th, #goal-seek tr.answer td { background: #eef3fa; font-weight: 600; }
#goal-seek td .mark { border-radius: 4px; padding: 0 6px; font-size: 0.85em; background: var(--status); color: var(--on-status); white-space: nowrap; }
.hint { color: var(--muted); font-size: 0.9em; margin: 2px 0 6px; }
.diff-note { color: var(--muted); font-size: 0.85em; margin: 8px 0 0; }
.verdicts { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 8px; }
.verdict { border-radius: 6px; padding: 8px 10px; border: 1px solid var(--line); border-left: 6px solid var(--status, var(--line)); }
.verdict h3 { margin: 0 0 2px; font-size: 1em; }
.verdict p { margin: 3px 0; font-size: 0.92em; }
.verdict .mark { display: inline-block; min-width: 7.5em; border-radius: 4px; padding: 0 6px; font-weight: 600; font-size: 0.9em; background: var(--status); color: var(--on-status); }
.progress { color: var(--muted); font-size: 0.85em; }
.stale { opacity: 0.45; }
.problems { color: var(--red); font-size: 0.9em; margin: 4px 0; }
.warnings { color: var(--amber); font-size: 0.9em; margin: 4px 0; }
.charts { display: grid; grid-template-columns: 1fr; gap: 12px; }
.charts figure { margin: 0; overflow-x: auto; }
.charts svg { max-width: 100%; height: auto; }
.note ul { margin: 4px 0; padding-left: 20px; } .note li { margin: 3px 0; color: #333; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
