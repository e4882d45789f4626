// The controls: a tab per variant, then labelled fields grouped as a manager thinks of them,
// each with its problem (if any) right under it. Every field is a native input, so the keyboard
// works as everywhere (Tab, arrows on numbers and lists); − and + buttons step whole numbers.

import type { Scenario } from '../../model/schema/index.js';
import type { PolicyKind, PolicyWindowSpec } from '../../model/schema/policy.js';
import { type ControlId, type ControlValues, controls, readControl } from '../controls.js';
import { REPORT_LANGUAGES, type ReportLanguageCode } from '../../text/report/index.js';
import type { WhatIfText } from '../../text/whatif/index.js';
import { MAX_VARIANTS, type PageState, type RunTexts, VARIANT_LETTERS } from '../page-state.js';
import type { ColumnIssue } from '../variant.js';
import { h, replaceChildren } from './dom.js';

/** What the panel tells the page. */
export interface PanelActions {
  changeControl(id: ControlId, text: string): void;
  changeRun(key: keyof RunTexts, text: string): void;
  select(index: number): void;
  addVariant(): void;
  removeVariant(): void;
  resetVariant(): void;
  downloadScenario(): void;
  downloadReport(): void;
  changeLanguage(code: ReportLanguageCode): void;
}

const GROUPS: readonly { readonly legend: keyof WhatIfText['groups']; readonly ids: readonly ControlId[] }[] = [
  { legend: 'team', ids: ['advisors', 'policy', 'threshold', 'deskSize', 'deskFrom', 'deskTo'] },
  { legend: 'demand', ids: ['callVolume', 'walkInVolume', 'perSlot'] },
  { legend: 'callers', ids: ['callerPatienceSec', 'redialProbability'] },
  { legend: 'hours', ids: ['open', 'close'] },
];

const RUN_FIELDS: readonly { readonly key: keyof RunTexts; readonly label: (words: WhatIfText) => string; readonly hint: (words: WhatIfText) => string }[] = [
  { key: 'seed', label: (w) => w.seed, hint: (w) => w.seedHint },
  { key: 'days', label: (w) => w.days, hint: () => '' },
  { key: 'replications', label: (w) => w.replications, hint: (w) => w.runHint },
];

/** The panel of controls for the selected variant, and the run settings. */
export class ControlsPanel {
  readonly element = h('section', { class: 'panel' });
  private words!: WhatIfText;
  private readonly errors = new Map<string, HTMLElement>();
  private readonly inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();

  constructor(
    private readonly base: Scenario,
    private readonly actions: PanelActions,
  ) {}

  /** Draws the panel for `state` in its language (focus stays on the field that had it). */
  build(state: PageState, words: WhatIfText): void {
    this.words = words;
    const focused = document.activeElement?.id;
    this.errors.clear();
    this.inputs.clear();
    const texts = state.variants[state.selected];
    const values = this.valuesOf(texts);
    const tabs = h(
      'div',
      { class: 'tabs', role: 'tablist', 'aria-label': words.variants },
      state.variants.map((_, index) => {
        const selected = index === state.selected;
        const tab = h('button', { type: 'button', role: 'tab', id: `tab-${index}`, 'aria-selected': String(selected), tabindex: selected ? 0 : -1 }, words.variant(VARIANT_LETTERS[index]));
        tab.addEventListener('click', () => this.actions.select(index));
        tab.addEventListener('keydown', (event) => {
          const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (step === 0) return;
          event.preventDefault();
          const next = (index + step + state.variants.length) % state.variants.length;
          this.actions.select(next);
          document.getElementById(`tab-${next}`)?.focus();
        });
        return tab;
      }),
      state.variants.length < MAX_VARIANTS ? button(words.addVariant, () => this.actions.addVariant(), 'add-variant') : null,
    );
    const groups = GROUPS.map((group) =>
      h('fieldset', {}, h('legend', {}, words.groups[group.legend]), group.ids.map((id) => this.field(id, texts[id], values, state.language))),
    );
    const run = h(
      'fieldset',
      {},
      h('legend', {}, words.groups.run),
      RUN_FIELDS.map(({ key, label, hint }) => this.runField(key, label(words), hint(words), state.run[key])),
      this.languageField(state.language),
    );
    const actions = h(
      'div',
      { class: 'actions' },
      button(words.downloadScenario, () => this.actions.downloadScenario(), 'download-scenario', 'primary'),
      button(words.downloadReport, () => this.actions.downloadReport(), 'download-report'),
      button(words.resetVariant, () => this.actions.resetVariant(), 'reset-variant'),
      state.variants.length > 1 ? button(words.removeVariant, () => this.actions.removeVariant(), 'remove-variant') : null,
    );
    // Problems that belong to no control (a cross-check of the whole scenario).
    const columnError = h('p', { class: 'problems', id: 'error-column', role: 'alert' });
    columnError.hidden = true;
    this.errors.set('column', columnError);
    replaceChildren(
      this.element,
      h('h2', {}, words.editing(words.variant(VARIANT_LETTERS[state.selected]))),
      tabs,
      h('div', { role: 'tabpanel', 'aria-labelledby': `tab-${state.selected}` }, columnError, groups, actions, h('p', { class: 'progress' }, words.downloadHint), run),
    );
    if (focused) document.getElementById(focused)?.focus();
  }

