// The positional arguments and file flags of a command, as messages name them. yargs says only
// "Not enough non-option arguments: got 0, need at least 1", and reads a lone "-" as an empty
// text (so a message would show ""): a missing argument is named with the command's usage, and a
// "-" is refused plainly, since recepsim reads no standard input and writes no standard output.

import type { InputIssue } from '../model/issues.js';
import { cli, yargsText } from '../text/messages.js';
import { typedTexts } from './flags.js';

/** What one argument expects, in words for messages; `file` when it names a file or folder read ('input') or written ('output'). */
export interface ArgumentExpectation {
  readonly expects: () => string;
  readonly file?: 'input' | 'output';
}

/** What a command's arguments expect: each positional of its usage, and each flag naming a file or folder. */
export interface CommandArguments {
  readonly positionals: Readonly<Record<string, ArgumentExpectation>>;
  readonly fileFlags?: Readonly<Record<string, ArgumentExpectation>>;
}

/** The positional names of a usage, in order: 'import <kind> <file>' → kind, file. */
export function positionalNames(usage: string): string[] {
  return [...usage.matchAll(/[<[]([\w-]+)(?:\.\.)?[>\]]/g)].map((match) => match[1]);
}

/**
 * The message for yargs' "not enough non-option arguments" (in the language of messages): the
 * command, what each missing argument expects and its usage; undefined for any other message.
 */
export function missingArgumentsMessage(command: string, usage: string, described: CommandArguments, yargsMessage: string): string | undefined {
  const template = yargsText.strings()['Not enough non-option arguments: got %s, need at least %s'];
  const forms = typeof template === 'string' ? [template] : [template.one, template.other];
  const given = forms
    .map((form) => new RegExp(`^${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('%s', '(\\d+)').replace('%s', '\\d+')}$`).exec(yargsMessage))
    .find((match) => match !== null);
  if (given === undefined || given === null) return undefined;
  const missing = positionalNames(usage).slice(Number(given[1]));
  if (missing.length === 0) return undefined;
  return cli.missingArguments(command, missing.map((name) => described.positionals[name]?.expects() ?? `<${name}>`), usage);
}

/**
 * Problems with positionals and file flags given as a lone "-" (or, for a positional, as an empty
 * text): `parsed` is yargs' reading, where a "-" has become ''; `argv` the arguments as typed.
 */
export function dashIssues(command: string, described: CommandArguments, parsed: Readonly<Record<string, unknown>>, argv: readonly string[]): InputIssue[] {
  const typedDash = positionalDashGiven(parsed, argv);
  const issues: InputIssue[] = [];
  for (const [name, expectation] of Object.entries(described.positionals)) {
    const value = parsed[name];
    // yargs drops a "-" from a list (`merge - part2`) and reads it as '' otherwise.
    if (!(value === '' || (Array.isArray(value) && (value.includes('') || typedDash)))) continue;
    const where = `${command} <${name}>`;
    const message =
      typedDash && expectation.file !== undefined
        ? cli.dashNotAccepted(where, expectation.file, expectation.expects())
        : cli.badFlag(where, expectation.expects(), typedDash ? '-' : '');
    issues.push({ path: [], message });
  }
  for (const [name, expectation] of Object.entries(described.fileFlags ?? {})) {
    if (!typedTexts(argv, name).includes('-')) continue;
    issues.push({ path: [], message: cli.dashNotAccepted(`--${name}`, expectation.file ?? 'input', expectation.expects()) });
  }
  return issues;
}

/** True when a lone "-" was typed as a positional argument, not as the value of a flag (`--out -`) that took it. */
function positionalDashGiven(parsed: Readonly<Record<string, unknown>>, argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const typed = end < 0 ? argv : argv.slice(0, end);
  return typed.some((argument, index) => {
    if (argument !== '-') return false;
    const before = typed[index - 1] ?? '';
    if (!before.startsWith('--') || before.includes('=')) return true;
    const name = before.slice(2);
    const value = parsed[name] ?? parsed[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())];
    return !(value === '' || (Array.isArray(value) && value.includes('')));
  });
}
