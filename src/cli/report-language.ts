// The language of reports and the dialect of their CSV files, from the command line, the scenario
// or the environment: `--lang`, else the scenario's `locale`, else the POSIX locale variables
// (LC_ALL, LC_MESSAGES, LANG, in that order), else English. `--csv-locale` follows the language
// unless given.
//
// Messages (errors, warnings, notes) follow the same rule, as early as each part of it is known:
// main.ts sets them from `--lang`, else the environment, before anything is parsed or read
// (message-language.ts: so a bad flag or a broken scenario is told in Spanish under --lang es or
// LANG=es_ES.UTF-8); a command then reads the `locale` its scenario file declares before checking the file, and messages follow
// it unless --lang was given, and so does a `locale` set with --set (which the report follows too).
// A file that cannot be parsed cannot change the language of messages.

import type { Argv } from 'yargs';
import { localeSetBy } from '../io/overrides.js';
import { declaredLocale } from '../io/scenario-source.js';
import { CSV_LOCALES, isCsvLocale, type CsvLocale } from '../text/csv.js';
import { cli, setMessageLanguage } from '../text/messages.js';
import { REPORT_LANGUAGES, isReportLanguage, type ReportLanguageCode } from '../text/report/index.js';
import { flag, type FlagCheck } from './flags.js';
import { environmentLanguage } from './message-language.js';

/** The flags, as typed. */
export interface LanguageArgs {
  readonly lang?: string;
  readonly csvLocale?: string;
}

/** Adds `--lang` alone, for a command that writes no CSV (`erlang`). */
export function languageOption<T>(yargs: Argv<T>, describe = `language of the output: ${REPORT_LANGUAGES.join(' or ')} (default: from LANG)`): Argv<T> {
  return yargs.option('lang', { type: 'string', describe }) as Argv<T>;
}

/** Checks `--lang`, for checkFlags. */
export function languageFlagCheck(args: LanguageArgs): FlagCheck {
  return flag('--lang', args.lang, isReportLanguage, cli.oneOf(REPORT_LANGUAGES));
}

/** Adds `--lang` and `--csv-locale` to a command. */
export function languageOptions<T>(yargs: Argv<T>): Argv<T> {
  return languageOption(yargs, `language of the report: ${REPORT_LANGUAGES.join(' or ')} (default: the scenario's locale, else LANG)`)
    .option('csv-locale', {
      type: 'string',
      describe: `CSV dialect: es (";", decimal commas, BOM: Spanish Excel) or en (","); default: the report's language`,
    }) as Argv<T>;
}

/** Checks of the two flags, for checkFlags. */
export function languageFlagChecks(args: LanguageArgs): FlagCheck[] {
  return [
    languageFlagCheck(args),
    flag('--csv-locale', args.csvLocale, isCsvLocale, cli.oneOf(CSV_LOCALES)),
  ];
}

/**
 * Once a command knows its scenario file (before checking it): messages follow the file's
 * `locale`, by the rule of reports, unless `--lang` was given (main.ts chose by it already).
 */
export function speakScenarioLanguage(args: LanguageArgs & { readonly set?: readonly string[] }, scenarioPath: string, env: NodeJS.ProcessEnv): void {
  if (isReportLanguage(args.lang)) return;
  const set = localeSetBy(args.set ?? []);
  const locale = set !== undefined ? set : declaredLocale(scenarioPath);
  setMessageLanguage(resolveLanguage({}, isReportLanguage(locale) ? locale : undefined, env).language);
}

/** The report language and CSV dialect for flags already checked. */
export function resolveLanguage(
  args: LanguageArgs,
  scenarioLocale: ReportLanguageCode | undefined,
  env: NodeJS.ProcessEnv,
): { readonly language: ReportLanguageCode; readonly csvLocale: CsvLocale } {
  const language = (args.lang as ReportLanguageCode | undefined) ?? scenarioLocale ?? environmentLanguage(env) ?? 'en';
  return { language, csvLocale: (args.csvLocale as CsvLocale | undefined) ?? language };
}
