// `recepsim compare <scenario> --variant NAME:path=value,… | <scenario> <scenario>…`: variants on
// common random numbers, side by side, with paired differences against the first.

import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { compare } from '../../api/compare.js';
import { parseVariant, type Variant } from '../../io/variants.js';
import { InputError, type InputIssue } from '../../model/issues.js';
import { renderComparison } from '../render/compare.js';
import { flagReader, readSimulationFlags, simulationOptions } from '../simulation-flags.js';
import { printPlanningOutcome, progressBar } from '../terminal.js';
import { languageFlagChecks, languageOptions, resolveLanguage, speakScenarioLanguage, type LanguageArgs } from '../report-language.js';
import { checkFlags } from '../flags.js';
import { cli } from '../../text/messages.js';

interface CompareArgs extends LanguageArgs {
  readonly scenarios: readonly string[];
  readonly variant: readonly string[];
  readonly set: readonly string[];
  readonly json: boolean;
  readonly quiet: boolean;
}

/** The `compare` command. */
export const compareCommand: DescribedCommand<CompareArgs> = {
  command: 'compare <scenarios..>',
  describe: 'run variants of a scenario on the same customers, side by side, with the differences that are real',
  builder: (yargs: Argv) =>
    simulationOptions(
      languageOptions(yargs)
        .positional('scenarios', { type: 'string', array: true, demandOption: true, describe: 'a scenario file (with --variant), or several to compare as they are' })
        .option('variant', {
          type: 'string',
          array: true,
          default: [],
          requiresArg: true,
          describe: 'a variant: NAME:change,change… with changes like --set, repeatable (the scenario as written comes first)',
        })
        .example('$0 compare scenarios/medium-dealership.yaml --variant "one more:advisors=+1"', 'the file against one more advisor on its shift pattern')
        .example('$0 compare scenarios/medium-dealership.yaml --variant divert:policy=divert --variant "desk:policy=phone-desk:1"', 'three ways of handling the phone')
        .example('$0 compare a.yaml b.yaml --reps 50 --json', 'two scenario files, as JSON'),
    ) as unknown as Argv<CompareArgs>,
  arguments: {
    positionals: { scenarios: { expects: cli.expectedScenarioFiles, file: 'input' } },
    fileFlags: { out: { expects: cli.folderExpected, file: 'output' } },
  },
  handler: async (args) => {
    // Messages speak the first scenario's locale (unless --lang), as the tables do, from its own problems on.
    if (args.scenarios.length > 0) speakScenarioLanguage(args, args.scenarios[0], process.env);
    const flags = flagReader();
    const shared = readSimulationFlags(flags, args);
    flags.done();
    checkFlags(languageFlagChecks(args));
    const variants = readVariants(args.variant);
    const progress = progressBar(process.stderr, !shared.quiet && !shared.json);
    const outcome = await compare({
      scenarios: args.scenarios,
      variants,
      common: shared.common,
      engine: shared.engine,
      workers: shared.workers,
      out: shared.out,
      checkSize: shared.checkSize,
      onProgress: progress.update,
      language: (scenarioLocale) => resolveLanguage(args, scenarioLocale, process.env),
    });
    progress.stop();
    printPlanningOutcome(outcome, shared.json, 'compare.json', () =>
      renderComparison(outcome.result, outcome.summaries, outcome.variants[0].fileScenarioName, outcome.language),
    );
  },
};

/** Every --variant, read; one InputError with every problem. */
export function readVariants(texts: readonly string[]): Variant[] {
  const variants: Variant[] = [];
  const issues: InputIssue[] = [];
  for (const text of texts) {
    const parsed = parseVariant(text);
    if ('issues' in parsed) issues.push(...parsed.issues);
    else variants.push(parsed.variant);
  }
  if (issues.length > 0) throw new InputError(issues);
  return variants;
}
