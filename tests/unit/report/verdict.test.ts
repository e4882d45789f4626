import { describe, expect, it } from 'vitest';
import type { Summary, TargetResult } from '../../../src/metrics/summary/index.js';
import { charts } from '../../../src/report/charts/index.js';
import { hourRuns, pressure, STATUS_COLOURS, STATUS_TEXT_COLOURS, STATUSES, statusOf, verdictOf } from '../../../src/report/verdict.js';
import { hoursText, summaryVerdict, verdictSentences } from '../../../src/report/verdict-text.js';
import { reportLanguage } from '../../../src/text/report/index.js';
import { fixtureSummary } from './fixture.js';

const en = reportLanguage('en');
const es = reportLanguage('es');

describe('statusOf', () => {
  const atLeast = { kind: 'atLeast', target: 0.8 } as const;
  const atMost = { kind: 'atMost', target: 0.1 } as const;

  it('is green when the whole interval is on the right side, red on the wrong side, amber across', () => {
    expect(statusOf(atLeast, { value: 0.9, ci95: [0.85, 0.95] })).toBe('met');
    expect(statusOf(atLeast, { value: 0.7, ci95: [0.65, 0.75] })).toBe('missed');
    expect(statusOf(atLeast, { value: 0.81, ci95: [0.78, 0.84] })).toBe('borderline');
    // Amber also when the estimate misses but the interval reaches the target.
    expect(statusOf(atLeast, { value: 0.79, ci95: [0.76, 0.82] })).toBe('borderline');
    expect(statusOf(atMost, { value: 0.05, ci95: [0.04, 0.06] })).toBe('met');
    expect(statusOf(atMost, { value: 0.2, ci95: [0.15, 0.25] })).toBe('missed');
    expect(statusOf(atMost, { value: 0.09, ci95: [0.07, 0.11] })).toBe('borderline');
  });

  it('counts the target itself as met, and uses the estimate when there is no interval', () => {
    expect(statusOf(atLeast, { value: 0.8, ci95: [0.8, 0.9] })).toBe('met');
    expect(statusOf(atLeast, { value: 0.8, ci95: null })).toBe('met');
    expect(statusOf(atLeast, { value: 0.79, ci95: null })).toBe('missed');
  });

  it('is not applicable when there is nothing to measure', () => {
    expect(statusOf(atLeast, { value: null, ci95: null })).toBe('notApplicable');
  });
});

