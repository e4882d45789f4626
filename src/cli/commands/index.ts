// Every command of the CLI, by name: adding a command is adding a module and a line here. Only
// the command being run is loaded (its module pulls in what it needs); the others are listed by
// their usage and description alone, so `recepsim --help` loads none of them.
// tests/cli/shell.test.ts checks that each line here says what its module says.

import type { CommandModule } from 'yargs';
import type { CommandArguments } from '../arguments.js';

/** A command module that also says what its arguments expect, for messages (arguments.ts). */
export interface DescribedCommand<Args> extends CommandModule<object, Args> {
  readonly arguments: CommandArguments;
}

// yargs types each command by its own arguments; the registry only needs them as commands.
type AnyCommand = DescribedCommand<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A command as `--help` lists it, and how to load it. */
export interface CommandEntry {
  /** Usage, as in its module: 'run <scenario>'. */
  readonly command: string;
  readonly describe: string;
  readonly load: () => Promise<AnyCommand>;
  /** It simulates on worker threads (--workers): they are started while it loads. */
  readonly simulatesOnWorkers?: true;
}

/** The commands of `recepsim`, by name, in the order `--help` lists them. */
export const commandsByName: Readonly<Record<string, CommandEntry>> = {
  run: {
    command: 'run <scenario>',
    describe: 'simulate a scenario: summary table, summary.json, CSVs and an HTML report in results/',
    load: async () => (await import('./run.js')).runCommand,
  },
  report: {
    command: 'report <folder>',
    describe: 'write the report of a results folder (run, compare, sweep, size) again, e.g. in another language (no new simulation)',
    load: async () => (await import('./report.js')).reportCommand,
  },
  compare: {
    command: 'compare <scenarios..>',
    describe: 'run variants of a scenario on the same customers, side by side, with the differences that are real',
    load: async () => (await import('./compare.js')).compareCommand,
    simulatesOnWorkers: true,
  },
  sweep: {
    command: 'sweep <scenario>',
    describe: 'every combination of team sizes and policies: key figures, which meet the targets, the cheapest that does',
    load: async () => (await import('./sweep.js')).sweepCommand,
    simulatesOnWorkers: true,
  },
  size: {
    command: 'size <scenario>',
    describe: 'the smallest team per policy that meets every target with 95% confidence, and the cheapest team',
    load: async () => (await import('./size.js')).sizeCommand,
    simulatesOnWorkers: true,
  },
  merge: {
    command: 'merge <folders..>',
    describe: 'join the results folders of every shard of one sweep or size run (--shard i/n) into one',
    load: async () => (await import('./merge.js')).mergeCommand,
  },
  erlang: {
    command: 'erlang <model>',
    describe: 'analytic Erlang B, C or A figures for one call channel, and the agents a target needs',
    load: async () => (await import('./erlang.js')).erlangCommand,
  },
  schema: {
    command: 'schema',
    describe: 'print the JSON Schema of scenario files (point your editor at it)',
    load: async () => (await import('./schema.js')).schemaCommand,
  },
  whatif: {
    command: 'whatif <scenario>',
    describe: 'open the what-if page for a scenario: move controls, see the day change (served on 127.0.0.1)',
    load: async () => (await import('./whatif.js')).whatIfCommand,
  },
  import: {
    command: 'import <kind> <file>',
    describe: 'estimate scenario values from a CSV export (calls, appointments, visits)',
    load: async () => (await import('./import.js')).importCommand,
  },
  calibrate: {
    command: 'calibrate <scenario>',
    describe: 'write a new scenario with values estimated from your exports (--calls, --appointments, --visits)',
    load: async () => (await import('./calibrate.js')).calibrateCommand,
  },
};

/** The command named by the arguments (the first that is a command's name), if any. */
export function commandNamed(argv: readonly string[]): string | undefined {
  return argv.find((argument) => Object.hasOwn(commandsByName, argument));
}
