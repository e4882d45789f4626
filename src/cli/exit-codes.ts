// The one map from failures to exit codes: bad input (a scenario, a flag, a CSV row) exits 2
// with its message; anything else is a bug and exits 1 with its stack.

import { formatIssues } from '../io/format-issues.js';
import { InputError } from '../model/issues.js';
import { cli } from '../text/messages.js';

/** A command line yargs or a command rejected (unknown option, missing argument, bad flag value). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes of the `recepsim` command. */
export const EXIT = { ok: 0, bug: 1, badInput: 2 } as const;

/** The exit code for a failure. */
export function exitCodeFor(error: unknown): number {
  return error instanceof InputError || error instanceof UsageError ? EXIT.badInput : EXIT.bug;
}

/** Writes what went wrong, once, in the catalogue's words. */
export function reportFailure(error: unknown, stderr: NodeJS.WritableStream): void {
  if (error instanceof InputError) {
    stderr.write(`${formatIssues(error.issues)}\n`);
  } else if (error instanceof UsageError) {
    stderr.write(`${cli.usage(error.message)}\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    stderr.write(`${cli.bug(detail)}\n`);
  }
}
