// The what-if controls: one entry per thing a manager can change, each starting from the
// scenario as loaded. A control holds text as typed; `readControl` turns it into a value or
// says, in the catalogue's words, what was expected. Bounds are the page's own sanity limits
// (the schema's bounds are checked afterwards, by the schema itself), so nothing absurd is
// ever simulated, and whatever the page accepts `recepsim run` accepts too.

import { createDistribution } from '../engine/distributions/index.js';
import { clockTime } from '../model/schema/common.js';
import type { Scenario } from '../model/schema/index.js';
import { POLICY_KINDS, type PolicyKind, policyWindowsOf } from '../model/schema/policy.js';
import type { NumberRule } from '../text/messages.js';
import type { WhatIfText } from '../text/whatif/index.js';

/** Every control of one column (baseline or variant), in the order the panel shows them. */
export const CONTROL_IDS = [
  'advisors',
  'policy',
  'threshold',
  'deskSize',
  'deskFrom',
  'deskTo',
  'callVolume',
  'walkInVolume',
  'perSlot',
  'callerPatienceSec',
  'redialProbability',
  'open',
  'close',
] as const;

/** A control's name. */
export type ControlId = (typeof CONTROL_IDS)[number];

/** What a control reads as: a number, a clock time "HH:MM" or one of a list of words. */
export type ControlInput =
  | ({ readonly kind: 'number'; readonly step: number } & Required<Pick<NumberRule, 'min' | 'max'>> & NumberRule)
  | { readonly kind: 'time' }
  | { readonly kind: 'choice'; readonly options: readonly string[] };

/** A value a control holds once read. */
export type ControlValue = number | string;

/** One control. */
export interface ControlSpec {
  readonly id: ControlId;
  readonly input: ControlInput;
  /** Its value in the scenario as loaded; null when the scenario has nothing it could change. */
  initial(base: Scenario): ControlValue | null;
  /** Whether it means anything given the other values of its column (the desk needs policy phone-desk). */
  relevant(values: ControlValues): boolean;
}

/** The values of a column's controls, read. */
export type ControlValues = Readonly<Record<ControlId, ControlValue | null>>;

/** The text of a column's controls, as typed. */
export type ControlTexts = Readonly<Record<ControlId, string>>;

const always = () => true;
const underPolicy = (kind: PolicyKind) => (values: ControlValues) => values.policy === kind;

/** A team's head count: a number of people, or one per shift. */
export function headcountOf(team: number | readonly unknown[]): number {
  return typeof team === 'number' ? team : team.length;
}

/** The hours of a team when every shift has the same ones (else null). */
function commonHours(team: Scenario['staff']['phoneDesk'], base: Scenario): { from: string; to: string } | null {
  if (typeof team === 'number') return { from: base.day.open, to: base.day.close };
  const [first] = team;
  return team.every((shift) => shift.from === first.from && shift.to === first.to) ? { from: first.from, to: first.to } : null;
}

/** The desk's hours in the scenario, or the opening hours when it has no desk. */
export function deskHours(base: Scenario): { from: string; to: string } {
  return commonHours(base.staff.phoneDesk, base) ?? { from: base.day.open, to: base.day.close };
}

