import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { teamSizeSpec, withGaps, type TeamSizeChart } from '../../../src/report/charts/team-size.js';
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
      expect(svg).toContain('recommended');
    }
    expect(teamSizeSpec({ ...chart, panels: [chart.panels[2]] }, reportLanguage('en'))).toBeNull();
  });
});
