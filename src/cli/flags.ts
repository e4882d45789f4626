// Checking command-line flag values: every bad flag is reported, together, as bad input.

import { InputError, type InputIssue } from '../model/issues.js';
import { cli } from '../text/messages.js';

/** One flag to check: its name, the value given (undefined: not given), the rule and what it expects. */
export interface FlagCheck {
  readonly name: string;
  readonly value: unknown;
  readonly ok: boolean;
  readonly expected: string;
}

/** A check of `value` for flag `name`; a flag not given passes. */
export function flag<T>(name: string, value: T | undefined, rule: (value: T) => boolean, expected: string): FlagCheck {
  return { name, value, ok: value === undefined || rule(value), expected };
}

/** Throws one InputError naming every flag that failed its check. */
export function checkFlags(checks: readonly FlagCheck[]): void {
  const issues: InputIssue[] = checks
    .filter((check) => !check.ok)
    .map((check) => ({ path: [], message: cli.badFlag(check.name, check.expected, check.value) }));
  if (issues.length > 0) throw new InputError(issues);
}

/**
 * Throws one InputError naming every flag in `names` given more than once (yargs then passes a
 * list): a flag that takes one value takes it once.
 */
export function checkGivenOnce(args: Readonly<Record<string, unknown>>, names: readonly string[]): void {
  const issues: InputIssue[] = names
    .filter((name) => Array.isArray(args[name]))
    .map((name) => ({ path: [], message: cli.repeatedFlag(`--${name}`, args[name] as unknown[]) }));
  if (issues.length > 0) throw new InputError(issues);
}