  /** Shows each problem under its control; problems with no control go under the tabs. */
  showIssues(issues: readonly ColumnIssue[], runIssues: Partial<Record<keyof RunTexts, string>>): void {
    const byControl = new Map<string, string[]>();
    for (const issue of issues) {
      const id = issue.control ?? 'column';
      byControl.set(id, [...(byControl.get(id) ?? []), this.words.problemAt(issue.control === null ? issue.field : '', issue.message)]);
    }
    for (const [key, message] of Object.entries(runIssues)) byControl.set(`run-${key}`, [message]);
    for (const [id, element] of this.errors) {
      const messages = byControl.get(id) ?? [];
      element.textContent = messages.join(' · ');
      element.hidden = messages.length === 0;
      this.inputs.get(id)?.setAttribute('aria-invalid', String(messages.length > 0));
    }
  }

  /** Shows a failure of the page itself (a bug) where problems of the column go. */
  showFailure(message: string): void {
    const element = this.errors.get('column');
    if (!element) return;
    element.textContent = message;
    element.hidden = false;
  }

  private valuesOf(texts: PageState['variants'][number]): ControlValues {
    return Object.fromEntries(
      (Object.keys(controls) as ControlId[]).map((id) => {
        const read = readControl(controls[id].input, texts[id], this.words);
        return [id, read.ok ? read.value : controls[id].initial(this.base)];
      }),
    ) as ControlValues;
  }

  /** The policy's windows in the page's words, as its menu names the policies: "08:00–11:00 a phone desk answers; …". */
  private describeWindows(windows: readonly PolicyWindowSpec[]): string {
    return windows.map((window) => `${window.from}–${window.to} ${this.words.policies[window.kind].menu}`).join('; ');
  }

  private field(id: ControlId, text: string, values: ControlValues, language: ReportLanguageCode): HTMLElement {
    const spec = controls[id];
    const absent = spec.initial(this.base) === null;
    const inputId = `control-${id}`;
    const errorId = `error-${id}`;
    // A policy by the hour shows its first window: the hint says so, and what choosing one does.
    const byTheHour = id === 'policy' && Array.isArray(this.base.policy);
    const hintText = absent ? this.words.notInScenario : byTheHour ? this.words.policyByTheHour(this.describeWindows(this.base.policy as readonly PolicyWindowSpec[])) : this.words.hints[id];
    const hintId = `hint-${id}`;
    const common = {
      id: inputId,
      name: id,
      'aria-describedby': `${hintText ? hintId : ''} ${errorId}`.trim(),
      disabled: absent,
    };
    let input: HTMLInputElement | HTMLSelectElement;
    if (spec.input.kind === 'choice') {
      input = h(
        'select',
        common,
        spec.input.options.map((option) => h('option', { value: option, selected: option === text }, this.words.policies[option as PolicyKind].menu)),
      );
      input.addEventListener('change', () => this.actions.changeControl(id, input.value));
    } else {
      // Whole numbers are number inputs (arrows and steppers). Numbers with decimals are text read by
      // readControl, which takes a decimal comma: an English browser's number input drops a typed
      // comma, so "0,8" walk-ins became 08 and ran as ×8.
      const whole = spec.input.kind === 'number' && spec.input.whole ? spec.input : null;
      const decimal = spec.input.kind === 'number' && !spec.input.whole;
      // Clock times are text, "HH:MM" as the scenario writes them: a time input cannot hold 24:00
      // (a day open round the clock showed an empty "doors close" that could not be typed back)
      // and shows "12:00 AM" on a Spanish page in an English browser.
      input = h('input', {
        ...common,
        type: whole ? 'number' : 'text',
        value: absent ? '' : decimal ? decimalAsWritten(text, language) : text,
        ...(whole
          ? { min: whole.min, max: whole.max, step: whole.step, inputmode: 'numeric' }
          : decimal
            ? { class: 'decimal', inputmode: 'decimal', spellcheck: 'false', autocomplete: 'off' }
            : { class: 'clock', maxlength: 5, spellcheck: 'false', autocomplete: 'off' }),
      });
      input.addEventListener('input', () => this.actions.changeControl(id, input.value));
    }
    this.inputs.set(id, input);
    const error = h('span', { class: 'error', id: errorId, role: 'alert' });
    error.hidden = true;
    this.errors.set(id, error);
    const stepper =
      spec.input.kind === 'number' && spec.input.whole && !absent
        ? h('span', { class: 'stepper' }, input, this.stepButton(id, input as HTMLInputElement, -1), this.stepButton(id, input as HTMLInputElement, 1))
        : input;
    const relevant = spec.relevant(values);
    return h(
      'div',
      { class: `field${relevant ? '' : ' off'}${absent ? ' absent' : ''}`, 'data-control': id },
      h('label', { for: inputId }, this.words.controls[id]),
      stepper,
      hintText ? h('span', { class: 'hint', id: hintId }, hintText) : null,
      error,
    );
  }

