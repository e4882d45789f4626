// `compare`: variants of one scenario (or several scenario files) on common random numbers, side
// by side, with paired differences against the first. Load every variant → simulate them on one
// pool → summarise → compare (src/analysis/compare.ts) → files.

import { basename } from 'node:path';
import { estimateCalls } from '../analysis/call-estimate.js';
import { compareVariants, type CompareResult } from '../analysis/compare.js';
import { DEFAULT_ENGINE, type EngineName } from '../engine/engines.js';
import type { OverrideFlag } from '../io/overrides.js';
import { slug } from '../io/results-folder.js';
import type { Variant } from '../io/variants.js';
import { summarise, type Summary } from '../metrics/summary/index.js';
import { InputError, type InputIssue } from '../model/issues.js';
import { toCsv, type CsvCell, type CsvLocale } from '../text/csv.js';
import { reportLanguage, type ReportLanguage } from '../text/report/index.js';
import { keyFigure } from '../analysis/key-figures.js';
import { keyFigureColumn, scaled, shownScale } from './points.js';
import { compareText, variantText } from '../text/messages.js';
import { planningReportFiles, reportChoice, type ReportOptions } from './planning-report.js';
import { loadVariant, readScenarioSource, type LoadedVariant } from './load.js';
import { configurationFiles } from './configuration-files.js';
import { inEveryLanguage, jsonText, type PlanningOutcome, uniqueFolderName, variantFacts, version, warningsInEveryLanguage } from './outputs.js';
import { AS_WRITTEN_FOLDER } from '../report/planning/input.js';
import { type ExecutionOptions, resultsFolderFor, simulateAll, writeFiles } from './execution.js';

/** What to compare. */
export interface CompareOptions extends ExecutionOptions, ReportOptions {
  /** One scenario file (with `variants`), or several files to compare as they are. */
  readonly scenarios: readonly string[];
  /** Variants of the one scenario; the scenario as written comes first. */
  readonly variants?: readonly Variant[];
  /** Changes applied to every variant (`--set`, `--reps`, `--days`, `--seed`). */
  readonly common?: readonly OverrideFlag[];
}

/** What `compare` found and wrote. */
export interface CompareOutcome extends PlanningOutcome<CompareResult> {
  readonly variants: readonly LoadedVariant[];
  readonly summaries: readonly Summary[];
}

/** Runs a comparison; InputError (before anything is simulated) for bad input. */
export async function compare(options: CompareOptions): Promise<CompareOutcome> {
  const startedAt = options.startedAt ?? new Date();
  const started = performance.now();

  // 1. Load every variant, collecting every problem.
  const variants = loadComparison(options);
  const warnings = comparisonWarnings(variants);
  const seeds = variants.map((variant) => variant.config.seed);
  const folder = resultsFolderFor({ ...options, startedAt }, `${variants[0].fileScenarioName} compare`);
  // The variants run together: their sizes add up.
  options.checkSize?.(variants.map((variant) => variant.config));

  // 2. Simulate every variant on one pool.
  const engine = options.engine ?? DEFAULT_ENGINE;
  const { results, workers, events } = await simulateAll(
    variants.map((variant) => ({ configuration: variant, first: 0, count: variant.config.replications })),
    { ...options, engine },
  );

  // 3. Summarise and compare.
  const taken = new Set<string>();
  const outcomes = variants.map((variant, index) => {
    const runs = results[index].map((result) => result.totals);
    return {
      label: variant.label,
      overrides: variant.overrides,
      notes: variant.notes.map((note) => note.message),
      // The file as written has the same folder in every language (scripts rely on the path; the report on it, to word the label).
      folder: `variants/${uniqueFolderName(index === 0 && variant.label === variantText.asWritten() ? AS_WRITTEN_FOLDER.slice('variants/'.length) : variant.label, taken, slug)}`,
      settings: variant.config,
      runs,
      summary: summarise(variant.config, runs),
      callEstimate: estimateCalls(variant.scenario, variant.config),
    };
  });
  const result = compareVariants(outcomes, { days: variants[0].config.days, seeds });

  // 4. Files, and the report.
  const { language, csvLocale } = reportChoice(options, variants[0].scenario.locale);
  const files: Record<string, string> = {
    'compare.json': jsonText(result),
    'compare.csv': compareCsv(result, language, csvLocale, variants[0].scenario.economics.currency),
  };
  outcomes.forEach((outcome, index) => Object.assign(files, configurationFiles(outcome.folder, variants[index].scenario, outcome.summary, variants[index].warnings)));
  files['run.json'] = jsonText({
    recepsim: version(),
    command: 'compare',
    scenarioFiles: options.scenarios,
    variants: variants.map(variantFacts),
    engine,
    workers,
    startedAt: startedAt.toISOString(),
    seconds: (performance.now() - started) / 1000,
    events,
    // The warnings, and what each variant's changes did, in every language (the same loads word
    // them there), for the report.
    scenarioWarnings: warningsInEveryLanguage(warnings, () => comparisonWarnings(loadComparison(options))),
    variantNotes: inEveryLanguage(variantNotes(variants), variants.every((variant) => variant.notes.length === 0), () => variantNotes(loadComparison(options))),
  });
  if (options.report ?? true) Object.assign(files, await planningReportFiles(files, language, csvLocale));
  writeFiles(folder, files);
  return { result, variants, summaries: outcomes.map((outcome) => outcome.summary), warnings, files, folder, language };
}


