import { describe, expect, it } from 'vitest';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_IDS, charts } from '../../../src/report/charts/index.js';
import { renderChartSvg } from '../../../src/report/render-svg.js';
import { validateVegaLite } from '../../support/vega-lite-schema.js';
import { fixtureSummary } from './fixture.js';
import { report } from '../../../src/text/messages.js';

const variants = {
  'the fixture': fixtureSummary(),
  'the fixture with messages': fixtureSummary({ messages: true }),
  'the fixture without calls': fixtureSummary({ calls: false }),
  'a single replication (no intervals)': fixtureSummary({ replications: 1 }),
};

describe('chart registry', () => {
  it('has one module per chart id, under its own id', () => {
    expect(Object.keys(charts).sort()).toEqual([...CHART_IDS].sort());
    for (const id of CHART_IDS) expect(charts[id].id).toBe(id);
  });
});

describe.each(Object.entries(variants))('charts of %s', (_name, summary) => {
  it.each(CHART_IDS)('%s validates against the Vega-Lite schema', (id) => {
    expect(validateVegaLite(charts[id].spec(summary))).toEqual([]);
  });

  it.each(CHART_IDS)('%s compiles without warnings and renders to SVG', async (id) => {
    const spec = charts[id].spec(summary);
    const warnings: string[] = [];
    const logged: string[] = [];
    const logger = quietLogger(logged);
    expect(() => compile(spec, { logger })).not.toThrow();
    const svg = await renderChartSvg(spec, { idPrefix: id, warnings });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('</svg>');
    expect([...warnings, ...logged]).toEqual([]);
  });
});

describe('chart data', () => {
  const summary = fixtureSummary();
  const values = (spec: TopLevelSpec): Record<string, unknown>[] => {
    const found: Record<string, unknown>[] = [];
    JSON.stringify(spec, (key, value: unknown) => {
      if (key === 'values' && Array.isArray(value) && value.every((v) => typeof v === 'object')) {
        found.push(...(value as Record<string, unknown>[]));
      }
      return value;
    });
    return found;
  };

  it('inlines the data and leaves out hours without traffic', () => {
    const points = values(charts['waits-by-hour'].spec(summary));
    const callHours = points.filter((p) => p.series === report.callsWaitPanel()).map((p) => p.hour);
    // The fixture's calls ring 08:00–19:00 except 14:00; nothing at night.
    expect(callHours).toEqual([8, 9, 10, 11, 12, 13, 15, 16, 17, 18]);
    // Calls are drawn in seconds, from the summary's minutes.
    const at9 = points.find((p) => p.series === report.callsWaitPanel() && p.hour === 9);
    const wait9 = summary.hourly[9].calls.mean_wait_all;
    expect(at9).toMatchObject({ value: wait9.value! * 60, low: wait9.ci95![0] * 60 });
  });

  it('draws configured service-level targets as rules', () => {
    const points = values(charts['service-level-by-hour'].spec(summary));
    const targets = points.filter((p) => 'target' in p).map((p) => p.target);
    expect(targets).toEqual([0.8, 0.7]);
  });

  it('shows every team on duty, and no activity nobody did', () => {
    const bars = values(charts.utilisation.spec(summary));
    expect(new Set(bars.map((b) => b.team))).toEqual(new Set(['advisors', 'parts line']));
    expect(bars.some((b) => b.activity === 'answering messages')).toBe(false);
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
