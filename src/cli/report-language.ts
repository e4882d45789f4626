// The language of reports and the dialect of their CSV files, from the command line, the scenario
// or the environment: `--lang`, else the scenario's `locale`, else the POSIX locale variables
// (LC_ALL, LC_MESSAGES, LANG, in that order), else English. `--csv-locale` follows the language
// unless given.

import type { Argv } from 'yargs';
import { CSV_LOCALES, isCsvLocale, type CsvLocale } from '../text/csv.js';
import { REPORT_LANGUAGES, isReportLanguage, languageOfLocale, type ReportLanguageCode } from '../text/report/index.js';
import { flag, type FlagCheck } from './flags.js';

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
  return flag('--lang', args.lang, isReportLanguage, `one of ${REPORT_LANGUAGES.join(', ')}`);
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
    flag('--csv-locale', args.csvLocale, isCsvLocale, `one of ${CSV_LOCALES.join(', ')}`),
  ];
}

/** The report language and CSV dialect for flags already checked. */
export function resolveLanguage(
  args: LanguageArgs,
  scenarioLocale: ReportLanguageCode | undefined,
  env: NodeJS.ProcessEnv,
): { readonly language: ReportLanguageCode; readonly csvLocale: CsvLocale } {
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const language = (args.lang as ReportLanguageCode | undefined) ?? scenarioLocale ?? languageOfLocale(fromEnv) ?? 'en';
  return { language, csvLocale: (args.csvLocale as CsvLocale | undefined) ?? language };
}
