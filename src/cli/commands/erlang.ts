// `recepsim erlang c|a|b`: the analytic answer for one call channel — figures for a team, or the
// team a service-level target needs, with the teams around it.

import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { answerErlang, DEFAULT_TARGET, ERLANG_MODELS, erlangTooLong, type ErlangModel, type ServiceLevelTarget } from '../../analysis/erlang.js';
import { MAX_ERLANG_A_STATES } from '../../analysis/queueing/index.js';
import { cli, erlangText } from '../../text/messages.js';
import { checkFlags, describeNumber, FlagReader, parseNumber } from '../flags.js';
import { renderErlang, roundedJson } from '../render/erlang.js';
import { languageFlagCheck, languageOption, resolveLanguage } from '../report-language.js';
import { printWarnings, rawArguments } from '../terminal.js';
import { reportLanguage } from '../../text/report/index.js';

interface ErlangArgs {
  readonly model: string;
  readonly lang?: string;
  readonly json: boolean;
}

const MAX_AGENTS = 10_000;

/** The `erlang` command. */
export const erlangCommand: DescribedCommand<ErlangArgs> = {
  command: 'erlang <model>',
  describe: 'analytic Erlang B, C or A figures for one call channel, and the agents a target needs',
  builder: (yargs: Argv) =>
    languageOption(yargs)
      // Checked in the handler (not yargs' `choices`), so a bad model gets the catalogue's message like every other bad input.
      .positional('model', {
        type: 'string',
        demandOption: true,
        describe: 'c: callers wait; a: callers hang up (needs --patience-min); b: no waiting, busy means lost',
      })
      // Required, but checked in the handler with the other flags, so every problem is told at once.
      .option('calls-per-hour', { type: 'number', requiresArg: true, describe: 'calls offered per hour (required)' })
      .option('aht-min', { type: 'number', requiresArg: true, describe: 'mean handling time per call, minutes (required)' })
      .option('patience-min', { type: 'number', requiresArg: true, describe: 'mean patience of a waiting caller, minutes (Erlang A)' })
      .option('agents', { type: 'number', requiresArg: true, describe: 'figures for exactly this many agents' })
      .option('target', {
        type: 'string',
        requiresArg: true,
        describe: 'service level to reach: percent/seconds',
        defaultDescription: '80/20',
      })
      .option('json', { type: 'boolean', default: false, describe: 'print the answer as JSON' })
      .example('$0 erlang c --calls-per-hour 110 --aht-min 4', 'the agents for 80 % of calls answered within 20 s')
      .example('$0 erlang a --calls-per-hour 110 --aht-min 4 --patience-min 1.2 --target 90/30', 'with impatient callers, 90 % within 30 s')
      .example('$0 erlang b --calls-per-hour 60 --aht-min 3 --agents 4 --json', 'the share of calls lost with 4 agents, as JSON')
      .example('$0 erlang c --calls-per-hour 110 --aht-min 4 --lang es', 'the same answer in Spanish') as unknown as Argv<ErlangArgs>,
  arguments: { positionals: { model: { expects: () => cli.expectedErlangModel(ERLANG_MODELS) } } },
  handler: (args) => {
    const flags = new FlagReader(rawArguments());
    const modelText = String(args.model);
    const model = (ERLANG_MODELS as readonly string[]).includes(modelText) ? (modelText as ErlangModel) : undefined;
    if (model === undefined) flags.fail('model', cli.badFlag('<model>', cli.oneOf(ERLANG_MODELS), modelText));
    const callsPerHour = requiredNumber(flags, 'calls-per-hour');
    const ahtMin = requiredNumber(flags, 'aht-min');
    const patienceMin = flags.number('patience-min', { positive: true });
    const agents = flags.number('agents', { whole: true, min: 1, max: MAX_AGENTS });
    const targetText = flags.text('target');
    const target = targetText === undefined ? DEFAULT_TARGET : parseTarget(targetText);
    if (target === undefined) flags.fail('target', cli.badFlag('--target', erlangText.targetExpected(), targetText));
    if (model === 'a' && patienceMin === undefined && flags.text('patience-min') === undefined) {
      flags.fail('patience-min', erlangText.patienceNeeded());
    }
    // Each finite, their product may not be (1e300 × 1e300): the formulas would answer ∞ and nulls.
    const loadFinite = callsPerHour === undefined || ahtMin === undefined || Number.isFinite((callsPerHour / 60) * ahtMin);
    if (!loadFinite) flags.fail('aht-min', cli.badFlag('--aht-min', erlangText.loadTooLarge(), flags.text('aht-min')));
    if (loadFinite && model !== undefined && callsPerHour !== undefined && ahtMin !== undefined && target !== undefined && (model !== 'a' || patienceMin !== undefined)) {
      const tooLong = erlangTooLong({ model, callsPerHour, ahtMin, patienceMin, agents, target, maxAgents: MAX_AGENTS });
      if (tooLong !== null) flags.fail('patience-min', erlangText.sumTooLong(tooLong.agents, tooLong.states, MAX_ERLANG_A_STATES));
    }
    flags.done();
    checkFlags([languageFlagCheck(args)]);
    if (model !== 'a' && patienceMin !== undefined) {
      printWarnings([{ path: [], message: erlangText.patienceIgnored(erlangText.modelName(model!)) }], process.stderr);
    }
    const answer = answerErlang({ model: model!, callsPerHour: callsPerHour!, ahtMin: ahtMin!, patienceMin, agents, target, maxAgents: MAX_AGENTS });
    process.stdout.write(args.json ? `${JSON.stringify(roundedJson(answer), null, 2)}\n` : `${renderErlang(answer, MAX_AGENTS, reportLanguage(resolveLanguage(args, undefined, process.env).language))}\n`);
  },
};

/** A number above 0 that must be given; a problem for `flags` when it is not, or is not such a number. */
function requiredNumber(flags: FlagReader, name: string): number | undefined {
  if (flags.texts(name).length === 0) flags.fail(name, cli.missingFlag(`--${name}`, describeNumber({ positive: true })));
  return flags.number(name, { positive: true });
}

/**
 * "80/20" → 80 % within 20 s; also "80%/20s". Undefined when not of that form, or for 100 %: no
 * finite team of any model answers every random call in time, and only rounding would say one does.
 */
export function parseTarget(text: string): ServiceLevelTarget | undefined {
  const match = /^\s*([^/%]+)%?\s*\/\s*([^/s]+)s?\s*$/.exec(text);
  if (match === null) return undefined;
  const percent = parseNumber(match[1], { positive: true, max: 100 });
  const withinSec = parseNumber(match[2], { min: 0 });
  return percent === undefined || percent >= 100 || withinSec === undefined ? undefined : { serviceLevel: percent / 100, withinSec };
}
