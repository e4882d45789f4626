// Reading command-line flag values as the user typed them: every bad flag is reported, together,
// as bad input, quoting what was typed (yargs would have turned "abc" into null and "0x10" into
// 16 already), and a flag given twice is refused rather than half-used.

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

/** Bounds of a numeric flag. */
export interface NumberRule {
  readonly whole?: boolean;
  readonly min?: number;
  /** The number must be above 0 (a rate, a duration). */
  readonly positive?: boolean;
  readonly max?: number;
  /** Why the bounds, when a number alone would not say (shown after them). */
  readonly why?: string;
}

/**
 * Reads flags from the arguments as typed, collecting every problem; `done()` throws them all at
 * once. Names are given without dashes, as declared (`max-advisors`).
 */
export class FlagReader {
  private readonly issues: InputIssue[] = [];

  constructor(private readonly argv: readonly string[]) {}

  /** The text typed for `--name`, once; undefined when not given. Given twice is a problem. */
  text(name: string): string | undefined {
    const typed = typedTexts(this.argv, name);
    if (typed.length > 1) {
      this.fail(name, cli.repeatedFlag(`--${name}`, typed));
      return undefined;
    }
    return typed[0];
  }

  /** Every text typed for a repeatable flag, in order. */
  texts(name: string): string[] {
    return typedTexts(this.argv, name);
  }

  /** A number typed for `--name` within `rule`; undefined when not given or bad. */
  number(name: string, rule: NumberRule = {}): number | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    const value = parseNumber(text, rule);
    if (value === undefined) this.fail(name, cli.badFlag(`--${name}`, describeNumber(rule), text));
    return value;
  }

  /** One of `values`; undefined when not given or not one of them. */
  choice<T extends string>(name: string, values: readonly T[]): T | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    if ((values as readonly string[]).includes(text)) return text as T;
    this.fail(name, cli.badFlag(`--${name}`, cli.oneOf(values), text));
    return undefined;
  }

  /** Records a problem with flag `--name` found by the caller. */
  fail(_name: string, message: string): void {
    // A flag read twice (as text, then as a number) is told about once.
    if (!this.issues.some((issue) => issue.message === message)) this.issues.push({ path: [], message });
  }

  /** Throws one InputError with every problem found so far. */
  done(): void {
    if (this.issues.length > 0) throw new InputError(this.issues);
  }
}

/** A number written plainly ("4", "-2.5", "1e3"; not "0x4", "", "4 apples") within `rule`, or undefined. */
export function parseNumber(text: string, rule: NumberRule = {}): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return undefined;
  if (rule.whole && !Number.isInteger(value)) return undefined;
  if (rule.min !== undefined && value < rule.min) return undefined;
  if (rule.positive && !(value > 0)) return undefined;
  if (rule.max !== undefined && value > rule.max) return undefined;
  return value;
}

/** What a number rule expects, in words: "a whole number of at least 2". */
export function describeNumber(rule: NumberRule): string {
  const bounds = cli.numberExpected(rule.whole ?? false, rule.min, rule.max, rule.positive ?? false);
  return rule.why === undefined ? bounds : `${bounds} (${rule.why})`;
}

/**
 * Every value typed for `--name` (or its camelCase spelling, which yargs accepts too), from
 * `--name value` and `--name=value`, in order.
 */
export function typedTexts(argv: readonly string[], name: string): string[] {
  const spellings = new Set([`--${name}`, `--${name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}`]);
  const texts: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--') break;
    const equals = argument.indexOf('=');
    if (equals > 0 && spellings.has(argument.slice(0, equals))) texts.push(argument.slice(equals + 1));
    else if (spellings.has(argument) && index + 1 < argv.length) texts.push(argv[++index]);
  }
  return texts;
}

/** The closest of `candidates` to `typed` (a likely typo), or undefined when none is close. */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(typed.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // A typo, or a prefix of the word meant ("rep" for "reps"), not an unrelated word.
  const isPrefix = best !== undefined && best.toLowerCase().startsWith(typed.toLowerCase()) && typed.length >= 2;
  if (best !== undefined && (bestDistance <= Math.max(1, Math.floor(typed.length / 3)) || isPrefix)) return best;
  // The full name of a part ("advisors" for "max-advisors"): the one candidate ending with it.
  const ending = candidates.filter((candidate) => candidate.toLowerCase().endsWith(`-${typed.toLowerCase()}`));
  if (ending.length === 1) return ending[0];
  // The long form of a short flag ("replications" for "reps"): the one candidate sharing its first three letters.
  const sharing = candidates.filter((candidate) => candidate.length >= 3 && typed.toLowerCase().startsWith(candidate.slice(0, 3).toLowerCase()));
  return sharing.length === 1 ? sharing[0] : undefined;
}

/** Levenshtein distance between two words. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
