// `recepsim size <scenario> [--policy …] [--max-advisors N]`: for each policy, the smallest team
// meeting every target with 95% confidence, and the team with the lowest net cost per day.

import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { POLICY_KINDS } from '../../model/schema/policy.js';
import { size } from '../../api/size.js';
import { gridTableContext } from '../render/figures.js';
import { renderSize } from '../render/size.js';
import { flagReader, readSimulationFlags, simulationOptions } from '../simulation-flags.js';
import { printPlanningOutcome, progressBar } from '../terminal.js';
import { MAX_ADVISORS, readGridFlags } from './sweep.js';
import { languageFlagChecks, languageOptions, resolveLanguage, speakScenarioLanguage, type LanguageArgs } from '../report-language.js';
import { checkFlags } from '../flags.js';
import { MIN_REPLICATIONS } from '../../model/schema/index.js';
import { cli, limits } from '../../text/messages.js';

interface SizeArgs extends LanguageArgs {
  readonly scenario: string;
  readonly set: readonly string[];
  readonly json: boolean;
  readonly quiet: boolean;
}

/** The `size` command. */
export const sizeCommand: DescribedCommand<SizeArgs> = {
  command: 'size <scenario>',
  describe: 'the smallest team per policy that meets every target with 95% confidence, and the cheapest team',
  builder: (yargs: Argv) =>
    simulationOptions(
      languageOptions(yargs)
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (.yaml, .yml or .json)' })
        .option('policy', { type: 'string', requiresArg: true, describe: `policies to size, comma-separated (default: all: ${POLICY_KINDS.join(', ')})` })
        .option('max-advisors', { type: 'number', requiresArg: true, describe: 'the largest team to try (default: 8, or twice the file\'s team)' })
        .option('desk', { type: 'string', requiresArg: true, describe: 'phone-desk sizes to try: 1..3 (default: 1..2)' })
        .option('first-reps', { type: 'number', requiresArg: true, describe: 'replications of a team\'s first look (default 10); more only where a target is close' })
        .option('shard', { type: 'string', requiresArg: true, describe: 'run only shard i of n (i/n) of the searches; join them with recepsim merge' })
        .example('$0 size scenarios/medium-dealership.yaml', 'every policy, teams of 1 to 8 advisors on the file\'s shift pattern')
        .example('$0 size scenarios/medium-dealership.yaml --policy answer-all,divert --max-advisors 6 --json', 'two policies, up to 6 advisors, as JSON')
        .example('$0 size scenarios/large-dealership-phone-desk.yaml --policy phone-desk --desk 2..5', 'a phone desk of 2 to 5'),
      'the most replications a team may get (default: the scenario\'s)',
    ) as unknown as Argv<SizeArgs>,
  arguments: {
    positionals: { scenario: { expects: cli.expectedScenarioFile, file: 'input' } },
    fileFlags: { out: { expects: cli.folderExpected, file: 'output' } },
  },
  handler: async (args) => {
    // Messages speak the scenario's locale (unless --lang), from its own problems on.
    speakScenarioLanguage(args, args.scenario, process.env);
    const flags = flagReader();
    const shared = readSimulationFlags(flags, args);
    const grid = readGridFlags(flags);
    const maxAdvisors = flags.number('max-advisors', { whole: true, min: 1, max: MAX_ADVISORS });
    const firstReps = flags.number('first-reps', { whole: true, min: MIN_REPLICATIONS, why: limits.replicationsNeeded(MIN_REPLICATIONS) });
    flags.done();
    checkFlags(languageFlagChecks(args));
    const progress = progressBar(process.stderr, !shared.quiet && !shared.json);
    const outcome = await size({
      scenario: args.scenario,
      policies: grid.policies,
      desk: grid.desk,
      maxAdvisors,
      initialReps: firstReps,
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
    printPlanningOutcome(outcome, shared.json, 'size.json', () => {
      const { thresholds, currency } = gridTableContext(outcome.result.searches.flatMap((search) => search.points), outcome.files, outcome.language);
      return renderSize(outcome.result, thresholds, currency, outcome.language);
    });
  },
};
