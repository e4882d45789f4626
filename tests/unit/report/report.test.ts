import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/model/schema/index.js';
import { buildReport, charts, CHART_IDS, reportContext } from '../../../src/report/index.js';
import { fixtureContext, fixtureSummary } from './fixture.js';

describe('buildReport', () => {
  it('returns the files of a run, the same bytes every time', async () => {
    const first = await buildReport(fixtureSummary(), fixtureContext());
    const second = await buildReport(fixtureSummary(), fixtureContext());
    expect(Object.keys(first)).toEqual([
      'summary.csv',
      'hourly.csv',
      ...CHART_IDS.flatMap((id) => [`charts/${id}.vl.json`, `charts/${id}.svg`]),
      'report.html',
    ]);
    expect(second).toEqual(first);
    for (const id of CHART_IDS) {
      expect(JSON.parse(first[`charts/${id}.vl.json`])).toEqual(JSON.parse(JSON.stringify(charts[id].spec(fixtureSummary()))));
      // The page shows the very SVG written beside it.
      expect(first['report.html']).toContain(first[`charts/${id}.svg`]);
    }
  });

  it('collects chart warnings instead of printing them', async () => {
    const warnings: string[] = [];
    await buildReport(fixtureSummary({ messages: true }), fixtureContext(), warnings);
    expect(warnings).toEqual([]);
  });
});

describe('reportContext', () => {
  it('takes the facts from a validated scenario', () => {
    const scenario = scenarioSchema.parse({
      name: 'Small dealership',
      day: { open: '08:00', close: '19:00' },
      replications: 30,
      seed: 'spring',
      staff: {
        advisors: [{ from: '08:00', to: '16:00' }, { from: '11:00', to: '19:00' }],
        phoneDesk: 1,
        parts: { agents: 2 },
        overflow: { agents: 3 },
      },
      policy: { kind: 'phone-desk' },
      calls: {
        perHour: 10,
        reasons: [{ name: 'booking', share: 1, handle: { dist: 'exponential', mean: 3 } }],
      },
    });
    expect(reportContext(scenario)).toEqual({
      scenarioName: 'Small dealership',
      policyKind: 'phone-desk',
      staffDescription: '2 advisors, 1 at the phone desk, 2 on the parts line, 3 overflow agents',
      replications: 30,
      days: 20,
      seed: 'spring',
    });
  });
});