/** Every control, by id. */
export const controls: { readonly [Id in ControlId]: ControlSpec & { readonly id: Id } } = {
  advisors: {
    id: 'advisors',
    input: { kind: 'number', whole: true, min: 0, max: 50, step: 1 },
    initial: (base) => headcountOf(base.staff.advisors),
    relevant: always,
  },
  policy: {
    id: 'policy',
    input: { kind: 'choice', options: POLICY_KINDS },
    // A policy by the hour shows the one it opens with.
    initial: (base) => policyWindowsOf(base.policy)[0].kind,
    relevant: always,
  },
  threshold: {
    id: 'threshold',
    input: { kind: 'number', whole: true, min: 0, max: 50, step: 1 },
    initial: (base) => {
      const policy = policyWindowsOf(base.policy)[0];
      return policy.kind === 'threshold' ? policy.maxWaitingVisitors : 1;
    },
    relevant: underPolicy('threshold'),
  },
  deskSize: {
    id: 'deskSize',
    input: { kind: 'number', whole: true, min: 1, max: 20, step: 1 },
    initial: (base) => Math.max(1, headcountOf(base.staff.phoneDesk)),
    relevant: underPolicy('phone-desk'),
  },
  deskFrom: {
    id: 'deskFrom',
    input: { kind: 'time' },
    initial: (base) => deskHours(base).from,
    relevant: underPolicy('phone-desk'),
  },
  deskTo: {
    id: 'deskTo',
    input: { kind: 'time' },
    initial: (base) => deskHours(base).to,
    relevant: underPolicy('phone-desk'),
  },
  callVolume: {
    id: 'callVolume',
    input: { kind: 'number', min: 0, max: 10, step: 0.05 },
    initial: (base) => (base.calls ? 1 : null),
    relevant: always,
  },
  walkInVolume: {
    id: 'walkInVolume',
    input: { kind: 'number', min: 0, max: 10, step: 0.05 },
    initial: (base) => (base.walkIns ? 1 : null),
    relevant: always,
  },
  perSlot: {
    id: 'perSlot',
    input: { kind: 'number', whole: true, min: 1, max: 20, step: 1 },
    initial: (base) => {
      const slots = base.appointments?.slots;
      return slots !== undefined && !Array.isArray(slots) && 'perSlot' in slots ? slots.perSlot : null;
    },
    relevant: always,
  },
  callerPatienceSec: {
    id: 'callerPatienceSec',
    input: { kind: 'number', min: 1, max: 3600, step: 1 },
    initial: (base) => (base.calls?.patience ? tidy(createDistribution(base.calls.patience).mean * 60) : null),
    relevant: always,
  },
  redialProbability: {
    id: 'redialProbability',
    input: { kind: 'number', min: 0, max: 1, step: 0.05 },
    initial: (base) => {
      const redial = base.calls?.redial;
      if (redial === undefined) return null;
      return typeof redial.p === 'number' ? redial.p : redial.p[0];
    },
    relevant: always,
  },
  open: {
    id: 'open',
    input: { kind: 'time' },
    initial: (base) => (base.steadyState ? null : base.day.open),
    relevant: always,
  },
  close: {
    id: 'close',
    input: { kind: 'time' },
    initial: (base) => (base.steadyState ? null : base.day.close),
    relevant: always,
  },
};

/** A number rounded for display: at most three decimals, no float noise. */
export function tidy(x: number): number {
  return Number(x.toFixed(3));
}

/** The text a control shows for a value. */
export function controlText(value: ControlValue | null): string {
  return value === null ? '' : String(value);
}

/** The controls of a column as the scenario sets them (text as shown). */
export function initialTexts(base: Scenario): ControlTexts {
  return Object.fromEntries(CONTROL_IDS.map((id) => [id, controlText(controls[id].initial(base))])) as Record<ControlId, string>;
}

/** A control's value, or what was expected instead (from the message catalogue). */
export type ReadResult = { readonly ok: true; readonly value: ControlValue } | { readonly ok: false; readonly message: string };

/** Reads what was typed into a control; a problem is worded in the page's language. */
export function readControl(input: ControlInput, text: string, words: WhatIfText): ReadResult {
  const typed = text.trim();
  const got = typed === '' ? undefined : typed;
  switch (input.kind) {
    case 'number': {
      const rule: NumberRule = { whole: input.whole, min: input.min, max: input.max };
      // Number('') is 0 and Number('0x10') is 16: accept plain decimals only (a comma as the decimal mark too).
      const plain = typed.replace(',', '.');
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return { ok: false, message: words.expectedNumber(rule, got) };
      const value = Number(plain);
      const inRange = value >= input.min && value <= input.max && (!input.whole || Number.isInteger(value));
      return inRange ? { ok: true, value } : { ok: false, message: words.expectedNumber(rule, value) };
    }
    case 'time':
      return clockTime.safeParse(typed).success ? { ok: true, value: typed } : { ok: false, message: words.expectedClock(got) };
    case 'choice':
      return input.options.includes(typed) ? { ok: true, value: typed } : { ok: false, message: words.expectedChoice(input.options, got) };
  }
}
