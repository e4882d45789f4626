// The message catalogue: every user-facing sentence is a function, declared once per language
// (messages-en.ts, messages-es.ts: the same shape, which the type system holds), and callers and
// tests call the functions exported here, which word each message in the language of messages.
//
// NOTE: that language is the catalogue's one piece of state. The command line sets it before it
// reads anything (--lang, else LANG: src/cli/message-language.ts) and again once the scenario is
// read (its `locale`, unless --lang was given: src/cli/report-language.ts); the what-if page sets
// it from its language control. A parameter would be more explicit, but messages are worded deep
// inside validation, the schema and the file readers, which would all have to pass it on.
// Anything that never sets it (the library, tests) gets English.

import { messagesEn, type Messages } from './messages-en.js';
import { messagesEs } from './messages-es.js';
import type { ReportLanguageCode } from './report/index.js';

export type { Messages, NumberRule } from './messages-en.js';

/** Every language's catalogue, by code: a language without one does not compile. */
const CATALOGUES: { readonly [Code in ReportLanguageCode]: Messages } = { en: messagesEn, es: messagesEs };

let active: ReportLanguageCode = 'en';

/** Words every message from now on in language `code` (the command line calls this; see above). */
export function setMessageLanguage(code: ReportLanguageCode): void {
  active = code;
}

/** The language messages are worded in now. */
export function messageLanguage(): ReportLanguageCode {
  return active;
}

/**
 * What `word` returns with messages worded in language `code`, the language before restored
 * after. `word` must be synchronous: nothing else may run while the language is switched.
 */
export function inMessageLanguage<T>(code: ReportLanguageCode, word: () => T): T {
  const before = active;
  active = code;
  try {
    return word();
  } finally {
    active = before;
  }
}

/** The catalogue of language `code` itself, e.g. for a test that compares languages. */
export function messagesIn(code: ReportLanguageCode): Messages {
  return CATALOGUES[code];
}

type Group = Exclude<keyof Messages, 'shown'>;
type AnyMessage = (...args: never[]) => unknown;

/** A group whose functions word each message in the language of messages when called. */
function inActiveLanguage<Name extends Group>(group: Name): Messages[Name] {
  const entries = Object.keys(messagesEn[group]).map((key) => [
    key,
    (...args: never[]) => (CATALOGUES[active][group] as unknown as Record<string, AnyMessage>)[key](...args),
  ]);
  return Object.fromEntries(entries) as Messages[Name];
}

/** Renders a value the user wrote, for "got …" in messages. */
export const shown = (value: unknown): string => CATALOGUES[active].shown(value);
/** Problems found when cross-checking a scenario that passed the schema. */
export const crossCheck = inActiveLanguage('crossCheck');
/** Warnings: the scenario runs, but probably not as meant. */
export const warning = inActiveLanguage('warning');
/** Upper bounds of scenario sizes, each with its reason. */
export const limits = inActiveLanguage('limits');
/** Problems found by the scenario schema. */
export const validation = inActiveLanguage('validation');
/** Reading a scenario or a file it names. */
export const reading = inActiveLanguage('reading');
/** `--set path=value` overrides. */
export const override = inActiveLanguage('override');
/** Reading an exported CSV file (call logs, appointment books, reception logs). */
export const csvInput = inActiveLanguage('csvInput');
/** The appointment book read from a CSV file. */
export const slotsCsv = inActiveLanguage('slotsCsv');
/** A single output file (an imported fragment, a calibrated scenario). */
export const outputFile = inActiveLanguage('outputFile');
/** A results folder read back (`recepsim report <folder>`). */
export const resultsInput = inActiveLanguage('resultsInput');
/** The results folder. */
export const resultsFolder = inActiveLanguage('resultsFolder');
/** The size of a run, estimated before it starts. */
export const runSize = inActiveLanguage('runSize');
/** Why a file operation failed, by the system's error code. */
export const fileSystem = inActiveLanguage('fileSystem');
/** The command line. */
export const cli = inActiveLanguage('cli');
/** `recepsim calibrate`. */
export const calibrate = inActiveLanguage('calibrate');
/** The comments and warnings of imported fragments and calibrated scenarios. */
export const calibrationText = inActiveLanguage('calibrationText');
/** `recepsim erlang`. */
export const erlangText = inActiveLanguage('erlangText');
/** Variants: what was asked, what was done. */
export const variantText = inActiveLanguage('variantText');
/** `recepsim compare`. */
export const compareText = inActiveLanguage('compareText');
/** `recepsim sweep`. */
export const sweepText = inActiveLanguage('sweepText');
/** `recepsim size`. */
export const sizeText = inActiveLanguage('sizeText');
/** `recepsim merge`. */
export const mergeText = inActiveLanguage('mergeText');
/** yargs' own messages, for its updateStrings. */
export const yargsText = inActiveLanguage('yargsText');
