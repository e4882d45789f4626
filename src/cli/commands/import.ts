// `recepsim import calls|appointments|visits <file.csv>`: reads a dealership's export and prints
// a scenario fragment (YAML) with the estimated values, each commented with its interval, sample
// size and source; or writes it with --out. Warnings (bad rows skipped, estimates the data could
// not support, approximations) go to stderr.

import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { fragmentValue, fragmentYaml } from '../../io/scenario-yaml.js';
import { checkNewFile, writeNewFile } from '../../io/output-file.js';
import { cli } from '../../text/messages.js';
import { IMPORT_KINDS, type ImportKind, importFile, type ImportOptions } from '../calibration-sources.js';
import type { InputIssue } from '../../model/issues.js';
import { checkFlags, flag, typedTexts } from '../flags.js';
import { languageFlagCheck, languageOption } from '../report-language.js';
import { printWarnings, rawArguments } from '../terminal.js';

interface ImportArgs {
  readonly kind: string;
  readonly file: string;
  readonly map: readonly string[];
  readonly strict: boolean;
  readonly out?: string;
  readonly json: boolean;
  readonly 'redial-window': number;
  readonly queue?: string;
  readonly lang?: string;
}

/** Flags shared by `import` and `calibrate`. */
export function importFlags<T>(yargs: Argv<T>) {
  return languageOption(yargs, 'language of the messages and of the comments written: es or en (default: LANG)')
    .option('map', { type: 'string', array: true, default: [], requiresArg: true, describe: 'name the column of a field: --map "Hora inicio=time" (repeatable)' })
    .option('strict', { type: 'boolean', default: false, describe: 'stop at the first unreadable row (default: skip and count them)' })
    .option('redial-window', { type: 'number', default: REDIAL_WINDOW_MIN, requiresArg: true, describe: 'calls: minutes after a failed attempt within which the same caller is redialling' })
    .option('queue', { type: 'string', describe: 'calls: keep only the calls of this queue (needs a queue column)' });
}

/** The default of --redial-window, minutes. */
const REDIAL_WINDOW_MIN = 120;

/** Flags that only a call log reads. */
const CALL_LOG_FLAGS = ['redial-window', 'queue'] as const;

/**
 * Checks the shared flags and gives the import options, with a warning for each call-log flag
 * typed when no call log is read (`kinds`: the kinds of the files given): it changes nothing.
 */
export function readImportFlags(
  args: { readonly map: readonly string[]; readonly strict: boolean; readonly queue?: string; readonly lang?: string },
  kinds: readonly ImportKind[],
): { readonly options: ImportOptions; readonly warnings: InputIssue[] } {
  // The text as typed (yargs' number would take '0x10' or '1e1'); the default when not given.
  const window = typedTexts(rawArguments(), 'redial-window').at(-1) ?? String(REDIAL_WINDOW_MIN);
  checkFlags([
    languageFlagCheck(args),
    flag('--redial-window', window, (v) => /^\d+(\.\d+)?$/.test(v.trim()) && Number(v) > 0 && Number(v) <= 1440, cli.redialWindowExpected()),
    flag('--queue', args.queue, (v) => v.trim() !== '', cli.queueExpected()),
  ]);
  const typed = kinds.includes('calls') ? [] : CALL_LOG_FLAGS.flatMap((name) => typedTexts(rawArguments(), name).map((value) => `--${name} ${value}`));
  const warnings = typed.map((label) => ({ path: [], file: label, message: cli.callLogFlagUnused() }));
  return { options: { map: args.map, strict: args.strict, redialWindowMin: Number(window), queue: args.queue, answeredWithinSec: 20 }, warnings };
}

/** The `import` command. */
export const importCommand: DescribedCommand<ImportArgs> = {
  command: 'import <kind> <file>',
  describe: `estimate scenario values from a CSV export (${IMPORT_KINDS.join(', ')})`,
  builder: (yargs: Argv) =>
    importFlags(
      yargs
        .positional('kind', { type: 'string', demandOption: true, describe: `what the file is: ${IMPORT_KINDS.join(', ')}` })
        .positional('file', { type: 'string', demandOption: true, describe: 'the CSV file (, ; tab or | separated, UTF-8, Windows-1252 or UTF-16)' })
        .option('out', { type: 'string', describe: 'write the fragment to this new file instead of printing it' })
        .option('json', { type: 'boolean', default: false, describe: 'print the values and every estimate (intervals, sample sizes) as JSON' }),
    ) as unknown as Argv<ImportArgs>,
  arguments: {
    positionals: { kind: { expects: () => cli.expectedImportKind(IMPORT_KINDS) }, file: { expects: cli.expectedCsvFile, file: 'input' } },
    fileFlags: { out: { expects: cli.expectedFileName, file: 'output' } },
  },
  handler: (args) => importCommandHandler(args),
};

async function importCommandHandler(args: ImportArgs): Promise<void> {
  // 1. Check the flags, and that the output can be written, before reading anything.
  checkFlags([flag('kind', args.kind, (v) => (IMPORT_KINDS as readonly string[]).includes(v), IMPORT_KINDS.join(', '))]);
  const { options, warnings } = readImportFlags(args, [args.kind as ImportKind]);
  if (args.out !== undefined) checkNewFile(args.out);

  // 2. Read the file into estimates and edits.
  const imported = await importFile(args.kind as ImportKind, args.file, options);
  printWarnings([...warnings, ...imported.warnings], process.stderr);

  // 3. Print or write the fragment.
  const yaml = args.json
    ? `${JSON.stringify({ file: args.file, scenario: fragmentValue([imported.fragment]), estimate: imported.estimate, notes: imported.fragment.warnings }, null, 2)}\n`
    : fragmentYaml([imported.fragment]);
  if (args.out === undefined) process.stdout.write(yaml);
  else {
    writeNewFile(args.out, yaml);
    process.stderr.write(`${cli.wroteFile(args.out)}\n`);
  }
}
