// Every command of the CLI, by name: adding a command is adding a module and a line here.

import type { CommandModule } from 'yargs';
import { calibrateCommand } from './calibrate.js';
import { compareCommand } from './compare.js';
import { erlangCommand } from './erlang.js';
import { importCommand } from './import.js';
import { reportCommand } from './report.js';
import { mergeCommand } from './merge.js';
import { runCommand } from './run.js';
import { sizeCommand } from './size.js';
import { sweepCommand } from './sweep.js';
import { schemaCommand } from './schema.js';
import { whatIfCommand } from './whatif.js';

// yargs types each command by its own arguments; the registry only needs them as commands.
type AnyCommand = CommandModule<object, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The commands of `recepsim`, by name, in the order `--help` lists them. */
export const commandsByName: Record<string, AnyCommand> = {
  run: runCommand,
  report: reportCommand,
  compare: compareCommand,
  sweep: sweepCommand,
  size: sizeCommand,
  merge: mergeCommand,
  erlang: erlangCommand,
  schema: schemaCommand,
  whatif: whatIfCommand,
  import: importCommand,
  calibrate: calibrateCommand,
};

/** The commands as a list, for the parser. */
export const commands: readonly AnyCommand[] = Object.values(commandsByName);
