// The flags every simulating command shares (replications, days, seed, --set, output folder,
// engine, threads), declared once and read once, as typed.

import { availableParallelism } from 'node:os';
import type { Argv } from 'yargs';
import { DEFAULT_ENGINE, type EngineName, engines } from '../engine/engines.js';
import type { OverrideFlag } from '../io/overrides.js';
import type { ModelConfig } from '../model/config.js';
import { MIN_REPLICATIONS } from '../model/schema/index.js';
import { cli, limits } from '../text/messages.js';
import { FlagReader } from './flags.js';
import { checkRunSize } from './run-size-check.js';
import { rawArguments } from './terminal.js';

/** Most worker threads a command may ask for. */
export const MAX_WORKERS = 256;

/** The shared flags, as read. */
export interface SimulationFlags {
  /** `--set` changes, then `--reps`, `--days`, `--seed` as changes named by their flag. */
  readonly common: OverrideFlag[];
  readonly engine: EngineName;
  readonly workers: number | undefined;
  readonly out: string | undefined;
  readonly json: boolean;
  readonly quiet: boolean;
  /** Refuses configurations too big to run together (or long, without --force), before anything is simulated. */
  readonly checkSize: (configs: readonly ModelConfig[]) => void;
}

/** Declares the shared flags on a command; `repsMeaning` says what --reps counts there. */
export function simulationOptions<T>(yargs: Argv<T>, repsMeaning = 'replications (overrides the scenario)'): Argv<T> {
  return yargs
    .option('reps', { type: 'number', requiresArg: true, describe: repsMeaning })
    .option('days', { type: 'number', requiresArg: true, describe: 'working days per replication (overrides the scenario)' })
    .option('seed', { type: 'string', requiresArg: true, describe: 'master seed (overrides the scenario)' })
    .option('set', { type: 'string', array: true, default: [], requiresArg: true, describe: 'change a field of the scenario, repeatable: --set calls.patience.mean=2' })
    .option('out', { type: 'string', requiresArg: true, describe: 'results folder to create (default: a new folder under results/)' })
    .option('json', { type: 'boolean', default: false, describe: 'print the results as JSON instead of a table' })
    .option('engine', { type: 'string', default: DEFAULT_ENGINE, requiresArg: true, describe: `event calendar: ${Object.keys(engines).join(' or ')}` })
    .option('workers', { type: 'number', requiresArg: true, describe: 'worker threads (default: one per core); results do not depend on it' })
    .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar' })
    .option('force', { type: 'boolean', default: false, describe: 'run even if a configuration is estimated to take more than an hour' }) as Argv<T>;
}

/** Reads the shared flags from the command line as typed; problems go to `flags` (call `flags.done()`). */
export function readSimulationFlags(
  flags: FlagReader,
  args: { readonly json?: boolean; readonly quiet?: boolean; readonly force?: boolean; readonly set?: readonly string[] },
): SimulationFlags {
  const reps = flags.text('reps');
  const days = flags.text('days');
  const seed = flags.text('seed');
  flags.number('reps', { whole: true, min: MIN_REPLICATIONS, why: limits.replicationsNeeded(MIN_REPLICATIONS) });
  flags.number('days', { whole: true, min: 1 });
  if (seed !== undefined && seed.trim() === '') flags.fail('seed', cli.badFlag('--seed', cli.seedExpected(), seed));
  const engine = flags.choice('engine', Object.keys(engines) as EngineName[]) ?? DEFAULT_ENGINE;
  const workers = flags.number('workers', { whole: true, min: 1, max: MAX_WORKERS });
  const out = flags.text('out');
  if (out !== undefined && out.trim() === '') flags.fail('out', cli.badFlag('--out', cli.folderExpected(), out));
  // yargs collects --set itself (it may be given several times, or with several values).
  const common: OverrideFlag[] = [...(args.set ?? [])];
  if (reps !== undefined) common.push({ assignment: `replications=${reps}`, label: `--reps ${reps}` });
  if (days !== undefined) common.push({ assignment: `days=${days}`, label: `--days ${days}` });
  if (seed !== undefined) common.push({ assignment: `seed=${/^-?\d+$/.test(seed) ? seed : JSON.stringify(seed)}`, label: `--seed ${seed}` });
  const threads = workers ?? availableParallelism();
  const checkSize = (configs: readonly ModelConfig[]) => {
    checkRunSize(configs, { workers: threads, trace: false }, args.force ?? false);
  };
  return { common, engine, workers, out, json: args.json ?? false, quiet: args.quiet ?? false, checkSize };
}

/** A reader of this command line's flags. */
export function flagReader(): FlagReader {
  return new FlagReader(rawArguments());
}
