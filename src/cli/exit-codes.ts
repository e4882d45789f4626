// The one map from failures to exit codes: bad input (a scenario, a flag, a CSV row) exits 2
// with its message; output that cannot be written (a full disk) exits 1 with one line; anything
// else is a bug and exits 1 with its stack.

import { formatIssues, sortIssues } from '../io/format-issues.js';
import { OutputError } from '../io/output-error.js';
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
export const EXIT = { ok: 0, bug: 1, cannotWrite: 1, badInput: 2 } as const;

/** The exit code after a signal: 128 + its number, as shells report it. */
export const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;

/** The exit code for a failure. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof InputError || error instanceof UsageError) return EXIT.badInput;
  return error instanceof OutputError ? EXIT.cannotWrite : EXIT.bug;
}

/** Problems printed at most, in reading order; the rest are counted. */
const MAX_PROBLEMS_LISTED = 50;

/** Writes what went wrong, once, in the catalogue's words. */
export function reportFailure(error: unknown, stderr: NodeJS.WritableStream): void {
  if (error instanceof InputError) {
    // The first problems in reading order: a wrong file can have thousands, and they read alike.
    const listed = sortIssues(error.issues).slice(0, MAX_PROBLEMS_LISTED);
    const more = error.issues.length - listed.length;
    stderr.write(`${formatIssues(listed)}\n${more > 0 ? `${cli.moreProblems(more)}\n` : ''}`);
  } else if (error instanceof UsageError) {
    stderr.write(`${cli.usage(error.message)}\n`);
  } else if (error instanceof OutputError) {
    stderr.write(`${error.message}\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    stderr.write(`${cli.bug(detail)}\n`);
  }
}