describe('pressure', () => {
  it('compares the bad part with what the target allows', () => {
    // 66 % served in time against ≥ 80 %: 34 % late of 20 % allowed.
    expect(pressure({ kind: 'atLeast', target: 0.8 }, 0.66, true)).toBeCloseTo(1.7);
    expect(pressure({ kind: 'atMost', target: 0.1 }, 0.45, true)).toBeCloseTo(4.5);
    expect(pressure({ kind: 'atMost', target: 10 }, 5, false)).toBeCloseTo(0.5);
    expect(pressure({ kind: 'atMost', target: 0 }, 0, true)).toBe(0);
    expect(pressure({ kind: 'atMost', target: 0 }, 0.01, true)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('hourRuns and hoursText', () => {
  it('groups consecutive hours into clock ranges', () => {
    expect(hourRuns([17, 8, 9, 10, 18])).toEqual([
      [8, 10],
      [17, 18],
    ]);
    expect(hoursText([8, 9, 10, 17, 18], en)).toBe('08:00–11:00 and 17:00–19:00');
    expect(hoursText([8, 9, 10, 17, 18], es)).toBe('de 08:00 a 11:00 y de 17:00 a 19:00');
    expect(hoursText([23], en)).toBe('23:00–24:00');
  });
});

describe('the verdict of a run', () => {
  const summary = fixtureSummary();
  const verdict = summaryVerdict(summary);

  it('counts the targets by status', () => {
    const { counts } = verdict;
    expect(counts.met + counts.borderline + counts.missed + counts.notApplicable).toBe(summary.targets.length);
    expect(counts.missed).toBeGreaterThan(0);
  });

  it('names as binding the target under the most pressure, computed from the figures', () => {
    const binding = verdict.binding!;
    for (const other of verdict.targets) if (other.pressure !== null) expect(binding.pressure!).toBeGreaterThanOrEqual(other.pressure);
    const sentences = verdictSentences(summary, verdict, en);
    expect(sentences[1].startsWith('The binding target, the one furthest from being met, is ')).toBe(true);
  });

  it('says at which hours the binding target fails, and where it is worst', () => {
    const binding = verdict.binding!;
    const failing = binding.hours!.filter((hour) => hour.fails).map((hour) => hour.hour);
    expect(failing.length).toBeGreaterThan(0);
    const sentence = verdictSentences(summary, verdict, en)[2];
    expect(sentence).toContain(hoursText(failing, en));
    const worst = binding.hours!.filter((hour) => hour.fails).reduce((a, b) => (b.pressure > a.pressure ? b : a));
    expect(sentence).toContain(`worst ${hoursText([worst.hour], en)}`);
  });

  it('follows the figures: a binding target moves when the figures move', () => {
    // Make the abandonment target the one far out of reach.
    const worse: Summary = {
      ...summary,
      targets: summary.targets.map((t): TargetResult => (t.name === 'callMaxAbandon' ? { ...t, value: 0.9, ci95: [0.85, 0.95], met: false, metWithConfidence: false } : t)),
    };
    expect(summaryVerdict(worse).binding!.target.name).toBe('callMaxAbandon');
    expect(verdictSentences(worse, summaryVerdict(worse), en)[1]).toContain(en.text.targetNames.callMaxAbandon());
  });

  it('names the tightest target when every target is met', () => {
    const allMet: Summary = {
      ...summary,
      targets: summary.targets.map((t) => ({ ...t, target: t.kind === 'atLeast' ? 0 : 1e6 })),
    };
    const sentences = verdictSentences(allMet, summaryVerdict(allMet), en);
    expect(sentences[0]).toBe(en.text.verdictHeadline(0, 0, summary.targets.length, summary.targets.length));
    expect(sentences[1].startsWith('The tightest target, the one closest to being missed, is ')).toBe(true);
    expect(sentences[2]).toBe(en.text.holdsEveryHour);
  });

  it('names the hours still too close to call when every hour holds by its estimate', () => {
    // Calls answered in time, its target just under the lowest hour: every hour holds, the lowest only just.
    const calls = summary.targets.find((t) => t.name === 'callServiceLevel')!;
    const hours = summaryVerdict(summary).targets.find((t) => t.target.name === 'callServiceLevel')!.hours!;
    const lowest = hours.reduce((a, b) => (b.figure.value! < a.figure.value! ? b : a));
    expect(lowest.figure.ci95![0]).toBeLessThan(lowest.figure.value! - 1e-6);
    const close: Summary = {
      ...summary,
      targets: summary.targets.map((t) => (t === calls ? { ...t, target: lowest.figure.value! - 1e-6 } : { ...t, target: t.kind === 'atLeast' ? 0 : 1e6 })),
    };
    const verdict = summaryVerdict(close);
    const judged = verdict.targets.find((t) => t.target.name === 'callServiceLevel')!.hours!;
    expect(judged.some((hour) => hour.fails)).toBe(false);
    const borderline = judged.filter((hour) => hour.status === 'borderline').map((hour) => hour.hour);
    expect(borderline).toContain(lowest.hour);
    const sentences = verdictSentences(close, verdict, en);
    expect(sentences[2]).toBe(en.text.holdsEveryHourBorderline(hoursText(borderline, en)));
  });

  it('says what its first count counts, also when no target is missed', () => {
    const es = reportLanguage('es');
    expect(en.text.verdictHeadline(0, 1, 1, 2)).toBe('1 of 2 targets borderline, 1 met.');
    expect(es.text.verdictHeadline(0, 1, 3, 4)).toBe('1 de 4 objetivos en el límite, 3 cumplidos.');
    expect(en.text.verdictHeadline(0, 2, 0, 2)).toBe('2 of 2 targets borderline.');
    expect(en.text.verdictHeadline(1, 2, 1, 4)).toBe('1 of 4 targets missed, 2 borderline, 1 met.');
    expect(es.text.verdictHeadline(2, 0, 2, 4)).toBe('2 de 4 objetivos incumplidos, 2 cumplidos.');
  });

  it('lists the other targets not met with confidence, each with how it came out (a borderline one may lie on the right side)', () => {
    // Abandonment far out of reach, the call service level just above its target but not surely.
    const mixed: Summary = {
      ...summary,
      targets: summary.targets.map((t): TargetResult => {
        if (t.name === 'callMaxAbandon') return { ...t, value: 0.9, ci95: [0.85, 0.95], met: false, metWithConfidence: false };
        if (t.name === 'callServiceLevel') return { ...t, value: t.target + 0.02, ci95: [t.target - 0.05, t.target + 0.09], met: true, metWithConfidence: false };
        return { ...t, target: t.kind === 'atLeast' ? 0 : 1e6 };
      }),
    };
    const verdict = summaryVerdict(mixed);
    expect(verdict.binding!.target.name).toBe('callMaxAbandon');
    expect(verdict.targets.find((t) => t.target.name === 'callServiceLevel')!.status).toBe('borderline');
    expect(verdictSentences(mixed, verdict, en).at(-1)).toMatch(/^Also not met with 95% confidence: calls answered within 20\ss \(82\.0%\s±\s[\d.]+, borderline\)\.$/);
    expect(verdictSentences(mixed, verdict, es).at(-1)).toMatch(/^Tampoco se cumplen con un 95 % de confianza: llamadas atendidas en 20\ss \(82,0\s%\s±\s[\d,]+, en el límite\)\.$/);
  });

  it('has nothing to say without targets, and says so', () => {
    expect(verdictSentences({ ...summary, targets: [] }, verdictOf({ ...summary, targets: [] }, () => true), es)).toEqual([es.text.noTargets]);
  });

  it('marks targets with nothing to measure as not applicable, never as missed', () => {
    const noCalls = fixtureSummary({ calls: false });
    const v = summaryVerdict(noCalls);
    const callTargets = v.targets.filter((t) => t.target.name.startsWith('call'));
    expect(callTargets.map((t) => t.status)).toEqual(callTargets.map(() => 'notApplicable'));
    expect(v.binding?.target.name.startsWith('visitor')).toBe(true);
  });
});

describe('the status colours', () => {
  /** WCAG's relative luminance of "#rgb" or "#rrggbb". */
  const luminance = (hex: string) => {
    const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
    const [r, g, b] = digits.map((pair) => {
      const c = parseInt(pair, 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };

  it('write every status word readably on its colour (4.5:1, WCAG AA)', () => {
    for (const status of STATUSES) {
      expect({ status, readable: contrast(STATUS_TEXT_COLOURS[status], STATUS_COLOURS[status]) >= 4.5 }).toEqual({ status, readable: true });
    }
  });

  it('are the heat strip’s text colours too', () => {
    const summary = fixtureSummary();
    const spec = charts['target-hours'].spec(summary, en) as unknown as { layer: { encoding: { color: { scale: { domain: string[]; range: string[] } } } }[] };
    const text = spec.layer[1].encoding.color.scale;
    for (const [i, word] of text.domain.entries()) {
      const status = STATUSES.find((candidate) => en.text.statuses[candidate] === word)!;
      expect(text.range[i]).toBe(STATUS_TEXT_COLOURS[status]);
    }
  });
});
