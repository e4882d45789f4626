#!/usr/bin/env node
// The `recepsim` command: one yargs parser, one command per module (commands/index.ts), one
// catch that turns errors into exit codes (exit-codes.ts). Only this folder touches `process`.

import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { fsFailure } from '../io/fs-failure.js';
import { removeUnfinishedResults } from '../io/results-folder.js';
import { cli } from '../text/messages.js';
import { commands } from './commands/index.js';
import { EXIT, EXIT_ON_SIGNAL, exitCodeFor, reportFailure, UsageError } from './exit-codes.js';
import { restoreTerminal } from './terminal.js';

async function main(argv: readonly string[]): Promise<number> {
  let parser = yargs(argv)
    .scriptName('recepsim')
    .usage('$0 <command> [options]\n\nSizes the reception team of a dealership service: run a scenario file and read waits, lost calls and costs.')
    .strict()
    .demandCommand(1, 'expected a command: see the list above')
    .recommendCommands()
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    })
    .help()
    .alias('help', 'h')
    .version()
    .wrap(Math.min(100, process.stdout.columns ?? 100));
  for (const command of commands) parser = parser.command(command);
  await parser.parseAsync();
  return 0;
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
