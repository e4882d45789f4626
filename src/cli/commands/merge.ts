// `recepsim merge <folders…>`: the shards of one sweep or size run, joined into exactly the
// results of running it whole.

import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { merge } from '../../api/merge.js';
import { cli, mergeText } from '../../text/messages.js';
import { gridTableContext } from '../render/figures.js';
import { renderSize } from '../render/size.js';
import { renderSweep } from '../render/sweep.js';
import { flagReader } from '../simulation-flags.js';
import { checkFlags } from '../flags.js';
import { languageFlagChecks, languageOptions, resolveLanguage, type LanguageArgs } from '../report-language.js';

interface MergeArgs extends LanguageArgs {
  readonly folders: readonly string[];
  readonly json: boolean;
}

/** The `merge` command. */
export const mergeCommand: DescribedCommand<MergeArgs> = {
  command: 'merge <folders..>',
  describe: 'join the results folders of every shard of one sweep or size run (--shard i/n) into one',
  builder: (yargs: Argv) =>
    languageOptions(yargs)
      .positional('folders', { type: 'string', array: true, demandOption: true, describe: 'the results folder of each shard' })
      .option('out', { type: 'string', requiresArg: true, describe: 'results folder to create (default: a new folder under results/)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the merged sweep.json or size.json' })
      .example('$0 merge part1 part2 part3 --out whole', 'three shards of a sweep, as if run at once') as unknown as Argv<MergeArgs>,
  arguments: {
    positionals: { folders: { expects: cli.expectedShardFolders, file: 'input' } },
    fileFlags: { out: { expects: cli.folderExpected, file: 'output' } },
  },
  handler: async (args) => {
    const flags = flagReader();
    const out = flags.text('out');
    if (out !== undefined && out.trim() === '') flags.fail('out', cli.badFlag('--out', cli.folderExpected(), out));
    flags.done();
    checkFlags(languageFlagChecks(args));
    const outcome = await merge({ folders: args.folders, out, language: (scenarioLocale) => resolveLanguage(args, scenarioLocale, process.env) });
    const result = outcome.result;
    if (args.json) process.stdout.write(outcome.files[`${result.kind}.json`]);
    else {
      const points = result.kind === 'sweep' ? result.points : result.searches.flatMap((search) => search.points);
      const { thresholds, currency } = gridTableContext(points, outcome.files, outcome.language);
      process.stdout.write(`${result.kind === 'sweep' ? renderSweep(result, thresholds, currency, outcome.language) : renderSize(result, thresholds, currency, outcome.language)}\n`);
    }
    process.stderr.write(`${mergeText.merged(args.folders.length, result.kind)}\n`);
    if (outcome.folder !== null) process.stderr.write(`${cli.wrote(outcome.folder)}\n`);
  },
};
