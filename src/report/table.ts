// The text a manager reads in the terminal after `recepsim run`, in the report's language: a title,
// the run facts, the verdict in words, the targets, then one compact block per section with labels,
// values and "± half-width" in aligned columns. Plain text, no colours, the same bytes for the same
// summary.

import type { Summary } from '../metrics/summary/index.js';
import { daysPerReplication, policyText, scenarioTitle, staffDescription, type ReportContext } from './context.js';
import type { FormattedFigure } from './format.js';
import { keySections, targetSection, type Section } from './sections.js';
import { summaryVerdict, verdictSentences } from './verdict-text.js';

const INDENT = '  ';
/** Between the labels and the first column, and between columns. */
const LABEL_GAP = '   ';
const GAP = '  ';
/** Verdict sentences are wrapped to this width. */
const TEXT_WIDTH = 100;

/** The summary as an aligned plain-text table, ending in a newline. */
export function renderSummaryTable(summary: Summary, context: ReportContext): string {
  const { language, scenario } = context;
  const { text } = language;
  const sections = [...keySections(summary, language)];
  const targets = targetSection(summary, language);
  if (targets !== null) sections.unshift(targets);
  const labelWidth = Math.max(
    0,
    ...sections.flatMap((section) => section.rows.map((row) => labelOf(row.label, row.indent).length)),
  );
  const { variant } = scenarioTitle(context);
  const lines = [runTitle(context)];
  if (variant !== null) lines.push(variant);
  lines.push(text.facts(policyText(scenario.policy, context.language), staffDescription(context), String(scenario.seed)));
  lines.push('', text.sections.verdict);
  for (const sentence of verdictSentences(summary, summaryVerdict(summary), language)) {
    lines.push(...wrap(sentence, TEXT_WIDTH - INDENT.length).map((line) => `${INDENT}${line}`));
  }
  for (const section of sections) lines.push('', ...sectionLines(section, labelWidth, text.noValue));
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}

/** "Scenario — 50 replications × 20 days". */
export function runTitle(context: ReportContext): string {
  const { scenario, language } = context;
  return language.text.title(scenario.name, scenario.replications, daysPerReplication(scenario));
}

/** Words wrapped into lines of at most `width` characters (a longer word keeps its own line). */
function wrap(sentence: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of sentence.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function labelOf(label: string, indent: boolean): string {
  return `${indent ? INDENT + INDENT : INDENT}${label}`;
}

function sectionLines(section: Section, labelWidth: number, noValue: string): string[] {
  const numberOf = (cell: FormattedFigure | null) => (cell === null ? noValue : cell.number);
  const columns = section.columns.map((column, j) => {
    const cells = section.rows.map((row) => aligned(row.cells[j]));
    const widthOf = (text: (cell: FormattedFigure | null) => string) => Math.max(0, ...cells.map((cell) => text(cell).length));
    const numberWidth = widthOf(numberOf);
    const unitWidth = widthOf(unitOf);
    const halfWidthWidth = widthOf((cell) => cell?.halfWidth ?? '');
    const content = numberWidth + unitWidth + (halfWidthWidth > 0 ? 1 + halfWidthWidth : 0);
    return { ...column, numberWidth, unitWidth, halfWidthWidth, width: Math.max(column.header.length, content) };
  });
  // A cell is number, unit and "± h", each aligned within its column; words are left-aligned.
  const cellText = (given: FormattedFigure | null, j: number): string => {
    const cell = aligned(given);
    const column = columns[j];
    if (column.align === 'left') return numberOf(cell).padEnd(column.width);
    const unit = unitOf(cell).padEnd(column.unitWidth);
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

/**
 * A cell as a number column and a unit column: a unit written before the number ("€906") stays
 * with it, so that numbers and units line up in columns of either language.
 */
/** A cell's unit as written after its number, with what joins them: " min", "%", " %". */
function unitOf(cell: FormattedFigure | null): string {
  return cell === null || cell.unit === '' ? '' : `${cell.joiner}${cell.unit}`;
}

function aligned(cell: FormattedFigure | null): FormattedFigure | null {
  if (cell === null || !cell.unitFirst) return cell;
  return { ...cell, number: `${cell.unit}${cell.joiner}${cell.number}`, unit: '', unitFirst: false };
}