  private stepButton(id: ControlId, input: HTMLInputElement, step: -1 | 1): HTMLButtonElement {
    const label = (step > 0 ? this.words.stepUp : this.words.stepDown)(this.words.controls[id]);
    return button(step > 0 ? '+' : '−', () => {
      const now = Number(input.value);
      const spec = controls[id].input;
      if (spec.kind !== 'number' || !Number.isFinite(now)) return;
      const next = Math.min(spec.max, Math.max(spec.min, Math.round(now) + step));
      input.value = String(next);
      this.actions.changeControl(id, input.value);
    }, `step-${id}-${step > 0 ? 'up' : 'down'}`, undefined, label);
  }

  private languageField(current: ReportLanguageCode): HTMLElement {
    const select = h(
      'select',
      { id: 'page-language', name: 'language' },
      REPORT_LANGUAGES.map((code) => h('option', { value: code, selected: code === current, lang: code }, LANGUAGE_NAMES[code])),
    );
    select.addEventListener('change', () => this.actions.changeLanguage(select.value as ReportLanguageCode));
    return h('div', { class: 'field' }, h('label', { for: 'page-language' }, this.words.language), select);
  }

  private runField(key: keyof RunTexts, label: string, hint: string, text: string): HTMLElement {
    const inputId = `run-${key}`;
    const input = h('input', {
      id: inputId,
      name: key,
      type: key === 'seed' ? 'text' : 'number',
      value: text,
      ...(key === 'seed' ? {} : { min: key === 'days' ? 1 : 2, step: 1, inputmode: 'numeric' }),
      'aria-describedby': `hint-${inputId} error-${inputId}`,
    });
    input.addEventListener('input', () => this.actions.changeRun(key, input.value));
    this.inputs.set(inputId, input);
    const error = h('span', { class: 'error', id: `error-${inputId}`, role: 'alert' });
    error.hidden = true;
    this.errors.set(inputId, error);
    return h('div', { class: 'field', 'data-control': inputId }, h('label', { for: inputId }, label), input, hint ? h('span', { class: 'hint', id: `hint-${inputId}` }, hint) : null, error);
  }
}

/** A decimal as the page's language writes it ("0.3" is "0,3" on the Spanish page); anything else as typed. */
function decimalAsWritten(text: string, language: ReportLanguageCode): string {
  const mark = new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return /^[-+]?\d*\.\d+$/.test(text) ? text.replace('.', mark) : text;
}

// Each language named in itself, as language menus do.
const LANGUAGE_NAMES: Readonly<Record<ReportLanguageCode, string>> = { es: 'Español', en: 'English' };

function button(text: string, onClick: () => void, id?: string, className?: string, label?: string): HTMLButtonElement {
  const element = h('button', { type: 'button', id, class: className, 'aria-label': label }, text);
  element.addEventListener('click', onClick);
  return element;
}
