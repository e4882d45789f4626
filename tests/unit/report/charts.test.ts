import { describe, expect, it } from 'vitest';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../../src/metrics/summary/index.js';
import { CHART_IDS, charts, chartSpecs } from '../../../src/report/charts/index.js';
import { renderChartSvg } from '../../../src/report/render-svg.js';
import { statusOf } from '../../../src/report/verdict.js';
import { reportLanguage } from '../../../src/text/report/index.js';
import { validateVegaLite } from '../../support/vega-lite-schema.js';
import { fixtureSummary } from './fixture.js';

const en = reportLanguage('en');
const es = reportLanguage('es');
const { text } = en;

const variants = {
  'the fixture': fixtureSummary(),
  'the fixture with messages': fixtureSummary({ messages: true }),
  'the fixture without calls': fixtureSummary({ calls: false }),
  'the fixture without visitors': fixtureSummary({ visitors: false }),
  'a single replication (no intervals)': fixtureSummary({ replications: 1 }),
};

/** A summary whose figures a test may set. */
type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** Every data row inlined in a spec. */
function values(spec: TopLevelSpec | null): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  JSON.stringify(spec, (key, value: unknown) => {
    if (key === 'values' && Array.isArray(value) && value.every((v) => typeof v === 'object')) {
      found.push(...(value as Record<string, unknown>[]));
    }
    return value;
  });
  return found;
}

describe('chart registry', () => {
  it('has one module per chart id, under its own id', () => {
    expect(Object.keys(charts).sort()).toEqual([...CHART_IDS].sort());
    for (const id of CHART_IDS) expect(charts[id].id).toBe(id);
  });
});

describe.each(Object.entries(variants))('charts of %s', (_name, summary) => {
  const drawn = chartSpecs(summary, en).map((chart) => chart.id);

  it('draws every chart it has something for', () => {
    expect(drawn.length).toBeGreaterThanOrEqual(4);
  });

  it.each(CHART_IDS)('%s validates against the Vega-Lite schema, in English and Spanish', (id) => {
    for (const language of [en, es]) {
      const spec = charts[id].spec(summary, language);
      if (spec !== null) expect(validateVegaLite(spec)).toEqual([]);
    }
  });

  it.each(CHART_IDS)('%s compiles without warnings and renders to SVG', async (id) => {
    const spec = charts[id].spec(summary, es);
    if (spec === null) return;
    const warnings: string[] = [];
    const logged: string[] = [];
    expect(() => compile(spec, { logger: quietLogger(logged) })).not.toThrow();
    const svg = await renderChartSvg(spec, { idPrefix: id, warnings });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('</svg>');
    expect([...warnings, ...logged]).toEqual([]);
  });
});

