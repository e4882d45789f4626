// The verdict in plain words, first in every report: how many targets are met, which one binds and
// at which hours it fails. Sentences from the catalogue, facts from verdict.ts.

import type { Summary } from '../metrics/summary/index.js';
import type { ReportLanguage } from '../text/report/index.js';
import { figureText, formatValue } from './format.js';
import { boundText, formatOfMetric, targetLabel } from './sections.js';
import { hourRuns, verdictOf, type TargetVerdict, type Verdict } from './verdict.js';

/** The verdict of a summary, with isShare from the metric's name. */
export function summaryVerdict(summary: Summary): Verdict {
  return verdictOf(summary, (metric) => formatOfMetric(metric) === 'share');
}

/** The verdict as sentences: the headline, then what binds and when; empty when no target is set. */
export function verdictSentences(summary: Summary, verdict: Verdict, language: ReportLanguage): string[] {
  const { text } = language;
  const { counts } = verdict;
  const total = verdict.targets.length;
  if (total === 0) return [text.noTargets];
  if (verdict.binding === null) return [text.allNotApplicable];
  const sentences = [text.verdictHeadline(counts.missed, counts.borderline, counts.met, total - counts.notApplicable)];
  const binding = verdict.binding;
  const label = targetLabel(summary, binding.target, language);
  const value = figureText(binding.target, formatOfMetric(binding.target.metric), language);
  const bound = boundText(binding.target, language, true);
  const met = binding.status === 'met';
  sentences.push(met ? text.tightest(label, value, bound) : text.binding(label, value, bound));
  sentences.push(hoursSentence(binding, language));
  const others = verdict.targets.filter((target) => target !== binding && (target.status === 'missed' || target.status === 'borderline'));
  if (others.length > 0) {
    sentences.push(text.alsoFailing(language.numbers.list(others.map((other) => otherText(summary, other, language)))));
  }
  return sentences;
}

/** The hours when a target fails, e.g. "08:00–11:00 and 17:00–19:00"; null when it never fails. */
export function failingHoursText(target: TargetVerdict, language: ReportLanguage): string | null {
  if (target.hours === null) return null;
  const failing = target.hours.filter((hour) => hour.fails).map((hour) => hour.hour);
  if (failing.length === 0) return null;
  return hoursText(failing, language);
}

/** Hours as ranges of the clock: [8, 9, 10, 17, 18] → "08:00–11:00 and 17:00–19:00". */
export function hoursText(hours: readonly number[], language: ReportLanguage): string {
  const { numbers, text } = language;
  const ranges = hourRuns(hours).map(([first, last]) => text.hourRange(numbers.clock(first * 60), numbers.clock((last + 1) * 60)));
  return numbers.list(ranges);
}

function hoursSentence(target: TargetVerdict, language: ReportLanguage): string {
  const { text } = language;
  if (target.hours === null) return text.noHourly;
  const failing = target.hours.filter((hour) => hour.fails);
  if (failing.length === 0) {
    // Held by every hour's estimate; the hours whose interval still straddles the target are said, as the heat strip shows them amber.
    const close = target.hours.filter((hour) => hour.status === 'borderline').map((hour) => hour.hour);
    return close.length === 0 ? text.holdsEveryHour : text.holdsEveryHourBorderline(hoursText(close, language));
  }
  // The worst hour: the one under the most pressure (the first of equals).
  const worst = failing.reduce((a, b) => (b.pressure > a.pressure ? b : a));
  const worstHour = hoursText([worst.hour], language);
  const worstValue = formatValue(worst.figure.value!, formatOfMetric(target.target.metric), language);
  const hours = hoursText(failing.map((hour) => hour.hour), language);
  const every = failing.length === target.hours.length;
  return (every ? text.failsEveryHour : text.failsAtHours)(hours, worstHour, worstValue);
}

/** Another failing target in a list: "visitors attended within 5 min (66.3% ± 0.6)". */
function otherText(summary: Summary, target: TargetVerdict, language: ReportLanguage): string {
  const value = figureText(target.target, formatOfMetric(target.target.metric), language);
  return language.text.otherTarget(targetLabel(summary, target.target, language), value, target.status === 'missed' ? 'missed' : 'borderline');
}
