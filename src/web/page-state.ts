// Everything the page's settings are, as text typed into its controls: the run (seed, days,
// replications, shared by all columns), up to three variants, and which one is being changed.
// It lives in the URL's fragment, so a link or a reload brings back the same page; only what
// differs from the scenario is written, e.g. `#days=5&reps=100&a.advisors=4&a.policy=divert`.

import type { Scenario } from '../model/schema/index.js';
import type { RunSettings } from './adjust.js';
import { CONTROL_IDS, type ControlId, type ControlTexts, initialTexts } from './controls.js';
import { isReportLanguage, type ReportLanguageCode } from '../text/report/index.js';
import type { WhatIfText } from '../text/whatif/index.js';

/** Variants after the baseline, at most. */
export const MAX_VARIANTS = 3;

/** The letters naming the variants. */
export const VARIANT_LETTERS = ['A', 'B', 'C'] as const;

/** The run settings as typed. */
export interface RunTexts {
  readonly seed: string;
  readonly days: string;
  readonly replications: string;
}

/** The page's settings, as typed. */
export interface PageState {
  readonly run: RunTexts;
  /** 1 to MAX_VARIANTS variants (the baseline is the scenario and has no settings). */
  readonly variants: readonly ControlTexts[];
  /** Index of the variant the controls change. */
  readonly selected: number;
  /** The page's language. */
  readonly language: ReportLanguageCode;
}

/** Days per replication the page runs unless told: one working week, enough for a first answer in a blink. */
export const DEFAULT_DAYS = 5;

/** The page as it opens on a scenario: one variant equal to the baseline, in `language`. */
export function initialState(base: Scenario, language: ReportLanguageCode): PageState {
  return {
    run: {
      seed: String(base.seed),
      days: String(Math.min(base.days, DEFAULT_DAYS)),
      replications: String(base.replications),
    },
    variants: [initialTexts(base)],
    selected: 0,
    language,
  };
}

/** The fragment (without "#") that brings back `state`: only what differs from the scenario and the page's default language. */
export function stateToFragment(state: PageState, base: Scenario, defaultLanguage: ReportLanguageCode): string {
  const initial = initialState(base, defaultLanguage);
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${key}=${encodeValue(value)}`);
  if (state.run.seed !== initial.run.seed) add('seed', state.run.seed);
  add('days', state.run.days);
  add('reps', state.run.replications);
  const start = initialTexts(base);
  state.variants.forEach((texts, index) => {
    const letter = VARIANT_LETTERS[index].toLowerCase();
    const changed = CONTROL_IDS.filter((id) => texts[id] !== start[id]);
    if (changed.length === 0) add(letter, '');
    for (const id of changed) add(`${letter}.${id}`, texts[id]);
  });
  if (state.selected > 0) add('edit', VARIANT_LETTERS[state.selected].toLowerCase());
  if (state.language !== defaultLanguage) add('lang', state.language);
  return parts.join('&');
}

/** The state a fragment describes; unknown keys are ignored (an old link still opens). */
export function stateFromFragment(fragment: string, base: Scenario, defaultLanguage: ReportLanguageCode): PageState {
  const initial = initialState(base, defaultLanguage);
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const run = {
    seed: params.get('seed') ?? initial.run.seed,
    days: params.get('days') ?? initial.run.days,
    replications: params.get('reps') ?? initial.run.replications,
  };
  const variants: ControlTexts[] = [];
  VARIANT_LETTERS.forEach((letter, index) => {
    const key = letter.toLowerCase();
    const mentioned = [...params.keys()].some((name) => name === key || name.startsWith(`${key}.`));
    if (!mentioned && index > 0) return;
    const texts: Record<ControlId, string> = { ...initialTexts(base) };
    for (const id of CONTROL_IDS) {
      const typed = params.get(`${key}.${id}`);
      if (typed !== null) texts[id] = typed;
    }
    variants.push(texts);
  });
  const edit = VARIANT_LETTERS.findIndex((letter) => letter.toLowerCase() === params.get('edit'));
  const lang = params.get('lang');
  return { run, variants, selected: edit >= 0 && edit < variants.length ? edit : 0, language: isReportLanguage(lang) ? lang : defaultLanguage };
}

function encodeValue(value: string): string {
  // ":" in clock times stays readable; everything else that needs it is escaped.
  return encodeURIComponent(value).replace(/%3A/gi, ':');
}

/** The run settings as read, or what was expected, by field. */
export type RunCheck =
  | { readonly ok: true; readonly run: RunSettings }
  | { readonly ok: false; readonly issues: Partial<Record<keyof RunTexts, string>> };

/** Page limits of the run settings: enough for any question, never a frozen machine. */
export const RUN_LIMITS = { days: { min: 1, max: 60 }, replications: { min: 2, max: 1000 } } as const;

/** Reads the run settings as `recepsim run` reads --seed, --days and --reps. */
export function readRun(texts: RunTexts, words: WhatIfText): RunCheck {
  const issues: Partial<Record<keyof RunTexts, string>> = {};
  const whole = (key: 'days' | 'replications') => {
    const typed = texts[key].trim();
    const { min, max } = RUN_LIMITS[key];
    const ok = /^\d+$/.test(typed) && Number(typed) >= min && Number(typed) <= max;
    if (!ok) issues[key] = words.expectedNumber({ whole: true, min, max }, typed === '' ? undefined : typed);
    return Number(typed);
  };
  const days = whole('days');
  const replications = whole('replications');
  const seedText = texts.seed.trim();
  if (seedText === '') issues.seed = words.expectedSeed(undefined);
  const seed = /^-?\d+$/.test(seedText) && Number.isSafeInteger(Number(seedText)) ? Number(seedText) : seedText;
  return Object.keys(issues).length > 0 ? { ok: false, issues } : { ok: true, run: { seed, days, replications } };
}
