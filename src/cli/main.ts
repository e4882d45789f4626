#!/usr/bin/env node
// The `recepsim` command: one yargs parser, one command per module (commands/index.ts), one
// catch that turns errors into exit codes (exit-codes.ts). Only this folder touches `process`.

import { availableParallelism } from 'node:os';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { fsFailure } from '../io/fs-failure.js';
import { removeUnfinishedResults } from '../io/results-folder.js';
import { cli, setMessageLanguage, yargsText } from '../text/messages.js';
import { type CommandEntry, commandNamed, commandsByName } from './commands/index.js';
import { dashIssues, missingArgumentsMessage } from './arguments.js';
import { InputError, type InputIssue } from '../model/issues.js';
import { EXIT, EXIT_ON_SIGNAL, exitCodeFor, reportFailure, UsageError } from './exit-codes.js';
import { closest, typedTexts } from './flags.js';
import { messageLanguageBeforeReading } from './message-language.js';
import { restoreTerminal } from './terminal.js';
import { startReplicationThreads, stopUnusedReplicationThreads } from '../analysis/worker-threads.js';

async function main(argv: readonly string[]): Promise<number> {
  // A bare `recepsim` is someone finding their way: show the commands.
  const args = argv.length === 0 ? ['--help'] : [...argv];
  // Messages speak --lang, else LANG, from the start: even a bad flag or a broken scenario.
  setMessageLanguage(messageLanguageBeforeReading(args, process.env));
  // The command being run is loaded whole; the others are only listed.
  const running = commandNamed(args);
  let loaded: Awaited<ReturnType<CommandEntry['load']>> | undefined;
  let parser = yargs(args)
    // NOTE: yargs would follow LANG for its help headings too, around our English descriptions:
    // the help stays English throughout, and only yargs' error messages follow the language.
    .locale('en')
    // (Its typing allows only texts, but its plural messages take { one, other } as its own locales do.)
    .updateStrings(yargsText.strings() as unknown as Record<string, string>)
    .scriptName('recepsim')
    .usage(
      '$0 <command> [options]\n\nSizes the reception team of a dealership service: simulate a scenario file and read ' +
        'waits, lost calls and costs; compare variants, sweep team sizes, find the team that meets the targets.',
    )
    .strict()
    .demandCommand(1, cli.noCommand())
    .exitProcess(false)
    .fail((message, error, usage) => {
      // yargs' own checks of the command line (an option given no value) are the user's to mend.
      if (error?.name === 'YError') throw new UsageError(error.message);
      if (error) throw error;
      const missing = loaded === undefined ? undefined : missingArgumentsMessage(running!, loaded.command as string, loaded.arguments, message);
      if (missing !== undefined) throw new UsageError(missing);
      const known = Object.keys((usage as unknown as { getDescriptions(): Record<string, unknown> }).getDescriptions());
      throw new UsageError(explainUnknown(message, args, known));
    })
    // Before yargs' own checks: a "-" it read as '' would otherwise be reported as an unknown argument or as "".
    .middleware((parsed) => {
      const issues = loaded === undefined ? [] : dashIssues(running!, loaded.arguments, parsed, args);
      if (issues.length > 0) throw new InputError(issues);
    }, true)
    // A flag that takes one value takes it once: yargs would pass the command a list instead.
    .middleware(() => {
      // NOTE: yargs' typings leave out getOptions(), which every instance has (the declared flags by type).
      const issues = repeatedFlagIssues((parser as unknown as { getOptions(): DeclaredFlags }).getOptions(), args);
      if (issues.length > 0) throw new InputError(issues);
    })
    .help()
    .alias('help', 'h')
    .version()
    .alias('version', 'v')
    .wrap(Math.min(100, process.stdout.columns ?? 100));
  // Its worker threads start now, loading their modules on the other cores while this thread
  // loads the command and reads its scenario (a wrong guess only costs their start).
  if (running !== undefined && commandsByName[running].simulatesOnWorkers && !args.some((arg) => HELP_OR_VERSION.has(arg))) {
    startReplicationThreads((workersGiven(args) ?? availableParallelism()) - 1);
  }
  try {
    for (const [name, entry] of Object.entries(commandsByName)) {
      if (name === running) loaded = await entry.load();
      parser = name === running ? parser.command(loaded!) : parser.command(entry.command, entry.describe);
    }
    await parser.parseAsync();
  } finally {
    await stopUnusedReplicationThreads();
  }
  return 0;
}

