// `recepsim calibrate <scenario> --calls … --appointments … --visits …`: writes a new scenario
// with the values estimated from the dealership's own exports merged in, each commented with its
// source file, dates and sample size, and graded in `sources`. The original's comments and layout
// are kept; the result is validated before anything is written.

import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { stringify } from 'yaml';
import { loadScenario, readScenarioText, siblingReader } from '../../io/load-scenario.js';
import { loadScenarioFromText } from '../../io/load-scenario-text.js';
import { checkNewFile, writeNewFile } from '../../io/output-file.js';
import { calibratedScenarioYaml } from '../../io/scenario-yaml.js';
import { parseYamlValue } from '../../io/source-map.js';
import { type InputIssue, InputError, WarningList } from '../../model/issues.js';
import type { ScenarioEdit, ScenarioFragment } from '../../model/scenario-edit.js';
import { clockToMin } from '../../model/schema/common.js';
import type { Scenario } from '../../model/schema/index.js';
import { calibrate as text, cli, reading } from '../../text/messages.js';
import { IMPORT_KINDS, type ImportKind, importFile, type ImportOptions, type ScenarioContext } from '../calibration-sources.js';
import { checkFlags, flag } from '../flags.js';
import { speakScenarioLanguage } from '../report-language.js';
import { printWarnings } from '../terminal.js';
import { importFlags, readImportFlags } from './import.js';

interface CalibrateArgs {
  readonly scenario: string;
  readonly calls?: string;
  readonly appointments?: string;
  readonly visits?: string;
  readonly out?: string;
  readonly map: readonly string[];
  readonly strict: boolean;
  readonly 'redial-window': number;
  readonly queue?: string;
  readonly lang?: string;
}

/** The `calibrate` command. */
export const calibrateCommand: DescribedCommand<CalibrateArgs> = {
  command: 'calibrate <scenario>',
  describe: 'write a new scenario with values estimated from your exports (--calls, --appointments, --visits)',
  builder: (yargs: Argv) =>
    importFlags(
      yargs
        .positional('scenario', { type: 'string', demandOption: true, describe: 'the scenario to start from (.yaml, .yml or .json)' })
        .option('calls', { type: 'string', describe: "the phone system's call log (CSV)" })
        .option('appointments', { type: 'string', describe: 'the appointment book (CSV)' })
        .option('visits', { type: 'string', describe: 'the reception log (CSV)' })
        .option('out', { type: 'string', describe: 'the new scenario file (default: <scenario>-calibrated.yaml beside it)' }),
    ) as unknown as Argv<CalibrateArgs>,
  arguments: {
    positionals: { scenario: { expects: cli.expectedScenarioFile, file: 'input' } },
    fileFlags: {
      calls: { expects: cli.expectedCsvFile, file: 'input' },
      appointments: { expects: cli.expectedCsvFile, file: 'input' },
      visits: { expects: cli.expectedCsvFile, file: 'input' },
      out: { expects: text.yamlOut, file: 'output' },
    },
  },
  handler: (args) => calibrateScenario(args),
};

async function calibrateScenario(args: CalibrateArgs): Promise<void> {
  // Messages and the comments written speak --lang, else the scenario's locale, else LANG.
  speakScenarioLanguage(args, args.scenario, process.env);
  // 1. Check the flags and the output before reading anything.
  const files = IMPORT_KINDS.flatMap((kind) => (args[kind] === undefined ? [] : [[kind, args[kind]!] as const]));
  const out = args.out ?? defaultOut(args.scenario);
  if (files.length === 0) throw new InputError([{ path: [], message: text.needsAFile() }]);
  checkFlags([
    flag('--out', out, (v) => /\.ya?ml$/i.test(v), text.yamlOut()),
    flag('--out', out, (v) => resolve(v) !== resolve(args.scenario), text.notTheScenario()),
  ]);
  const { options, warnings: flagWarnings } = readImportFlags(args, files.map(([kind]) => kind));
  const maps = mapsByKind(args.map, files.map(([kind]) => kind));
  checkNewFile(out);

  // 2. The scenario as it is: valid, or nothing to calibrate.
  const warnings = new WarningList();
  const { scenario } = loadScenario(args.scenario, { warnings });
  const original = readScenarioText(args.scenario);
  if ('failure' in original) throw new InputError([{ path: [], message: reading.cannotRead(args.scenario, original.failure) }]);

  // 3. Each export into a fragment, read against the scenario.
  const context = scenarioContext(scenario);
  const fragments: ScenarioFragment[] = [...movedBook(original.text, args.scenario, out)];
  const importWarnings: InputIssue[] = [...flagWarnings];
  for (const [kind, path] of files) {
    // Hints name a column in the form calibrate takes, --map "calls:<column>=status".
    const imported = await importFile(kind, path, { ...options, map: maps[kind], mapKind: kind }, context);
    fragments.push(imported.fragment);
    importWarnings.push(...imported.warnings);
  }

  // 4. Merge, and check the result as `run` will read it.
  const calibrated = calibratedScenarioYaml(original.text, fragments);
  const resultWarnings = checkResult(calibrated, out);
  printWarnings([...importWarnings, ...resultWarnings], process.stderr);

  // 5. Write it, and say what changed.
  writeNewFile(out, calibrated);
  process.stdout.write(`${changes(args.scenario, out, fragments)}\n`);
  process.stderr.write(`${cli.wroteFile(out)}\n`);
}

