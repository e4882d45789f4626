import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { moneyCurveSpec } from '../../../src/report/charts/money-curve.js';
import { pairedDifferencesSpec } from '../../../src/report/charts/paired-differences.js';
import { SERIES_COLOURS, TARGET_COLOUR, teamSizeSpec, withGaps, type TeamSizeChart } from '../../../src/report/charts/team-size.js';
import { renderChartSvg } from '../../../src/report/render-svg.js';
import { reportLanguage } from '../../../src/text/report/index.js';
import { validateVegaLite } from '../../support/vega-lite-schema.js';

const point = (series: string, advisors: number, value: number | null) => ({ series, advisors, value, low: value === null ? null : value - 0.02, high: value === null ? null : value + 0.02 });

const chart: TeamSizeChart = {
  title: 'Key figures by team size',
  xTitle: 'advisors',
  series: ['answer-all', 'divert'],
  panels: [
    {
      title: 'calls answered within 20 s',
      format: 'share',
      target: { value: 0.8, label: 'target ≥ 80%' },
      points: [point('answer-all', 3, 0.71), point('answer-all', 4, 0.85), point('answer-all', 6, 0.97), point('divert', 3, 0.6), point('divert', 4, null), point('divert', 5, 0.9)],
    },
    { title: 'net cost per day', format: 'money', target: null, points: [point('answer-all', 3, 1900), point('answer-all', 4, 1700), point('divert', 3, 2500)] },
    { title: 'nothing to measure', format: 'number', target: null, points: [point('divert', 3, null)] },
  ],
  recommended: { series: 'answer-all', advisors: 4, label: 'recommended' },
};

describe('team-size chart', () => {
  it('breaks a line where a team size was not evaluated, and keeps gaps as gaps', () => {
    const rows = withGaps(chart.panels[0].points, chart.series);
    expect(rows.filter((row) => row.series === 'answer-all').map((row) => [row.advisors, row.value])).toEqual([[3, 0.71], [4, 0.85], [5, null], [6, 0.97]]);
    expect(rows.filter((row) => row.series === 'divert').map((row) => row.value)).toEqual([0.6, null, 0.9]);
  });

  it('validates against the Vega-Lite schema in both languages, drops empty panels and renders with the target and the recommended team', async () => {
    for (const code of ['en', 'es'] as const) {
      const spec = teamSizeSpec(chart, reportLanguage(code))!;
      expect(validateVegaLite(spec)).toEqual([]);
      expect((spec as { vconcat: unknown[] }).vconcat).toHaveLength(2);
      expect(() => compile(spec)).not.toThrow();
      const warnings: string[] = [];
      const svg = await renderChartSvg(spec, { idPrefix: 'team-size', warnings });
      expect(warnings).toEqual([]);
      expect(svg).toContain('target ≥ 80%');
      // Named once, under the title, not written over the lines of every panel.
      expect(svg.match(/<text[^>]*>[^<]*recommended<\/text>/g)).toHaveLength(1);
    }
    expect(teamSizeSpec({ ...chart, panels: [chart.panels[2]] }, reportLanguage('en'))).toBeNull();
  });
});

describe('team-size legend', () => {
  it('writes a long series name whole', async () => {
    const series = 'se cogen todas las llamadas (interrumpiendo visitas)';
    const spec = teamSizeSpec({ ...chart, series: [series], panels: [{ ...chart.panels[0], points: chart.panels[0].points.map((p) => ({ ...p, series })) }], recommended: null }, reportLanguage('es'))!;
    expect(await renderChartSvg(spec)).toContain(`>${series}</text>`);
  });
});

describe('series colours', () => {
  /** Hue in degrees of "#rrggbb". */
  const hue = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
    const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)];
    if (max === min) return null;
    const h = max === r ? (g - b) / (max - min) : max === g ? 2 + (b - r) / (max - min) : 4 + (r - g) / (max - min);
    return (h * 60 + 360) % 360;
  };
  const apart = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

  it('give no policy of a full size search (six series) the red of the target lines', () => {
    const red = hue(TARGET_COLOUR)!;
    for (const colour of SERIES_COLOURS.slice(0, 6)) {
      const own = hue(colour);
      expect({ colour, farFromRed: own === null || apart(own, red) > 20 }).toEqual({ colour, farFromRed: true });
    }
  });
});

describe('money-curve chart', () => {
  const money = (advisors: number, staff: number, lost: number | null) => ({
    advisors,
    staff: { value: staff, low: staff, high: staff },
    lost: { value: lost, low: lost === null ? null : lost - 10, high: lost === null ? null : lost + 10 },
    net: { value: lost === null ? null : staff + lost, low: lost === null ? null : staff + lost - 10, high: lost === null ? null : staff + lost + 10 },
  });

  it('validates, draws one panel per policy and rings the recommended team on its net cost only', async () => {
    const es = reportLanguage('es');
    const spec = moneyCurveSpec(
      {
        policies: [
          { title: 'answer-all', points: [money(3, 1000, 900), money(4, 1300, 400), money(6, 1900, 60)] },
          { title: 'divert', points: [{ ...money(3, 1000, null), staff: { value: null, low: null, high: null } }] },
        ],
        recommended: { policy: 'answer-all', advisors: 4, label: 'recomendado' },
        currency: 'EUR',
      },
      es,
    )!;
    expect(validateVegaLite(spec)).toEqual([]);
    const panels = (spec as { vconcat: { layer: { mark?: { filled?: boolean }; data?: { values: Record<string, unknown>[] } }[] }[] }).vconcat;
    // divert has no money figure to show: no panel for it.
    expect(panels).toHaveLength(1);
    const ringed = panels[0].layer.filter((layer) => layer.mark?.filled === false).flatMap((layer) => layer.data?.values ?? []);
    expect(ringed).toEqual([expect.objectContaining({ series: es.text.planning.moneyMeasures.net, advisors: 4, value: 1700 })]);
    const warnings: string[] = [];
    expect(await renderChartSvg(spec, { warnings })).toContain('○ recomendado');
    expect(warnings).toEqual([]);
  });
});

describe('paired-differences chart', () => {
  it('validates, colours real differences apart from noise, and leaves out a figure with nothing to measure', async () => {
    const en = reportLanguage('en');
    const spec = pairedDifferencesSpec(
      {
        title: 'Differences',
        variants: ['four', 'desk'],
        currency: 'EUR',
        panels: [
          { title: 'net cost per day', format: 'money', rows: [{ variant: 'four', value: -229, low: -236, high: -222, real: true }, { variant: 'desk', value: 5, low: -10, high: 20, real: false }] },
          { title: 'mean visitor wait (min)', format: 'number', rows: [{ variant: 'four', value: null, low: null, high: null, real: false }] },
        ],
      },
      en,
    )!;
    expect(validateVegaLite(spec)).toEqual([]);
    const panels = (spec as { vconcat: { layer: { data: { values: Record<string, unknown>[] } }[] }[] }).vconcat;
    expect(panels).toHaveLength(1);
    const rows = panels[0].layer[1].data.values;
    expect(rows.map((row) => [row.variant, row.kind])).toEqual([
      ['four', en.text.planning.legendDifference.real],
      ['desk', en.text.planning.legendDifference.noise],
    ]);
    const warnings: string[] = [];
    expect(await renderChartSvg(spec, { warnings })).toContain('<svg');
    expect(warnings).toEqual([]);
    expect(pairedDifferencesSpec({ title: 'x', variants: ['four'], currency: 'EUR', panels: [] }, en)).toBeNull();
  });
});