const HELP_OR_VERSION = new Set(['--help', '-h', '--version', '-v']);

/** The flags a command declares, by type, as yargs lists them. */
interface DeclaredFlags {
  readonly string: readonly string[];
  readonly number: readonly string[];
  readonly array: readonly string[];
}

/** Every flag taking one text or number that was typed more than once, with what was typed. */
function repeatedFlagIssues(options: DeclaredFlags, argv: readonly string[]): InputIssue[] {
  const lists = new Set(options.array);
  return [...new Set([...options.string, ...options.number])]
    .filter((name) => !lists.has(name) && !/[A-Z]/.test(name))
    .flatMap((name) => {
      const typed = typedTexts(argv, name);
      return typed.length > 1 ? [{ path: [], message: cli.repeatedFlag(`--${name}`, typed) }] : [];
    });
}

/** The worker threads `--workers N` or `--workers=N` asks for, if given as a whole number (yargs checks it later). */
function workersGiven(argv: readonly string[]): number | undefined {
  const value = typedTexts(argv, 'workers')[0];
  const workers = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(workers) && workers >= 1 ? workers : undefined;
}

/**
 * yargs says "Unknown argument: rep"; a newcomer wants to know whether that was an option or a
 * command, and what was probably meant. Other messages pass through.
 */
function explainUnknown(message: string, argv: readonly string[], knownOptions: readonly string[]): string {
  const match = /^Unknown arguments?: (.+)$/.exec(message);
  if (match === null) return message;
  const names = match[1].split(', ');
  // yargs reports a misspelt --kebab-case option twice, the second time in camelCase.
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const reported = names.filter((name) => !names.some((other) => other !== name && camel(other) === name));
  const lines = reported.map((name) => {
    const typedAsOption = argv.some((argument) => argument === `--${name}` || argument.startsWith(`--${name}=`) || argument === `-${name}`);
    if (typedAsOption) {
      const suggestion = closest(name, knownOptions.filter((option) => option.length > 1));
      return cli.unknownFlag(`--${name}`, suggestion === undefined ? undefined : `--${suggestion}`);
    }
    if (argv[0] === name) return cli.unknownCommand(name, closest(name, Object.keys(commandsByName)));
    return cli.unexpectedArgument(name);
  });
  return lines.join('\n');
}

// A reader that stops early (`recepsim run … --json | head`) closes our output: that is not a
// failure. Any other output error (`> /dev/full`) is one line and exit 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`${cli.cannotWriteStdout(fsFailure(error))}\n`);
  process.exit(EXIT.cannotWrite);
});

// An interrupt removes any results folder still being written (written synchronously, a folder
// is renamed complete before this runs, or not started), then stops at once — unless the command
// listens for it itself to stop cleanly (a server).
for (const signal of Object.keys(EXIT_ON_SIGNAL) as (keyof typeof EXIT_ON_SIGNAL)[]) {
  process.on(signal, () => {
    removeUnfinishedResults();
    if (process.listenerCount(signal) > 1) return;
    restoreTerminal(process.stderr);
    process.stderr.write(`${cli.interrupted(signal)}\n`);
    process.exit(EXIT_ON_SIGNAL[signal]);
  });
}

try {
  process.exitCode = await main(hideBin(process.argv));
} catch (error) {
  reportFailure(error, process.stderr);
  process.exitCode = exitCodeFor(error);
}
