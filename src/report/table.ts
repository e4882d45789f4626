// The text a manager reads in the terminal after `recepsim run`: a title, the run facts, then one
// compact block per section with labels, values and "± half-width" in aligned columns. Plain
// text, no colours, the same bytes for the same summary.

import type { Summary } from '../metrics/summary/index.js';
import { report } from '../text/messages.js';
import type { ReportContext } from './context.js';
import type { FormattedFigure } from './format.js';
import { keySections, targetSection, type Section } from './sections.js';

const INDENT = '  ';
/** Between the labels and the first column, and between columns. */
const LABEL_GAP = '   ';
const GAP = '  ';

/** The summary as an aligned plain-text table, ending in a newline. */
export function renderSummaryTable(summary: Summary, context: ReportContext): string {
  const sections = [...keySections(summary)];
  const targets = targetSection(summary);
  if (targets !== null) sections.push(targets);
  const labelWidth = Math.max(
    0,
    ...sections.flatMap((section) => section.rows.map((row) => labelOf(row.label, row.indent).length)),
  );
  const lines = [
    runTitle(context),
    report.facts(context.policyKind, context.staffDescription, String(context.seed)),
  ];
  for (const section of sections) lines.push('', ...sectionLines(section, labelWidth));
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}

/** "Scenario — 50 replications × 20 days". */
export function runTitle(context: ReportContext): string {
  return report.title(context.scenarioName, context.replications, context.days);
}

function labelOf(label: string, indent: boolean): string {
  return `${indent ? INDENT + INDENT : INDENT}${label}`;
}

function sectionLines(section: Section, labelWidth: number): string[] {
  const columns = section.columns.map((column, j) => {
    const cells = section.rows.map((row) => row.cells[j]);
    const widthOf = (text: (cell: FormattedFigure | null) => string) => Math.max(0, ...cells.map((cell) => text(cell).length));
    const numberWidth = widthOf(numberOf);
    const unitWidth = widthOf((cell) => cell?.unit ?? '');
    const halfWidthWidth = widthOf((cell) => cell?.halfWidth ?? '');
    const content = numberWidth + (unitWidth > 0 ? 1 + unitWidth : 0) + (halfWidthWidth > 0 ? 1 + halfWidthWidth : 0);
    return { ...column, numberWidth, unitWidth, halfWidthWidth, width: Math.max(column.header.length, content) };
  });
  // A cell is number, unit and "± h", each aligned within its column; words are left-aligned.
  const cellText = (cell: FormattedFigure | null, j: number): string => {
    const column = columns[j];
    if (column.align === 'left') return numberOf(cell).padEnd(column.width);
    const unit = column.unitWidth > 0 ? ` ${(cell?.unit ?? '').padEnd(column.unitWidth)}` : '';
    const halfWidth = column.halfWidthWidth > 0 ? ` ${(cell?.halfWidth ?? '').padEnd(column.halfWidthWidth)}` : '';
    return `${numberOf(cell).padStart(column.numberWidth)}${unit}${halfWidth}`.padStart(column.width);
  };
  const header = columns.map((column) =>
    column.align === 'left' ? column.header.padEnd(column.width) : column.header.padStart(column.width),
  );
  const title = section.title.padEnd(labelWidth);
  const lines = [columns.some((column) => column.header !== '') ? `${title}${LABEL_GAP}${header.join(GAP)}` : section.title];
  for (const row of section.rows) {
    const cells = row.cells.map(cellText);
    lines.push(`${labelOf(row.label, row.indent).padEnd(labelWidth)}${LABEL_GAP}${cells.join(GAP)}`);
  }
  return lines;
}

/** A cell's number ("—" for an undefined figure). */
function numberOf(cell: FormattedFigure | null): string {
  return cell === null ? report.noValue() : cell.number;
}
