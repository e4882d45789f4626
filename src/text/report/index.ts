// The languages of reports: each is a table of words (en.ts, es.ts: the same keys) and a number
// format for its locale. A report is written in one language, passed in, never global.

import { en, type ReportText } from './en.js';
import { es } from './es.js';
import { NumberFormat } from './numbers.js';

export type { ReportText } from './en.js';
export { chartNumberLocale, joinQuantity, NumberFormat, type ChartNumberLocale, type QuantityParts } from './numbers.js';

/** The languages a report can be written in. */
export const REPORT_LANGUAGES = ['es', 'en'] as const;

/** A report language, e.g. 'es'. */
export type ReportLanguageCode = (typeof REPORT_LANGUAGES)[number];

/** True if `code` is a report language. */
export function isReportLanguage(code: unknown): code is ReportLanguageCode {
  return typeof code === 'string' && (REPORT_LANGUAGES as readonly string[]).includes(code);
}

/** A language's words and how its locale writes numbers. */
export interface ReportLanguage {
  readonly code: ReportLanguageCode;
  readonly text: ReportText;
  readonly numbers: NumberFormat;
}

// Every language, by code: a language without words here does not compile. Locales are those of
// the dealerships this is for: Spain, and British English (day-first dates, 24-hour clock).
const LANGUAGES: { readonly [Code in ReportLanguageCode]: { readonly text: ReportText; readonly locale: string } } = {
  es: { text: es, locale: 'es-ES' },
  en: { text: en, locale: 'en-GB' },
};

const made = new Map<ReportLanguageCode, ReportLanguage>();

/** The report language of `code`. */
export function reportLanguage(code: ReportLanguageCode): ReportLanguage {
  let language = made.get(code);
  if (language === undefined) {
    language = { code, text: LANGUAGES[code].text, numbers: new NumberFormat(LANGUAGES[code].locale) };
    made.set(code, language);
  }
  return language;
}

/**
 * The report language a POSIX locale variable names ("es_ES.UTF-8" → 'es'), or null when it
 * names none of them (unset, "C", "POSIX", "fr_FR").
 */
export function languageOfLocale(value: string | undefined): ReportLanguageCode | null {
  const code = value?.trim().toLowerCase().split(/[_.@-]/)[0];
  return isReportLanguage(code) ? code : null;
}