/** `<folder>/<name>-calibrated.yaml` beside the scenario. */
function defaultOut(scenarioPath: string): string {
  const name = basename(scenarioPath, extname(scenarioPath));
  return join(dirname(scenarioPath), `${name}-calibrated.yaml`);
}

/** `--map kind:column=field` by kind; without a kind, a map applies to the only file given. */
function mapsByKind(maps: readonly string[], kinds: readonly ImportKind[]): Record<ImportKind, string[]> {
  const byKind: Record<ImportKind, string[]> = { calls: [], appointments: [], visits: [] };
  const issues: InputIssue[] = [];
  for (const map of maps) {
    const colon = map.indexOf(':');
    const prefix = colon > 0 ? map.slice(0, colon) : '';
    if ((IMPORT_KINDS as readonly string[]).includes(prefix)) {
      // A map for a file not given would change nothing: refused, not ignored.
      // Kept as typed, so a problem with it quotes it so; the reader drops the kind.
      if (kinds.includes(prefix as ImportKind)) byKind[prefix as ImportKind].push(map);
      else issues.push({ path: [], message: cli.badFlag('--map', text.mapForAGivenFile(kinds), map) });
    }
    else if (kinds.length === 1) byKind[kinds[0]].push(map);
    else issues.push({ path: [], message: cli.badFlag('--map', text.mapNeedsKind(kinds), map) });
  }
  if (issues.length > 0) throw new InputError(issues);
  return byKind;
}

/** What the importers need to know of the scenario: its call reasons and opening hours. */
function scenarioContext(scenario: Scenario): ScenarioContext {
  return {
    calls: { reasons: scenario.calls?.reasons, week: scenario.week },
    opening: scenario.steadyState === undefined ? { openMin: clockToMin(scenario.day.open), closeMin: clockToMin(scenario.day.close), week: scenario.week } : undefined,
  };
}

/** A book file named relative to the scenario, named relative to the new scenario when it lands in another folder. */
function movedBook(scenarioText: string, from: string, to: string): ScenarioFragment[] {
  const parsed = parseYamlValue(scenarioText);
  const slots = 'value' in parsed ? (parsed.value as { appointments?: { slots?: { file?: unknown } } } | null)?.appointments?.slots : undefined;
  const file = slots !== null && typeof slots === 'object' && !Array.isArray(slots) ? slots.file : undefined;
  if (typeof file !== 'string' || isAbsolute(file) || resolve(dirname(from)) === resolve(dirname(to))) return [];
  const moved = relative(dirname(resolve(to)), resolve(dirname(from), file));
  const edit: ScenarioEdit = { path: ['appointments', 'slots', 'file'], value: moved };
  return [{ header: [], edits: [edit], warnings: [], evidence: '' }];
}

/** Loads the calibrated text as `run` would; its problems are reported as the result's, nothing written. */
function checkResult(textOut: string, out: string): InputIssue[] {
  const warnings = new WarningList();
  try {
    loadScenarioFromText(textOut, out, { warnings, readSibling: siblingReader(dirname(resolve(out))) });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // The file is not written: its lines mean nothing to the reader, the fields do.
    throw new InputError([{ path: [], message: text.invalidResult(out) }, ...error.issues.map(({ path, message }) => ({ path, message }))]);
  }
  return warnings.issues.map(({ path, message }) => ({ path, message, file: out }));
}

/** Each calibrated field, as it was and as it is now. */
function changes(from: string, to: string, fragments: readonly ScenarioFragment[]): string {
  const lines = [text.changesHeader(from, to)];
  for (const fragment of fragments) {
    for (const edit of fragment.edits) {
      if (edit.path.at(-1) === 'file') continue;
      lines.push(text.change(edit.path.join('.'), edit.value === undefined ? text.removed() : compact(edit.value)));
    }
  }
  return lines.join('\n');
}

function compact(value: unknown): string {
  // An hourly profile reads best as its day: "79.6 a day over 11 hours".
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([key, rate]) => /^\d\d$/.test(key) && typeof rate === 'number')) {
      return text.perDay(entries.reduce((sum, [, rate]) => sum + (rate as number), 0), entries.length);
    }
  }
  const line = stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  return line.length > 110 ? `${line.slice(0, 107)}…` : line;
}