describe('chart data', () => {
  const summary = fixtureSummary();

  it('inlines the data, keeps gaps as gaps and leaves out the night', () => {
    const points = values(charts['waits-by-hour'].spec(summary, en));
    const calls = points.filter((p) => p.series === text.callsWaitPanel);
    // The fixture's calls ring 08:00–19:00 except 14:00, which is a gap, not a bridge.
    expect(calls.map((p) => p.hour)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(calls.find((p) => p.hour === 14)).toMatchObject({ value: null, low: null, high: null });
    // Calls are drawn in seconds, from the summary's minutes.
    const at9 = calls.find((p) => p.hour === 9);
    const wait9 = summary.hourly[9].calls.mean_wait_all;
    expect(at9).toMatchObject({ value: wait9.value! * 60, low: wait9.ci95![0] * 60 });
    // Nobody visits 13:00–16:00: the visitors' line breaks there.
    const visitors = points.filter((p) => p.series === text.visitorsWaitPanel);
    expect(visitors.filter((p) => p.value === null).map((p) => p.hour)).toEqual([13, 14, 15]);
  });

  it('draws each queue in its own panel, so no line hides another', () => {
    const spec = charts['queue-by-hour'].spec(fixtureSummary({ messages: true }), en) as unknown as Record<string, unknown>;
    expect(spec.facet).toMatchObject({ row: { field: 'series' } });
    expect(spec.resolve).toEqual({ scale: { y: 'independent' } });
    const series = new Set(values(spec as unknown as TopLevelSpec).map((p) => p.series));
    expect(series).toEqual(new Set([text.queues.visitors, text.queues.calls, text.queues.messages]));
  });

  it('gives each service-level target its own rule and label, even when two are equal', () => {
    const equal: Summary = { ...summary, targets: summary.targets.map((t) => (t.name === 'visitorServiceLevel' ? { ...t, target: 0.8 } : t)) };
    for (const s of [summary, equal]) {
      const spec = charts['service-level-by-hour'].spec(s, en) as { vconcat: unknown[] };
      expect(spec.vconcat).toHaveLength(2);
      const rules = spec.vconcat.map((panel) => values(panel as TopLevelSpec).filter((p) => 'target' in p));
      expect(rules.map((r) => r.length)).toEqual([1, 1]);
      expect(rules.map((r) => r[0].target)).toEqual([0.8, s === equal ? 0.8 : 0.7]);
      expect(rules[0][0].label).toBe(text.targetRule('≥ 80.0%'));
    }
  });

  it('shows where the lost customers went: customers and margin by cause', () => {
    const bars = values(charts['lost-customers'].spec(summary, en));
    const causes = [text.causes.callersLost, text.causes.walkInsLost, text.causes.interruptions];
    expect(bars.map((b) => b.cause)).toEqual([...causes, ...causes]);
    expect(bars[0].value).toBe(summary.money.customersLostByCausePerDay.callersLost.value);
    expect(bars[3].value).toBe(summary.money.lostMarginByCausePerDay.callersLost.value);
    // Without calls, no call can be lost.
    const noCalls = values(charts['lost-customers'].spec(fixtureSummary({ calls: false }), en));
    expect(noCalls.map((b) => b.cause)).not.toContain(text.causes.callersLost);
    // The money axis says what its bars' labels say (€), not the currency's code.
    const spec = charts['lost-customers'].spec(summary, en) as unknown as { hconcat: { layer: { encoding: { x: { title: string | null } } }[] }[] };
    expect(spec.hconcat[1].layer[0].encoding.x.title).toBe('€');
  });

  it('colours each hour of each target by where its interval lies, and marks hours without traffic not applicable (no blank band)', () => {
    const cells = values(charts['target-hours'].spec(summary, en));
    const target = summary.targets.find((t) => t.name === 'visitorServiceLevel')!;
    const label = text.targetNames.visitorServiceLevel('5 min');
    const row = cells.filter((c) => c.target === label);
    const measured = row.filter((c) => c.status !== text.statuses.notApplicable);
    expect(measured.map((c) => c.hour)).toEqual([8, 9, 10, 11, 12, 16, 17, 18]);
    // The visitors' lunch gap is grey, labelled "—": the row is whole.
    const gap = row.filter((c) => c.status === text.statuses.notApplicable);
    expect(gap.map((c) => [c.hour, c.label])).toEqual([13, 14, 15].map((hour) => [hour, text.noValue]));
    for (const cell of measured) {
      const figure = summary.hourly[cell.hour as number].visits.sl_attended_within_t_over_arrivals;
      expect(cell.status).toBe(text.statuses[statusOf(target, figure)]);
    }
    // Every target of the fixture has an hourly figure, so each has a row.
    expect(new Set(cells.map((c) => c.target)).size).toBe(summary.targets.length);
    expect(charts['target-hours'].spec({ ...summary, targets: [] }, en)).toBeNull();
  });

  it('shows every team on duty, and no activity nobody did', () => {
    const bars = values(charts.utilisation.spec(summary, en));
    expect(new Set(bars.map((b) => b.team))).toEqual(new Set(['advisors', 'parts line']));
    expect(bars.some((b) => b.activity === text.activities.message)).toBe(false);
  });

  it('labels an axis of nothing but zeros "0", not "0.000000"', async () => {
    // Nobody waits at any hour and nobody is lost: each scale is [0, 0].
    const idle = fixtureSummary({ visitors: false }) as Mutable<Summary>;
    const zero = { value: 0, ci95: [0, 0] as [number, number] };
    for (const hour of idle.hourly) {
      if (hour.calls.mean_wait_all.value !== null) hour.calls.mean_wait_all = zero;
    }
    for (const cause of Object.keys(idle.money.lostMarginByCausePerDay) as (keyof typeof idle.money.lostMarginByCausePerDay)[]) {
      idle.money.lostMarginByCausePerDay[cause] = zero;
      idle.money.customersLostByCausePerDay[cause] = zero;
    }
    for (const language of [en, es]) {
      for (const id of ['waits-by-hour', 'lost-customers'] as const) {
        const spec = charts[id].spec(idle as Summary, language);
        expect(spec, id).not.toBeNull();
        const labels = (await renderChartSvg(spec!, { idPrefix: id })).match(/>[^<>]+</g) ?? [];
        expect(labels, id).toContain('>0<');
        expect(labels.join(''), id).not.toMatch(/0[.,]000000/);
      }
    }
  });

  it('writes axis numbers as the report language does', () => {
    const spec = charts.utilisation.spec(summary, es) as { config: { locale: { number: { decimal: string; percent: string } } } };
    expect(spec.config.locale.number).toMatchObject({ decimal: ',', percent: '\u00a0%' });
  });
});

describe('renderChartSvg', () => {
  // Clipping makes vega emit clip-path ids from a process-wide counter.
  const clipped: TopLevelSpec = {
    data: { values: [{ x: 1, y: 2 }, { x: 2, y: 5 }] },
    mark: { type: 'line', clip: true },
    encoding: { x: { field: 'x', type: 'quantitative', scale: { domain: [0, 1.5] } }, y: { field: 'y', type: 'quantitative' } },
  };

  it('numbers ids from its prefix, so the same spec gives the same text', async () => {
    const first = await renderChartSvg(clipped, { idPrefix: 'demo' });
    const second = await renderChartSvg(clipped, { idPrefix: 'demo' });
    expect(first).toContain('id="demo-1"');
    expect(first).toContain('url(#demo-1)');
    expect(second).toBe(first);
  });
});

/** A vega-lite logger that keeps warnings in `sink`. */
function quietLogger(sink: string[]) {
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => (sink.push(args.join(' ')), logger),
    warn: (...args: unknown[]) => (sink.push(args.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
