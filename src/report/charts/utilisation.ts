// How each team spends its available time (on duty less breaks): stacked bars by activity, the
// total utilisation written at the end of each bar with its 95% interval as a black rule.

import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../metrics/summary/index.js';
import { TEAMS, WORK_ACTIVITIES, type WorkActivity } from '../../model/domain.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { formatValue } from '../format.js';
import { hasTraffic } from '../sections.js';
import type { ChartModule } from './chart.js';
import { COLOURS, VEGA_LITE_SCHEMA, WIDTH, chartConfig, colourScale, shareScale } from './common.js';

const ACTIVITY_COLOURS: Readonly<Record<WorkActivity, string>> = {
  visit: COLOURS.visitors,
  call: COLOURS.calls,
  callback: COLOURS.callbacks,
  message: COLOURS.messages,
};
const ACTIVITIES = WORK_ACTIVITIES.map((activity) => ({ activity, colour: ACTIVITY_COLOURS[activity] }));
const BAR_STEP = 44;

/** Share of each team's available time by activity (stacked bars). */
export const utilisation: ChartModule<'utilisation'> = {
  id: 'utilisation',
  title: (language) => language.text.chartTitles.utilisation,
  spec(summary: Summary, language: ReportLanguage): TopLevelSpec | null {
    const { text } = language;
    const teams = TEAMS.filter((team) => hasTraffic(summary.staff[team].memberDaysPerDay));
    if (teams.length === 0) return null;
    const activities = ACTIVITIES.filter(({ activity }) =>
      teams.some((team) => hasTraffic(summary.staff[team].utilisationByActivity[activity])),
    ).map((a) => ({ ...a, label: text.activities[a.activity] }));
    const bars = teams.flatMap((team) =>
      activities.flatMap(({ activity, label }, order) => {
        const share = summary.staff[team].utilisationByActivity[activity].value;
        return share === null || share === 0 ? [] : [{ team: text.teams[team], activity: label, order, share }];
      }),
    );
    const totals = teams.flatMap((team) => {
      const { value, ci95 } = summary.staff[team].utilisation;
      if (value === null) return [];
      const [low, high] = ci95 ?? [value, value];
      return [{ team: text.teams[team], value, low, high, label: formatValue(value, 'share', language) }];
    });
    const y = { field: 'team', type: 'nominal', title: null, sort: teams.map((team) => text.teams[team]) } as const;
    const x = shareScale(text.axisShareOfTime);
    return {
      $schema: VEGA_LITE_SCHEMA,
      config: chartConfig(language),
      title: text.chartTitles.utilisation,
      width: WIDTH,
      height: { step: BAR_STEP },
      layer: [
        {
          data: { values: bars },
          mark: { type: 'bar' },
          encoding: {
            y,
            x: { ...x, field: 'share', stack: 'zero' },
            color: {
              field: 'activity',
              type: 'nominal',
              scale: colourScale(activities),
              legend: { title: text.legendActivity, orient: 'top' },
            },
            order: { field: 'order', type: 'ordinal' },
          },
        },
        {
          data: { values: totals },
          layer: [
            { mark: { type: 'rule', color: 'black' }, encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' } } },
            {
              mark: { type: 'text', align: 'left', dx: 6, color: 'black' },
              encoding: { y, x: { ...x, field: 'high' }, text: { field: 'label', type: 'nominal' } },
            },
          ],
        },
      ],
    };
  },
};