/**
 * The variants' warnings, each once — a variant's that repeats one of the file's (same field,
 * same words) is the file's — then the comparison's own.
 */
function comparisonWarnings(variants: readonly LoadedVariant[]): InputIssue[] {
  const seenIssues = new Set<string>();
  const seenWords = new Set<string>();
  const warnings = variants
    .flatMap((variant) => variant.warnings)
    .filter((issue) => {
      const whole = JSON.stringify(issue);
      const words = JSON.stringify([issue.path, issue.message]);
      const fromFlag = issue.file === undefined || issue.file.startsWith('--');
      const repeat = seenIssues.has(whole) || (fromFlag && seenWords.has(words));
      seenIssues.add(whole);
      seenWords.add(words);
      return !repeat;
    });
  const seeds = variants.map((variant) => variant.config.seed);
  if (seeds.some((seed) => seed !== seeds[0])) warnings.push({ path: [], message: compareText.seedsDiffer() });
  const reps = variants.map((variant) => variant.config.replications);
  if (reps.some((count) => count !== reps[0])) warnings.push({ path: [], message: compareText.replicationsDiffer(Math.min(...reps)) });
  // A variant simulating what an earlier one does (advisors=3 on a file of three) adds nothing but time.
  const simulated = variants.map((variant) => JSON.stringify({ ...variant.config, name: '' }));
  simulated.forEach((configuration, index) => {
    const earlier = simulated.indexOf(configuration);
    if (earlier < index) warnings.push({ path: [], message: compareText.sameAs(variants[index].label, variants[earlier].label) });
  });
  return warnings;
}

/** What each variant's changes did, as worded. */
function variantNotes(variants: readonly LoadedVariant[]): string[][] {
  return variants.map((variant) => variant.notes.map((note) => note.message));
}

/** Loads the variants to compare; one InputError with every problem. */
function loadComparison(options: CompareOptions): LoadedVariant[] {
  const variants = options.variants ?? [];
  if (options.scenarios.length === 0) throw new InputError([{ path: [], message: compareText.nothingToCompare() }]);
  if (options.scenarios.length > 1 && variants.length > 0) throw new InputError([{ path: [], message: compareText.variantsOfOneScenario() }]);
  if (options.scenarios.length === 1 && variants.length === 0) throw new InputError([{ path: [], message: compareText.nothingToCompare() }]);
  const labels = new Set<string>();
  for (const variant of variants) {
    if (labels.has(variant.label)) throw new InputError([{ path: [], message: compareText.duplicateLabel(variant.label) }]);
    labels.add(variant.label);
  }
  const issues: InputIssue[] = [];
  const loaded: LoadedVariant[] = [];
  const attempt = (load: () => LoadedVariant) => {
    try {
      loaded.push(load());
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(...error.issues);
    }
  };
  if (options.scenarios.length === 1) {
    const source = readScenarioSource(options.scenarios[0]);
    attempt(() => loadVariant({ source, common: options.common, key: 'variant-0' }));
    variants.forEach((variant, index) => attempt(() => loadVariant({ source, common: options.common, variant, key: `variant-${index + 1}` })));
  } else {
    options.scenarios.forEach((path, index) => attempt(() => loadVariant({ source: path, common: options.common, key: `variant-${index}` })));
  }
  if (issues.length > 0) throw new InputError(issues);
  if (options.scenarios.length > 1) return labelledByName(loaded, options.scenarios);
  return loaded;
}

/** Files compared as they are: each labelled by its scenario's name, or by its file name where names repeat. */
function labelledByName(loaded: readonly LoadedVariant[], paths: readonly string[]): LoadedVariant[] {
  const names = loaded.map((variant) => variant.scenario.name);
  return loaded.map((variant, index) => ({
    ...variant,
    label: names.filter((name) => name === names[index]).length > 1 ? basename(paths[index]) : names[index],
  }));
}

/** compare.csv: one row per figure and variant, with its unit, and the difference against the first variant. */
export function compareCsv(result: CompareResult, language: ReportLanguage = reportLanguage('en'), locale: CsvLocale = 'en', currency = 'EUR'): string {
  const words = language.text.planning.csv;
  const rows: CsvCell[][] = [];
  for (const figure of result.figures) {
    const definition = keyFigure(figure.path);
    const scale = shownScale(definition);
    const unit = keyFigureColumn(definition, language, currency).slice(figure.path.length + 1);
    figure.values.forEach((value, index) => {
      const difference = figure.differences[index];
      rows.push([
        figure.path,
        unit,
        result.variants[index].label,
        scaled(value.value, scale),
        scaled(value.ci95?.[0], scale),
        scaled(value.ci95?.[1], scale),
        scaled(difference?.value, scale),
        scaled(difference?.ci95?.[0], scale),
        scaled(difference?.ci95?.[1], scale),
        difference === null ? null : difference.real,
      ]);
    });
  }
  return toCsv(
    [words.figure, words.unit, words.variant, words.value, words.low, words.high, words.difference, words.differenceLow, words.differenceHigh, words.differenceReal],
    rows,
    locale,
  );
}
