// What the CLI shows on the terminal besides results: warnings and a progress bar.

import type { SingleBar } from 'cli-progress';
import { createRequire } from 'node:module';
import { hideBin } from 'yargs/helpers';
import type { PlanningOutcome } from '../api/outputs.js';
import { formatIssues } from '../io/format-issues.js';
import type { InputIssue } from '../model/issues.js';
import { cli } from '../text/messages.js';

/** Prints warnings (if any) to `stream`. */
export function printWarnings(warnings: readonly InputIssue[], stream: NodeJS.WriteStream): void {
  if (warnings.length === 0) return;
  stream.write(`${cli.warningsHeader(warnings.length)}\n${formatIssues(warnings)}\n`);
}

/** A progress bar on `stream` when it is a terminal and `enabled`; otherwise silent. */
export function progressBar(
  stream: NodeJS.WriteStream,
  enabled: boolean,
): { update: (done: number, total: number) => void; stop: () => void } {
  if (!enabled || !stream.isTTY) return { update: () => {}, stop: () => {} };
  // Loaded only for a bar on a terminal: a run in a script or a pipe never pays for it.
  const { SingleBar: Bar } = createRequire(import.meta.url)('cli-progress') as { SingleBar: typeof SingleBar };
  const bar = new Bar({ stream, format: 'replications [{bar}] {value}/{total} {eta_formatted} left', hideCursor: true, clearOnComplete: true });
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** Prints what manager-level changes did (a team resized on its pattern, a policy switched), if any. */
export function printNotes(notes: readonly InputIssue[], stream: NodeJS.WriteStream): void {
  if (notes.length === 0) return;
  stream.write(`${cli.notesHeader()}\n${formatIssues(notes)}\n`);
}

/** Shows the cursor again (the progress bar hides it) when `stream` is a terminal. */
export function restoreTerminal(stream: NodeJS.WriteStream): void {
  if (stream.isTTY) stream.write('\u001b[?25h\n');
}

/** The arguments after `recepsim`, as typed (flag values are read from these, not from yargs's guesses). */
export function rawArguments(): string[] {
  return hideBin(process.argv);
}

/**
 * What a planning command prints once done: its warnings, then its JSON file (`--json`) or its
 * table on standard output, then where its results went.
 */
export function printPlanningOutcome(outcome: PlanningOutcome<unknown>, asJson: boolean, jsonFile: string, table: () => string): void {
  printWarnings(outcome.warnings, process.stderr);
  process.stdout.write(asJson ? outcome.files[jsonFile] : `${table()}\n`);
  if (outcome.folder !== null) process.stderr.write(`${cli.wrote(outcome.folder)}\n`);
}
