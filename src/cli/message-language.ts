// The language messages speak before any file is read: `--lang` as typed, else the POSIX locale
// variables, else English (the rule of report-language.ts, its first steps). Kept apart and light
// because main.ts loads it for every command, `--help` included: it must not pull in the scenario
// reader and its schema.

import { isReportLanguage, languageOfLocale, type ReportLanguageCode } from '../text/report/index.js';
import { typedTexts } from './flags.js';

/** The language the environment asks for (LC_ALL, LC_MESSAGES, LANG, in that order), if it names one. */
export function environmentLanguage(env: NodeJS.ProcessEnv): ReportLanguageCode | undefined {
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageOfLocale(fromEnv) ?? undefined;
}

/**
 * The language of messages before anything is read: `--lang` as typed (`--lang es`, `--lang=es`)
 * if it names a language, else the environment's, else English. yargs has not parsed yet.
 */
export function messageLanguageBeforeReading(argv: readonly string[], env: NodeJS.ProcessEnv): ReportLanguageCode {
  const typed = typedTexts(argv, 'lang')[0];
  return isReportLanguage(typed) ? typed : (environmentLanguage(env) ?? 'en');
}
