// `recepsim sweep <scenario> --advisors 2..6 [--desk 1..2] [--policy answer-all,divert,…]`:
// every combination, a table of the key figures, which combinations meet every target and the
// cheapest that does.

import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { distinctPolicies, type GridPolicy, MAX_ADVISORS, MAX_DESK, parseGridPolicy, parseRange } from '../../analysis/grid.js';
import { POLICY_KINDS } from '../../model/schema/policy.js';
import { parseShard, type Shard } from '../../analysis/shards.js';
import { sweep } from '../../api/sweep.js';
import { cli, sweepText } from '../../text/messages.js';
import type { FlagReader } from '../flags.js';
import { gridTableContext } from '../render/figures.js';
import { renderSweep } from '../render/sweep.js';
import { flagReader, readSimulationFlags, simulationOptions } from '../simulation-flags.js';
import { printPlanningOutcome, progressBar } from '../terminal.js';
import { languageFlagChecks, languageOptions, resolveLanguage, speakScenarioLanguage, type LanguageArgs } from '../report-language.js';
import { checkFlags } from '../flags.js';

interface SweepArgs extends LanguageArgs {
  readonly scenario: string;
  readonly set: readonly string[];
  readonly json: boolean;
  readonly quiet: boolean;
}

export { MAX_ADVISORS, MAX_DESK } from '../../analysis/grid.js';

/** The `sweep` command. */
export const sweepCommand: DescribedCommand<SweepArgs> = {
  command: 'sweep <scenario>',
  describe: 'every combination of team sizes and policies: key figures, which meet the targets, the cheapest that does',
  builder: (yargs: Argv) =>
    simulationOptions(
      languageOptions(yargs)
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (.yaml, .yml or .json)' })
        // Required, but checked in the handler with the other flags, so every problem is told at once.
        .option('advisors', { type: 'string', requiresArg: true, describe: 'advisors to try (required): 2..6, 2,3,5 or 4 (on the file\'s shift pattern)' })
        .option('desk', { type: 'string', requiresArg: true, describe: 'phone-desk sizes to try: 1..3 (phone-desk only; default: the file\'s, or 1)' })
        .option('policy', { type: 'string', requiresArg: true, describe: `policies to try, comma-separated: ${POLICY_KINDS.join(', ')} (default: the file's)` })
        .option('shard', { type: 'string', requiresArg: true, describe: 'run only shard i of n (i/n), for several machines; join them with recepsim merge' })
        .example('$0 sweep scenarios/medium-dealership.yaml --advisors 2..6', '2 to 6 advisors on the file\'s shift pattern and policy')
        .example('$0 sweep scenarios/medium-dealership.yaml --advisors 2..5 --policy answer-all,divert,phone-desk --desk 1..2', 'three policies; phone-desk with one or two at the desk')
        .example('$0 sweep scenarios/medium-dealership.yaml --advisors 2..6 --shard 2/3 --out part2', 'the second of three slices (then: recepsim merge part1 part2 part3)'),
      'replications per point (overrides the scenario)',
    ) as unknown as Argv<SweepArgs>,
  arguments: {
    positionals: { scenario: { expects: cli.expectedScenarioFile, file: 'input' } },
    fileFlags: { out: { expects: cli.folderExpected, file: 'output' } },
  },
  handler: async (args) => {
    // Messages speak the scenario's locale (unless --lang), from its own problems on.
    speakScenarioLanguage(args, args.scenario, process.env);
    const flags = flagReader();
    const shared = readSimulationFlags(flags, args);
    const grid = readGridFlags(flags, { advisorsRequired: true });
    flags.done();
    checkFlags(languageFlagChecks(args));
    const progress = progressBar(process.stderr, !shared.quiet && !shared.json);
    const outcome = await sweep({
      scenario: args.scenario,
      advisors: grid.advisors!,
      policies: grid.policies,
      desk: grid.desk,
      shard: grid.shard,
      common: shared.common,
      engine: shared.engine,
      workers: shared.workers,
      out: shared.out,
      checkSize: shared.checkSize,
      onProgress: progress.update,
      language: (scenarioLocale) => resolveLanguage(args, scenarioLocale, process.env),
    });
    progress.stop();
    printPlanningOutcome(outcome, shared.json, 'sweep.json', () => {
      const { thresholds, currency } = gridTableContext(outcome.result.points, outcome.files, outcome.language);
      return renderSweep(outcome.result, thresholds, currency, outcome.language);
    });
  },
};

/** The grid flags as typed: --advisors, --desk, --policy (and --max-advisors for size), --shard. */
export function readGridFlags(
  flags: FlagReader,
  { advisorsRequired = false } = {},
): { advisors?: number[]; desk?: number[]; policies?: GridPolicy[]; shard: Shard | null } {
  const advisorsText = flags.text('advisors');
  if (advisorsRequired && advisorsText === undefined && flags.texts('advisors').length === 0) {
    flags.fail('advisors', cli.missingFlag('--advisors', sweepText.advisorsExpected()));
  }
  const deskText = flags.text('desk');
  const policyText = flags.text('policy');
  const shardText = flags.text('shard');
  const advisors = advisorsText === undefined ? undefined : parseRange(advisorsText, 1, MAX_ADVISORS);
  if (advisorsText !== undefined && advisors === undefined) flags.fail('advisors', cli.badFlag('--advisors', sweepText.advisorsExpected(), advisorsText));
  const desk = deskText === undefined ? undefined : parseRange(deskText, 1, MAX_DESK);
  if (deskText !== undefined && desk === undefined) flags.fail('desk', cli.badFlag('--desk', sweepText.deskExpected(), deskText));
  let policies: GridPolicy[] | undefined;
  if (policyText !== undefined) {
    const parsed = policyText.split(',').map(parseGridPolicy);
    if (parsed.some((policy) => policy === undefined) || !distinctPolicies(parsed as GridPolicy[])) {
      flags.fail('policy', cli.badFlag('--policy', sweepText.policyExpected(POLICY_KINDS), policyText));
    } else policies = parsed as GridPolicy[];
  }
  const shard = shardText === undefined ? null : (parseShard(shardText) ?? null);
  if (shardText !== undefined && shard === null) flags.fail('shard', cli.badFlag('--shard', sweepText.shardExpected(), shardText));
  return { advisors, desk, policies, shard };
}
